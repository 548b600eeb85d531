"""The pack's install manifest: a pip requirements file where every wheel is pinned with its SHA-256.

    path = write_manifest(pack_dir, pythons=("3.11",), platforms=("win_amd64",))
    print(digest(path))      # the trainer reads this out (or shows it as a QR code)

Participants install with ``pip install --require-hashes --no-deps -r gigai-install.txt``: pip refuses any
file whose hash is not listed, so a tampered wheel (a neighbour on the same wifi) cannot be installed, and
the manifest itself is checked against the hash the trainer reads out. Where a package comes in different
versions for different Python versions or systems (numpy for 3.10 and 3.12), each line carries an
environment marker so exactly one applies on a participant's laptop.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections import defaultdict
from pathlib import Path

MANIFEST = "gigai-install.txt"

# sys_platform and the platform tags a wheel may carry for each pack target.
_SYS = {"win_amd64": "win32", "macosx_11_0_arm64": "darwin", "manylinux2014_x86_64": "linux"}
_WHEEL = re.compile(
    r"^(?P<name>[^-]+)-(?P<ver>[^-]+)(-\d[^-]*)?-(?P<py>[^-]+)-(?P<abi>[^-]+)-(?P<plat>[^-]+)\.whl$"
)


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def digest(path: str | Path) -> str:
    """SHA-256 of the manifest, as the trainer reads it out."""
    return sha256(Path(path))


def _platform_ok(tag: str, target: str) -> bool:
    for t in tag.split("."):
        if t == "any":
            return True
        if target == "win_amd64" and t == "win_amd64":
            return True
        if target.startswith("macosx") and t.startswith("macosx") and t.endswith(("arm64", "universal2")):
            return True
        if target.startswith("manylinux") and t.startswith("manylinux") and t.endswith("x86_64"):
            return True
    return False


def _python_ok(py: str, abi: str, version: str) -> bool:
    want = version.replace(".", "")
    for t in py.split("."):
        if t in ("py3", "py2.py3") or t == f"py{want[0]}":
            return True
        m = re.fullmatch(r"cp(\d+)", t)
        if m and (m.group(1) == want or (abi == "abi3" and int(m.group(1)) <= int(want))):
            return True
    return False


def _requires_python(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as zf:
            meta = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
            for line in zf.read(meta).decode("utf-8", "replace").splitlines():
                if line.lower().startswith("requires-python:"):
                    return line.split(":", 1)[1].strip()
                if not line.strip():
                    break
    except (zipfile.BadZipFile, StopIteration, OSError):
        return None
    return None


def _version_key(ver: str):
    try:
        from packaging.version import Version

        return (0, Version(ver))
    except Exception:  # noqa: BLE001 - packaging missing or odd version: compare as text
        return (1, ver)


def _spec_ok(spec: str | None, version: str) -> bool:
    if not spec:
        return True
    try:
        from packaging.specifiers import SpecifierSet

        return SpecifierSet(spec).contains(f"{version}.0", prereleases=True)
    except Exception:  # noqa: BLE001
        return True


# The environment a target laptop reports to pip's markers (pip download --platform evaluates markers for the
# machine it runs on, so dependencies like pywinpty or colorama on Windows are never fetched on Linux).
_ENV = {
    "win_amd64": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64"},
    "macosx_11_0_arm64": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                          "platform_machine": "arm64"},
    "manylinux2014_x86_64": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
                             "platform_machine": "x86_64"},
}  # fmt: skip


def _metadata(path: Path) -> list[str]:
    try:
        with zipfile.ZipFile(path) as zf:
            meta = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
            return zf.read(meta).decode("utf-8", "replace").splitlines()
    except (zipfile.BadZipFile, StopIteration, OSError):
        return []


def _chosen(files: dict[tuple[str, str], list[Path]], py: str, plat: str) -> dict[str, Path]:
    """For one target: name -> the wheel pip would take (newest compatible version)."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for name, ver in files:
        by_name[name].append(ver)
    out = {}
    for name, versions in by_name.items():
        for ver in sorted(versions, key=_version_key, reverse=True):
            for f in files[(name, ver)]:
                m = _WHEEL.match(f.name)
                if (_platform_ok(m.group("plat"), plat) and _python_ok(m.group("py"), m.group("abi"), py)
                        and _spec_ok(_requires_python(f), py)):  # fmt: skip
                    out[name] = f
                    break
            if name in out:
                break
    return out


