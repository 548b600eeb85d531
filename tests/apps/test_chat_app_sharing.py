"""launch_shared without sending traffic anywhere but 127.0.0.1 (reachability checks are stubbed)."""

from __future__ import annotations

import pytest

pytest.importorskip("gradio", reason="gradio is a core dependency; this venv lacks it")

from gigai.apps import sharing  # noqa: E402
from gigai.errors import AppError  # noqa: E402


class FakeDemo:
    """Records launch kwargs instead of starting a server."""

    def __init__(self, share_url=None):
        self.kwargs = None
        self.share_url_value = share_url
        self.server_port = None

    def launch(self, **kwargs):
        self.kwargs = kwargs
        self.server_port = kwargs["server_port"]
        self.share_url = self.share_url_value if kwargs["share"] else None


def test_lan_mode_binds_all_interfaces_and_prints_lan_url(capsys):
    demo = FakeDemo()
    info = sharing.launch_shared(demo, mode="lan", port=7999, prevent_thread_lock=True)
    assert demo.kwargs["server_name"] == "0.0.0.0" and demo.kwargs["share"] is False
    assert info.lan_url == f"http://{sharing.lan_ip()}:7999"
    assert "HP" in capsys.readouterr().out
    assert demo.kwargs["show_error"] is False


def test_share_mode_offline_falls_back_quickly_with_one_language_message(monkeypatch):
    calls = []
    monkeypatch.setattr(
        sharing, "reachable", lambda host, port, timeout=2.0: calls.append((host, timeout)) or False
    )
    demo = FakeDemo()
    info = sharing.launch_shared(demo, mode="share", port=7998, prevent_thread_lock=True, quiet=True)
    assert calls == [("api.gradio.app", 2.0)]
    assert demo.kwargs["share"] is False and info.lan_url
    assert "tidak bisa dibuat" in info.message and "cannot be made" not in info.message
    monkeypatch.setenv("GIGAI_LANG", "en")
    info = sharing.launch_shared(FakeDemo(), mode="share", port=7998, prevent_thread_lock=True, quiet=True)
    assert "cannot be made" in info.message and "tidak bisa dibuat" not in info.message


def test_share_mode_online_offers_auth_and_reports_antivirus(monkeypatch):
    monkeypatch.setattr(sharing, "reachable", lambda *a, **k: True)
    ok = sharing.launch_shared(
        FakeDemo("https://abc.gradio.live"),
        mode="share",
        auth=True,
        port=7997,
        prevent_thread_lock=True,
        quiet=True,
    )
    assert ok.share_url == "https://abc.gradio.live" and ok.auth[0] == "peserta" and len(ok.auth[1]) >= 6
    blocked = sharing.launch_shared(
        FakeDemo(None), mode="share", port=7996, prevent_thread_lock=True, quiet=True, auth=False
    )
    assert "antivirus" in blocked.message and "publik" in blocked.message and blocked.auth is None


def test_share_links_ask_for_a_password_by_default(monkeypatch):
    monkeypatch.setattr(sharing, "reachable", lambda *a, **k: True)
    demo = FakeDemo("https://abc.gradio.live")
    info = sharing.launch_shared(demo, mode="share", port=7994, prevent_thread_lock=True, quiet=True)
    user, password = demo.kwargs["auth"]
    assert info.auth == (user, password) and len(password) >= 8
    assert password in info.message  # printed once for the trainer to read out
    other = sharing.launch_shared(FakeDemo("https://x.gradio.live"), mode="share", port=7993,
                                  prevent_thread_lock=True, quiet=True)  # fmt: skip
    assert other.auth[1] != password  # a new password per launch
    lan = FakeDemo()
    sharing.launch_shared(lan, mode="lan", port=7992, prevent_thread_lock=True, quiet=True)
    assert lan.kwargs["auth"] is None  # the room's wifi: participants chat without a password


def test_sharing_does_not_import_the_chat_app():
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(sharing))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    heavy = ("gigai.apps.chat_app", "gigai.apps.demo", "gigai.apps.studio")  # only the light gates/limits
    assert not any(m and m.startswith(heavy) for m in imported), imported


def test_server_mode_uses_trainer_share_server(monkeypatch):
    monkeypatch.setattr(sharing, "reachable", lambda *a, **k: True)
    monkeypatch.setenv("GRADIO_SHARE_SERVER_ADDRESS", "10.0.0.5:7000")
    demo = FakeDemo("http://x.trainer.lan")
    info = sharing.launch_shared(demo, mode="server", port=7995, prevent_thread_lock=True, quiet=True)
    assert demo.kwargs["share_server_address"] == "10.0.0.5:7000" and info.share_url
    monkeypatch.delenv("GRADIO_SHARE_SERVER_ADDRESS")
    with pytest.raises(AppError, match="E058"):
        sharing.launch_shared(FakeDemo(), mode="server", prevent_thread_lock=True, quiet=True)
    with pytest.raises(AppError, match="E057"):
        sharing.launch_shared(FakeDemo(), mode="cloud", prevent_thread_lock=True, quiet=True)


def test_local_mode_really_serves_on_loopback():
    import httpx

    from gigai.apps.chat_app import build_chat_app
    from gigai.chatbot import Chatbot
    from tests.chatbot.fakes import GroundedFake

    demo = build_chat_app(Chatbot.from_business("studio-rupa", model=GroundedFake()))
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    info = sharing.launch_shared(demo, mode="local", port=port, prevent_thread_lock=True, quiet=True)
    try:
        assert info.lan_url is None and info.local_url.startswith("http://127.0.0.1:")
        assert httpx.get(info.local_url, timeout=10).status_code == 200
    finally:
        demo.close()
