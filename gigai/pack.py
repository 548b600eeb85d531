"""The offline room pack: everything a room needs to install gigai with no internet, served from one laptop.

    gigai pack gigai-pack/                 # wheels for Windows x64, macOS arm64, Linux x86_64; Python 3.10-3.12
    gigai serve-pack gigai-pack/           # participants: pip install --index-url http://<ip>:8000/simple ...

Layout of a pack::

    wheels/          every wheel, flat (pip --find-links, or a USB stick)
    simple/          PEP 503 index over wheels/ (pip --index-url http://<ip>:8000/simple)
    labs/ assets/    the notebooks and their files
    cassettes/       recorded answers for replay mode (optional)
    models/          a GGUF the trainer supplies (optional)
    INSTALL.md, index.html, manifest.json
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from gigai.apps.sharing import lan_ip

DEFAULT_PLATFORMS = ("win_amd64", "macosx_11_0_arm64", "manylinux2014_x86_64")
DEFAULT_PYTHONS = ("3.10", "3.11", "3.12")

# What pip should accept for each target: newer manylinux/macOS tags that the listed OS versions run.
PLATFORM_TAGS: dict[str, list[str]] = {
    "win_amd64": ["win_amd64"],
    "macosx_11_0_arm64": [f"macosx_{v}_0_arm64" for v in (11, 12, 13, 14)],
    "manylinux2014_x86_64": ["manylinux2014_x86_64"] + [f"manylinux_2_{v}_x86_64" for v in (17, 24, 27, 28)],
}
OS_NAMES = {
    "win_amd64": "Windows",
    "macosx_11_0_arm64": "macOS (Apple M1/M2/M3)",
    "manylinux2014_x86_64": "Linux",
}


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def project_root() -> Path | None:
    """The gigai source tree (with pyproject.toml) this package was imported from, if any."""
    root = Path(__file__).resolve().parent.parent
    return root if (root / "pyproject.toml").exists() else None


def core_requirements(extras: Iterable[str] = ()) -> list[str]:
    """gigai's runtime requirements (plus the named extras) from its installed metadata."""
    from importlib.metadata import requires

    wanted = set(extras)
    out = []
    for req in requires("gigai") or []:
        spec, _, marker = req.partition(";")
        m = re.search(r'extra\s*==\s*"([^"]+)"', marker)
        if m is None:
            out.append(req.strip())
        elif m.group(1) in wanted:
            out.append(spec.strip())
    return out


def _run(cmd: list[str], log: Path) -> int:
    with log.open("a", encoding="utf-8") as fh:
        fh.write("\n$ " + " ".join(cmd) + "\n")
        fh.flush()
        return subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT, check=False).returncode


