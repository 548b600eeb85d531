"""One place that knows how to import an optional or heavy package and what to install when it is missing."""

from __future__ import annotations

import importlib
from types import ModuleType

from gigai.errors import MissingDependency

# import name -> (pip requirement, gigai extra that brings it)
_HINTS: dict[str, tuple[str, str | None]] = {
    "gradio": ("gradio", None),
    "moviepy": ("moviepy", None),
    "openai": ("openai", None),
    "langchain_core": ("langchain-core", None),
    "langchain_openai": ("langchain-openai", None),
    "num2words": ("num2words", None),
    "espeakng_loader": ("espeakng-loader", None),
    "imageio_ffmpeg": ("imageio-ffmpeg", None),
    "edge_tts": ("edge-tts", "online"),
    "llama_cpp": ("llama-cpp-python[server]", "local"),
    "playwright": ("playwright", "test"),
    "fpdf": ("fpdf2", None),
    "segno": ("segno", None),
    "fastapi": ("fastapi", None),
    "uvicorn": ("uvicorn", None),
    "telegram": ("python-telegram-bot", "channels"),
}


def require(name: str) -> ModuleType:
    """Import ``name`` or raise a bilingual MissingDependency with the pip command to run."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        top = name.split(".")[0]
        req, extra = _HINTS.get(top, (top, None))
        # The package itself, never "gigai[extra]": an index resolves "gigai" to a stranger's project.
        how = f'pip install "{req}"'
        raise MissingDependency(
            id=f"Paket '{req}' belum terpasang.",
            en=f"Package '{req}' is not installed.",
            hint=how,
            value=str(exc),
        ) from exc
