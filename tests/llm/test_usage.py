"""Usage accounting: tokens, estimates, cost in USD and rupiah."""

from __future__ import annotations

import json

import httpx2 as httpx
import pytest

import gigai
from gigai import config
from gigai.llm import usage
from tests.llm.conftest import completion_body


def test_priced_call_costs_usd_and_idr(fake_model, monkeypatch):
    monkeypatch.setenv("GIGAI_USD_IDR", "16000")
    model = fake_model(
        lambda r: httpx.Response(200, json=completion_body(usage=(1_000_000, 1_000_000))), provider="openai"
    )
    model.complete([{"role": "user", "content": "Halo"}])
    s = gigai.usage().summary()
    assert s["calls"] == 1 and s["tokens_in"] == 1_000_000
    assert s["cost_usd"] == pytest.approx(0.75)  # 0.15 in + 0.60 out per 1M
    assert s["cost_idr"] == pytest.approx(12_000)
    assert s["per_provider"]["openai"]["calls"] == 1


def test_offline_calls_are_free_and_estimated():
    gigai.chat("Halo")
    gigai.chat("Apa kabar?")
    s = gigai.usage().summary()
    assert s["calls"] == 2 and s["cost_usd"] == 0 and s["estimated_calls"] == 2 and s["tokens_out"] > 0


def test_missing_usage_is_estimated_and_flagged(fake_model):
    fake_model(lambda r: httpx.Response(200, json=completion_body("dua tiga empat", usage=None))).complete(
        [{"role": "user", "content": "satu"}]
    )
    rec = gigai.usage().records[-1]
    assert rec["estimated"] and rec["tokens_out"] == usage.estimate_tokens("dua tiga empat")


def test_usage_file_and_markdown():
    gigai.chat("Halo")
    lines = (config.home() / "usage.jsonl").read_text().splitlines()
    assert json.loads(lines[-1])["provider"] == "offline"
    md = gigai.usage()._repr_markdown_()
    assert "| offline | 1 |" in md and "Rupiah" in md


def test_default_rate_is_data():
    from gigai.llm import registry

    assert registry.usd_idr() == 16500.0
