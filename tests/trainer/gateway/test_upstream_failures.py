"""The room on a bad day: every upstream failure ends in an offline answer, fast, and the console says so.

Each stand-in misbehaves the way a venue does: quota used up (429), key rejected (401/403), a server error
(500), nothing listening (refused), a silent network (accepts, never answers). The participant calls with a
client whose own timeout is far above the gateway's first-byte deadline and retries nothing: getting the
offline answer at all means it came within that deadline (no wall-clock assertions).
"""

from __future__ import annotations

import time

import httpx
import pytest

from gigai.trainer.gateway.server import BackgroundServer
from tests.trainer.gateway.fake_upstream import ANSWER, Silent, closed_port_url, create_fake_upstream

MODEL = "gpt-4o-mini"
MSG = [{"role": "user", "content": "Toko saya buka jam berapa saja di hari Minggu?"}]
FIRST_BYTE = 1.0
CLIENT_TIMEOUT = 20.0  # the participant's patience in these tests; far above FIRST_BYTE


class Misbehaving:
    """An upstream that fails in one way: ``kind`` is an HTTP status, ``refused`` or ``hang``."""

    def __init__(self, kind: str) -> None:
        self.kind, self.server, self.silent = kind, None, None
        if kind == "refused":
            self.url = closed_port_url()
        elif kind == "hang":
            self.silent = Silent()
            self.url = self.silent.url + "/v1"
        else:
            self.app = create_fake_upstream(fail_status=int(kind))
            self.server = BackgroundServer(self.app).start()
            self.url = self.server.url + "/v1"

    def close(self) -> None:
        if self.server:
            self.server.stop()
        if self.silent:
            self.silent.close()


@pytest.fixture
def misbehaving():
    made: list[Misbehaving] = []

    def make(kind: str) -> Misbehaving:
        made.append(Misbehaving(kind))
        return made[-1]

    yield make
    for m in made:
        m.close()


def ask(gw, token: str, *, stream: bool = False) -> httpx.Response:
    body = {"model": MODEL, "messages": MSG, "stream": stream}
    return httpx.post(gw.url + "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {token}"},
                      timeout=CLIENT_TIMEOUT)  # fmt: skip


def console(gw) -> dict:
    return httpx.get(gw.url + "/admin/state", timeout=5).json()["upstream"]


