"""Red-team round 2: attacks beyond issue 11/13 that a participant on the room's wifi with a valid token tries.

Each test failed against the gateway before this round's fixes.
"""

from __future__ import annotations

import httpx
import pytest

from gigai.trainer.gateway.server import BackgroundServer
from tests.trainer.gateway.fake_upstream import create_fake_upstream

MSG = [{"role": "user", "content": "Halo, jam buka toko?"}]
MODEL = "gpt-4o-mini"


@pytest.fixture
def upstream(billing_upstream):
    return billing_upstream


def post(gw, token, body, **headers):
    return httpx.post(gw.url + "/v1/chat/completions", json=body, timeout=30,
                      headers={"Authorization": f"Bearer {token}", **headers})  # fmt: skip


# -- the trainer's console from a page on another origin (CSRF) or a rebound DNS name ------------------------
def test_cross_site_page_cannot_top_up_through_the_trainers_browser(upstream, make_gateway):
    """A participant's demo page the trainer opens posts a 'simple' (no-preflight) request to loopback."""
    gw = make_gateway(upstream.url + "/v1")
    who = gw.store.issue(1, budget_idr=2_000)[0]
    r = httpx.post(gw.url + f"/admin/participants/{who.id}/topup", content='{"add_idr": 10000000}',
                   headers={"Content-Type": "text/plain", "Origin": "http://192.168.1.23:7860",
                            "Sec-Fetch-Site": "cross-site"})  # fmt: skip
    assert r.status_code == 403, r.text
    assert gw.store.get(who.id).budget_idr == 2_000
    # The console's own page (same origin, JSON) still works.
    ok = httpx.post(gw.url + f"/admin/participants/{who.id}/topup", json={"add_idr": 1000},
                    headers={"Origin": gw.url, "Sec-Fetch-Site": "same-origin"})  # fmt: skip
    assert ok.status_code == 200, ok.text
    assert gw.store.get(who.id).budget_idr == 3_000


def test_form_post_without_origin_header_is_refused_on_loopback(upstream, make_gateway):
    gw = make_gateway(upstream.url + "/v1")
    r = httpx.post(gw.url + "/admin/tokens", data={"n": "5"})
    assert r.status_code in (403, 415), r.text
    assert gw.store.all() == []


def test_dns_rebinding_host_cannot_read_the_console(upstream, make_gateway):
    """evil.example rebound to 127.0.0.1: same origin for the browser, but not the trainer's laptop name."""
    gw = make_gateway(upstream.url + "/v1")
    gw.store.issue(2)
    r = httpx.get(gw.url + "/admin/state", headers={"Host": "evil.example:8787"})
    assert r.status_code == 403, r.text
    assert httpx.get(gw.url + "/admin/state").status_code == 200


# -- address spoofing through a proxy on the laptop ----------------------------------------------------------
def test_spoofed_forwarded_for_through_a_tunnel_does_not_reset_the_throttle(upstream, make_gateway):
    """Behind ngrok/cloudflared the proxy APPENDS the real client: the first entry is the attacker's choice."""
    gw = make_gateway(upstream.url + "/v1")
    codes = []
    for i in range(16):
        r = post(gw, f"TEBAK-{i:04d}", {"messages": MSG},
                 **{"X-Forwarded-For": f"10.9.{i}.{i}, 203.0.113.7"})  # fmt: skip
        codes.append(r.status_code)
    assert 429 in codes, codes


# -- costs the budget reservation did not see ---------------------------------------------------------------
def test_huge_response_format_schema_counts_in_the_worst_case(upstream, make_gateway):
    """A 200 KB JSON schema is prompt tokens the provider bills; the reservation must include it."""
    gw = make_gateway(upstream.url + "/v1", max_tokens_cap=16)
    token = gw.store.issue(1, budget_idr=5)[0].token
    schema = {"type": "object", "properties": {f"f{i}": {"type": "string", "description": "x" * 80}
                                               for i in range(2000)}}  # fmt: skip
    rf = {"type": "json_schema", "json_schema": {"name": "big", "schema": schema}}
    r = post(gw, token, {"messages": MSG, "max_tokens": 16, "response_format": rf})
    assert r.status_code == 402, r.text
    assert not upstream.app.state.seen


