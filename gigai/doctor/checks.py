"""``gigai doctor``: is this laptop ready for the labs? A report a participant can paste into WhatsApp.

    >>> import gigai.doctor
    >>> report = gigai.doctor.run()          # no network unless online=True
    >>> report.exit_code                     # 1 only when something blocks the labs
    0

Every check gives a row (a stable key, a name, status, detail, fix), each in ONE language: Indonesian, or
English with ``GIGAI_LANG=en`` (the report goes to a group chat; pairs made it twice as long). Statuses: ``ok``, ``info``
(optional part absent or not checked), ``warn`` (works, but something will hurt), ``fail``. Only failures
marked ``blocking`` (Python too old, a core package missing, no ffmpeg, disk < 500 MB) make exit code 1.

The report never contains a secret nor the home folder's full path (see :mod:`gigai.doctor.report`). The
active provider is judged by :mod:`gigai.doctor.provider_probe`, installed packages by :mod:`gigai.doctor.installed`.
Only the standard library is imported at module level, so the doctor still runs in a broken install
(``python -m gigai.doctor``). Used in: Lab 1.
"""

from __future__ import annotations

import platform
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from gigai.config import DISTRIBUTION
from gigai.doctor import installed
from gigai.doctor.report import FAIL, INFO, OK, WARN, Check, Report, scrub
from gigai.lang import say

__all__ = ["FAIL", "INFO", "OK", "WARN", "Check", "Report", "run", "scrub"]

GB = 1024**3
MB = 1024**2
DISK_WARN = 2 * GB
DISK_FAIL = 500 * MB
FIX_INSTALL = 'pip install -e ".[labs,online]"  (make labs)'

_HEADLINE = ["openai", "langchain", "gradio", "moviepy"]  # versions worth seeing at a glance


def _short(path: str | Path) -> str:
    return scrub(str(path))


# --- checks --------------------------------------------------------------------------------------------


def check_python(missing_core: list[str] | None = None) -> Check:
    v = tuple(sys.version_info[:3])
    ver = ".".join(map(str, v))
    if v < (3, 10):
        return Check(
            "python",
            FAIL,
            say(f"Python {ver} terlalu lama (butuh >= 3.10)", f"Python {ver} is too old (need >= 3.10)"),
            say(
                "pasang Python 3.11: https://www.python.org/downloads/",
                "install Python 3.11: https://www.python.org/downloads/",
            ),
            blocking=True,
        )
    if v >= (3, 13) and missing_core:
        return Check(
            "python",
            WARN,
            say(
                f"Python {ver}: sebagian paket belum punya wheel ({', '.join(missing_core)})",
                f"Python {ver}: some packages have no wheel yet ({', '.join(missing_core)})",
            ),
            say("pakai Python 3.11 (py -3.11 -m venv .venv)", "use Python 3.11 (py -3.11 -m venv .venv)"),
        )
    return Check("python", OK, f"Python {ver}", data={"executable": _short(sys.executable)})


def check_packages() -> Check:
    """Core packages: installed (metadata), findable (find_spec, nothing heavy is imported), in range."""
    versions: dict[str, str | None] = {}
    missing, wrong = [], []
    for dist, spec, extra in installed.requirements():
        if extra is not None:
            continue
        ver = installed.version(dist)
        versions[dist] = ver
        if ver is None or not installed.importable(dist):
            missing.append(dist)
        elif not installed.satisfies(ver, spec):
            wrong.append(f"{dist} {ver} ({say('butuh', 'need')} {spec})")
    optional = {d: installed.version(d) for d in ("edge-tts", "llama-cpp-python")}
    data = {"core": versions, "optional": optional, "missing": missing}
    if missing:
        return Check(
            say("paket", "packages"),
            FAIL,
            say("belum terpasang: ", "missing: ") + ", ".join(missing),
            FIX_INSTALL,
            blocking=True,
            data=data,
            key="packages",
        )
    head = ", ".join(f"{d} {versions[d]}" for d in _HEADLINE if versions.get(d))
    if wrong:
        return Check(
            say("paket", "packages"),
            WARN,
            say("versi tidak cocok: ", "wrong version: ") + "; ".join(wrong),
            'pip install -U -e ".[labs,online]"',
            data=data,
            key="packages",
        )
    return Check(
        say("paket", "packages"),
        OK,
        say(f"{len(versions)} paket inti lengkap ({head})", f"{len(versions)} core packages ok ({head})"),
        data=data,
        key="packages",
    )