KINDS = ["429", "401", "403", "500", "refused", "hang"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_failure_gives_an_offline_answer_and_the_console_says_what_participants_got(
    kind, misbehaving, make_gateway
):
    up = misbehaving(kind)
    gw = make_gateway(
        up.url, offline_fallback=True, first_byte_timeout=FIRST_BYTE, answer_timeout=3 * FIRST_BYTE
    )
    token, other = (t.token for t in gw.store.issue(2))
    r = ask(gw, token)
    assert r.status_code == 200, r.text
    assert r.headers["X-Gigai-Notice"] == "offline-fallback" and r.headers["X-Gigai-Upstream"] == "offline"
    body = r.json()
    assert body["choices"][0]["message"]["content"].startswith("[mode offline]")
    assert body["gigai_upstream"] == "offline" and body["model"] == "gigai-offline"
    r2 = ask(gw, other, stream=True)  # the next participant: a stream, the same answer kind
    assert r2.status_code == 200 and "[mode offline]" in r2.text and r2.text.rstrip().endswith("[DONE]")
    s = console(gw)
    # What the console says is what the participants got
    assert s["serving"] == "offline" and s["last_served"] == "offline" and s["fallback_active"] is True
    assert s["recent"] == {"offline": 2} and "OFFLINE" in s["serving_words"]
    assert s["up"] is False and s["last_error_words"]
    told = [line for line in gw.said if "Peserta sekarang mendapat" in line]
    assert len(told) == 1 and s["serving_words"] in told[0]  # the terminal: once, in the console's words
    if kind in ("401", "403"):
        assert "kunci" in s["last_error_words"]
    if kind == "429":
        assert "kuota" in s["last_error_words"]
    if kind in ("429", "401", "403", "refused"):  # refused before any work: nothing billed
        assert gw.store.find(token).spent_idr == 0 == gw.store.find(other).spent_idr


@pytest.mark.parametrize("kind", ["429", "401", "500", "refused", "hang"])
def test_without_fallback_the_participant_gets_the_real_reason_and_the_console_says_error(
    kind, misbehaving, make_gateway
):
    up = misbehaving(kind)
    gw = make_gateway(up.url, first_byte_timeout=FIRST_BYTE, answer_timeout=3 * FIRST_BYTE)
    first, second = (t.token for t in gw.store.issue(2))
    ask(gw, first)
    r = ask(gw, second)
    code = {"429": "E063", "401": "E068", "500": "E065", "refused": "E065", "hang": "E066"}[kind]
    assert r.json()["error"]["code"] == f"GIGAI-{code}"
    s = console(gw)
    assert s["serving"] == "error" and s["last_served"] == "error" and s["fallback_active"] is False


def test_a_failed_upstream_is_skipped_until_it_may_be_tried_again(make_gateway):
    """After one hang the next participants do not wait for it again (the cool-down), then it is retried."""
    app = create_fake_upstream()
    with BackgroundServer(app) as up:
        gw = make_gateway(up.url + "/v1", offline_fallback=True, first_byte_timeout=FIRST_BYTE,
                          answer_timeout=3 * FIRST_BYTE, probe_interval=0.5)  # fmt: skip
        token, other = (t.token for t in gw.store.issue(2, rpm=600))
        assert ask(gw, token).json()["gigai_upstream"] == "openai"
        app.state.mode = "hang"
        assert ask(gw, token).json()["gigai_upstream"] == "offline"
        assert (
            ask(gw, other).json()["gigai_upstream"] == "offline"
        )  # a second participant: the room's problem
        asked = len(app.state.seen)
        assert ask(gw, token).json()["gigai_upstream"] == "offline"
        assert len(app.state.seen) == asked  # skipped: this participant did not wait for the hang
        app.state.mode = None
        deadline = time.monotonic() + 30
        while ask(gw, token).json()["gigai_upstream"] != "openai":  # tried again after the cool-down
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert console(gw)["serving"] == "openai" and "kembali normal" not in " ".join(gw.said[:1])


def wait_for(predicate, timeout: float = 30.0, step: float = 0.05):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "the console never changed"
        time.sleep(step)


def test_console_health_flips_within_one_probe_interval_without_traffic(make_gateway):
    app = create_fake_upstream()
    with BackgroundServer(app) as up:
        gw = make_gateway(up.url + "/v1", offline_fallback=True, probe_interval=0.3)
        wait_for(lambda: console(gw)["up"] is True)  # the gateway's own probe: nobody asked anything
        app.state.models_status = 503  # the server breaks
        before = app.state.probes
        wait_for(lambda: console(gw)["up"] is False)
        assert app.state.probes - before <= 2  # the first probe after the break saw it
        s = console(gw)
        assert s["serving"] == "offline" and "503" in s["last_error_words"]
        app.state.models_status = None
        before = app.state.probes
        wait_for(lambda: console(gw)["up"] is True)
        assert app.state.probes - before <= 2
        assert app.state.seen == []  # no chat call: probes spend no tokens
    wait_for(lambda: console(gw)["up"] is False)  # the server is gone entirely: refused
    assert "tidak bisa dihubungi" in console(gw)["last_error_words"]
    assert any("GAGAL" in line for line in gw.said) and any("normal kembali" in line for line in gw.said)


def test_health_endpoint_is_open_cheap_and_reports_the_last_probe(make_gateway):
    app = create_fake_upstream()
    with BackgroundServer(app) as up:
        gw = make_gateway(up.url + "/v1", offline_fallback=True, probe_interval=0.3)
        wait_for(lambda: httpx.get(gw.url + "/health").json()["upstreams"][0]["last_probe_ok"] is True)
        h = httpx.get(gw.url + "/health").json()
        assert h["status"] == "ok" and h["serving"] == "openai" and h["offline_fallback"] is True
        assert set(h["upstreams"][0]) == {"provider", "local", "up", "last_probe_ok", "last_probe_text"}
        assert app.state.seen == [] and "REALKEY" not in str(h)


def test_answers_that_are_not_from_an_ai_server_fall_back_too(make_gateway):
    """A hotel wifi login page answers 200 with HTML: that is a failure, not an answer."""
    app = create_fake_upstream()
    app.state.mode = "html"
    with BackgroundServer(app) as up:
        gw = make_gateway(up.url + "/v1", offline_fallback=True)
        r = ask(gw, gw.store.issue(1)[0].token)
        assert r.json()["gigai_upstream"] == "offline" and "Login" not in r.text
        assert "bukan dari server AI" in console(gw)["last_error_words"]


def test_second_upstream_answers_when_the_first_fails_and_is_priced_by_its_own_row(make_gateway):
    """The chain without a model: a failing cloud stand-in, then a stand-in priced as llama.cpp (Rp 0)."""
    from gigai.trainer.gateway.upstreams import Upstream

    local_app = create_fake_upstream(model="local")
    with BackgroundServer(local_app) as local:
        chain = [Upstream("openai", closed_port_url(), "sk-cloud-REALKEY-0000"),
                 Upstream("llamacpp", local.url + "/v1", None, model="local")]  # fmt: skip
        gw = make_gateway(None, upstreams=chain, offline_fallback=True, first_byte_timeout=FIRST_BYTE)
        token = gw.store.issue(1)[0].token
        r = ask(gw, token)
        body = r.json()
        assert body["choices"][0]["message"]["content"] == ANSWER
        assert body["gigai_upstream"] == "llamacpp" and r.headers["X-Gigai-Upstream"] == "llamacpp"
        assert body["model"] == "local" and body["usage"]["gigai_cost_idr"] == 0
        assert local_app.state.seen[-1]["body"]["model"] == "local"  # the laptop's model, not gpt-4o-mini
        assert local_app.state.seen[-1]["auth"] == "Bearer no-key"  # the cloud key never goes to the laptop
        r = httpx.post(
            gw.url + "/v1/chat/completions",
            headers={"Authorization": f"Bearer {token}"},
            json={"messages": MSG, "stream": True, "stream_options": {"include_usage": True}},
        )
        assert '"gigai_upstream": "llamacpp"' in r.text and '"gigai_cost_idr": 0.0' in r.text
        assert r.headers["X-Gigai-Upstream"] == "llamacpp" and r.text.rstrip().endswith("[DONE]")
        info = gw.store.find(token)
        assert info.requests == 2 and info.spent_idr == 0 and info.completion_tokens > 0
        s = console(gw)
        assert s["serving"] == "llamacpp" and s["recent"] == {"llamacpp": 2}
        assert "lokal" in s["serving_words"] and s["upstreams"][1]["local"] is True
        # the participant's own library says who answered (not only the console)
        import gigai

        room = gigai.get_model("gateway", base_url=gw.url + "/v1", api_key=token)
        said = gigai.chat("Halo", provider=room)
        assert said.startswith("[gateway kelas] Dijawab oleh model di laptop trainer (llamacpp)") and ANSWER in said


@pytest.mark.parametrize("stream", [False, True])
def test_a_stream_that_stalls_mid_answer_is_not_passed_off_as_a_whole_answer(make_gateway, stream):
    """Found on the second drill set: half an answer, then silence. The participant gets the offline answer
    (or, mid-stream, the offline note), and the console says the upstream failed."""
    app = create_fake_upstream(chunks=2)
    app.state.mode = "stall"
    with BackgroundServer(app) as up:
        gw = make_gateway(up.url + "/v1", offline_fallback=True, first_byte_timeout=FIRST_BYTE)
        r = ask(gw, gw.store.issue(1)[0].token, stream=stream)
        app.state.mode = None
    assert r.status_code == 200 and "[mode offline]" in r.text
    s = console(gw)
    assert (
        "terputus" in s["last_error_words"]
        and s["last_served"] == "offline"
        and s["recent"] == {"offline": 1}
    )


def test_a_reset_connection_and_a_slow_first_byte_fall_back_too(make_gateway):
    from tests.trainer.gateway.fake_upstream import Silent

    class Resetting(Silent):
        def _accept(self) -> None:
            while True:
                try:
                    conn, _ = self.sock.accept()
                except OSError:
                    return
                conn.close()

    with Resetting() as reset:
        gw = make_gateway(reset.url + "/v1", offline_fallback=True, first_byte_timeout=FIRST_BYTE)
        assert ask(gw, gw.store.issue(1)[0].token).json()["gigai_upstream"] == "offline"
    slow = create_fake_upstream(delay=10 * FIRST_BYTE)  # headers at once, the first chunk much later
    with BackgroundServer(slow) as up:
        gw = make_gateway(up.url + "/v1", offline_fallback=True, first_byte_timeout=FIRST_BYTE)
        r = ask(gw, gw.store.issue(1)[0].token)
        assert r.json()["gigai_upstream"] == "offline" and "batas waktu" in console(gw)["last_error_words"]


def test_a_server_that_ignores_stream_still_answers_both_kinds_of_client(make_gateway):
    app = create_fake_upstream()
    app.state.mode = "json"
    with BackgroundServer(app) as up:
        gw = make_gateway(up.url + "/v1")
        token = gw.store.issue(1)[0].token
        assert ask(gw, token).json()["choices"][0]["message"]["content"] == ANSWER
        r = ask(gw, token, stream=True)
        assert "Halo!" in r.text and r.text.rstrip().endswith("[DONE]")
        assert gw.store.find(token).spent_idr > 0


def test_one_participants_odd_request_does_not_take_the_room_offline(make_gateway):
    """A request that makes the provider answer 500 (an odd schema, say) fails for its sender only; the room
    switches to offline answers when a second participant meets the failure too."""
    app = create_fake_upstream()
    with BackgroundServer(app) as up:
        gw = make_gateway(up.url + "/v1", offline_fallback=True)
        mallory, ayu, budi = (t.token for t in gw.store.issue(3, rpm=600))
        app.state.fail_status = 500
        for _ in range(5):
            assert ask(gw, mallory).json()["gigai_upstream"] == "offline"
        s = console(gw)
        assert s["serving"] == "openai" and s["recent"] == {"offline": 5} and "500" in s["last_error_words"]
        told = [line for line in gw.said if "satu jawaban gagal" in line]
        assert len(told) == 1 and "peserta itu mendapat jawaban OFFLINE" in told[0]  # the terminal, once
        app.state.fail_status = None
        assert ask(gw, ayu).json()["gigai_upstream"] == "openai"  # the others are still served by the model
        app.state.fail_status = 500
        ask(gw, mallory)
        ask(gw, budi)  # a second participant: now it is the provider
        assert console(gw)["serving"] == "offline" and any("GAGAL" in line for line in gw.said)


def test_a_laptop_model_that_refuses_a_long_request_hands_it_on_to_the_offline_engine(make_gateway):
    """The local model's small context window answers 400 to a long prompt: with the cloud down, that
    participant gets the offline answer rather than the laptop's error."""
    from gigai.trainer.gateway.upstreams import Upstream

    local_app = create_fake_upstream(model="local", fail_status=400)
    with BackgroundServer(local_app) as local:
        chain = [Upstream("openai", closed_port_url(), "sk-cloud-REALKEY-0000"),
                 Upstream("llamacpp", local.url + "/v1", None, model="local")]  # fmt: skip
        gw = make_gateway(None, upstreams=chain, offline_fallback=True)
        r = ask(gw, gw.store.issue(1)[0].token)
        assert r.status_code == 200 and r.json()["gigai_upstream"] == "offline"
        assert console(gw)["upstreams"][1]["up"] is not False  # the laptop's model is fine for others
