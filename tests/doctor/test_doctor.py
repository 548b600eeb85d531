"""gigai.doctor: rows, exit codes, privacy (no keys, no home path) and no network unless asked.

These tests read the English report (GIGAI_LANG=en); the Indonesian default and the one-language rule are
tested in test_readiness.py.
"""

from __future__ import annotations

import http.server
import inspect
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections import namedtuple
from pathlib import Path

import pytest

from gigai.doctor import checks as doctor
from gigai.doctor import installed

FAKE_KEY = "sk-proj-THISISAFAKEKEYdoNotLeak9876"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("GIGAI_LANG", "en")


@pytest.fixture
def no_network(monkeypatch):
    """Record every outgoing connection; anything but 127.0.0.1 fails the test."""
    seen: list = []
    real_connect = socket.socket.connect

    def connect(self, address):
        seen.append(address)
        if isinstance(address, tuple) and address[0] not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"network used: {address}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return seen


def test_run_returns_rows_for_every_check(no_network):
    report = doctor.run()
    names = {c.key for c in report.checks}
    for expected in (
        "python",
        "packages",
        "ffmpeg",
        "voice",
        "font",
        "jupyter",
        "RAM",
        "ollama",
        "disk",
        "provider",
    ):
        assert expected in names
    assert all(c.status in ("ok", "info", "warn", "fail") for c in report.checks)
    assert report.exit_code in (0, 1)
    # This venv has every core package and ffmpeg: nothing blocks.
    assert report["packages"].status == "ok", report["packages"].detail
    assert report["ffmpeg"].status == "ok", report["ffmpeg"].detail


def test_ollama_probe_only_touches_localhost(monkeypatch, no_network):
    monkeypatch.delenv("GIGAI_NO_OLLAMA_PROBE", raising=False)
    check = doctor.check_ollama()
    assert check.status in ("ok", "info")
    assert all(addr[0] == "127.0.0.1" for addr in no_network)


def test_report_has_no_key_and_no_home_path(monkeypatch, tmp_path, no_network):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    work = tmp_path / "kelas" / "gigai"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    report = doctor.run()
    text, as_json, md = report.to_text(), report.to_json(), report._repr_markdown_()
    for out in (text, as_json, md):
        assert FAKE_KEY not in out
        assert "THISISAFAKEKEY" not in out
        assert str(tmp_path) not in out
    assert "~/kelas/gigai" in as_json
    # The key is visible only masked, and the reachability was not checked (no --online).
    row = report["provider"]
    assert row.data["provider"] == "openai"
    assert "...9876" in row.detail and "not checked" in row.detail


def test_json_round_trip():
    data = json.loads(doctor.run().to_json())
    assert data["gigai_doctor"] == 1
    assert {"name", "status", "detail", "fix", "blocking"} <= set(data["checks"][0])
    assert data["exit_code"] == (0 if data["ok"] else 1)


def test_markdown_repr_is_a_table():
    md = doctor.run()._repr_markdown_()
    assert md.startswith("**gigai doctor:")
    assert "| check |" in md


def test_missing_core_package_blocks(monkeypatch):
    real = installed.requirements
    monkeypatch.setattr(installed, "requirements", lambda: [*real(), ("gigai-no-such-package", "", None)])
    report = doctor.run()
    row = report["packages"]
    assert row.status == "fail" and row.blocking and "gigai-no-such-package" in row.detail
    assert report.exit_code == 1
    assert "NOT READY" in report.to_text()


def test_missing_optional_package_does_not_block(monkeypatch):
    real = installed.requirements
    monkeypatch.setattr(installed, "requirements", lambda: [*real(), ("gigai-no-such-extra", "", "online")])
    assert doctor.check_packages().status == "ok"


def test_wrong_version_warns(monkeypatch):
    monkeypatch.setattr(installed, "requirements", lambda: [("pytest", "<1", None)])
    row = doctor.check_packages()
    assert row.status == "warn" and "pytest" in row.detail and not row.blocks


Usage = namedtuple("Usage", "total used free")


@pytest.mark.parametrize(
    ("free", "status", "code"),
    [(100 * doctor.GB, "ok", 0), (1 * doctor.GB, "warn", 0), (100 * doctor.MB, "fail", 1)],
)
def test_disk_thresholds(monkeypatch, free, status, code):
    monkeypatch.setattr(shutil, "disk_usage", lambda path: Usage(200 * doctor.GB, 0, free))
    report = doctor.run()
    disk = [c for c in report.checks if c.name == "disk"]
    assert len(disk) == 1  # home and cwd on the same disk: one row
    assert disk[0].status == status
    assert report.exit_code == code


