"""The live-demo studio: provider switch, offline continuation with a notice, spend meter; never a traceback."""

from __future__ import annotations

import socket

import pytest

from gigai.apps.demo import DemoModel, badge, build_demo_app, spend_meter

MSG = [{"role": "user", "content": "Jam buka kapan?"}]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def dead_gateway(monkeypatch):
    """The participant's `gateway` preset pointing at a closed port on 127.0.0.1."""
    monkeypatch.setenv("GIGAI_BASE_URL", f"http://127.0.0.1:{_closed_port()}/v1")
    monkeypatch.setenv("GIGAI_API_KEY", "gg-test-0000")


def test_failing_provider_continues_offline_with_notice(dead_gateway):
    m = DemoModel("gateway", timeout=5)
    text = "".join(m.stream(MSG))
    assert "Penyedia 'gateway' gagal" in text and "continues from" not in text  # one language at a time
    assert "[mode offline]" in text
    assert m.last_notice and "gagal" in badge(m)
    comp = m.complete(MSG)
    assert comp.notice and "[mode offline]" in comp.text
    m.select("offline")
    assert m.last_notice is None and m.is_offline
    assert "".join(m.stream(MSG)).startswith("[mode offline]")


def test_unknown_provider_is_a_notice_not_a_crash():
    m = DemoModel("no-such-provider")
    assert "GIGAI-E011" in (m.last_notice or "")
    assert "[mode offline]" in m.complete(MSG).text


def test_spend_meter_reads_usage():
    assert "Rp" in spend_meter() and "panggilan" in spend_meter() and "calls" not in spend_meter()


def test_demo_app_switches_provider_over_http(dead_gateway):
    gradio_client = pytest.importorskip("gradio_client")
    demo = build_demo_app(providers=["offline", "replay", "gateway"], timeout=5)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        client = gradio_client.Client(f"http://127.0.0.1:{port}/", verbose=False)
        shown, picked = client.predict("gateway", api_name="/set_provider")
        assert "gateway" in shown and picked == "gateway"
        answer = client.predict("Jam buka kapan?", api_name="/chat")
        assert "Penyedia 'gateway' gagal" in answer and "[mode offline]" in answer
        assert "Traceback" not in answer
        shown, _ = client.predict("offline", api_name="/set_provider")
        assert "Mode offline" in shown and "gagal" not in shown
        answer = client.predict("Jam buka kapan?", api_name="/chat")
        assert answer.startswith("[mode offline]") and "gagal" not in answer
        badge_html, meter = client.predict(api_name="/refresh")
        assert "Rp" in meter
        assert "⏺️" not in client.predict(True, api_name="/set_record")[0]  # offline is never recorded
    finally:
        demo.close()


def test_visitor_api_calls_cannot_switch_provider_or_record(dead_gateway):
    """A request that came through a proxy/tunnel (or from another laptop) is refused, whatever the API says."""
    gradio_client = pytest.importorskip("gradio_client")
    demo = build_demo_app(providers=["offline", "replay", "gateway"], timeout=5)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        url = f"http://127.0.0.1:{port}/"
        visitor = gradio_client.Client(url, verbose=False, headers={"X-Forwarded-For": "192.168.1.77"})
        shown, picked = visitor.predict("gateway", api_name="/set_provider")
        assert "Hanya trainer" in shown and picked == "offline"
        shown, recording = visitor.predict(True, api_name="/set_record")
        assert "Hanya trainer" in shown and recording is False
        assert demo.gigai_model.name == "offline" and demo.gigai_model.record is False
        _, note = visitor.predict(api_name="/sample_promo")  # no render on the trainer's laptop either
        assert "Hanya trainer" in note
        trainer = gradio_client.Client(url, verbose=False)
        assert trainer.predict("replay", api_name="/set_provider")[1] == "replay"
    finally:
        demo.close()


