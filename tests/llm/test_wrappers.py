"""The model layer's wrappers and checks, used as a participant would: fallback with no key (also through the
Chatbot), typo'd parameters, one client per resolved model, per-model prices in gigai.usage(), recording."""

from __future__ import annotations

import threading
from typing import Annotated, TypedDict

import httpx2 as httpx
import pytest

import gigai
from gigai.llm import registry
from tests.llm.conftest import SECRET, completion_body

KB_BENGKEL = (
    "Kamu asisten Bengkel Jaya Motor. Ganti oli Rp 55.000. Servis CVT Rp 85.000. Garansi servis 7 hari."
)


# -- fallback -----------------------------------------------------------------------------------------------
def test_chatbot_with_no_key_falls_back_offline_with_notice(monkeypatch):
    from gigai.chatbot import Chatbot

    monkeypatch.setenv("GIGAI_FALLBACK", "offline")
    bot = Chatbot.from_business("kopi-kita", provider="gemini")
    answer = bot.ask("Jam buka hari Minggu?")
    assert answer.notice and "GIGAI-E012" in answer.notice and "GEMINI_API_KEY" not in answer.text
    assert answer.text.strip()
    assert bot.model.is_offline  # honest: every answer now comes from the offline engine


def test_chatbot_with_no_key_and_no_fallback_raises_the_setup_error():
    from gigai.chatbot import Chatbot

    bot = Chatbot.from_business("kopi-kita", provider="gemini")
    with pytest.raises(gigai.ConfigError) as info:
        bot.ask("Jam buka?")
    assert info.value.code == "E012"


def test_chat_stream_and_structured_fall_back_with_no_key(monkeypatch):
    from pydantic import BaseModel

    monkeypatch.setenv("GIGAI_FALLBACK", "offline")
    text = gigai.chat(
        [{"role": "system", "content": KB_BENGKEL}, {"role": "user", "content": "Berapa biaya ganti oli?"}],
        provider="groq",
    )
    assert text.startswith("[fallback ke offline]") and "groq" in text
    streamed = "".join(gigai.stream("Halo", provider="openai"))
    assert "[fallback ke offline]" in streamed and "GIGAI-E012" in streamed

    class Servis(BaseModel):
        nama: str
        harga: int

    with pytest.warns(gigai.llm.GigaiNotice):
        obj = gigai.structured("Servis CVT harganya 85000", Servis, provider="gemini")
    assert obj.harga == 85000


def test_fallback_never_hides_a_typo(monkeypatch):
    monkeypatch.setenv("GIGAI_FALLBACK", "offline")
    with pytest.raises(gigai.ConfigError) as info:
        gigai.chat("Halo", provider="gemnii")
    assert info.value.code == "E011"
    monkeypatch.setenv("GEMINI_API_KEY", "AIza-test-key")
    with pytest.raises(gigai.ConfigError) as info:
        gigai.chat("Halo", provider="gemini", model="gemini-2.5-flsh")
    assert info.value.code == "E017" and "gemini-2.5-flash" in str(info.value)


# -- parameter checks ---------------------------------------------------------------------------------------
def test_typo_parameter_names_the_closest_valid_one():
    with pytest.raises(gigai.InputError) as info:
        gigai.chat("Halo", temprature=0.2)
    err = info.value
    assert err.code == "E035" and err.value == "temprature"
    assert "'temperature'" in err.id and "'temperature'" in err.en  # Indonesian and English both name it
    assert "temperature" in (err.hint or "")


@pytest.mark.parametrize(
    "call",
    [
        lambda: gigai.stream("Halo", max_token=10),
        lambda: gigai.complete("Halo", top_k=3),
        lambda: gigai.get_model("offline", timout=5),
        lambda: gigai.get_model("offline").complete([{"role": "user", "content": "Halo"}], temperatur=0),
        lambda: gigai.langchain_model("offline", temprature=0.1),
    ],
)
def test_every_entry_point_rejects_unknown_keywords(call):
    with pytest.raises(gigai.InputError) as info:
        call()
    assert info.value.code == "E035"


def test_chatbot_rejects_a_typo_in_call_parameters():
    from gigai.chatbot import Chatbot

    bot = Chatbot.from_business("kopi-kita")
    with pytest.raises(gigai.InputError):
        bot.reply("Jam buka?", temprature=0.3)


