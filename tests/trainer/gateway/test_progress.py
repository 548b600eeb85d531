"""The room console's progress (issue 13): notebooks -> gigai.latihan.progress.send -> gateway -> grid and CSV."""

from __future__ import annotations

import csv
import json
import threading

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from gigai.latihan import progress
from gigai.trainer.gateway.server import BackgroundServer

MSG = [{"role": "user", "content": "Halo"}]


@pytest.fixture
def gateway(fake_upstream, make_gateway):
    return make_gateway(fake_upstream.url + "/v1", room_name="Medan-1")


def use_gateway(monkeypatch, gw, token):
    from gigai import config

    monkeypatch.setenv("GIGAI_PROVIDER", "gateway")
    monkeypatch.setenv("GIGAI_BASE_URL", gw.url + "/v1")
    monkeypatch.setenv("GIGAI_API_KEY", token)
    config.clear_cache()


def test_three_participants_running_real_checks_grid_and_csv(gateway, monkeypatch, tmp_path, capsys):
    """Each participant runs real gigai.latihan checks in their notebook; the console shows exactly that."""
    from gigai.latihan import lab1

    ayu, budi, citra = gateway.store.issue(3, names=["Ayu", "Budi Santoso", "Citra"])
    sessions = [
        (ayu, [(lab1.q1, ("openia",)), (lab1.q1, ("offline",)), (lab1.q2, ("sk-...WXYZ",))]),
        (budi, [(lab1.q1, ("openia",)), (lab1.q2, (lab1.DEMO_KEY,))]),  # a typo, then the whole key
        (citra, [(lab1.q1, (None,))]),  # ran the check before filling in the answer
    ]
    for who, checks in sessions:
        use_gateway(monkeypatch, gateway, who.token)
        for exercise, args in checks:
            exercise.check(*args)
        assert progress.flush(10)
    capsys.readouterr()
    grid = gateway.room.book.grid()
    cells = {p["name"]: {k: v for k, v in p["cells"].items() if v} for p in grid["participants"]}
    assert cells == {
        "Ayu": {"lab1.q1": "benar", "lab1.q2": "benar"},
        "Budi Santoso": {"lab1.q1": "belum benar", "lab1.q2": "belum benar"},
        "Citra": {"lab1.q1": "belum dicoba"},
    }
    assert [e["key"] for e in grid["exercises"]][0] in ("lab1.q1", "lab1.q2")
    assert all(p["last_activity"] for p in grid["participants"])
    # the coordinator's CSV through the trainer's command (the gateway's DB is the default store here)
    from typer.testing import CliRunner

    from gigai.trainer.gateway.cli import gateway_app

    monkeypatch.setattr("gigai.trainer.gateway.tokens.default_store_path", lambda: gateway.store.path)
    out = tmp_path / "kelas.csv"
    r = CliRunner().invoke(gateway_app, ["progress", "--csv", str(out)])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(x["room"], x["participant"]) for x in rows] == [("Medan-1", "Ayu"), ("Medan-1", "Budi Santoso"),
                                                             ("Medan-1", "Citra")]  # fmt: skip
    assert [(x["lab1.q1"], x["lab1.q2"], x["correct"], x["completion_pct"]) for x in rows] == [
        ("benar", "benar", "2", "100"), ("belum benar", "belum benar", "0", "0"), ("belum dicoba", "", "0", "0"),
    ]  # fmt: skip
    assert all(len(x["date"]) == 10 for x in rows)
    r = CliRunner().invoke(gateway_app, ["progress"])
    assert "Budi Santoso" in r.output and "✗" in r.output and "✓" in r.output
    data = json.loads(CliRunner().invoke(gateway_app, ["progress", "--json"]).output)
    assert data["room"] == "Medan-1" and len(data["participants"]) == 3


