"""Attacks a participant with a valid token would try (issue 11). Each fails against the first gateway version.

The upstream is gigai's fake provider that records every body it receives and bills what it is asked for
(``bill_max_tokens``: its model talks until max_tokens), so "what left the laptop" and "what the provider
billed" are measured on the provider's side.
"""

from __future__ import annotations

import math
import sqlite3
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from gigai.llm import registry
from gigai.trainer.gateway import tokens
from gigai.trainer.gateway.server import BackgroundServer
from tests.trainer.gateway.fake_upstream import create_fake_upstream

MSG = [{"role": "user", "content": "Tulis cerita panjang tentang kopi."}]
MODEL = "gpt-4o-mini"


def post(gw, token, body):
    return httpx.post(gw.url + "/v1/chat/completions", json=body, timeout=30,
                      headers={"Authorization": f"Bearer {token}"})  # fmt: skip


@pytest.mark.parametrize("asked", [None, 2048.0, "999999", 999999, "64", 7.9])
def test_max_tokens_always_an_int_within_the_cap(billing_upstream, make_gateway, asked):
    gw = make_gateway(billing_upstream.url + "/v1", max_tokens_cap=256)
    token = gw.store.issue(1)[0].token
    r = post(gw, token, {"model": MODEL, "messages": MSG, "max_tokens": asked})
    assert r.status_code == 200, r.text
    sent = billing_upstream.app.state.seen[-1]["body"]
    assert type(sent["max_tokens"]) is int and 1 <= sent["max_tokens"] <= 256
    assert "max_completion_tokens" not in sent


def test_max_completion_tokens_alone_is_clamped_too(billing_upstream, make_gateway):
    gw = make_gateway(billing_upstream.url + "/v1", max_tokens_cap=100)
    post(gw, gw.store.issue(1)[0].token, {"model": MODEL, "messages": MSG, "max_completion_tokens": "5000"})
    assert billing_upstream.app.state.seen[-1]["body"]["max_tokens"] == 100


@pytest.mark.parametrize("asked", ["banyak", -5, 0, True, [1024], "nan"])
def test_nonsense_max_tokens_refused_before_the_provider(billing_upstream, make_gateway, asked):
    gw = make_gateway(billing_upstream.url + "/v1")
    r = post(gw, gw.store.issue(1)[0].token, {"model": MODEL, "messages": MSG, "max_tokens": asked})
    err = r.json()["error"]
    assert (
        r.status_code == 400
        and err["code"] == "GIGAI-E101"
        and "max_tokens" in err["message"]
        and err["hint"]
    )
    assert billing_upstream.app.state.seen == []


@pytest.mark.parametrize("model", ["o1-pro", "gpt-4o", "GPT-4O-MINI", "", 42])
def test_models_off_the_allow_list_get_a_clear_400(billing_upstream, make_gateway, model):
    gw = make_gateway(billing_upstream.url + "/v1")
    r = post(gw, gw.store.issue(1)[0].token, {"model": model, "messages": MSG})
    if model == "":  # no model at all means "the room's default"
        assert r.status_code == 200 and billing_upstream.app.state.seen[-1]["body"]["model"] == MODEL
        return
    err = r.json()["error"]
    assert r.status_code == 400 and err["code"] == "GIGAI-E100"
    assert (
        "tidak diizinkan" in err["id"]
        and "not allowed" in err["en"]
        and f"GIGAI_MODEL={MODEL}" in err["hint"]
    )
    assert billing_upstream.app.state.seen == []


@pytest.mark.parametrize("n", [5, "3", 1, None])
def test_n_is_forced_to_one(billing_upstream, make_gateway, n):
    gw = make_gateway(billing_upstream.url + "/v1")
    assert post(gw, gw.store.issue(1)[0].token, {"model": MODEL, "messages": MSG, "n": n}).status_code == 200
    assert billing_upstream.app.state.seen[-1]["body"].get("n", 1) == 1


@pytest.mark.parametrize(
    "extra,feature",
    [
        ({"tools": [{"type": "function", "function": {"name": "f", "parameters": {}}}]}, "tools"),
        ({"tool_choice": "auto"}, "tools"),
        ({"modalities": ["text", "audio"], "audio": {"voice": "alloy", "format": "wav"}}, "audio"),
        ({"service_tier": "priority"}, "service_tier"),
        (
            {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]},
            "images",
        ),
    ],
)
def test_unpriced_features_refused_unless_allowed(billing_upstream, make_gateway, extra, feature):
    gw = make_gateway(billing_upstream.url + "/v1")
    token = gw.store.issue(1)[0].token
    r = post(gw, token, {"model": MODEL, "messages": MSG, **extra})
    err = r.json()["error"]
    assert r.status_code == 400 and err["code"] == "GIGAI-E102" and f"--allow {feature}" in err["hint"]
    assert billing_upstream.app.state.seen == []
    open_gw = make_gateway(billing_upstream.url + "/v1", allow=[feature], store_path=gw.store.path)
    assert post(open_gw, token, {"model": MODEL, "messages": MSG, **extra}).status_code == 200