def check_ffmpeg() -> Check:
    try:
        import imageio_ffmpeg

        exe = imageio_ffmpeg.get_ffmpeg_exe()
        out = subprocess.run([exe, "-hide_banner", "-version"], capture_output=True, text=True, timeout=15)
        first = (out.stdout or out.stderr).splitlines()[0] if (out.stdout or out.stderr) else "?"
        if out.returncode != 0:
            raise RuntimeError(first)
    except Exception as exc:  # noqa: BLE001 - any failure means no video
        return Check(
            "ffmpeg",
            FAIL,
            say("ffmpeg tidak jalan", "ffmpeg does not run")
            + f" ({type(exc).__name__}: {_short(exc)[:120]})",
            "pip install --force-reinstall imageio-ffmpeg  (antivirus?)",
            blocking=True,
        )
    version = first.split(" Copyright")[0].replace("ffmpeg version ", "")
    return Check("ffmpeg", OK, f"ffmpeg {version}", data={"path": _short(exe)})


def check_voice() -> Check:
    """The offline Indonesian voice: espeakng-loader's library file, its data folder and the 'id' voice."""
    fix = say(
        "pip install espeakng-loader  (Mac Intel: pakai suara online edge-tts)",
        "pip install espeakng-loader  (Intel Mac: use the online voice, edge-tts)",
    )
    name = say("suara", "TTS voice")
    try:
        import espeakng_loader

        lib = Path(espeakng_loader.get_library_path())
        data = Path(espeakng_loader.get_data_path())
    except Exception as exc:  # noqa: BLE001
        return Check(
            name,
            WARN,
            say("suara offline tidak ada", "no offline voice") + f" ({type(exc).__name__})",
            fix,
            key="voice",
        )
    if not lib.exists() or not data.is_dir():
        return Check(
            name, WARN, say("file espeak-ng tidak lengkap", "espeak-ng files incomplete"), fix, key="voice"
        )
    has_id = (data / "id_dict").exists() and any((data / "lang").rglob("id"))
    if not has_id:
        return Check(
            name,
            WARN,
            say("suara Indonesia 'id' tidak ditemukan", "Indonesian voice 'id' not found"),
            fix,
            key="voice",
        )
    return Check(
        name, OK, say("espeak-ng, suara Indonesia 'id' ada", "espeak-ng, Indonesian voice found"), key="voice"
    )


def _assets_dir() -> Path:
    from gigai.config import assets_dir

    return assets_dir()


def check_fonts() -> Check:
    fonts = sorted(p.name for p in (_assets_dir() / "fonts").glob("**/*.[ot]tf"))
    if not fonts:
        return Check(
            "font",
            WARN,
            say("font untuk teks video tidak ditemukan", "no fonts for video captions"),
            say("unduh ulang repo (assets/fonts)", "re-download the repo (assets/fonts)"),
        )
    return Check("font", OK, f"{len(fonts)} font ({', '.join(fonts[:3])}{'...' if len(fonts) > 3 else ''})")


def provider_rows() -> list[dict[str, Any]]:
    """Every preset from the LLM catalogue with its key found (masked; gateway tokens show no character)."""
    from gigai.doctor.provider_probe import safe_url, shown_key
    from gigai.llm.registry import providers

    out = []
    for r in providers():
        kind = r.get("kind") or "openai_compatible"
        has_key_env = bool(r.get("key_env"))
        ready = kind in ("offline", "replay") or (has_key_env and bool(r.get("key_found")))
        key = str(r.get("key") or "-")
        if r.get("name") == "gateway" and r.get("key_found"):
            from gigai import config

            key = shown_key("gateway", r["key_env"][0], config.setting(r["key_env"][0]) or "x")
        out.append(
            {
                "name": r.get("name"),
                "kind": kind,
                "ready": ready,
                "selected": bool(r.get("selected")),
                "model": r.get("default_model"),
                "base_url": safe_url(r["base_url"]) if r.get("base_url") else None,
                "key_env": list(r.get("key_env") or []),
                "key_found": bool(r.get("key_found")),
                "key": key,
                "local": kind not in ("offline", "replay") and not has_key_env,
                "status": r.get("ready"),
            }
        )
    return out