def build_pack(
    out_dir: str | Path,
    *,
    platforms: Iterable[str] = DEFAULT_PLATFORMS,
    pythons: Iterable[str] = DEFAULT_PYTHONS,
    include_labs: bool = True,
    gguf: str | Path | None = None,
    cassettes: str | Path | Iterable[str | Path] | None = None,
    requirements: list[str] | None = None,
    extras: Iterable[str] = ("labs",),
    minimal: bool = False,
    project_dir: str | Path | None = None,
    progress: Callable[[str], None] = print,
) -> Path:
    """Gather wheels, labs, assets, cassettes (and a GGUF) into ``out_dir``; returns the path of manifest.json.

    requirements: what to download besides gigai (default: gigai's own requirements + ``extras``).
    minimal: pack gigai itself without its dependencies (for a quick test or a participant who only lacks
    gigai). A target that fails (no wheel for that platform) is reported in the manifest, not fatal.
    """
    from gigai.errors import AppError

    t0 = time.monotonic()
    out = Path(out_dir)
    wheels = out / "wheels"
    logs = out / "logs"
    wheels.mkdir(parents=True, exist_ok=True)
    logs.mkdir(exist_ok=True)
    log = logs / "pip.log"
    py = sys.executable
    root = Path(project_dir) if project_dir else project_root()

    # 1. gigai's own wheel.
    if root is None:
        raise AppError(
            "E071",
            "Folder sumber gigai tidak ditemukan untuk membuat wheel.",
            "gigai's source folder was not found to build its wheel.",
            hint="jalankan dari clone repo gigai / run from a clone: gigai pack DIR --project-dir .",
        )
    progress("[1/4] wheel gigai ...")
    if _run([py, "-m", "pip", "wheel", str(root), "--no-deps", "-w", str(wheels)], log) != 0:
        raise AppError(
            "E072", "Gagal membuat wheel gigai.", "Building gigai's wheel failed.", hint=f"lihat / see {log}"
        )

    # 2. dependencies: the host target with `pip wheel` (turns sdist-only pure-Python packages into
    #    py3-none-any wheels), then every other target with `pip download --only-binary=:all:`, letting pip
    #    reuse those universal wheels through --find-links.
    reqs = [] if minimal else (requirements if requirements is not None else core_requirements(extras))
    targets: list[dict[str, Any]] = []
    if reqs:
        progress(f"[2/4] {len(reqs)} kebutuhan untuk mesin ini / requirements for this machine ...")
        rc = _run([py, "-m", "pip", "wheel", "-w", str(wheels), "--find-links", str(wheels), *reqs], log)
        targets.append({"target": "host", "ok": rc == 0})
        for plat in platforms:
            for ver in pythons:
                progress(f"      {plat} / Python {ver} ...")
                cmd = [
                    py,
                    "-m",
                    "pip",
                    "download",
                    "--only-binary=:all:",
                    "--python-version",
                    ver,
                    "--find-links",
                    str(wheels),
                    "-d",
                    str(wheels),
                ]
                for tag in PLATFORM_TAGS.get(plat, [plat]):
                    cmd += ["--platform", tag]
                rc = _run(cmd + reqs, log)
                targets.append({"target": f"{plat}-py{ver}", "ok": rc == 0})
                if rc != 0:
                    progress(f"      ! gagal / failed: {plat} Python {ver} (lihat / see {log})")

    # 3. room files.
    progress("[3/4] lab, aset, kaset, model / labs, assets, cassettes, model ...")
    copied: dict[str, Any] = {}
    if include_labs and root is not None:
        for name in ("labs", "assets"):
            if (root / name).is_dir():
                shutil.copytree(
                    root / name,
                    out / name,
                    dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "*.pyc"),
                )
                copied[name] = True
    for src in _cassette_sources(cassettes):
        dest = out / "cassettes"
        dest.mkdir(exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dest / src.name, dirs_exist_ok=True)
        else:
            shutil.copy2(src, dest / src.name)
        copied.setdefault("cassettes", []).append(src.name)
    if gguf:
        g = Path(gguf)
        if not g.is_file():
            raise AppError("E073", "File GGUF tidak ditemukan.", "GGUF file not found.", value=str(g))
        (out / "models").mkdir(exist_ok=True)
        shutil.copy2(g, out / "models" / g.name)
        copied["gguf"] = g.name

    # 4. indexes and instructions.
    progress("[4/4] indeks dan petunjuk / index and instructions ...")
    files = write_simple_index(out)
    (out / "INSTALL.md").write_text(install_text("<IP-TRAINER>:8000"), encoding="utf-8")
    (out / "index.html").write_text(install_html("<IP-TRAINER>:8000"), encoding="utf-8")
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    manifest = {
        "gigai_pack": 1,
        "created": time.strftime("%Y-%m-%d %H:%M:%S"),
        "platforms": list(platforms),
        "pythons": list(pythons),
        "requirements": reqs,
        "minimal": minimal,
        "targets": targets,
        "failed_targets": [t["target"] for t in targets if not t["ok"]],
        "wheels": len(files),
        "copied": copied,
        "size_mb": round(size / 1e6, 1),
        "seconds": round(time.monotonic() - t0, 1),
    }
    path = out / "manifest.json"
    path.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    progress(f"Selesai / done: {manifest['wheels']} wheel, {manifest['size_mb']} MB, {manifest['seconds']} s")
    return path


def _cassette_sources(cassettes: Any) -> list[Path]:
    if cassettes is None:
        try:
            from gigai import config

            default = config.home() / "cassettes"
        except Exception:  # noqa: BLE001 - a pack without cassettes is still a pack
            return []
        return [default] if default.is_dir() and any(default.iterdir()) else []
    if isinstance(cassettes, (str, Path)):
        cassettes = [cassettes]
    return [Path(c) for c in cassettes if Path(c).exists()]


def write_simple_index(pack_dir: str | Path) -> list[Path]:
    """Write ``simple/`` (PEP 503) over ``wheels/``; returns the wheel files indexed."""
    pack = Path(pack_dir)
    simple = pack / "simple"
    if simple.exists():
        shutil.rmtree(simple)
    simple.mkdir(parents=True)
    projects: dict[str, list[Path]] = {}
    files = sorted(
        p for p in (pack / "wheels").glob("*") if p.suffix in (".whl",) or p.name.endswith(".tar.gz")
    )
    for f in files:
        projects.setdefault(_normalize(f.name.split("-")[0]), []).append(f)
    links = []
    for name, dists in sorted(projects.items()):
        (simple / name).mkdir()
        rows = []
        for f in dists:
            digest = hashlib.sha256(f.read_bytes()).hexdigest()
            rows.append(
                f'<a href="../../wheels/{html.escape(f.name)}#sha256={digest}">{html.escape(f.name)}</a><br>'
            )
        (simple / name / "index.html").write_text(
            f"<!DOCTYPE html><html><body>\n{chr(10).join(rows)}\n</body></html>\n", encoding="utf-8"
        )
        links.append(f'<a href="{name}/">{name}</a><br>')
    (simple / "index.html").write_text(
        f"<!DOCTYPE html><html><body>\n{chr(10).join(links)}\n</body></html>\n", encoding="utf-8"
    )
    return files


