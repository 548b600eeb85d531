"""Serving a pack to the room: the commands participants type, and an HTTP server that serves files only.

    gigai pack serve paket-gigai       # prints the address, the install commands and the manifest's SHA-256

The server answers only for the pack's own areas (``simple/``, ``wheels/``, ``labs/``, ``assets/``,
``cassettes/``, ``models/``, ``gigai-install.txt``): no folder listings, no dotfile or dot-folder, nothing
through a symlink that leaves the pack. Participants check the manifest's SHA-256 against the one the trainer
reads out (or shows as a QR code), then install with ``pip --require-hashes``.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from gigai.apps.sharing import lan_ip
from gigai.trainer.pack.manifest import MANIFEST, digest, qr_text

FOLDER = "paket-gigai"
SERVED = ("simple", "wheels", "labs", "assets", "cassettes", "models", MANIFEST)
IDLE_TIMEOUT = 30.0  # seconds a connection may sit silent: 50 idle sockets must not pin 50 threads forever


def install_commands(host: str, sha: str | None = None) -> dict[str, list[str]]:  # noqa: ARG001
    """The exact commands participants type, per OS, for a pack served at ``host`` (``ip:port``).

    The hash check itself (compare with the trainer's) is explained beside them, never inside a command.
    """
    ip = host.split(":")[0]
    pip = (
        f'pip install --require-hashes --no-deps --index-url "http://{host}/simple" --trusted-host {ip} '
        f'-r "{MANIFEST}"'
    )
    return {
        "Windows (PowerShell / cmd)": [
            "py -m venv gigai-env",
            r"gigai-env\Scripts\activate",
            f'curl.exe -o "{MANIFEST}" "http://{host}/{MANIFEST}"',
            f'certutil -hashfile "{MANIFEST}" SHA256',
            pip,
            "gigai doctor",
        ],
        "macOS / Linux (Terminal)": [
            "python3 -m venv gigai-env",
            "source gigai-env/bin/activate",
            f'curl -o "{MANIFEST}" "http://{host}/{MANIFEST}"',
            f'shasum -a 256 "{MANIFEST}"',
            pip,
            "gigai doctor",
        ],
        f"Dari flashdisk / from a USB stick (D: = flashdisk, folder {FOLDER})": [
            f'pip install --require-hashes --no-deps --no-index --find-links "D:\\{FOLDER}\\wheels" '
            f'-r "D:\\{FOLDER}\\{MANIFEST}"',
        ],
    }


def install_text(host: str, sha: str | None = None) -> str:
    parts = [
        "# Pasang gigai tanpa internet / Install gigai without internet\n",
        "Laptop kamu dan laptop trainer harus di Wi-Fi yang sama. Ketik perintah ini satu per satu.",
        "Your laptop and the trainer's must be on the same Wi-Fi. Type these commands one by one.\n",
    ]
    if sha:
        parts.append(
            f"SHA-256 `{MANIFEST}`: `{sha}`\n\nHasil `certutil`/`shasum` harus sama dengan yang dibacakan trainer; "
            "kalau beda, JANGAN lanjut. / The hash must match the one the trainer reads out; if not, STOP.\n"
        )
    for os_name, cmds in install_commands(host, sha).items():
        parts.append(f"## {os_name}\n\n```\n" + "\n".join(cmds) + "\n```\n")
    parts.append(
        "pip memasang `gigai-kit[labs]` (gigai + JupyterLab) dari daftar itu. / pip installs `gigai-kit[labs]` "
        "(gigai + JupyterLab) from that list.\n\n"
        "Lab: buka / open `http://" + host + "/` dan unduh notebook-nya / and download the notebooks "
        "(atau salin folder `labs/` dari flashdisk / or copy the `labs/` folder from the USB stick).\n\n"
        "Kalau `pip` bilang *No matching distribution*: cek versi Python kamu (`python --version`, "
        "harus 3.10-3.12) / If pip says *No matching distribution*: check your Python version (3.10-3.12).\n"
    )
    return "\n".join(parts)


def _lab_links(pack: Path | None) -> str:
    if pack is None:
        return ""
    links = [
        f'<a href="{html.escape(p.relative_to(pack).as_posix())}">{html.escape(p.name)}</a>'
        for p in sorted((pack / "labs").glob("*")) if p.is_file() and not p.name.startswith(".")
    ]  # fmt: skip
    return "<h2>Lab</h2><p>" + " · ".join(links) + "</p>" if links else ""


def install_html(host: str, sha: str | None = None, pack: Path | None = None) -> str:
    blocks = "".join(
        f"<h2>{html.escape(os_name)}</h2><pre>{html.escape(chr(10).join(cmds))}</pre>"
        for os_name, cmds in install_commands(host, sha).items()
    )
    sha_html = f"<p>SHA-256 {MANIFEST}: <code>{html.escape(sha)}</code></p>" if sha else ""
    return f"""<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Pasang gigai / Install gigai</title>
<style>body{{font-family:sans-serif;max-width:860px;margin:2em auto;font-size:18px}}
pre{{background:#111;color:#eee;padding:12px;font-size:16px;white-space:pre-wrap}}</style></head><body>
<h1>Pasang gigai tanpa internet / Install gigai without internet</h1>
<p>Ketik perintah ini satu per satu di laptop kamu. / Type these commands one by one on your laptop.</p>
{sha_html}{blocks}{_lab_links(pack)}
</body></html>"""


def _pack_sha(pack: Path) -> str | None:
    path = pack / MANIFEST
    return digest(path) if path.is_file() else None


def make_pack_server(pack_dir: str | Path, host: str = "0.0.0.0", port: int = 8000):
    """A ThreadingHTTPServer over the pack: files only, front page with the visitor's own address."""
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    pack = Path(pack_dir).resolve()
    if not (pack / "wheels").is_dir():
        from gigai.errors import AppError

        raise AppError(
            "E074",
            "Folder ini bukan pack gigai (tidak ada wheels/).",
            "Not a gigai pack (no wheels/).",
            hint=f"buat dulu / build it first: gigai pack build {FOLDER}  (lalu / then: gigai pack serve {FOLDER})",
            value=str(pack),
        )
    sha = _pack_sha(pack)

    class Handler(SimpleHTTPRequestHandler):
        timeout = IDLE_TIMEOUT  # a slow or silent client is dropped (socketserver closes it on timeout)

        def do_GET(self) -> None:  # noqa: N802 - http.server naming
            path = urlsplit(self.path).path
            if path in ("/", "/index.html", "/INSTALL.md"):
                seen_host = self.headers.get("Host") or f"{lan_ip()}:{self.server.server_address[1]}"
                md = path == "/INSTALL.md"
                text = install_text(seen_host, sha) if md else install_html(seen_host, sha, pack)
                body = text.encode("utf-8")
                self.send_response(200)
                self.send_header(
                    "Content-Type", "text/markdown; charset=utf-8" if md else "text/html; charset=utf-8"
                )
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            super().do_GET()

        def send_head(self):  # the one gate every file goes through
            parts = [p for p in unquote(urlsplit(self.path).path).split("/") if p]
            if "\x00" in unquote(self.path):  # Path.resolve() raises on a NUL byte
                self.send_error(404, "Tidak ada / Not found")
                return None
            target = Path(self.translate_path(self.path))
            refused = (
                not parts
                or parts[0] not in SERVED
                or any(p.startswith(".") or "\\" in p for p in parts)
                or not target.resolve().is_relative_to(pack)
            )
            if not refused and target.is_dir():
                index = target / "index.html"
                refused = parts[0] != "simple" or not index.is_file()  # only the generated pip index
            if refused:
                self.send_error(404, "Tidak ada / Not found")
                return None
            return super().send_head()

        def list_directory(self, path):  # never a folder listing
            self.send_error(404, "Tidak ada / Not found")
            return None

        def log_message(self, fmt: str, *args: Any) -> None:  # quieter: one line per wheel is plenty
            if os.environ.get("GIGAI_PACK_QUIET"):
                return
            super().log_message(fmt, *args)

    server = ThreadingHTTPServer((host, port), partial(Handler, directory=str(pack)))
    server.daemon_threads = True
    return server


def serve_pack(pack_dir: str | Path, host: str = "0.0.0.0", port: int = 8000) -> None:
    """Serve a pack on the LAN until Ctrl+C; print what participants type and the hash to read out."""
    server = make_pack_server(pack_dir, host, port)
    shown = f"{lan_ip() if host in ('0.0.0.0', '') else host}:{server.server_address[1]}"
    sha = _pack_sha(Path(pack_dir).resolve())
    print(f"Pack gigai di / served at: http://{shown}/   (Ctrl+C untuk berhenti / to stop)\n")
    if sha:
        print(f"Bacakan ke peserta / read out to participants: SHA-256 {MANIFEST} = {sha[:16]}... ({sha})")
        qr = qr_text(sha)
        if qr:
            print(qr)
    print(install_text(shown, sha))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
