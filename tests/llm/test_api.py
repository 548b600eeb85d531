"""chat/stream/complete: input checks, trimming with a visible notice, fallback to offline."""

from __future__ import annotations

import httpx2 as httpx
import pytest

import gigai
from gigai.llm import api
from tests.llm.conftest import KB, completion_body, sse_chunks


def test_empty_prompt_is_input_error():
    for bad in ("", "   ", [], [{"role": "system", "content": "x"}], [{"role": "user", "content": ""}]):
        with pytest.raises(gigai.InputError):
            gigai.chat(bad)
    with pytest.raises(gigai.InputError):
        gigai.stream("")  # raised at call time, not at first next()
    with pytest.raises(gigai.InputError):
        gigai.chat([{"content": "no role"}])


def test_chat_with_fake_provider(fake_model):
    model = fake_model(lambda r: httpx.Response(200, json=completion_body("Halo!")))
    assert gigai.chat("Halo", provider=model) == "Halo!"
    comp = api.complete("Halo", provider=model)
    assert comp.provider == "gemini" and comp.usage.prompt_tokens == 11 and not comp.usage.estimated


def test_trim_drops_oldest_with_notice():
    history = [{"role": "system", "content": "sistem"}]
    for i in range(40):
        history.append(
            {"role": "user" if i % 2 == 0 else "assistant", "content": f"pesan {i} " + "kata " * 200}
        )
    history.append({"role": "user", "content": "pertanyaan terakhir"})
    kept, notice = api.trim(history, context_window=4096, max_tokens=512)
    assert kept[0]["role"] == "system" and kept[-1]["content"] == "pertanyaan terakhir"
    assert len(kept) < len(history) and "dihapus" in notice
    assert len(history) == 42  # caller's list untouched
    out = gigai.chat(history)  # offline window 8192: notice is visible in the text
    assert out.startswith("[info] Riwayat terlalu panjang")


def test_single_oversized_message_is_input_error():
    with pytest.raises(gigai.InputError) as info:
        gigai.chat("kata " * 50_000)
    assert info.value.code == "E034"


def test_fallback_offline_on_provider_error(fake_model, monkeypatch):
    def dead(request):
        raise httpx.ConnectError("Name or service not known", request=request)

    model = fake_model(dead, max_retries=0)
    with pytest.raises(gigai.ConnectionFailed):
        gigai.chat("Berapa harga kopi susu?", provider=model, system=KB)
    text = gigai.chat("Berapa harga kopi susu?", provider=model, system=KB, fallback="offline")
    assert text.startswith("[fallback ke offline]") and "18.000" in text
    monkeypatch.setenv("GIGAI_FALLBACK", "offline")
    comp = api.complete("Halo", provider=model)
    assert comp.provider == "offline" and "GIGAI-E025" in comp.notice


def test_fallback_on_missing_key(monkeypatch):
    monkeypatch.setenv("GIGAI_FALLBACK", "offline")
    text = gigai.chat("Halo", provider="gemini")
    assert text.startswith("[fallback ke offline]") and "[mode offline]" in text
    with pytest.raises(gigai.ConfigError):  # a typo is never hidden
        gigai.chat("Halo", provider="gemni")


class _Broken(httpx.SyncByteStream):
    def __init__(self, chunks):
        self.chunks = chunks

    def __iter__(self):
        yield from self.chunks
        raise httpx.ReadError("connection reset by peer")


def _dying_stream(request):
    return httpx.Response(
        200,
        headers={"content-type": "text/event-stream"},
        stream=_Broken(sse_chunks(["Harga ", "kopi "], usage=None)[:2]),
    )


def test_stream_dies_midway_is_clean_error(fake_model):
    model = fake_model(_dying_stream, max_retries=0)
    got = []
    with pytest.raises(gigai.GigaiError) as info:
        for piece in gigai.stream("Harga kopi?", provider=model):
            got.append(piece)
    assert "".join(got) == "Harga kopi "
    assert isinstance(info.value, gigai.ProviderError)


def test_stream_dies_midway_continues_offline(fake_model):
    model = fake_model(_dying_stream, max_retries=0)
    text = "".join(gigai.stream("Berapa harga kopi susu?", provider=model, system=KB, fallback="offline"))
    assert text.startswith("Harga kopi ")
    assert "[fallback ke offline]" in text and "terputus" in text and "18.000" in text


def test_stream_fake_provider(fake_model):
    model = fake_model(
        lambda r: httpx.Response(
            200, headers={"content-type": "text/event-stream"}, content=b"".join(sse_chunks(["Ha", "lo"]))
        )
    )
    assert list(gigai.stream("Halo", provider=model)) == ["Ha", "lo"]