def test_extra_message_fields_count_in_the_worst_case(upstream, make_gateway):
    gw = make_gateway(upstream.url + "/v1", max_tokens_cap=16)
    token = gw.store.issue(1, budget_idr=5)[0].token
    msgs = [{"role": "user", "content": "hi", "name": "n" * 200_000}]
    r = post(gw, token, {"messages": msgs, "max_tokens": 16})
    assert r.status_code in (400, 402), r.text
    assert not upstream.app.state.seen


@pytest.mark.parametrize("asked", [10**400, -(10**400), "1e400", 1e308])
def test_astronomic_max_tokens_is_a_clean_answer_not_a_500(upstream, make_gateway, asked):
    gw = make_gateway(upstream.url + "/v1", max_tokens_cap=64)
    r = post(gw, gw.store.issue(1)[0].token, {"messages": MSG, "max_tokens": asked})
    assert r.status_code in (200, 400), r.text
    if r.status_code == 200:
        assert upstream.app.state.seen[-1]["body"]["max_tokens"] == 64


# -- progress junk that widens the trainer's grid ----------------------------------------------------------
def test_progress_exercise_name_with_newline_is_refused(upstream, make_gateway):
    gw = make_gateway(upstream.url + "/v1")
    token = gw.store.issue(1)[0].token
    r = httpx.post(gw.url + "/v1/gigai/progress", json={"lab": 1, "exercise": "q1\n", "outcome": "benar"},
                   headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    assert r.status_code == 400, r.text


def test_hanging_up_mid_stream_stops_the_provider_and_books_the_worst_case(make_gateway):
    """A script that opens streams and hangs up after the first line must not keep the provider talking to
    nobody (held already: Starlette stops the relay when uvicorn reports the hang-up; kept as a regression)."""
    import time

    app = create_fake_upstream(chunks=400, delay=0.02)  # an 8-second answer
    with BackgroundServer(app) as up:
        gw = make_gateway(up.url + "/v1", max_tokens_cap=400)
        who = gw.store.issue(1)[0]
        with httpx.stream("POST", gw.url + "/v1/chat/completions", timeout=30,
                          json={"messages": MSG, "stream": True},
                          headers={"Authorization": f"Bearer {who.token}"}) as r:  # fmt: skip
            assert r.status_code == 200
            next(r.iter_lines())
        for _ in range(300):  # bounded wait for the gateway to notice and settle (at most ~15 s)
            if gw.store.get(who.id).requests and not gw.room.ledger.held(who.id):
                break
            time.sleep(0.05)
        assert gw.store.get(who.id).spent_idr > 0  # booked (worst case), not free
        assert app.state.streamed < 400, app.state.streamed  # the provider stopped early


def test_forwarded_for_chain_is_read_from_the_proxys_end(tmp_path):
    """Without uvicorn's proxy handling (another ASGI server, a test client), the first X-Forwarded-For entry
    is whatever the client wrote; the proxy's own (last) entry is who to throttle."""
    from fastapi.testclient import TestClient

    from gigai.trainer.gateway.app import create_app

    app = create_app("http://127.0.0.1:9/v1", "k", provider="openai", store_path=tmp_path / "t.db")
    bad = {"Authorization": "Bearer gg-aaaa-bbbb-cccc-dddd"}
    with TestClient(app, client=("127.0.0.1", 4000)) as c:
        codes = [
            c.get("/v1/models", headers={**bad, "X-Forwarded-For": f"10.9.{i}.1, 203.0.113.7"}).status_code
            for i in range(12)
        ]
        assert codes[-1] == 429, codes
