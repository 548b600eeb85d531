"""A participant with a valid token sends junk: every malformed body is a 400 with a code, never a 500 or a
traceback, and nothing reaches the upstream or the bill."""

from __future__ import annotations

import json

import httpx
import pytest

MSG = [{"role": "user", "content": "Halo"}]


def deep(depth: int, leaf: str = '"x"') -> str:
    return "[" * depth + leaf + "]" * depth


def chat_bodies() -> list[tuple[str, bytes]]:
    ok = {"model": "gpt-4o-mini", "messages": MSG}

    def with_(**kw) -> bytes:
        return json.dumps({**ok, **kw}).encode()

    raw = json.dumps(ok)[:-1]
    bodies = [
        ("role object at the top", b'{"role": {"x": 1}}'),
        ("role object in a message", with_(messages=[{"role": {"x": 1}, "content": "hi"}])),
        ("role list", with_(messages=[{"role": ["user"], "content": "hi"}])),
        ("role number", with_(messages=[{"role": 7, "content": "hi"}])),
        ("messages a string", with_(messages="Halo")),
        ("messages empty", with_(messages=[])),
        ("message a list", with_(messages=[["user", "hi"]])),
        ("content an object", with_(messages=[{"role": "user", "content": {"a": 1}}])),
        ("content part a number", with_(messages=[{"role": "user", "content": [1, 2]}])),
        ("content part unknown type", with_(messages=[{"role": "user", "content": [{"type": "video"}]}])),
        ("model a list", with_(model=["gpt-4o-mini"])),
        ("model an object", with_(model={"id": "gpt-4o-mini"})),
        ("max_tokens an object", with_(max_tokens={"n": 5})),
        ("max_tokens NaN text", with_(max_tokens="NaN")),
        ("stream a string", with_(stream="yes")),
        ("stream_options a list", with_(stream_options=["include_usage"])),
        ("stream_options unknown", with_(stream_options={"include_usage": True, "x": 1})),
        ("unknown field", with_(temperature_x=1)),
        ("tools not allowed", with_(tools=[{"type": "function"}])),
        ("not JSON", b"{model: gpt}"),
        ("a JSON string", b'"halo"'),
        ("a JSON list", b"[1, 2, 3]"),
        ("null", b"null"),
        ("empty", b""),
        ("not UTF-8", b'{"messages": [{"role": "user", "content": "\xff\xfe"}]}'),
        ("stop 100k deep", (raw + ', "stop": ' + deep(100_000) + "}").encode()),
    ]
    for depth in (900, 980, 990, 995, 999, 1000, 1100, 5000):  # around Python's recursion limit
        bodies.append((f"stop {depth} deep", (raw + ', "stop": ' + deep(depth) + "}").encode()))
        name = '{"role": "user", "content": "hi", "name": ' + deep(depth) + "}"
        bodies.append((f"message field {depth} deep", (raw.split('"messages"')[0] + '"messages": [' + name + "]}").encode()))  # fmt: skip
    return bodies


@pytest.fixture
def gw(fake_upstream, make_gateway):
    return make_gateway(fake_upstream.url + "/v1", max_request_bytes=1_000_000)


def test_malformed_chat_bodies_get_a_400_not_a_500(gw, fake_upstream):
    """One gateway, every body (a server per body would cost the fast lane a second each)."""
    token = gw.store.issue(1, rpm=6000)[0].token
    wrong = []
    for what, body in chat_bodies():
        r = httpx.post(gw.url + "/v1/chat/completions", content=body, timeout=30,
                       headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})  # fmt: skip
        if r.status_code == 200 and what.startswith(("stop", "message field")):
            continue  # valid after normalising: deep stop words within Python's limit reach the provider
        if (
            r.status_code != 400
            or not r.json()["error"]["code"].startswith("GIGAI-E")
            or "Traceback" in r.text
        ):
            wrong.append((what, r.status_code, r.text[:200]))
    assert not wrong
    valid = sum(
        1
        for s in fake_upstream.app.state.seen
        if s["body"].get("stop") or s["body"]["messages"][0].get("name")
    )
    assert len(fake_upstream.app.state.seen) == valid  # only the valid deep bodies reached the provider
    assert gw.store.find(token).requests == valid  # refused bodies are not booked


@pytest.mark.parametrize("depth", [999, 1000, 100_000])
def test_malformed_progress_and_console_bodies_get_a_400(gw, depth):
    token = gw.store.issue(1)[0].token
    junk = deep(depth).encode()
    r = httpx.post(
        gw.url + "/v1/gigai/progress", content=junk[:500], headers={"Authorization": f"Bearer {token}"}
    )
    assert r.status_code in (400, 413)
    for path in ("/admin/tokens", "/admin/cards", "/admin/participants/1/topup"):
        r = httpx.post(gw.url + path, content=junk, headers={"Content-Type": "application/json"}, timeout=30)
        assert r.status_code in (400, 413), (path, r.status_code, r.text[:200])
    r = httpx.post(gw.url + "/admin/tokens", content=b'{"names": [{"x": 1}]}',
                   headers={"Content-Type": "application/json"})  # fmt: skip
    assert r.status_code == 400


def test_bad_headers_are_answered_not_crashed(gw):
    for value in ("Bearer \u00e9\u00e9\u00e9", "Bearer " + "a" * 10_000, "Basic xyz", "Bearer"):
        r = httpx.post(gw.url + "/v1/chat/completions", json={"messages": MSG},
                       headers={"Authorization": value.encode("utf-8")})  # fmt: skip
        assert r.status_code in (401, 429) and r.json()["error"]["code"] in ("GIGAI-E061", "GIGAI-E104")