@pytest.mark.parametrize(
    ("client", "headers", "user", "allowed"),
    [
        ("127.0.0.1", {"host": "127.0.0.1:7860"}, None, True),
        ("::1", {"host": "[::1]:7860"}, None, True),
        ("127.0.0.1", {"host": "localhost:7860"}, None, True),
        ("192.168.1.23", {"host": "192.168.1.10:7860"}, None, False),  # a participant on the wifi
        ("127.0.0.1", {"host": "abcd1234.gradio.live"}, None, False),  # a share-link visitor via the tunnel
        ("127.0.0.1", {"host": "127.0.0.1:7860", "x-forwarded-for": "10.0.0.9"}, None, False),
        # the participants' share login is a participant; only the trainer login (its own secret) is the trainer
        ("127.0.0.1", {"host": "abcd1234.gradio.live", "x-forwarded-for": "36.1.2.3"}, "peserta", False),
        ("192.168.1.23", {"host": "abcd1234.gradio.live"}, "peserta", False),
        ("192.168.1.23", {"host": "abcd1234.gradio.live"}, "trainer", True),
        # the trainer's own laptop behind the password
        ("127.0.0.1", {"host": "127.0.0.1:7860"}, "peserta", True),
    ],
)
def test_trainer_allowed(client, headers, user, allowed):
    from types import SimpleNamespace

    from gigai.apps.trainer_gate import trainer_allowed

    request = SimpleNamespace(client=SimpleNamespace(host=client), headers=headers, username=user)
    assert trainer_allowed(request) is allowed


def test_badge_says_what_answers_once():
    m = DemoModel("offline")
    text = badge(m)
    assert text.count("offline") == 2 and "Mode offline" in text and "offline · offline" not in text
    assert "replay" not in text.lower()
    assert "Replay" in badge(DemoModel("replay")) and "Mode offline" not in badge(DemoModel("replay"))


def test_handler_errors_are_one_log_line(caplog):
    from gigai.apps.demo import safe

    @safe
    def broken(text):
        raise ValueError(f"bad input {text}")

    with caplog.at_level("WARNING"):
        assert "Ada yang gagal" in broken("x")
    assert [r.exc_info for r in caplog.records] == [None]
    assert len(caplog.records[0].getMessage().splitlines()) == 1


@pytest.mark.integration
def test_record_then_replay_against_real_server(llama_server, monkeypatch, tmp_path):
    """Record a real answer (llama.cpp on 127.0.0.1), then switch to replay: the same text, no network."""
    monkeypatch.setenv("LLAMACPP_BASE_URL", llama_server)
    cassette = tmp_path / "demo.jsonl"
    m = DemoModel("llamacpp", cassette=cassette, timeout=120)
    assert m.last_notice is None and not m.is_offline
    m.record = True
    prompt = [{"role": "user", "content": "Hello, my name is"}]
    live = m.complete(prompt, max_tokens=12, temperature=0).text
    assert cassette.exists() and live.strip()
    m.select("replay")
    assert m.complete(prompt, max_tokens=12, temperature=0).text == live


def test_sample_promo_is_rendered_on_the_spot_or_explained(monkeypatch, tmp_path):
    """The opening's 30-second sample: rendered offline by gigai.video.sample_promo, or a plain note."""
    import sys
    import types

    from gigai.apps.trainer_gate import render_sample

    real_video = sys.modules.get("gigai.video")
    monkeypatch.setitem(sys.modules, "gigai.video", types.ModuleType("gigai.video"))  # an older gigai
    path, note = render_sample("kopi-kita", tmp_path)
    assert path is None and "belum tersedia" in note and 'pip install -U -e ".[labs]"' in note
    assert "not available" not in note and "gigai[" not in note  # one language; never the stranger's `gigai`

    seen = {}

    def fake(out, business="kopi-kita"):
        seen["business"] = business
        out.write_bytes(b"mp4")
        return out

    stub = types.ModuleType("gigai.video")
    stub.sample_promo = fake
    monkeypatch.setitem(sys.modules, "gigai.video", stub)
    path, note = render_sample("laundry-bersih-kilat", tmp_path)
    assert path.exists() and path.parent == tmp_path and seen["business"] == "laundry-bersih-kilat"
    assert "detik" in note and "offline" in note
    assert real_video is None or hasattr(real_video, "__getattr__")


def test_offline_continuation_is_counted_and_the_meter_formats_rupiah(dead_gateway, monkeypatch):
    import gigai
    from gigai.llm.base import Usage

    log = gigai.usage()
    log.reset()
    m = DemoModel("gateway", timeout=5)
    m.complete(MSG)
    "".join(m.stream(MSG))
    assert log.summary()["calls"] == 2  # both offline continuations reach the usage log
    log.reset()
    log.add("gemini", "gemini-2.5-flash-lite", Usage(1200, 800, 0.0004, 1234567.891), persist=False)
    log.add("groq", "llama-3.1-8b-instant", Usage(30, 20, 0.00001, 0.37), persist=False)
    meter = spend_meter()
    assert "Rp 1.234.568" in meter and "Rp 0,37" in meter and "2.050 token" in meter
    assert "Rp 1,234" not in meter
    log.reset()