def test_most_stuck_exercise_first(gateway):
    people = gateway.store.issue(4)
    book = gateway.room.book
    for p in people:
        book.add(p.id, 2, "q1", "benar", 1.0)
    for p in people[:3]:
        book.add(p.id, 2, "q3", "belum benar", 2.0)
    book.add(people[0].id, 2, "q2", "belum benar", 3.0)
    book.add(people[1].id, 2, "q3", "benar", 4.0)  # later outcome wins
    exs = gateway.room.book.grid()["exercises"]
    assert [(e["key"], e["stuck"]) for e in exs] == [("lab2.q3", 2), ("lab2.q2", 1), ("lab2.q1", 0)]


def test_only_the_four_fields_are_sent(monkeypatch):
    got: list[bytes] = []

    async def catch(request: Request):
        got.append(await request.body())
        return JSONResponse({"ok": True})

    with BackgroundServer(Starlette(routes=[Route("/v1/gigai/progress", catch, methods=["POST"])])) as srv:
        monkeypatch.setenv("GIGAI_PROVIDER", "gateway")
        monkeypatch.setenv("GIGAI_BASE_URL", srv.url + "/v1")
        monkeypatch.setenv("GIGAI_API_KEY", "gg-aaaa-bbbb-cccc-dddd")
        progress.send(3, "q2", "belum_benar")  # core's internal spelling is accepted
        assert progress.flush(10)
    sent = json.loads(got[0])
    assert set(sent) == {"lab", "exercise", "outcome", "time"}
    assert (sent["lab"], sent["exercise"], sent["outcome"]) == (3, "q2", "belum benar")


def test_send_never_raises_on_junk(monkeypatch):
    monkeypatch.setenv("GIGAI_PROVIDER", "gateway")
    monkeypatch.setenv("GIGAI_BASE_URL", "not a url")
    monkeypatch.setenv("GIGAI_API_KEY", "x")
    for args in [(None, None, None), (object(), [], {}), ("lab2", "q1", "BENAR"), (1, "q" * 500, "benar")]:
        assert progress.send(*args) is None
    assert (
        progress.record("lab2", "q1", "belum_dicoba")["lab"] == 2 and progress.record(1, "", "benar") is None
    )


@pytest.mark.parametrize(
    "env", [{"GIGAI_PROGRESS": "0"}, {"GIGAI_PROVIDER": "gemini"}, {"GIGAI_API_KEY": ""}]
)
def test_nothing_is_sent_when_off_or_without_gateway(gateway, monkeypatch, env):
    token = gateway.store.issue(1)[0].token
    use_gateway(monkeypatch, gateway, token)
    for k, v in env.items():
        monkeypatch.setenv(k, v) if v else monkeypatch.delenv(k)
    progress.send(1, "q1", "benar")
    assert progress.flush(10)
    assert gateway.room.book.count() == 0


