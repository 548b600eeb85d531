"""Share a Gradio app with the room: on the LAN, through a Gradio share link, or a trainer's share server.

    info = launch_shared(demo, mode="lan")        # prints http://192.168.x.y:7860 to type on a phone
    info = launch_shared(demo, mode="share")      # public link, behind a generated password by default
    info = launch_shared(demo, mode="server")     # GRADIO_SHARE_SERVER_ADDRESS=host:port (trainer's frp)

Share links need api.gradio.app and Gradio's frpc binary (antivirus tools often quarantine it); when the
tunnel cannot be made, this says so within ~2 s and falls back to the LAN address. The printed login is
the participants' one; the trainer's (``trainer`` + ``GIGAI_TRAINER_SECRET``, see trainer_gate) is never
printed. Uploads are capped in the server (gigai.apps.uploads). Nothing here prints keys or file paths.

Used in: Lab 5 (berbagi & deploy).
"""

from __future__ import annotations

import os
import secrets
import socket
from dataclasses import dataclass, field
from typing import Any

from gigai.lang import say

MODES = ("local", "lan", "share", "server")
SHARE_HOST = ("api.gradio.app", 443)


@dataclass
class ShareInfo:
    """What launch_shared did: the URLs to give out and the message printed."""

    mode: str
    local_url: str
    lan_url: str | None = None
    share_url: str | None = None
    auth: tuple[str, str] | None = field(default=None, repr=False)  # the participants' login only
    message: str = ""

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:  # a notebook cell ending in `info` shows the message, not a dataclass dump
        return self.message or f"ShareInfo({self.mode}: {self.local_url})"

    def _repr_markdown_(self) -> str:
        return "\n".join(f"- {line}" for line in self.message.splitlines())


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
    trainer_note: bool = False,
    **launch_kwargs: Any,
) -> ShareInfo:
    """Launch ``demo`` for a room. mode: "local" | "lan" | "share" | "server".

    auth: "auto" (default: a generated password for share links, none on this laptop or the LAN), True,
    False, or (user, password). host: the address to listen on (default 127.0.0.1 for local, else 0.0.0.0).
    trainer_note: say where the trainer's controls are (the demo app); the trainer secret is never printed.
    """
    from gigai.errors import AppError

    if mode not in MODES:
        raise AppError(
            "E057",
            "Mode berbagi tidak dikenal.",
            "Unknown sharing mode.",
            hint=say("Pilih: ", "Choose: ") + ", ".join(MODES),
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
                hint=say(
                    "set GRADIO_SHARE_SERVER_ADDRESS=host:7000 (alamat dari trainer)",
                    "set GRADIO_SHARE_SERVER_ADDRESS=host:7000 (the address from your trainer)",
                ),
            )
        if reachable(*_split_server(server_addr), timeout=check_timeout):
            share = True
        else:
            lines.append(say(
                "⚠️ Share server trainer tidak bisa dihubungi; pakai alamat LAN di bawah.",
                "⚠️ The trainer's share server is unreachable; use the LAN address below.",
            ))  # fmt: skip
    elif mode == "share":
        if reachable(*SHARE_HOST, timeout=check_timeout):
            share = True
        else:
            lines.append(say(
                "⚠️ Link share Gradio tidak bisa dibuat (tidak ada internet, atau api.gradio.app diblokir). "
                "Pakai alamat LAN di bawah: HP dan laptop harus di wifi yang sama.",
                "⚠️ The Gradio share link cannot be made (offline, or api.gradio.app blocked). "
                "Use the LAN address below: phone and laptop on the same wifi.",
            ))  # fmt: skip
    host = host or ("127.0.0.1" if mode == "local" else "0.0.0.0")
    if share and creds is None:
        lines.append(say(
            "⚠️ Link share ini publik TANPA kata sandi: siapa pun yang punya link bisa memakainya.",
            "⚠️ This share link is public WITHOUT a password: anyone with the link can use it.",
        ))  # fmt: skip

    from gigai.apps.trainer_gate import TRAINER_USER, trainer_secret
    from gigai.apps.uploads import max_file_size

    secret = trainer_secret(creds[1] if creds else None)
    logins = [creds, (TRAINER_USER, secret)] if creds and secret else creds
    kwargs: dict[str, Any] = {
        "server_name": host,
        "server_port": port,
        "share": share,
        "auth": logins,
        "max_file_size": max_file_size(),  # the server refuses bigger uploads and keeps nothing
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
        lines.append(say(
            "⚠️ Tunnel share gagal dibuat: antivirus mungkin mengkarantina file frpc Gradio. Izinkan file itu, "
            "atau pakai alamat LAN.",
            "⚠️ The share tunnel failed: antivirus may have quarantined Gradio's frpc binary. Allow it, or use "
            "the LAN address.",
        ))  # fmt: skip
    lines.append(say("💻 Di laptop ini: ", "💻 On this laptop: ") + info.local_url)
    if info.lan_url:
        lines.append(say("📱 Di HP (wifi yang sama): ", "📱 On a phone (same wifi): ") + info.lan_url)
    if info.share_url:
        lines.append(say("🌍 Link publik: ", "🌍 Public link: ") + info.share_url)
    if creds:
        lines.append(say(f"🔑 Login peserta: nama {creds[0]}, kata sandi {creds[1]}",
                         f"🔑 Participants' login: user {creds[0]}, password {creds[1]}"))  # fmt: skip
    if trainer_note:
        lines.append(
            say("🧑‍🏫 Kontrol trainer: hanya di laptop ini", "🧑‍🏫 Trainer controls: on this laptop only")
            if not (logins and secret)
            else say("🧑‍🏫 Kontrol trainer: di laptop ini, atau login 'trainer' dengan GIGAI_TRAINER_SECRET",
                     "🧑‍🏫 Trainer controls: on this laptop, or log in as 'trainer' with GIGAI_TRAINER_SECRET")
        )  # fmt: skip
    info.message = "\n".join(lines)
    if not quiet:
        print(info.message, flush=True)
    if not prevent_thread_lock and not _in_notebook():  # pragma: no cover - a script blocks, like launch()
        demo.block_thread()
    return info
