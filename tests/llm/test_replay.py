"""Record real calls to a cassette, serve them back offline, fall back with a notice."""

from __future__ import annotations

import json

import httpx2 as httpx

import gigai
from gigai.llm import replay
from tests.llm.conftest import SECRET, completion_body, sse_chunks


def test_record_serve_fallback(fake_model, tmp_path, monkeypatch):
    cassette = tmp_path / "demo.jsonl"
    model = fake_model(lambda r: httpx.Response(200, json=completion_body("Jawaban asli dari Gemini.")))
    with gigai.recording(cassette):
        assert gigai.chat("Apa itu   gig economy?", provider=model) == "Jawaban asli dari Gemini."
    gigai.chat("tidak direkam", provider=model)  # outside the block
    rows = [json.loads(x) for x in cassette.read_text().splitlines()]
    assert (
        len(rows) == 1
        and rows[0]["provider"] == "gemini"
        and rows[0]["messages"][0]["content"] == "apa itu gig economy?"
    )
    assert SECRET not in cassette.read_text() and "authorization" not in cassette.read_text().lower()

    monkeypatch.setenv("GIGAI_CASSETTE", str(cassette))
    assert gigai.chat("apa itu GIG economy?", provider="replay") == "Jawaban asli dari Gemini."
    assert "".join(gigai.stream("Apa itu gig economy?", provider="replay")) == "Jawaban asli dari Gemini."
    miss = gigai.chat("Pertanyaan baru", provider="replay")
    assert miss.startswith("[replay]") and "[mode offline]" in miss


def test_env_record_uses_default_cassette(fake_model, monkeypatch):
    monkeypatch.setenv("GIGAI_RECORD", "1")
    model = fake_model(
        lambda r: httpx.Response(
            200, headers={"content-type": "text/event-stream"}, content=b"".join(sse_chunks(["Ha", "lo"]))
        )
    )
    assert "".join(gigai.stream("Halo", provider=model)) == "Halo"
    rows = replay.load(replay.default_cassette())
    assert rows[-1]["text"] == "Halo" and rows[-1]["usage"]["prompt_tokens"] == 11
    monkeypatch.delenv("GIGAI_RECORD")
    monkeypatch.setenv("GIGAI_PROVIDER", "replay")
    assert gigai.chat("  halo ") == "Halo"


def test_replay_structured(fake_model, tmp_path, monkeypatch):
    from pydantic import BaseModel

    class Ans(BaseModel):
        answer: str

    model = fake_model(lambda r: httpx.Response(200, json=completion_body('{"answer": "rekaman"}')))
    with gigai.recording(tmp_path / "s.jsonl"):
        assert gigai.structured("Tanya?", Ans, provider=model).answer == "rekaman"
    monkeypatch.setenv("GIGAI_CASSETTE", str(tmp_path / "s.jsonl"))
    assert gigai.structured("tanya?", Ans, provider="replay").answer == "rekaman"
    assert isinstance(gigai.structured("lain", Ans, provider="replay"), Ans)  # offline generator


def test_missing_cassette_is_offline_not_crash():
    assert "[mode offline]" in gigai.chat("Halo", provider="replay")