def test_a_down_or_slow_gateway_never_delays_the_check(monkeypatch, closed_url=None):
    """send() returns while the gateway still holds the request; the worker gives up after its timeout."""
    release = threading.Event()
    arrived = threading.Event()

    async def slow(request: Request):
        import asyncio

        arrived.set()
        while not release.is_set():
            await asyncio.sleep(0.05)
        return JSONResponse({"ok": True})

    with BackgroundServer(Starlette(routes=[Route("/v1/gigai/progress", slow, methods=["POST"])])) as srv:
        monkeypatch.setenv("GIGAI_PROVIDER", "gateway")
        monkeypatch.setenv("GIGAI_BASE_URL", srv.url + "/v1")
        monkeypatch.setenv("GIGAI_API_KEY", "gg-aaaa-bbbb-cccc-dddd")
        monkeypatch.setattr(progress, "TIMEOUT", 0.5)
        from gigai.latihan import lab1

        lab1.q1.check("offline")  # returns at once, the post is in the background
        assert arrived.wait(10) and not release.is_set()  # the check finished while the gateway was stuck
        assert progress.flush(10)  # ... and the worker gave up after its timeout without being released
        release.set()
    monkeypatch.setenv("GIGAI_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens there
    lab1.q1.check("offline")
    assert progress.flush(10)


def test_progress_endpoint_refuses_junk_big_bodies_and_floods(gateway, monkeypatch):
    monkeypatch.setattr("gigai.trainer.gateway.context.PROGRESS_RPM", 1)
    monkeypatch.setattr("gigai.trainer.gateway.context.PROGRESS_BURST", 10)
    info = gateway.store.issue(1)[0]
    url, hdr = gateway.url + "/v1/gigai/progress", {"Authorization": f"Bearer {info.token}"}
    ok = {"lab": 1, "exercise": "q1", "outcome": "benar", "time": "2026-12-01T09:00:00+07:00"}
    assert httpx.post(url, json=ok, headers=hdr).status_code == 200
    for bad in [dict(ok, answer="print(1)"), dict(ok, outcome="lulus"), dict(ok, lab="1; drop"),
                dict(ok, lab=99), [ok]]:  # fmt: skip
        r = httpx.post(url, json=bad, headers=hdr)
        assert r.status_code == 400 and r.json()["error"]["code"] == "GIGAI-E106"
    for bad in [dict(ok, exercise="<script>"), dict(ok, exercise="junk-1"), dict(ok, exercise="q99")]:
        r = httpx.post(url, json=bad, headers=hdr)
        assert r.status_code == 400 and r.json()["error"]["code"] == "GIGAI-E235"
    r = httpx.post(url, content=json.dumps(dict(ok, exercise="q" * 2000)), headers=hdr)
    assert r.status_code == 413
    assert httpx.post(url, json=ok).status_code == 401
    codes = [httpx.post(url, json=ok, headers=hdr).status_code for _ in range(20)]
    assert codes.count(200) <= 10 and codes[-1] == 429
    r = httpx.post(url, json=ok, headers=hdr)
    assert r.json()["error"]["code"] == "GIGAI-E107" and int(r.headers["Retry-After"]) >= 1
    assert gateway.room.book.count() <= 11
    gateway.store.revoke(info.id)
    assert httpx.post(url, json=ok, headers=hdr).json()["error"]["code"] == "GIGAI-E067"


def test_bounded_load_30_participants_x_20_checks_no_lost_record():
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[3] / "scripts" / "load_gateway.py"
    proc = subprocess.run([sys.executable, str(script), "--progress", "--participants", "30", "--requests", "20"],
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = json.loads(proc.stdout)
    assert result["sent"] == 600 and result["stored"] == 600 and result["lost"] == 0
    assert result["grid_cells"] == 600 and result["errors"] == 0


def test_progress_names_are_checked_against_the_labs_real_exercise_list(gateway):
    """Every exercise gigai.latihan defines is accepted; a name one digit off (lab5 has no q3) is refused."""
    from gigai.latihan import registry

    info = gateway.store.issue(1)[0]
    url, hdr = gateway.url + "/v1/gigai/progress", {"Authorization": f"Bearer {info.token}"}
    real = [(int(n[3:]), ex.name) for n, lab in registry().items() for ex in lab.exercises]
    assert len(real) > 20
    for lab, name in real:
        r = httpx.post(url, json={"lab": lab, "exercise": name, "outcome": "benar"}, headers=hdr)
        assert r.status_code == 200, (lab, name, r.text)
    last = max(n for lab, n in real if lab == 5)
    for lab, name in [
        (5, f"q{int(last[1:]) + 1}"),
        (1, "Q1"),
        (1, "q01"),
        (1, " q1"),
        (len(registry()) + 1, "q1"),
    ]:
        r = httpx.post(url, json={"lab": lab, "exercise": name, "outcome": "benar"}, headers=hdr)
        assert r.status_code == 400 and r.json()["error"]["code"] in ("GIGAI-E235", "GIGAI-E106"), (lab, name)
    assert len(gateway.room.book.grid()["exercises"]) == len(real)
