"""Share a Gradio app with the room: on the LAN, through a Gradio share link, or a trainer's share server.

    info = launch_shared(demo, mode="lan")        # prints http://192.168.x.y:7860 to type on a phone
    info = launch_shared(demo, mode="share")      # public link, behind a generated password by default
    info = launch_shared(demo, mode="server")     # GRADIO_SHARE_SERVER_ADDRESS=host:port (trainer's frp)

Share links need api.gradio.app and Gradio's frpc binary (antivirus tools often quarantine it); when the
tunnel cannot be made, this says so in two languages within ~2 s and falls back to the LAN address.
Nothing here prints keys or file paths.

Used in: Lab 5 (berbagi & deploy).
"""

from __future__ import annotations

import os
import secrets
import socket
from dataclasses import dataclass
from typing import Any

MODES = ("local", "lan", "share", "server")
SHARE_HOST = ("api.gradio.app", 443)


@dataclass
class ShareInfo:
    """What launch_shared did: the URLs to give out and the message printed."""

    mode: str
    local_url: str
    lan_url: str | None = None
    share_url: str | None = None
    auth: tuple[str, str] | None = None
    message: str = ""

    def __str__(self) -> str:
        return self.message


def lan_ip() -> str:
    """This machine's LAN address (no packet is sent: a UDP connect only picks the outgoing interface)."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.connect(("10.255.255.255", 1))
        ip = s.getsockname()[0]
    except OSError:
        ip = "127.0.0.1"
    finally:
        s.close()
    return ip


def reachable(host: str, port: int, timeout: float = 2.0) -> bool:
    """True if a TCP connection to host:port opens within ``timeout`` seconds (DNS included)."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def _split_server(address: str) -> tuple[str, int]:
    host, _, port = address.rpartition(":")
    return (host, int(port)) if host and port.isdigit() else (address, 7000)


def _in_notebook() -> bool:
    """True inside Jupyter/Colab, where launch() must return at once (as Gradio's own launch does)."""
    import sys

    shell = getattr(sys.modules.get("IPython"), "get_ipython", lambda: None)()
    return shell is not None and type(shell).__name__ != "TerminalInteractiveShell"


_PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789"  # easy to read aloud: no 0/o, 1/l/i


def new_password(length: int = 10) -> str:
    """A password to read out or write on the whiteboard (about 50 bits)."""
    return "".join(secrets.choice(_PASSWORD_LETTERS) for _ in range(length))


def _auth(auth: Any, mode: str) -> tuple[str, str] | None:
    if auth == "auto":  # share links are public: a password unless the trainer says auth=False
        auth = mode in ("share", "server")
    if auth is True:
        return ("peserta", new_password())
    if isinstance(auth, (tuple, list)) and len(auth) == 2:
        return (str(auth[0]), str(auth[1]))
    return None


def launch_shared(
    demo: Any,
    mode: str = "lan",
    *,
    auth: Any = "auto",
    host: str | None = None,
    port: int | None = None,
    share_server: str | None = None,
    prevent_thread_lock: bool = False,
    quiet: bool = False,
    check_timeout: float = 2.0,
    **launch_kwargs: Any,
) -> ShareInfo:
    """Launch ``demo`` for a room. mode: "local" | "lan" | "share" | "server".

    auth: "auto" (default: a generated password for share links, none on this laptop or the LAN), True,
    False, or (user, password). host: the address to listen on (default 127.0.0.1 for local, else 0.0.0.0).
    """
    from gigai.errors import AppError

    if mode not in MODES:
        raise AppError(
            "E057",
            "Mode berbagi tidak dikenal.",
            "Unknown sharing mode.",
            hint="Pilih / choose: " + ", ".join(MODES),
            value=mode,
        )
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    port = port or int(os.environ.get("GRADIO_SERVER_PORT", "7860"))
    creds = _auth(auth, mode)
    lines: list[str] = []
    share = False
    server_addr = None

    if mode == "server":
        server_addr = share_server or os.environ.get("GRADIO_SHARE_SERVER_ADDRESS")
        if not server_addr:
            raise AppError(
                "E058",
                "Alamat share server belum diatur.",
                "Share server address is not set.",
                hint="set GRADIO_SHARE_SERVER_ADDRESS=host:7000 (dari trainer / from the trainer)",
            )
        if reachable(*_split_server(server_addr), timeout=check_timeout):
            share = True
        else:
            lines.append(
                "⚠️ Share server trainer tidak bisa dihubungi; pakai alamat LAN di bawah. / "
                "The trainer's share server is unreachable; use the LAN address below."
            )
    elif mode == "share":
        if reachable(*SHARE_HOST, timeout=check_timeout):
            share = True
        else:
            lines.append(
                "⚠️ Link share Gradio tidak bisa dibuat (tidak ada internet, atau api.gradio.app diblokir). "
                "Pakai alamat LAN di bawah: HP dan laptop harus di wifi yang sama. / Gradio share link cannot be "
                "made (offline or api.gradio.app blocked). Use the LAN address below on the same wifi."
            )
    host = host or ("127.0.0.1" if mode == "local" else "0.0.0.0")
    if share and creds is None:
        lines.append(
            "⚠️ Link share ini publik TANPA kata sandi: siapa pun yang punya link bisa memakainya. / This share "
            "link is public WITHOUT a password: anyone with the link can use it."
        )

    kwargs: dict[str, Any] = {
        "server_name": host,
        "server_port": port,
        "share": share,
        "auth": creds,
        "prevent_thread_lock": True,
        "quiet": True,
        "show_error": False,
    }
    if server_addr and share:
        kwargs["share_server_address"] = server_addr
    kwargs.update(launch_kwargs)
    demo.launch(**kwargs)

    real_port = getattr(demo, "server_port", None) or port
    info = ShareInfo(mode=mode, local_url=f"http://127.0.0.1:{real_port}", auth=creds)
    if host in ("0.0.0.0", "::"):
        info.lan_url = f"http://{lan_ip()}:{real_port}"
    info.share_url = getattr(demo, "share_url", None)
    if share and not info.share_url:
        lines.append(
            "⚠️ Tunnel share gagal dibuat: antivirus mungkin mengkarantina file frpc Gradio. Izinkan file itu, "
            "atau pakai alamat LAN. / The share tunnel failed: antivirus may have quarantined Gradio's frpc "
            "binary. Allow it, or use the LAN address."
        )
    lines.append(f"💻 Di laptop ini / on this laptop: {info.local_url}")
    if info.lan_url:
        lines.append(f"📱 Di HP (wifi yang sama) / on a phone (same wifi): {info.lan_url}")
    if info.share_url:
        lines.append(f"🌍 Link publik / public link: {info.share_url}")
    if creds:
        lines.append(f"🔑 Login: {creds[0]} / {creds[1]}")
    info.message = "\n".join(lines)
    if not quiet:
        print(info.message, flush=True)
    if not prevent_thread_lock and not _in_notebook():  # pragma: no cover - a script blocks, like launch()
        demo.block_thread()
    return info