def test_unknown_fields_refused(billing_upstream, make_gateway):
    gw = make_gateway(billing_upstream.url + "/v1")
    r = post(gw, gw.store.issue(1)[0].token, {"model": MODEL, "messages": MSG, "reasoning_effort": "high"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "GIGAI-E103" and "reasoning_effort" in r.text


def test_concurrent_burst_never_overspends(make_gateway):
    """Twelve requests at once from one token on a small budget: the provider bills <= budget + one request."""
    upstream = create_fake_upstream(bill_max_tokens=True)
    upstream.state.delay = 0.5  # all twelve are in flight together
    with BackgroundServer(upstream) as up:
        gw = make_gateway(up.url + "/v1", max_tokens_cap=1024)
        budget = 25.0  # rupiah; one request may cost ~Rp 10 here
        token = gw.store.issue(1, budget_idr=budget, rpm=600)[0].token
        with ThreadPoolExecutor(12) as pool:
            codes = list(
                pool.map(lambda _: post(gw, token, {"model": MODEL, "messages": MSG}).status_code, range(12))
            )
    billed = [registry.cost("openai", MODEL, u["prompt_tokens"], u["completion_tokens"])[1]
              for u in upstream.state.billed]  # fmt: skip
    one = max(billed)
    assert sum(billed) <= budget + one
    assert sum(billed) <= budget  # reservation makes it strict, not just "one over"
    assert codes.count(200) == len(billed) >= 1 and set(codes) <= {200, 402, 429}
    info = gw.store.find(token)
    assert info.spent_idr == pytest.approx(sum(billed)) and info.spent_idr <= info.budget_idr


def test_one_token_cannot_hold_many_streams_open(make_gateway):
    upstream = create_fake_upstream()
    upstream.state.delay = 2.0  # all ten overlap even on a busy machine
    with BackgroundServer(upstream) as up:
        gw = make_gateway(up.url + "/v1")
        token = gw.store.issue(1, rpm=600)[0].token
        with ThreadPoolExecutor(10) as pool:
            answers = list(pool.map(lambda _: post(gw, token, {"model": MODEL, "messages": MSG}), range(10)))
    codes = [r.status_code for r in answers]
    assert codes.count(200) <= 4 and len(upstream.state.seen) <= 4
    refused = next(r for r in answers if r.status_code == 429).json()["error"]
    assert refused["code"] == "GIGAI-E063" and "berjalan" in refused["id"]
    assert gw.room.ledger.in_flight(gw.store.find(token).id) == 0  # every hold released


def test_timeout_is_settled_at_the_worst_case(make_gateway):
    upstream = create_fake_upstream(bill_max_tokens=True)
    upstream.state.delay = 3.0
    with BackgroundServer(upstream) as up:
        gw = make_gateway(up.url + "/v1", first_byte_timeout=0.5, max_tokens_cap=200)
        token = gw.store.issue(1)[0].token
        r = post(gw, token, {"model": MODEL, "messages": MSG})
    assert r.status_code == 504 and r.json()["error"]["code"] == "GIGAI-E066"
    prompt_bound = len(MSG[0]["content"].encode()) + 8
    worst = registry.cost("openai", MODEL, prompt_bound, 200)[1]
    assert gw.store.find(token).spent_idr == pytest.approx(worst) and worst > 0


def test_5xx_without_usage_is_settled_at_the_worst_case(make_gateway):
    with BackgroundServer(create_fake_upstream(fail_status=503)) as up:
        gw = make_gateway(up.url + "/v1", max_tokens_cap=300)
        token = gw.store.issue(1)[0].token
        assert post(gw, token, {"model": MODEL, "messages": MSG, "max_tokens": 50}).status_code == 502
    worst = registry.cost("openai", MODEL, len(MSG[0]["content"].encode()) + 8, 50)[1]
    assert gw.store.find(token).spent_idr == pytest.approx(worst)


def test_budget_too_small_for_the_worst_case_says_how_to_fit(billing_upstream, make_gateway):
    gw = make_gateway(billing_upstream.url + "/v1", max_tokens_cap=1024)
    token = gw.store.issue(1, budget_idr=2)[0].token  # Rp 2 < one 1024-token answer (~Rp 10)
    r = post(gw, token, {"model": MODEL, "messages": MSG})
    err = r.json()["error"]
    assert r.status_code == 402 and err["code"] == "GIGAI-E105" and "max_tokens" in err["hint"]
    assert post(gw, token, {"model": MODEL, "messages": MSG, "max_tokens": 50}).status_code == 200


def test_guessed_tokens_are_throttled_per_address(billing_upstream, make_gateway):
    gw = make_gateway(billing_upstream.url + "/v1")
    real = gw.store.issue(1)[0].token
    codes = []
    for _ in range(40):
        guess = tokens.new_token()  # well-formed guesses, as a script would make
        codes.append(post(gw, guess, {"model": MODEL, "messages": MSG}).status_code)
    assert codes[:10] == [401] * 10 and set(codes[10:]) == {429}
    r = post(gw, real, {"model": MODEL, "messages": MSG})  # even a right token waits: guesses learn nothing
    err = r.json()["error"]
    assert r.status_code == 429 and err["code"] == "GIGAI-E104" and int(r.headers["Retry-After"]) >= 1
    assert "token salah" in err["id"] and "wrong tokens" in err["en"]
    assert billing_upstream.app.state.seen == []


def test_tokens_random_typeable_and_stored_hashed(tmp_path):
    issued = tokens.issue(30, store_path=tmp_path / "t.db")
    for t in issued:
        body = t.token.removeprefix("gg-").replace("-", "")
        assert len(body) * math.log2(31) >= 64 and [len(g) for g in t.token.split("-")[1:]] == [4, 4, 4, 4]
        assert not set(body) & set("01oil")  # no look-alikes on a card
    assert len({t.token for t in issued}) == 30
    raw = (tmp_path / "t.db").read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob("t.db-*"))
    for t in issued:
        assert (
            t.token.encode() not in raw and t.token.removeprefix("gg-").replace("-", "").encode() not in raw
        )
    rows = sqlite3.connect(tmp_path / "t.db").execute("SELECT hash FROM tokens").fetchall()
    assert all(len(h) == 64 for (h,) in rows)


def test_admin_secret_stored_hashed(make_gateway, billing_upstream):
    gw = make_gateway(billing_upstream.url + "/v1", admin_secret="adm-projector-secret-123")
    raw = gw.store.path.read_bytes() + b"".join(p.read_bytes() for p in gw.store.path.parent.glob("gw.db-*"))
    assert b"adm-projector-secret-123" not in raw
    assert gw.store.admin_ok("adm-projector-secret-123") and not gw.store.admin_ok("adm-wrong")


def test_masks_show_no_token_character(billing_upstream, make_gateway):
    gw = make_gateway(billing_upstream.url + "/v1")
    issued = gw.store.issue(3)
    text = httpx.get(gw.url + "/admin/state").text
    for t in issued:
        for group in t.token.split("-")[1:]:
            assert group not in text
    assert tokens.MASK == "gg-••••-••••-••••-••••" and all(t.masked == tokens.MASK for t in issued)


def test_plain_tokens_from_the_first_version_are_hashed_on_upgrade(tmp_path):
    db = sqlite3.connect(tmp_path / "old.db")
    db.executescript(
        "CREATE TABLE tokens (token TEXT PRIMARY KEY, name TEXT NOT NULL, budget_idr REAL NOT NULL, rpm INTEGER NOT"
        " NULL, spent_idr REAL NOT NULL DEFAULT 0, requests INTEGER NOT NULL DEFAULT 0, errors INTEGER NOT NULL"
        " DEFAULT 0, prompt_tokens INTEGER NOT NULL DEFAULT 0, completion_tokens INTEGER NOT NULL DEFAULT 0,"
        " revoked INTEGER NOT NULL DEFAULT 0, created REAL NOT NULL, last_seen REAL);"
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO tokens (token, name, budget_idr, rpm, spent_idr, created) VALUES ('gg-k7mp-2xqa', 'ayu', 20000, 20,"
        " 150, 0); INSERT INTO meta VALUES ('admin_secret', 'adm-plain');"
    )
    db.commit()
    db.close()
    store = tokens.TokenStore(tmp_path / "old.db")
    info = store.find("gg-k7mp-2xqa")
    assert info.name == "ayu" and info.spent_idr == 150
    store.close()
    assert tokens.TokenStore(tmp_path / "old.db").meta("admin_secret") is None
