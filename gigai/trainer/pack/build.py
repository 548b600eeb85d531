"""The offline room pack: everything a room needs to install gigai with no internet, served from one laptop.

    gigai pack list paket-gigai          # what would go in (nothing is downloaded)
    gigai pack build paket-gigai                 # wheels for Windows x64, macOS arm64, Linux x86_64; Python 3.10-3.12
    gigai pack serve paket-gigai           # participants install with pip --require-hashes (see INSTALL.md)

What goes in is an explicit allow-list: gigai's wheel and its dependencies (wheels only, never sdists, which
run code at install), the lab notebooks (``labs/*.ipynb``, ``labs/README.md``), the sample assets, and only
what the trainer names (``--cassettes``, ``--gguf``, ``--solutions``). Never dotfiles, ``.env*``, ``hasil/``
outputs or the trainer's cassettes by default. Layout of a pack::

    wheels/             every wheel, flat (USB stick: pip --find-links)
    simple/             PEP 503 index over wheels/ (pip --index-url http://<ip>:8000/simple)
    gigai-install.txt   every wheel pinned with its SHA-256 (pip --require-hashes); its own hash is read out
    labs/ assets/       the notebooks and their files
    cassettes/ models/  only when named
    INSTALL.md, index.html, manifest.json
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from gigai.config import DISTRIBUTION
from gigai.lang import say

FOLDER = "paket-gigai"  # one name in the CLI, README and TRAINER.md
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
    root = Path(__file__).resolve().parents[3]
    return root if (root / "pyproject.toml").exists() else None


def core_requirements(extras: Iterable[str] = ()) -> list[str]:
    """gigai's runtime requirements (plus the named extras) from its installed metadata."""
    from importlib.metadata import requires

    wanted = set(extras)
    out = []
    for req in requires(DISTRIBUTION) or []:
        spec, _, marker = req.partition(";")
        m = re.search(r'extra\s*==\s*"([^"]+)"', marker)
        if m is None:
            out.append(req.strip())
        elif m.group(1) in wanted:
            out.append(spec.strip())
    return out


# --- what goes in: an explicit allow-list -------------------------------------------------------------
ASSET_SUFFIXES = {".json", ".md", ".txt", ".csv", ".yaml", ".yml", ".ttf", ".otf", ".mp3", ".wav", ".ogg",
                  ".m4a", ".png", ".jpg", ".jpeg", ".webp", ".svg", ".mp4", ".pdf"}  # fmt: skip
_NEVER = re.compile(r"(^|/)(\.[^/]*|hasil|__pycache__|\.ipynb_checkpoints|_build)(/|$)|\.env", re.IGNORECASE)


def _allowed(rel: str) -> bool:
    """No dotfile or dot-folder, no .env*, no hasil/ outputs, no caches, anywhere in the path."""
    return not _NEVER.search(rel.replace("\\", "/"))


def pack_files(
    root: Path | None,
    *,
    include_labs: bool = True,
    solutions: bool = False,
    cassettes: Iterable[str | Path] = (),
    gguf: str | Path | None = None,
) -> list[tuple[Path, str]]:
    """(source, path inside the pack) for every file copied, from the allow-list. Nothing is copied here."""
    from gigai.errors import AppError

    out: list[tuple[Path, str]] = []
    if include_labs and root is not None:
        labs = root / "labs"
        picks = sorted(labs.glob("*.ipynb")) + [labs / "README.md"]
        if solutions:
            picks += sorted((root / "trainer" / "solutions").glob("*.ipynb"))
        out += [(f, f.relative_to(root).as_posix()) for f in picks if f.is_file()]
        assets = root / "assets"
        for f in sorted(assets.rglob("*")) if assets.is_dir() else []:
            rel = f.relative_to(root).as_posix()
            if f.is_file() and f.suffix.lower() in ASSET_SUFFIXES and _allowed(rel):
                out.append((f, rel))
    for c in cassettes:  # only what the trainer named
        src = Path(c)
        if not src.exists():
            raise AppError(
                "E120",
                "Kaset yang disebut tidak ditemukan.",
                "The named cassette was not found.",
                hint="gigai record --help  (rekam dulu / record first), lalu / then: gigai pack build DIR --cassettes FILE",
                value=str(src),
            )
        files = [src] if src.is_file() else sorted(p for p in src.rglob("*") if p.is_file())
        for f in files:
            rel = f.relative_to(src.parent).as_posix()
            if _allowed(rel) and f.suffix.lower() in (".jsonl", ".json"):
                out.append((f, f"cassettes/{rel}"))
    if gguf:
        g = Path(gguf)
        if not g.is_file():
            raise AppError("E073", "File GGUF tidak ditemukan.", "GGUF file not found.", value=str(g))
        out.append((g, f"models/{g.name}"))
    return out