def install_commands(host: str) -> dict[str, list[str]]:
    """The exact commands participants type, per OS, for a pack served at ``host`` (``ip:port``)."""
    ip = host.split(":")[0]
    pip_idx = f"pip install --index-url http://{host}/simple --trusted-host {ip} gigai[labs]"
    return {
        "Windows (PowerShell / cmd)": [
            "py -m venv gigai-env",
            r"gigai-env\Scripts\activate",
            pip_idx,
            "gigai doctor",
        ],
        "macOS / Linux (Terminal)": [
            "python3 -m venv gigai-env",
            "source gigai-env/bin/activate",
            pip_idx,
            "gigai doctor",
        ],
        "Cadangan / fallback (--find-links)": [
            f"pip install --no-index --find-links http://{host}/wheels/ --trusted-host {ip} gigai[labs]",
        ],
        "Dari flashdisk / from a USB stick (D: = flashdisk)": [
            r"pip install --no-index --find-links D:\gigai-pack\wheels gigai[labs]",
        ],
    }


def install_text(host: str) -> str:
    parts = [
        "# Pasang gigai tanpa internet / Install gigai without internet\n",
        "Laptop kamu dan laptop trainer harus di Wi-Fi yang sama. Ketik perintah ini satu per satu.",
        "Your laptop and the trainer's must be on the same Wi-Fi. Type these commands one by one.\n",
    ]
    for os_name, cmds in install_commands(host).items():
        parts.append(f"## {os_name}\n\n```\n" + "\n".join(cmds) + "\n```\n")
    parts.append(
        "Lab dan aset / labs and assets: `http://" + host + "/labs/` dan `http://" + host + "/assets/` "
        "(atau salin folder `labs/` dari flashdisk / or copy the `labs/` folder from the USB stick).\n\n"
        "Kalau `pip` bilang *No matching distribution*: cek versi Python kamu (`python --version`, "
        "harus 3.10-3.12) / If pip says *No matching distribution*: check your Python version (3.10-3.12).\n"
    )
    return "\n".join(parts)


def install_html(host: str) -> str:
    blocks = "".join(
        f"<h2>{html.escape(os_name)}</h2><pre>{html.escape(chr(10).join(cmds))}</pre>"
        for os_name, cmds in install_commands(host).items()
    )
    return f"""<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Pasang gigai / Install gigai</title>
<style>body{{font-family:sans-serif;max-width:860px;margin:2em auto;font-size:18px}}
pre{{background:#111;color:#eee;padding:12px;font-size:16px;white-space:pre-wrap}}</style></head><body>
<h1>Pasang gigai tanpa internet / Install gigai without internet</h1>
<p>Ketik perintah ini satu per satu di laptop kamu. / Type these commands one by one on your laptop.</p>
{blocks}
<p><a href="labs/">labs/</a> · <a href="assets/">assets/</a> · <a href="wheels/">wheels/</a> ·
<a href="cassettes/">cassettes/</a> · <a href="models/">models/</a></p>
</body></html>"""


def make_pack_server(pack_dir: str | Path, host: str = "0.0.0.0", port: int = 8000):
    """A ThreadingHTTPServer over the pack whose front page shows commands with the address the visitor used."""
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    pack = Path(pack_dir).resolve()
    if not (pack / "wheels").is_dir():
        from gigai.errors import AppError

        raise AppError(
            "E074",
            "Folder ini bukan pack gigai (tidak ada wheels/).",
            "Not a gigai pack (no wheels/).",
            hint="gigai pack DIR dulu / first run: gigai pack DIR",
            value=str(pack),
        )

    class Handler(SimpleHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server naming
            if self.path in ("/", "/index.html", "/INSTALL.md"):
                seen_host = self.headers.get("Host") or f"{lan_ip()}:{self.server.server_address[1]}"
                md = self.path == "/INSTALL.md"
                body = (install_text(seen_host) if md else install_html(seen_host)).encode("utf-8")
                self.send_response(200)
                self.send_header(
                    "Content-Type", "text/markdown; charset=utf-8" if md else "text/html; charset=utf-8"
                )
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            super().do_GET()

        def log_message(self, fmt: str, *args: Any) -> None:  # quieter: one line per wheel is plenty
            if os.environ.get("GIGAI_PACK_QUIET"):
                return
            super().log_message(fmt, *args)

    return ThreadingHTTPServer((host, port), partial(Handler, directory=str(pack)))


def serve_pack(pack_dir: str | Path, host: str = "0.0.0.0", port: int = 8000) -> None:
    """Serve a pack on the LAN until Ctrl+C and print what participants type."""
    server = make_pack_server(pack_dir, host, port)
    shown = f"{lan_ip() if host in ('0.0.0.0', '') else host}:{server.server_address[1]}"
    print(f"Pack gigai di / served at: http://{shown}/   (Ctrl+C untuk berhenti / to stop)\n")
    print(install_text(shown))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
