"""The gigai command through typer's CliRunner: doctor, providers, chat, errors, and the delegating commands."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

import gigai
from gigai.cli.main import app
from gigai.errors import ConfigError

FAKE_KEY = "sk-proj-FAKEKEYFAKEKEYdontprint4321"


@pytest.fixture
def runner():
    return CliRunner()


def _stdout(result) -> str:
    return getattr(result, "stdout", result.output)


def test_help_lists_commands(runner):
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in ("doctor", "providers", "chat", "bot", "gateway", "pack", "demo", "video"):
        assert name in result.output
    for old in ("serve-pack", "deploy", "channels"):  # hidden aliases for one release
        assert f" {old} " not in result.output


def _commands(group_path: list[str]) -> list[list[str]]:
    """Every command path under the root, e.g. ["gateway", "serve"], read from the click tree."""
    import typer.main

    root = typer.main.get_command(app)
    out = []

    def walk(cmd, path):
        out.append(path)
        for name, sub in (getattr(cmd, "commands", None) or {}).items():
            if not getattr(sub, "hidden", False):  # old spellings kept one release are not documented
                walk(sub, [*path, name])

    walk(root, group_path)
    return out


def test_every_help_is_in_one_language_including_the_help_option(runner, monkeypatch):
    paths = _commands([])
    assert ["gateway", "revoke"] in paths and ["bot", "telegram"] in paths and ["record"] in paths
    for path in paths:
        out = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "200"}).output
        assert "Show this message and exit" not in out, path
        assert "Tampilkan bantuan ini" in out and "show this help" not in out.lower(), path
        assert " / or " not in out and "atau / " not in out, (path, out)
    monkeypatch.setenv("GIGAI_LANG", "en")
    for path in paths:
        out = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "200", "GIGAI_LANG": "en"}).output
        assert "Show this help" in out and "Tampilkan bantuan" not in out, path


def test_one_language_splits_pairs_and_keeps_plain_lines(monkeypatch):
    from gigai.cli.support import one_language

    assert one_language("Cek kesiapan laptop / check readiness.") == "Cek kesiapan laptop"
    assert one_language("9:16, 1:1 atau / or preview") == "9:16, 1:1 atau preview"
    assert one_language("Mulai / start: gigai doctor") == "Mulai: gigai doctor"
    assert one_language("Video AI: storyboard -> mp4.") == "Video AI: storyboard -> mp4."
    monkeypatch.setenv("GIGAI_LANG", "en")
    assert one_language("Cek kesiapan laptop / check readiness.") == "Check readiness."
    assert one_language("9:16, 1:1 atau / or preview") == "9:16, 1:1 or preview"


def test_every_documented_command_exists(runner):
    """README, the CLI docstring, TRAINER.md and the architecture notes name only commands that exist."""
    import re

    import gigai.cli.main

    root = Path(__file__).resolve().parents[2]
    paths = {tuple(p) for p in _commands([])}
    texts = [gigai.cli.main.__doc__ or ""] + [
        (root / f).read_text(encoding="utf-8") for f in ("README.md", "trainer/TRAINER.md", "docs/ARCHITECTURE.md")
    ]
    groups = {p[0] for p in paths if len(p) == 2}
    for text in texts:
        for m in re.finditer(r"`gigai ([a-z][a-z-]+)(?: ([a-z][a-z-]+))?", text):
            first, second = m.group(1), m.group(2)
            assert (first,) in paths, f"documented command does not exist: gigai {first}"
            if first in groups and second:
                assert (first, second) in paths, f"documented command does not exist: gigai {first} {second}"


@pytest.mark.parametrize(
    "old, new",
    [
        (["pack", "paket-gigai", "--list"], "gigai pack list paket-gigai"),
        (["pack", "paket-gigai"], "gigai pack build paket-gigai"),
        (["serve-pack", "paket-gigai"], "gigai pack serve"),
        (["deploy", "export", "out", "--business", "kopi-kita"], "gigai bot export"),
        (["channels", "telegram", "--business", "kopi-kita"], "gigai bot telegram"),
    ],
)
def test_every_old_spelling_names_its_replacement(runner, monkeypatch, tmp_path, old, new):
    calls = []
    _fake_module(monkeypatch, "gigai.trainer.pack.build", build_pack=lambda *a, **k: calls.append("pack") or "ok",
                 DEFAULT_PLATFORMS=(), DEFAULT_PYTHONS=())
    _fake_module(monkeypatch, "gigai.trainer.pack.server", serve_pack=lambda *a, **k: calls.append("serve") or "ok")
    _fake_module(monkeypatch, "gigai.deploy.export", export_summary=lambda *a, **k: calls.append("export") or "ok")
    _fake_module(monkeypatch, "gigai.channels.source", load_bot=lambda b: b, BUSINESS_HELP="x")
    _fake_module(monkeypatch, "gigai.channels.telegram", run=lambda bot: calls.append("telegram"))
    result = runner.invoke(app, old)
    assert result.exit_code == 0, result.output
    assert new in result.output and calls, result.output


def test_module_docstring_lists_every_command():
    import re

    import gigai.cli.main

    usage = [
        line.strip().split("  ")[0]
        for line in gigai.cli.main.__doc__.splitlines()
        if line.strip().startswith("gigai ")
    ]
    for path in _commands([]):
        if path:  # "gigai gateway serve | tokens N | revoke ..." names gateway's serve, tokens and revoke
            assert any(
                line.split()[1] == path[0]
                and all(re.search(rf"(^| |/ ?){re.escape(w)}\b", line) for w in path)
                for line in usage
            ), path


def test_doctor_json_is_json_and_hides_the_key(runner, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    result = runner.invoke(app, ["doctor", "--json"])
    data = json.loads(_stdout(result))
    assert result.exit_code == data["exit_code"] == 0, result.output
    assert FAKE_KEY not in result.output
    assert "FAKEKEYFAKEKEY" not in result.output
    names = [c["name"] for c in data["checks"]]
    assert "provider" in names and "ffmpeg" in names
    active = next(c for c in data["checks"] if c["name"] == "provider")
    assert active["data"]["provider"] == "openai" and active["status"] == "ok"


def test_doctor_text_and_out_file(runner, tmp_path):
    out = tmp_path / "laporan.txt"
    result = runner.invoke(app, ["doctor", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "gigai doctor" in result.output and "== SIAP" in result.output and "READY" not in result.output
    saved = out.read_text(encoding="utf-8")
    assert saved.startswith("gigai doctor")
    assert str(Path.home()) not in saved or str(Path.home()) in ("/", "")


def test_doctor_exit_code_1_when_blocked(runner, monkeypatch):
    from gigai.doctor import installed

    real = installed.requirements
    monkeypatch.setattr(installed, "requirements", lambda: [*real(), ("gigai-missing-core", "", None)])
    result = runner.invoke(app, ["doctor", "--json"])
    assert result.exit_code == 1
    assert json.loads(_stdout(result))["ok"] is False


def test_providers_lists_offline_as_ready(runner):
    result = runner.invoke(app, ["providers", "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in json.loads(_stdout(result))}
    assert rows["offline"]["ready"] is True
    assert rows["openai"]["ready"] is False  # no key in tests
    table = runner.invoke(app, ["providers"])
    assert table.exit_code == 0 and "offline" in table.output


def test_providers_masks_keys(runner, monkeypatch):
    monkeypatch.setenv("GEMINI_API_KEY", "AIzaFAKEFAKEFAKEFAKE0000")
    result = runner.invoke(app, ["providers", "--json"])
    rows = {r["name"]: r for r in json.loads(_stdout(result))}
    assert rows["gemini"]["ready"] is True
    assert "FAKEFAKE" not in result.output


def test_chat_once_offline(runner):
    result = runner.invoke(app, ["chat", "--provider", "offline", "--once", "Halo, kamu siapa?"])
    assert result.exit_code == 0, result.output
    assert "[mode offline]" in result.output


def test_chat_repl_streams_and_keeps_history(runner, monkeypatch):
    calls = []

    def fake_stream(messages, **kwargs):
        calls.append(list(messages))
        yield "Halo"
        yield " juga!"

    monkeypatch.setattr(gigai, "stream", fake_stream, raising=False)
    monkeypatch.setattr(
        gigai, "get_model", lambda *a, **k: types.SimpleNamespace(label="palsu · fake"), raising=False
    )
    result = runner.invoke(app, ["chat"], input="Halo\n\nApa kabar?\n/keluar\nnot read\n")
    assert result.exit_code == 0, result.output
    assert result.output.count("Halo juga!") == 2
    assert len(calls) == 2
    assert calls[1] == [
        {"role": "user", "content": "Halo"},
        {"role": "assistant", "content": "Halo juga!"},
        {"role": "user", "content": "Apa kabar?"},
    ]


def test_chat_commands_are_never_sent_to_the_bot(runner, monkeypatch):
    calls = []

    def fake_stream(messages, **kwargs):
        calls.append(list(messages))
        yield "Siap"

    monkeypatch.setattr(gigai, "stream", fake_stream, raising=False)
    monkeypatch.setattr(
        gigai, "get_model", lambda *a, **k: types.SimpleNamespace(label="palsu · fake"), raising=False
    )
    typed = "/help\nHalo\n/reset\n/HELP\n/hepl\nJam buka?\n/keluar\nnot read\n"
    result = runner.invoke(app, ["chat"], input=typed)
    assert result.exit_code == 0, result.output
    for command in ("/help", "/reset", "/keluar"):
        assert result.output.count(command) >= 3  # greeting, /help, /HELP (and the unknown-command hint)
    assert "unknown command: /hepl" in result.output
    sent = [m["content"] for call in calls for m in call]
    assert sent == ["Halo", "Jam buka?"]  # no command reached the bot; /reset dropped the history
    assert "not read" not in result.output


def test_unexpected_error_in_the_doctor_does_not_send_back_to_the_doctor(runner, monkeypatch):
    from gigai.doctor import checks as doctor

    monkeypatch.setattr(doctor, "run", lambda **k: 1 / 0)
    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 1 and "ZeroDivisionError" in result.output
    assert "gigai --debug doctor" in result.output and "Run: gigai doctor" not in result.output


def test_chat_repl_survives_a_failed_turn(runner, monkeypatch):
    from gigai.errors import ConnectionFailed

    replies = iter([ConnectionFailed(id="Tidak ada koneksi.", en="No connection."), "Oke"])

    def flaky_stream(messages, **kwargs):
        reply = next(replies)
        if isinstance(reply, Exception):
            raise reply
        yield reply

    monkeypatch.setattr(gigai, "stream", flaky_stream, raising=False)
    monkeypatch.setattr(gigai, "get_model", lambda *a, **k: types.SimpleNamespace(label="x"), raising=False)
    result = runner.invoke(app, ["chat"], input="Halo\nHalo lagi\n")
    assert result.exit_code == 0, result.output
    assert "[GIGAI-E025] Tidak ada koneksi." in result.output
    assert "Oke" in result.output and "Traceback" not in result.output


def test_chat_repl_ends_on_eof(runner, monkeypatch):
    monkeypatch.setattr(gigai, "get_model", lambda *a, **k: types.SimpleNamespace(label="x"), raising=False)
    result = runner.invoke(app, ["chat"], input="")
    assert result.exit_code == 0


def _fake_module(monkeypatch, name: str, **attrs) -> types.ModuleType:
    mod = types.ModuleType(name)
    for key, value in attrs.items():
        setattr(mod, key, value)
    monkeypatch.setitem(sys.modules, name, mod)
    # `from gigai.trainer.gateway import tokens` reads the parent package's attribute once the real one was imported.
    parent_name, _, child = name.rpartition(".")
    parent = sys.modules.get(parent_name)
    if parent is not None:
        monkeypatch.setattr(parent, child, mod, raising=False)
    return mod


def test_gigai_error_is_printed_without_traceback(runner, monkeypatch):
    def build_pack(out_dir, **kwargs):
        raise ConfigError(
            "E012", "Kunci API belum diatur.", "API key is not set.", hint="set GEMINI_API_KEY=..."
        )

    _fake_module(monkeypatch, "gigai.trainer.pack.build", build_pack=build_pack, DEFAULT_PLATFORMS=(), DEFAULT_PYTHONS=())
    result = runner.invoke(app, ["pack", "build", "out"])
    assert result.exit_code == 1
    assert "[GIGAI-E012] Kunci API belum diatur." in result.output and "API key" not in result.output
    assert "Traceback" not in result.output


def test_unexpected_error_is_short_unless_debug(runner, monkeypatch):
    def build_pack(out_dir, **kwargs):
        raise ValueError("boom")

    _fake_module(monkeypatch, "gigai.trainer.pack.build", build_pack=build_pack, DEFAULT_PLATFORMS=(), DEFAULT_PYTHONS=())
    result = runner.invoke(app, ["pack", "build", "kelas"])
    assert result.exit_code == 1
    assert "ValueError" in result.output and "gigai doctor" in result.output
    assert "Traceback" not in result.output
    debug = runner.invoke(app, ["--debug", "pack", "build", "kelas"])
    assert debug.exit_code == 1 and "Traceback" in debug.output


def test_delegating_commands_call_the_library(runner, monkeypatch, tmp_path):
    """Top-level commands owned here; gateway/deploy/video/channels test their own commands."""
    seen: dict = {}

    def rec(key):
        def fn(*args, **kwargs):
            seen[key] = (args, kwargs)
            return tmp_path / f"{key}.out"

        return fn

    _fake_module(
        monkeypatch, "gigai.trainer.pack.build", build_pack=rec("pack"), DEFAULT_PLATFORMS=("p",), DEFAULT_PYTHONS=("3.11",)
    )
    _fake_module(monkeypatch, "gigai.trainer.pack.server", serve_pack=rec("serve_pack"))
    _fake_module(monkeypatch, "gigai.apps.demo", main=rec("demo"))

    assert runner.invoke(app, ["pack", "list", "paket-gigai"]).exit_code == 0
    assert seen["pack"][0] == (Path("paket-gigai"),) and seen["pack"][1]["list_only"] is True
    assert seen["pack"][1]["platforms"] == ("p",) and seen["pack"][1]["cassettes"] == []
    assert runner.invoke(app, ["pack", "serve", "paket-gigai", "--port", "9000"]).exit_code == 0
    assert seen["serve_pack"] == ((Path("paket-gigai"), "0.0.0.0", 9000), {})
    assert runner.invoke(app, ["demo", "--lan", "--port", "8080"]).exit_code == 0
    assert seen["demo"][1] | {} == {
        "host": None,
        "port": 8080,
        "lan": True,
        "share": False,
        "password": True,
        "provider": None,
        "business": "kopi-kita",
    }
    assert runner.invoke(app, ["demo", "--share", "--no-password"]).exit_code == 0
    assert seen["demo"][1]["share"] is True and seen["demo"][1]["password"] is False


def test_demo_help_documents_host_port_lan_share(runner):
    result = runner.invoke(app, ["demo", "--help"])
    for option in ("--host", "--port", "--lan", "--share", "--no-password"):
        assert option in result.output


def test_video_render_loads_the_storyboard(runner, monkeypatch, tmp_path):
    calls = {}

    class Storyboard:
        @classmethod
        def load(cls, path):
            calls["load"] = path
            return "SB"

    def render(sb, *, out, preset):
        calls["render"] = (sb, out, preset)
        return Path(out)

    _fake_module(monkeypatch, "gigai.video", Storyboard=Storyboard, render=render)
    sb = tmp_path / "sb.json"
    sb.write_text("{}", encoding="utf-8")
    result = runner.invoke(
        app, ["video", "render", str(sb), "--out", str(tmp_path / "a.mp4"), "--preset", "1:1"]
    )
    assert result.exit_code == 0, result.output
    assert calls == {"load": sb, "render": ("SB", tmp_path / "a.mp4", "1:1")}
    missing = runner.invoke(app, ["video", "render", str(tmp_path / "nope.json")])
    assert missing.exit_code == 1 and "GIGAI-E081" in missing.output and "Traceback" not in missing.output


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("gigai ")


def test_pack_help_states_size_time_internet_platforms_and_contents(runner):
    out = runner.invoke(app, ["pack", "build", "--help"]).output
    for fact in (
        "GB",
        "menit",
        "Internet",
        "Windows",
        "macOS",
        "Linux",
        "3.10-3.12",
        "gigai-kit[labs]",
        ".env",
    ):
        assert fact in out, fact
    assert "--project-dir" not in out


@pytest.mark.parametrize(
    ("env", "fix"),
    [
        ({"GIGAI_PROVIDER": "gemini"}, "GEMINI_API_KEY=..."),
        ({"GIGAI_PROVIDER": "gemni"}, "GIGAI_PROVIDER=gemini"),
        ({"GIGAI_PROVIDER": "gateway", "GIGAI_API_KEY": "gg-abcd-efgh", "GIGAI_BASE_URL": "http://127.0.0.1:9"},
         "GIGAI_BASE_URL=http://127.0.0.1:9/v1"),
    ],
)  # fmt: skip
def test_chat_setup_errors_name_the_fix_not_the_doctor(runner, monkeypatch, env, fix):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = runner.invoke(app, ["chat", "--once", "Halo"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    try_line = next(line for line in result.output.splitlines() if "Coba:" in line)
    assert fix in try_line and "gigai doctor" not in try_line, result.output