def _wheels(pack: Path) -> dict[tuple[str, str], list[Path]]:
    files: dict[tuple[str, str], list[Path]] = defaultdict(list)
    for f in sorted((pack / "wheels").glob("*.whl")):
        m = _WHEEL.match(f.name)
        if m:
            files[(normalize(m.group("name")), m.group("ver"))].append(f)
    return files


def missing_dependencies(
    pack_dir: str | Path, *, platform: str, python: str, skip: tuple[str, ...] = ("gigai-kit",)
) -> list[str]:
    """Requirements that a target's wheels declare for THAT system (markers evaluated as the target would) but
    that have no wheel in the pack yet, e.g. ``pywinpty`` for terminado on Windows."""
    try:
        from packaging.markers import Marker
        from packaging.requirements import InvalidRequirement, Requirement
    except ImportError:  # pip's own copy is not public API: without packaging, trust pip download
        return []
    env = {**_ENV.get(platform, {}), "python_version": python, "python_full_version": f"{python}.0",
           "implementation_name": "cpython", "platform_python_implementation": "CPython", "extra": ""}  # fmt: skip
    chosen = _chosen(_wheels(Path(pack_dir)), python, platform)
    wanted: dict[str, str] = {}
    for name, path in chosen.items():
        if name in skip:  # gigai's own needs are what the pack was asked for (a minimal pack stays minimal)
            continue
        for line in _metadata(path):
            if not line.lower().startswith("requires-dist:"):
                continue
            try:
                req = Requirement(line.split(":", 1)[1].strip())
            except InvalidRequirement:
                continue
            if req.marker is not None and not Marker(str(req.marker)).evaluate(env):
                continue
            dep = normalize(req.name)
            if dep not in chosen:
                wanted[dep] = f"{req.name}{req.specifier}" if req.specifier else req.name
    return sorted(wanted.values())


def write_manifest(
    pack_dir: str | Path,
    *,
    pythons: tuple[str, ...],
    platforms: tuple[str, ...],
    roots: dict[str, str] | None = None,
) -> Path:
    """Write ``gigai-install.txt`` over ``wheels/``; returns its path.

    roots: names written with extras (``{"gigai": "gigai[labs]"}``) so the file reads as what it installs.
    """
    pack = Path(pack_dir)
    files = _wheels(pack)
    by_name: dict[str, list[str]] = defaultdict(list)
    for name, ver in files:
        by_name[name].append(ver)
    lines = [
        "# gigai: daftar instal dengan hash / install list with hashes (pip --require-hashes).",
        "# Dibuat oleh / made by: gigai pack. Jangan diubah / do not edit.",
    ]
    roots = roots or {}
    for name in sorted(by_name):
        versions = sorted(by_name[name], key=_version_key, reverse=True)
        chosen: dict[str, list[tuple[str, str]]] = defaultdict(list)  # version -> [(python, platform)]
        for py in pythons:
            for plat in platforms:
                for ver in versions:  # newest first, as pip picks
                    ok = [
                        f
                        for f in files[(name, ver)]
                        if _platform_ok(_WHEEL.match(f.name).group("plat"), plat)
                        and _python_ok(
                            _WHEEL.match(f.name).group("py"), _WHEEL.match(f.name).group("abi"), py
                        )
                        and _spec_ok(_requires_python(f), py)
                    ]
                    if ok:
                        chosen[ver].append((py, plat))
                        break
        for ver in versions:
            if ver not in chosen:
                continue
            where = chosen[ver]
            hashes = " ".join(f"--hash=sha256:{sha256(f)}" for f in files[(name, ver)])
            marker = ""
            if len(chosen) > 1 or len(where) < len(pythons) * len(platforms):
                marker = " ; " + " or ".join(
                    f'(python_version == "{py}" and sys_platform == "{_SYS.get(plat, plat)}")'
                    for py, plat in where
                )
            lines.append(f"{roots.get(name, name)}=={ver}{marker} {hashes}")  # pip: markers before options
    path = pack / MANIFEST
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def qr_text(text: str) -> str | None:
    """A QR code for the terminal (segno), or None when segno is missing."""
    try:
        import io

        import segno
    except ImportError:
        return None
    buf = io.StringIO()
    segno.make(text, error="m").terminal(out=buf, compact=True)
    return buf.getvalue()