def test_ffmpeg_missing_blocks(monkeypatch):
    import imageio_ffmpeg

    def boom():
        raise RuntimeError("No ffmpeg exe could be found")

    monkeypatch.setattr(imageio_ffmpeg, "get_ffmpeg_exe", boom)
    row = doctor.check_ffmpeg()
    assert row.status == "fail" and row.blocks and "RuntimeError" in row.detail


def test_old_python_blocks(monkeypatch):
    monkeypatch.setattr(sys, "version_info", (3, 9, 18, "final", 0))
    row = doctor.check_python()
    assert row.status == "fail" and row.blocks


def test_broken_llm_layer_still_gives_a_report(monkeypatch):
    """If the LLM catalogue is broken, the doctor still answers, with a provider warning."""
    import gigai.llm.registry as registry

    monkeypatch.setattr(registry, "presets", lambda: 1 / 0)
    report = doctor.run()
    assert report["provider"].status == "warn"
    assert "ZeroDivisionError" in report["provider"].detail


class _Chat(http.server.BaseHTTPRequestHandler):
    """A tiny OpenAI-compatible server: POST /v1/chat/completions answers only the good key; GET /health
    answers like gigai's gateway and GET /v1/models like a local server (the doctor's token-free probes)."""

    def do_GET(self):
        if self.path == "/health":
            status, out = 200, {"status": "ok", "gateway": "gigai", "offline_fallback": False}
        elif self.path == "/v1/models":
            status, out = 200, {"data": [{"id": "local"}]}
        else:
            status, out = 404, {"error": {"message": f"no route {self.path}"}}
        raw = json.dumps(out).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        self.server.seen.append((self.path, body))
        ok = self.headers.get("Authorization") in (None, "Bearer good-key-123456")  # local servers need none
        if self.path != "/v1/chat/completions":
            status, out = 404, {"error": {"message": f"no route {self.path}"}}
        elif ok:
            status, out = 200, {"model": body.get("model"), "choices": [{"message": {"content": "H"}}]}
        else:
            status, out = 401, {"error": {"message": "invalid api key"}}
        raw = json.dumps(out).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args):
        pass


