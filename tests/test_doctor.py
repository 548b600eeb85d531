"""gigai.doctor: rows, exit codes, privacy (no keys, no home path) and no network unless asked."""

from __future__ import annotations

import http.server
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

from gigai import doctor

FAKE_KEY = "sk-proj-THISISAFAKEKEYdoNotLeak9876"
ROOT = Path(__file__).resolve().parents[1]


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
    names = {c.name for c in report.checks}
    for expected in (
        "python",
        "paket / packages",
        "ffmpeg",
        "suara / TTS voice",
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
    assert report["paket / packages"].status == "ok", report["paket / packages"].detail
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
    row = report["provider openai"]
    assert "...9876" in row.detail and "not checked" in row.detail


def test_json_round_trip():
    data = json.loads(doctor.run().to_json())
    assert data["gigai_doctor"] == 1
    assert {"name", "status", "detail", "fix", "blocking"} <= set(data["checks"][0])
    assert data["exit_code"] == (0 if data["ok"] else 1)


def test_markdown_repr_is_a_table():
    md = doctor.run()._repr_markdown_()
    assert md.startswith("**gigai doctor:")
    assert "| cek / check |" in md


def test_missing_core_package_blocks(monkeypatch):
    real = doctor._requirements
    monkeypatch.setattr(doctor, "_requirements", lambda: [*real(), ("gigai-no-such-package", "", None)])
    report = doctor.run()
    row = report["paket / packages"]
    assert row.status == "fail" and row.blocking and "gigai-no-such-package" in row.detail
    assert report.exit_code == 1
    assert "BELUM SIAP" in report.to_text()


def test_missing_optional_package_does_not_block(monkeypatch):
    real = doctor._requirements
    monkeypatch.setattr(doctor, "_requirements", lambda: [*real(), ("gigai-no-such-extra", "", "online")])
    assert doctor.check_packages().status == "ok"


def test_wrong_version_warns(monkeypatch):
    monkeypatch.setattr(doctor, "_requirements", lambda: [("pytest", "<1", None)])
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


def test_provider_rows_fall_back_to_key_variables(monkeypatch):
    """If the LLM registry is broken, the doctor still reports keys (masked) from the environment."""
    import gigai.llm.registry as registry

    monkeypatch.setattr(registry, "providers", lambda: 1 / 0)
    monkeypatch.setenv("GROQ_API_KEY", "gsk_FAKEFAKEFAKEFAKE1234")
    rows = {r["name"]: r for r in doctor.provider_rows()}
    assert rows["offline"]["ready"] is True
    assert rows["groq"]["ready"] is True
    assert "FAKEFAKE" not in json.dumps(rows)


class _Models(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        ok = self.headers.get("Authorization") == "Bearer good-key-123456"
        body = b'{"data": []}' if ok else b'{"error": "invalid key"}'
        self.send_response(200 if ok else 401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def models_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Models)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_reachable_against_a_local_server(models_server):
    assert doctor.reachable(models_server, "good-key-123456")[0] == "ok"
    status, detail = doctor.reachable(models_server, "bad-key-123456")
    assert status == "fail" and "401" in detail


def test_unreachable_is_a_warning_not_a_block():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again on exit: nothing listens there
    status, detail = doctor.reachable(f"http://127.0.0.1:{port}/v1", "k", timeout=1)
    assert status == "warn" and "unreachable" in detail


def test_online_gateway_check(monkeypatch, models_server):
    monkeypatch.setenv("GIGAI_BASE_URL", models_server)
    monkeypatch.setenv("GIGAI_API_KEY", "good-key-123456")
    report = doctor.run(online=True)
    row = report["provider gateway"]
    assert row.status == "ok" and "reachable" in row.detail
    assert "good-key-123456" not in report.to_json()


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
    packages = next(c for c in data["checks"] if c["name"] == "paket / packages")
    assert packages["status"] == "fail"
    assert proc.returncode == 1


def test_scrub_handles_windows_homes_and_dotenv_keys(monkeypatch, tmp_path):
    monkeypatch.setattr(doctor.Path, "home", classmethod(lambda cls: Path("C:\\Users\\Budi")))
    blob = json.dumps({"cwd": "C:\\Users\\Budi\\gigai", "other": "C:\\Users\\Budiman\\x"})
    out = doctor.scrub(blob)
    assert "Budi\\\\gigai" not in out and "~\\\\gigai" in out
    assert "Budiman" in out  # a longer user name is not a prefix match
    (tmp_path / ".env").write_text("GROQ_API_KEY=gsk_fromdotenvFAKE5678\n", encoding="utf-8")
    from gigai import config

    config.clear_cache()
    assert "fromdotenv" not in doctor.scrub("error: key gsk_fromdotenvFAKE5678 refused")
