"""Helpers for LLM-layer tests: a fake OpenAI-compatible HTTP layer (httpx.MockTransport) and sample knowledge."""

from __future__ import annotations

import json
import sys

import pytest

SECRET = "sk-test-SUPERSECRETKEY-9876"

KB = """Kamu adalah asisten ramah untuk Kopi Kita.
Nama: Kopi Kita Bot
Bisnis: Kopi Kita
Kontak admin: WhatsApp 0812-3456-7890
### Pengetahuan
[sumber: menu.md] Kopi Susu Gula Aren harganya Rp 18.000, Americano Rp 15.000, Matcha Latte Rp 22.000.
[sumber: jam.md] Kami buka setiap hari pukul 07.00-22.00, hari Minggu buka pukul 09.00-21.00.
[sumber: lokasi.md] Alamat: Jl. Kaliurang Km 5 No. 12, Yogyakarta, dekat kampus UGM.
[sumber: pesan.md] Bisa pesan lewat GoFood dan GrabFood, atau WhatsApp untuk pesanan besar.
[sumber: bayar.md] Pembayaran bisa tunai, QRIS, atau transfer bank BCA.
"""


def completion_body(text="Halo dari server palsu.", usage=(11, 7)):
    body = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "fake-model",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
    }
    if usage:
        body["usage"] = {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)}
    return body


def sse_chunks(pieces, usage=(11, 7)):
    out = []
    for p in pieces:
        chunk = {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "fake-model",
            "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}],
        }
        out.append(f"data: {json.dumps(chunk)}\n\n".encode())
    if usage:
        chunk = {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "fake-model",
            "choices": [],
            "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)},
        }
        out.append(f"data: {json.dumps(chunk)}\n\n".encode())
    out.append(b"data: [DONE]\n\n")
    return out


def error_body(status, code=None, message="fake error"):
    return {"error": {"message": message, "type": code or "error", "code": code}}


@pytest.fixture
def fake_model():
    """Factory: fake_model(handler, provider="gemini") -> a resolved model (wrappers included) whose HTTP
    layer is httpx.MockTransport(handler)."""
    import httpx2 as httpx

    from gigai.llm import registry

    def make(handler, provider="gemini", key=SECRET, **kw):
        kw.setdefault("max_retries", 2)
        return registry.resolve(
            provider,
            api_key=key,
            base_url="https://fake.invalid/v1",
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
            **kw,
        )

    return make


@pytest.fixture(autouse=True)
def _fresh_usage_and_no_sleep(monkeypatch):
    from gigai.llm import openai_compat, usage

    usage.usage().reset()
    sleeps = []
    monkeypatch.setattr(openai_compat, "_sleep", sleeps.append)
    yield sleeps
    usage.usage().reset()


@pytest.fixture
def sleeps(_fresh_usage_and_no_sleep):
    return _fresh_usage_and_no_sleep


def heavy_loaded():
    return [
        m
        for m in (
            "gradio",
            "moviepy",
            "langchain",
            "langchain_core",
            "openai",
            "numpy",
            "bm25s",
            "httpx",
            "fastapi",
        )
        if m in sys.modules
    ]