@pytest.fixture
def chat_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Chat)
    server.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _base(server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/v1"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again on exit: nothing listens there


def _provider(monkeypatch, online=False, **env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    report = doctor.run(online=online)
    return report, report["provider"]


def test_typo_in_provider_is_not_ready_and_names_the_closest(monkeypatch, no_network):
    report, row = _provider(monkeypatch, GIGAI_PROVIDER="gemni")
    assert row.status == "fail" and row.blocks and report.exit_code == 1
    assert "'gemni'" in row.detail and "'gemini'" in row.detail
    assert row.fix.startswith("GIGAI_PROVIDER=gemini")
    assert report.to_text().splitlines()[-1].startswith("== NOT READY")
    report, row = _provider(monkeypatch, GIGAI_PROVIDER="Groqq")
    assert row.fix.startswith("GIGAI_PROVIDER=groq")


@pytest.mark.parametrize(
    ("provider", "var"),
    [("gemini", "GEMINI_API_KEY"), ("groq", "GROQ_API_KEY"), ("gateway", "GIGAI_API_KEY")],
)
def test_missing_key_is_not_ready_and_says_which_key(monkeypatch, no_network, provider, var):
    report, row = _provider(monkeypatch, GIGAI_PROVIDER=provider)
    assert row.status == "fail" and report.exit_code == 1
    assert var in row.detail and var in row.fix
    assert "gigai doctor" not in row.fix  # the doctor never sends people back to itself


def test_base_url_without_v1_is_named(monkeypatch, no_network):
    report, row = _provider(
        monkeypatch,
        GIGAI_PROVIDER="gateway",
        GIGAI_API_KEY="gg-abcd-efgh-jkmn",
        GIGAI_BASE_URL="http://192.168.1.20:8008",
    )
    assert row.status == "fail" and report.exit_code == 1
    assert "/v1" in row.detail
    assert row.fix == "GIGAI_BASE_URL=http://192.168.1.20:8008/v1 in .env"
    report, row = _provider(monkeypatch, GIGAI_BASE_URL="192.168.1.20:8008/v1")  # no http://
    assert row.status == "fail" and "malformed" in row.detail


def test_unknown_model_is_not_ready_and_names_the_closest(monkeypatch, no_network):
    report, row = _provider(
        monkeypatch,
        GIGAI_PROVIDER="groq",
        GROQ_API_KEY="gsk_FAKEFAKEFAKE1234",
        GIGAI_MODEL="llama-3.1-8b-instan",
    )
    assert row.status == "fail" and "llama-3.1-8b-instan" in row.detail
    assert row.fix.startswith("GIGAI_MODEL=llama-3.1-8b-instant")


def test_gateway_token_and_channel_secrets_show_no_character(monkeypatch, no_network):
    token = "gg-7KQ4-M9XP-2RWT"
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "7012345678:AAHfakeTelegramTokenXYZ")
    monkeypatch.setenv("WHATSAPP_TOKEN", "EAAGfakewhatsapptoken99")
    report, row = _provider(
        monkeypatch, GIGAI_API_KEY=token, GIGAI_BASE_URL=f"http://127.0.0.1:{_closed_port()}/v1"
    )
    out = report.to_text() + report.to_json() + report._repr_markdown_()
    for secret in (token, "2RWT", "XYZ", "n99", "AAHfake", "EAAG"):
        assert secret not in out, secret
    channels = report["channels"]
    assert "TELEGRAM_BOT_TOKEN" in channels.detail and "WHATSAPP_TOKEN" in channels.detail
    assert channels.data["present"] == ["TELEGRAM_BOT_TOKEN", "WHATSAPP_TOKEN"]
    assert "(set, 17 characters)" in row.detail
    # a secret quoted inside some error text is hidden too
    assert "XYZ" not in doctor.scrub("telegram said: bad token 7012345678:AAHfakeTelegramTokenXYZ")


def test_online_answering_provider_is_ready(monkeypatch, chat_server):
    report, row = _provider(
        monkeypatch,
        True,
        GIGAI_PROVIDER="llamacpp",
        LLAMACPP_BASE_URL=_base(chat_server),
        GIGAI_MODEL="local",
    )
    assert row.status == "ok" and "answered" in row.detail, row.detail
    path, body = chat_server.seen[-1]
    assert path == "/v1/chat/completions" and body["max_tokens"] == 1 and body["model"] == "local"


def test_online_refused_key_names_the_key_fix(monkeypatch, chat_server):
    report, row = _provider(
        monkeypatch,
        True,
        GIGAI_PROVIDER="gateway",
        GIGAI_BASE_URL=_base(chat_server),
        GIGAI_API_KEY="gg-wrong-token",
    )
    assert row.status == "fail" and "401" in row.detail and "invalid api key" in row.detail
    assert "token" in row.fix and "trainer" in row.fix


def test_online_gateway_check(monkeypatch, chat_server):
    report, row = _provider(
        monkeypatch, True, GIGAI_BASE_URL=_base(chat_server), GIGAI_API_KEY="good-key-123456"
    )
    assert row.data["provider"] == "gateway"
    assert row.status == "ok" and "answered" in row.detail
    assert "good-key-123456" not in report.to_json()


def test_online_unreachable_local_server_says_start_it(monkeypatch):
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    report, row = _provider(monkeypatch, True, GIGAI_PROVIDER="llamacpp", LLAMACPP_BASE_URL=url)
    assert row.status == "fail" and "does not answer" in row.detail  # known before the --online call
    assert "llama_cpp.server" in row.fix and "wifi" not in row.fix


@pytest.mark.parametrize("fallback", [False, True])
def test_online_gateway_with_a_dead_upstream_is_not_ready(monkeypatch, tmp_path, fallback):
    """A real gigai gateway on 127.0.0.1 whose upstream is a closed port: never "terhubung / reachable"."""
    pytest.importorskip("fastapi", reason="the gateway needs fastapi")
    from gigai.trainer.gateway.app import create_app
    from gigai.trainer.gateway.server import BackgroundServer

    dead = f"http://127.0.0.1:{_closed_port()}/v1"
    options = {"store_path": tmp_path / "gw.db", "offline_fallback": fallback, "first_byte_timeout": 5}
    if (
        "provider" in inspect.signature(create_app).parameters
    ):  # the gateway prices by the provider's catalogue
        options["provider"] = "openai"
    app = create_app(dead, "upstream-key-000000", **options)
    token = app.state.store.issue(1)[0].token
    with BackgroundServer(app) as gw:
        report, row = _provider(monkeypatch, True, GIGAI_BASE_URL=gw.url + "/v1", GIGAI_API_KEY=token)
    assert row.data["provider"] == "gateway"
    assert row.status == "fail" and row.blocks and report.exit_code == 1, row.detail
    assert "terhubung" not in row.detail and "answered" not in row.detail
    assert "trainer" in row.fix and "provider" in row.fix
    assert token not in report.to_json()


def test_doctor_runs_without_third_party_packages(tmp_path):
    """python -S hides site-packages: the doctor must still answer (and say what is missing)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run(
        [sys.executable, "-S", "-m", "gigai.doctor", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert proc.stdout, proc.stderr
    data = json.loads(proc.stdout)
    packages = next(c for c in data["checks"] if c["key"] == "packages")
    assert packages["status"] == "fail"
    assert proc.returncode == 1


def test_scrub_handles_windows_homes_and_dotenv_keys(monkeypatch, tmp_path):
    monkeypatch.setattr(doctor.Path, "home", classmethod(lambda cls: Path("C:\\Users\\Budi")))
    blob = json.dumps({"cwd": "C:\\Users\\Budi\\gigai", "other": "C:\\Users\\Budiman\\x"})
    out = doctor.scrub(blob)
    assert "Budi\\\\gigai" not in out and "~\\\\gigai" in out
    assert "Budiman" in out  # a longer user name is not a prefix match
    # Windows ignores case: the same home typed in lower case (a traceback, a cmd prompt) is scrubbed too.
    out = doctor.scrub(r"File c:\users\budi\kelas\lab1.ipynb and C:/USERS/BUDI/gigai and c:\users\budiman")
    assert "budi\\kelas" not in out.lower() and "~\\kelas" in out and "~/gigai" in out
    assert "budiman" in out
    # Windows ignores case: the same home typed in lower case (a traceback, a cmd prompt) is scrubbed too.
    out = doctor.scrub(
        "File c:\\users\\budi\\kelas\\lab1.ipynb and C:/USERS/BUDI/gigai and c:\\users\\budiman"
    )
    assert "budi\\kelas" not in out.lower() and "~\\kelas" in out and "~/gigai" in out
    assert "budiman" in out
    (tmp_path / ".env").write_text("GROQ_API_KEY=gsk_fromdotenvFAKE5678\n", encoding="utf-8")
    from gigai import config

    config.clear_cache()
    assert "fromdotenv" not in doctor.scrub("error: key gsk_fromdotenvFAKE5678 refused")


def test_online_gateway_names_the_model_the_gateway_allows(monkeypatch, tmp_path):
    """A room gateway in front of Gemini allows Gemini's model only: the doctor says which one to set."""
    pytest.importorskip("fastapi", reason="the gateway needs fastapi")
    from gigai.trainer.gateway.app import create_app
    from gigai.trainer.gateway.server import BackgroundServer
    from tests.trainer.gateway.fake_upstream import create_fake_upstream

    if "provider" not in inspect.signature(create_app).parameters:
        pytest.skip("this gateway has no per-provider model allow-list")
    with BackgroundServer(create_fake_upstream()) as upstream:
        app = create_app(
            upstream.url + "/v1", "upstream-key-000000", provider="gemini", store_path=tmp_path / "g.db"
        )
        token = app.state.store.issue(1)[0].token
        with BackgroundServer(app) as gw:
            env = {"GIGAI_BASE_URL": gw.url + "/v1", "GIGAI_API_KEY": token}
            report, row = _provider(monkeypatch, True, **env)  # the card's lines only: no GIGAI_MODEL needed
            assert row.status == "ok" and "answered" in row.detail, row.detail
            report, row = _provider(monkeypatch, True, GIGAI_MODEL="gpt-4o-mini", **env)
            assert row.status == "fail" and "400" in row.detail
            assert row.fix.startswith("remove GIGAI_MODEL") and "GIGAI_MODEL=gemini-2.5-flash-lite" in row.fix
            report, row = _provider(monkeypatch, True, GIGAI_MODEL="gemini-2.5-flash-lite", **env)
            assert row.status == "ok" and "answered" in row.detail, row.detail