def test_positional_conventions_are_the_same():
    import inspect

    from gigai.chatbot import Chatbot

    for fn in (gigai.get_model, gigai.langchain_model):
        params = list(inspect.signature(fn).parameters.values())
        assert [p.name for p in params[:2]] == ["provider", "model"]
    lc = inspect.signature(gigai.langchain_model).parameters
    assert lc["temperature"].kind is inspect.Parameter.KEYWORD_ONLY
    bot = inspect.signature(Chatbot).parameters
    assert (
        bot["provider"].kind is inspect.Parameter.KEYWORD_ONLY
        and bot["model"].kind is inspect.Parameter.KEYWORD_ONLY
    )
    assert gigai.langchain_model("offline").gigai_model.provider == "offline"
    # by keyword too, as docs/ARCHITECTURE.md writes them
    assert gigai.get_model(provider="offline", model=None).is_offline
    assert gigai.langchain_model(provider="offline", model=None).gigai_model.is_offline


# -- one client per resolved model --------------------------------------------------------------------------
def test_same_settings_give_the_same_model_and_client(monkeypatch):
    monkeypatch.setenv("GROQ_API_KEY", "gsk_first")
    a = registry.resolve("groq")
    b = gigai.get_model("groq")
    assert a is b
    client = a.unwrap().client
    seen = []

    def grab():
        seen.append(gigai.get_model("groq").unwrap().client)

    threads = [threading.Thread(target=grab) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(c is client for c in seen) and len(seen) == 8


def test_a_new_key_or_model_gives_a_new_client(monkeypatch):
    monkeypatch.setenv("GROQ_API_KEY", "gsk_first")
    first = registry.resolve("groq")
    monkeypatch.setenv("GROQ_API_KEY", "gsk_second")
    second = registry.resolve("groq")
    assert second is not first and second.unwrap()._key == "gsk_second"
    other = registry.resolve("groq", "llama-3.3-70b-versatile")
    assert other is not second and other.model_id == "llama-3.3-70b-versatile"
    monkeypatch.setenv("GIGAI_BASE_URL", "http://127.0.0.1:9/v1")
    assert registry.resolve("llamacpp").base_url == "http://127.0.0.1:9/v1"
    monkeypatch.setenv("GIGAI_BASE_URL", "http://127.0.0.1:10/v1")
    assert registry.resolve("llamacpp").base_url == "http://127.0.0.1:10/v1"


def test_client_built_once_across_calls(fake_model):
    calls = []

    def handler(request):
        calls.append(request)
        return httpx.Response(200, json=completion_body("Ok"))

    model = fake_model(handler)
    first = model.unwrap().client
    for _ in range(3):
        assert gigai.chat("Halo", provider=model) == "Ok"
    assert model.unwrap().client is first and len(calls) == 3


# -- prices per model ---------------------------------------------------------------------------------------
def test_usage_prices_by_the_model_not_the_preset(fake_model, monkeypatch):
    monkeypatch.setenv("GIGAI_USD_IDR", "16000")
    handler = lambda r: httpx.Response(200, json=completion_body(usage=(1_000_000, 1_000_000)))  # noqa: E731
    model = registry.resolve(
        "gateway",
        "gemini-2.5-flash",
        api_key=SECRET,
        base_url="http://127.0.0.1:1/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    comp = model.complete([{"role": "user", "content": "Halo"}])
    assert comp.usage.cost_usd == pytest.approx(0.30 + 2.50)  # gemini-2.5-flash, not the preset's default
    assert comp.usage.cost_idr == pytest.approx(2.80 * 16000)
    assert registry.cost("gateway", "gemini-2.5-flash", 1_000_000, 1_000_000) == pytest.approx((2.80, 44_800))
    rec = gigai.usage().records[-1]
    assert rec["provider"] == "gateway" and rec["model"] == "gemini-2.5-flash" and rec["cost_idr"] == 44_800


def test_api_cost_asks_the_catalogue(monkeypatch):
    from gigai.business import api_cost_estimate

    monkeypatch.setenv("GIGAI_USD_IDR", "15000")
    est = api_cost_estimate(1_000, provider="openai", model="gpt-4.1-mini")
    assert (est.price_in_usd_per_million, est.price_out_usd_per_million) == registry.model_price(
        "openai", "gpt-4.1-mini"
    )
    assert est.usd_idr == 15000
    with pytest.raises(gigai.InputError):
        api_cost_estimate(10, provider="tidak-ada")


def test_api_cost_table_for_the_client_is_indonesian_only():
    from gigai.business import api_cost_estimate

    md = api_cost_estimate(600, provider="gemini").to_markdown()
    assert md.startswith("**Estimasi biaya API** (gemini, harga: katalog gigai (gemini-2.5-flash-lite))")
    assert "estimate" not in md.lower() and " / " not in md.splitlines()[0]


def test_offline_calls_are_logged_once():
    gigai.chat("Halo")
    list(gigai.stream("Apa kabar?"))
    gigai.get_model().complete([{"role": "user", "content": "Jam buka?"}])
    assert gigai.usage().summary()["calls"] == 3


# -- recording ----------------------------------------------------------------------------------------------
def test_recording_is_a_wrapper_and_replay_serves_it(fake_model, tmp_path, monkeypatch):
    model = fake_model(lambda r: httpx.Response(200, json=completion_body("Buka jam 8 pagi.")))
    cassette = tmp_path / "demo.jsonl"
    with gigai.recording(cassette):
        gigai.chat("Jam buka?", provider=model)
    gigai.chat("Tidak direkam", provider=model)
    assert len(cassette.read_text().splitlines()) == 1
    assert SECRET not in cassette.read_text()
    monkeypatch.setenv("GIGAI_CASSETTE", str(cassette))
    assert gigai.chat("jam  BUKA?", provider="replay") == "Buka jam 8 pagi."


# -- structured output: every schema form ------------------------------------------------------------------
def test_structured_accepts_typeddict_v1_and_json_schema_offline():
    import pydantic.v1 as v1

    class Menu(TypedDict):
        nama: Annotated[str, ..., "nama menu"]
        harga: Annotated[int, ..., "harga dalam rupiah"]

    class MenuV1(v1.BaseModel):
        nama: str
        harga: int

    prompt = "Menu baru: Es Kopi Pandan, harga 22000"
    as_dict = gigai.structured(prompt, Menu)
    assert isinstance(as_dict, dict) and as_dict["harga"] == 22000
    assert gigai.structured(prompt, MenuV1).harga == 22000
    schema = {
        "title": "Menu",
        "type": "object",
        "properties": {"harga": {"type": "integer"}, "catatan": {"type": "string"}},
        "required": ["harga"],
    }
    got = gigai.structured(prompt, schema)
    assert got["harga"] == 22000
    with pytest.raises(gigai.InputError) as info:
        gigai.structured(prompt, "bukan skema")
    assert info.value.code == "E032"


def test_remote_structured_typeddict_through_prompt_and_repair(fake_model):
    import json

    class Jawaban(TypedDict):
        harga: int

    replies = iter(['{"harga": "mahal"}', '```json\n{"harga": 55000}\n```'])
    sent = []

    def handler(request):
        sent.append(json.loads(request.content))
        return httpx.Response(200, json=completion_body(next(replies)))

    got = gigai.structured("Berapa biaya ganti oli?", Jawaban, provider=fake_model(handler))
    assert got == {"harga": 55000} and len(sent) == 2
    assert "JSON" in sent[0]["messages"][-1]["content"] and gigai.usage().summary()["calls"] == 2


def test_usage_shows_the_rupiah_the_gateway_booked(monkeypatch):
    """The room gateway reports what it booked (usage.gigai_cost_idr): the participant sees that figure."""
    import json

    from tests.llm.conftest import sse_chunks

    monkeypatch.setenv("GIGAI_USD_IDR", "16000")
    body = completion_body("Halo", usage=(100, 20))
    body["usage"]["gigai_cost_idr"] = 1.234567

    def handler(request):
        if json.loads(request.content).get("stream"):
            chunks = sse_chunks(["Ha", "lo"], usage=(100, 20))
            last = json.loads(chunks[-2][len(b"data: ") :])
            last["usage"]["gigai_cost_idr"] = 2.5
            chunks[-2] = f"data: {json.dumps(last)}\n\n".encode()
            return httpx.Response(
                200, headers={"content-type": "text/event-stream"}, content=b"".join(chunks)
            )
        return httpx.Response(200, json=body)

    model = registry.resolve(
        "gateway",
        "local",
        api_key=SECRET,
        base_url="http://127.0.0.1:1/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    assert registry.model_price("gateway", "local") == registry.model_price("llamacpp", "local") == (0.0, 0.0)
    comp = model.complete([{"role": "user", "content": "Halo"}])
    assert comp.usage.cost_idr == pytest.approx(1.234567)
    assert comp.usage.cost_usd == pytest.approx(1.234567 / 16000)
    assert "".join(model.stream([{"role": "user", "content": "Halo"}])) == "Halo"
    recs = gigai.usage().records
    assert [r["cost_idr"] for r in recs] == [pytest.approx(1.2346), pytest.approx(2.5)]
