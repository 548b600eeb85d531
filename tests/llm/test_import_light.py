"""`import gigai` is instant and pulls in nothing heavy."""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "gradio",
    "moviepy",
    "langchain",
    "langchain_core",
    "openai",
    "numpy",
    "bm25s",
    "httpx",
    "httpx2",
    "fastapi",
)


def test_import_gigai_is_light():
    code = (
        "import sys, time; t = time.perf_counter(); import gigai; dt = time.perf_counter() - t; "
        f"print(dt); print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[1] == ""
    print("import gigai took", out[0], "s")


def test_offline_chat_stays_light():
    code = (
        "import sys, gigai; gigai.chat('Halo'); gigai.providers(); "
        "print(','.join(m for m in ('gradio', 'moviepy', 'langchain_core', 'openai') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"GIGAI_NO_OLLAMA_PROBE": "1", "PATH": "/usr/bin:/bin", "GIGAI_HOME": "/tmp/gigai-home-t"},
    )
    assert out.stdout.strip() == ""


def test_lazy_exports():
    import gigai

    assert gigai.__version__ == "0.1.0"
    for name in (
        "chat",
        "stream",
        "structured",
        "langchain_model",
        "get_model",
        "usage",
        "providers",
        "GigaiError",
        "InputError",
        "ProviderError",
    ):
        assert hasattr(gigai, name)