def describe(
    out_dir: str | Path,
    files: list[tuple[Path, str]],
    reqs: list[str],
    platforms: Iterable[str],
    pythons: Iterable[str],
) -> str:
    """What ``gigai pack list DIR`` prints: every file copied and what would be downloaded."""
    size = sum(src.stat().st_size for src, _ in files)
    lines = [f"Isi paket / pack contents: {out_dir}", ""]
    lines += [f"  {rel}" for _, rel in files]
    lines += [
        "",
        f"{len(files)} file ({size / 1e6:.1f} MB) + wheel gigai + {len(reqs)} kebutuhan / requirements "
        f"(diunduh saat membuat paket / downloaded when building):",
        "  " + ", ".join(reqs) if reqs else "  -",
        "Sistem / platforms: " + ", ".join(OS_NAMES.get(p, p) for p in platforms)
        + " · Python " + ", ".join(pythons),
    ]  # fmt: skip
    return "\n".join(lines)


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
    solutions: bool = False,
    gguf: str | Path | None = None,
    cassettes: Iterable[str | Path] = (),
    requirements: list[str] | None = None,
    extras: Iterable[str] = ("labs",),
    minimal: bool = False,
    project_dir: str | Path | None = None,
    list_only: bool = False,
    progress: Callable[[str], None] = print,
) -> Path | str:
    """Gather wheels, labs, assets (and named cassettes / a GGUF) into ``out_dir``; returns manifest.json's path.

    list_only: return the text of ``gigai pack list DIR`` and touch nothing (no download, no folder).
    requirements: what to download besides gigai (default: gigai's own requirements + ``extras``).
    minimal: pack gigai itself without its dependencies. A target that fails (no wheel for that platform) is
    reported in the manifest, not fatal.
    """
    from gigai.errors import AppError

    platforms, pythons, extras = tuple(platforms), tuple(pythons), tuple(extras)
    if isinstance(cassettes, (str, Path)):
        cassettes = [cassettes]
    root = Path(project_dir) if project_dir else project_root()
    files = pack_files(root, include_labs=include_labs, solutions=solutions, cassettes=cassettes, gguf=gguf)
    reqs = [] if minimal else (requirements if requirements is not None else core_requirements(extras))
    if list_only:
        return describe(out_dir, files, reqs, platforms, pythons)

    t0 = time.monotonic()
    out = Path(out_dir)
    wheels = out / "wheels"
    logs = out / "logs"
    wheels.mkdir(parents=True, exist_ok=True)
    logs.mkdir(exist_ok=True)
    log = logs / "pip.log"
    py = sys.executable

    # 1. gigai's own wheel.
    if root is None:
        raise AppError(
            "E071",
            "Folder sumber gigai tidak ditemukan untuk membuat wheel.",
            "gigai's source folder was not found to build its wheel.",
            hint="jalankan dari folder clone repo gigai / run inside a clone of the gigai repo: cd gigai && "
            f"gigai pack build {FOLDER}",
        )
    progress("[1/4] wheel gigai ...")
    if _run([py, "-m", "pip", "wheel", str(root), "--no-deps", "-w", str(wheels)], log) != 0:
        raise AppError(
            "E072", "Gagal membuat wheel gigai.", "Building gigai's wheel failed.", hint=f"lihat / see {log}"
        )

    # 2. dependencies: the host target with `pip wheel` (turns sdist-only pure-Python packages into
    #    py3-none-any wheels), then every other target with `pip download --only-binary=:all:`.
    targets: list[dict[str, Any]] = []
    if reqs:
        progress(f"[2/4] {len(reqs)} kebutuhan untuk mesin ini / requirements for this machine ...")
        rc = _run([py, "-m", "pip", "wheel", "-w", str(wheels), "--find-links", str(wheels), *reqs], log)
        targets.append({"target": "host", "ok": rc == 0})
        for plat in platforms:
            for ver in pythons:
                progress(f"      {plat} / Python {ver} ...")
                cmd = [py, "-m", "pip", "download", "--only-binary=:all:", "--python-version", ver,
                       "--find-links", str(wheels), "-d", str(wheels)]  # fmt: skip
                for tag in PLATFORM_TAGS.get(plat, [plat]):
                    cmd += ["--platform", tag]
                rc = _run(cmd + reqs, log)
                if rc == 0:
                    rc = _complete_target(cmd, out, plat, ver, log)
                targets.append({"target": f"{plat}-py{ver}", "ok": rc == 0})
                if rc != 0:
                    progress(f"      ! gagal / failed: {plat} Python {ver} (lihat / see {log})")
    for f in wheels.iterdir():  # wheels only: an sdist runs code on the participant's laptop at install
        if f.suffix != ".whl":
            f.unlink()

    # 3. room files, from the allow-list.
    progress(f"[3/4] {len(files)} file lab/aset / lab and asset files ...")
    for src, rel in files:
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dest)

    # 4. indexes, hash manifest and instructions.
    progress("[4/4] indeks, hash dan petunjuk / index, hashes and instructions ...")
    from gigai.trainer.pack.manifest import digest, write_manifest
    from gigai.trainer.pack.server import install_html, install_text

    indexed = write_simple_index(out)
    extra = f"[{','.join(extras)}]" if extras else ""
    install = write_manifest(out, pythons=pythons, platforms=platforms, roots={DISTRIBUTION: f"{DISTRIBUTION}{extra}"})
    sha = digest(install)
    (out / "INSTALL.md").write_text(install_text("<IP-TRAINER>:8000", sha), encoding="utf-8")
    (out / "index.html").write_text(install_html("<IP-TRAINER>:8000", sha), encoding="utf-8")
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    manifest = {
        "gigai_pack": 2,
        "created": time.strftime("%Y-%m-%d %H:%M:%S"),
        "platforms": list(platforms),
        "pythons": list(pythons),
        "requirements": reqs,
        "minimal": minimal,
        "targets": targets,
        "failed_targets": [t["target"] for t in targets if not t["ok"]],
        "wheels": len(indexed),
        "files": [rel for _, rel in files],
        "install_sha256": sha,
        "size_mb": round(size / 1e6, 1),
        "seconds": round(time.monotonic() - t0, 1),
    }
    path = out / "manifest.json"
    path.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    progress(f"{say('Selesai', 'Done')}: {manifest['wheels']} wheel, {manifest['size_mb']} MB, {manifest['seconds']} s")
    progress(f"SHA-256 {install.name}: {sha}")
    return path


def _complete_target(cmd: list[str], out: Path, plat: str, ver: str, log: Path) -> int:
    """Fetch what the target's own markers ask for (pip download judges markers by THIS machine: a Linux
    trainer's pack would lack Windows-only colorama and pywinpty). A few rounds: new wheels can ask for more."""
    from gigai.trainer.pack.manifest import missing_dependencies

    for _ in range(4):
        missing = missing_dependencies(out, platform=plat, python=ver)
        if not missing:
            return 0
        rc = _run([*cmd, "--no-deps", *missing], log)
        if rc != 0:
            return rc
    return 0 if not missing_dependencies(out, platform=plat, python=ver) else 1


def write_simple_index(pack_dir: str | Path) -> list[Path]:
    """Write ``simple/`` (PEP 503) over the wheels in ``wheels/``; returns the wheel files indexed."""
    pack = Path(pack_dir)
    simple = pack / "simple"
    if simple.exists():
        shutil.rmtree(simple)
    simple.mkdir(parents=True)
    projects: dict[str, list[Path]] = {}
    files = sorted(p for p in (pack / "wheels").glob("*.whl") if not p.name.startswith("."))
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