def check_providers(*, online: bool = False) -> list[Check]:
    """The active provider: ready only if it would answer (``online``: one tiny real call). Other keys: info."""
    from gigai.doctor.provider_probe import assess

    verdict = assess(online=online)
    checks = [
        Check(
            "provider",
            verdict.status,
            verdict.detail,
            verdict.fix,
            blocking=verdict.status == FAIL,
            data=verdict.data,
        )
    ]
    active = verdict.data.get("provider")
    try:
        rows = provider_rows()
    except Exception:  # noqa: BLE001 - the active provider's row above already says what is wrong
        rows = []
    for r in rows:
        if r["name"] == active or not r["key_found"] or r["kind"] in ("offline", "replay"):
            continue
        checks.append(
            Check(
                f"provider {r['name']}",
                INFO,
                say(
                    f"kunci {r['key']}; tidak aktif (GIGAI_PROVIDER={r['name']} untuk memakainya)",
                    f"key {r['key']}; not active (GIGAI_PROVIDER={r['name']} to use it)",
                ),
            )
        )
    return checks


def check_channels() -> Check:
    """Telegram / WhatsApp bot settings (lab 5): present or absent, never a character of their values."""
    from gigai.doctor.secrets import CHANNEL_ALIASES, channel_settings

    found = channel_settings()
    present = [n for n, ok in found.items() if ok]
    covered = {new for old, new in CHANNEL_ALIASES.items() if found.get(old)}  # set under its older name
    absent = [n for n, ok in found.items() if not ok and n not in covered]
    name = say("kanal", "channels")
    shown = say(
        f"ada: {', '.join(present) or '-'}; belum: {', '.join(absent) or '-'} (opsional)",
        f"set: {', '.join(present) or '-'}; absent: {', '.join(absent) or '-'} (optional)",
    )
    renames = [
        f"{old} -> {new}" for old, new in CHANNEL_ALIASES.items() if found.get(old) and not found.get(new)
    ]
    data = {"present": present, "renames": renames}
    if renames:
        detail = shown + say("; nama lama dipakai", "; an older setting name is in use")
        fix = say("ganti nama di file .env: ", "rename in .env: ") + ", ".join(renames)
        return Check(name, WARN, detail, fix, data=data, key="channels")
    return Check(name, INFO, shown, data=data, key="channels")


def check_ollama() -> Check:
    """A quick TCP connect to 127.0.0.1:11434 (never the network)."""
    from gigai import config

    if config.setting("GIGAI_NO_OLLAMA_PROBE") in ("1", "true", "yes"):
        return Check("ollama", INFO, say("tidak dicek", "not checked"))
    try:
        with socket.create_connection(("127.0.0.1", 11434), timeout=0.3):
            pass
    except OSError:
        return Check("ollama", INFO, say("tidak berjalan (opsional)", "not running (optional)"))
    return Check("ollama", OK, say("berjalan di 127.0.0.1:11434", "running on 127.0.0.1:11434"))


def check_disk() -> list[Check]:
    checks = []
    places = {"~": Path.home(), say("folder ini", "this folder"): Path.cwd()}
    seen = set()
    for label, path in places.items():
        try:
            usage = shutil.disk_usage(path)
        except OSError:
            continue
        key = (usage.total, usage.free)
        if key in seen:
            continue  # same disk
        seen.add(key)
        free = usage.free
        detail = f"{label}: {free / GB:.1f} GB " + say("kosong", "free")
        if free < DISK_FAIL:
            checks.append(
                Check(
                    "disk",
                    FAIL,
                    detail,
                    say("hapus file (butuh > 2 GB kosong)", "free up space (need > 2 GB)"),
                    blocking=True,
                    data={"free_bytes": free},
                )
            )
        elif free < DISK_WARN:
            checks.append(
                Check(
                    "disk",
                    WARN,
                    detail,
                    say("kosongkan > 2 GB untuk video", "free up > 2 GB for video"),
                    data={"free_bytes": free},
                )
            )
        else:
            checks.append(Check("disk", OK, detail, data={"free_bytes": free}))
    return checks


def check_ram() -> Check:
    try:
        import psutil

        mem = psutil.virtual_memory()
    except Exception:  # noqa: BLE001
        return Check("RAM", INFO, say("tidak dicek (psutil tidak ada)", "not checked (no psutil)"))
    detail = f"{mem.total / GB:.1f} GB total, {mem.available / GB:.1f} GB " + say("tersedia", "available")
    data = {"total_bytes": mem.total, "available_bytes": mem.available}
    if mem.total < 3.5 * GB or mem.available < 1 * GB:
        return Check(
            "RAM", WARN, detail, say("tutup aplikasi lain (Chrome!)", "close other apps (Chrome!)"), data=data
        )
    return Check("RAM", OK, detail, data=data)


def check_jupyter() -> Check:
    if "google.colab" in sys.modules:
        return Check("jupyter", OK, "Google Colab")
    ver = installed.version("jupyterlab")
    if ver and installed.importable("jupyterlab"):
        kernel = "ipykernel " + (installed.version("ipykernel") or "?")
        return Check("jupyter", OK, f"jupyterlab {ver}, {kernel}")
    return Check(
        "jupyter", WARN, say("JupyterLab belum terpasang", "JupyterLab is not installed"), FIX_INSTALL
    )


def _system() -> dict[str, Any]:
    try:
        from gigai import __version__ as version
    except Exception:  # noqa: BLE001
        version = installed.version(DISTRIBUTION) or "?"
    in_venv = sys.prefix != getattr(sys, "base_prefix", sys.prefix)
    env = "Colab" if "google.colab" in sys.modules else ("venv" if in_venv else say("tanpa venv", "no venv"))
    os_name = f"{platform.system()} {platform.release()}".strip() or sys.platform
    return {
        "os": os_name,
        "machine": platform.machine(),
        "python": platform.python_version(),
        "gigai": version,
        "env": env,
        "cwd": _short(Path.cwd()),
    }


def run(*, online: bool = False) -> Report:
    """Run every check; ``online=True`` also calls each configured provider once (short timeout)."""
    checks: list[Check] = []
    packages = check_packages()
    checks.append(check_python(packages.data.get("missing")))
    checks.append(packages)
    for fn in (
        check_ffmpeg,
        check_voice,
        check_fonts,
        check_jupyter,
        check_ram,
        check_ollama,
        check_channels,
    ):
        checks.append(_safely(fn))
    checks.extend(check_disk())
    try:
        checks.extend(check_providers(online=online))
    except Exception as exc:  # noqa: BLE001
        checks.append(
            Check("provider", WARN, say("tidak bisa dicek", "could not check") + f" ({type(exc).__name__})")
        )
    return Report(checks=checks, system=_system(), created=time.strftime("%Y-%m-%d %H:%M"))


def _safely(fn) -> Check:
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - one broken check must not hide the others
        return Check(
            fn.__name__.removeprefix("check_"),
            WARN,
            say("cek gagal", "check failed") + f" ({type(exc).__name__})",
        )


def main(argv: list[str] | None = None) -> int:
    """``python -m gigai.doctor [--json] [--online]``: works even when typer/rich are missing."""
    args = sys.argv[1:] if argv is None else argv
    report = run(online="--online" in args)
    if "--json" in args:
        print(report.to_json())
    else:
        enc = getattr(sys.stdout, "encoding", None) or "ascii"
        try:
            "✅⚠️❌ℹ️·".encode(enc)
            print(report.to_text())
        except (UnicodeEncodeError, LookupError):
            print(report.to_text(ascii=True))
    return report.exit_code


if __name__ == "__main__":
    sys.exit(main())
