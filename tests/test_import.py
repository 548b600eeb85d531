"""`import gigai` stays light: heavy libraries are imported only by the functions that need them.

The 0.3 s budget is not asserted here (no wall-clock thresholds in tests); `python bench/import_time.py`
prints the time and flags a regression. This test prints the time it saw and asserts sys.modules only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = (
    "gradio",
    "moviepy",
    "langchain",
    "langchain_core",
    "langchain_openai",
    "openai",
    "bm25s",
    "numpy",
    "httpx",
    "httpx2",
    "fastapi",
    "PIL",
    "llama_cpp",
)

PROBE = """
import json, sys, time
t0 = time.perf_counter()
import {module}
dt = time.perf_counter() - t0
heavy = sorted({{m.split(".")[0] for m in sys.modules}} & set({heavy!r}))
print(json.dumps({{"seconds": dt, "heavy": heavy}}))
"""


def _probe(module: str, *flags: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = str(ROOT)
    code = PROBE.format(module=module, heavy=HEAVY)
    proc = subprocess.run(
        [sys.executable, *flags, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("module", ["gigai", "gigai.cli.main", "gigai.doctor", "gigai.errors", "gigai.config"])
def test_import_leaves_heavy_libraries_out(module):
    result = _probe(module)
    print(f"import {module}: {result['seconds'] * 1000:.0f} ms")
    assert result["heavy"] == [], f"import {module} pulled in {result['heavy']}"


def test_bare_package_imports_without_third_party_packages():
    """python -S hides site-packages: `import gigai` must need nothing beyond the standard library."""
    result = _probe("gigai", "-S")
    assert result["heavy"] == []


def test_gigai_help_does_not_import_heavy_libraries():
    code = (
        "import sys\nfrom typer.testing import CliRunner\nfrom gigai.cli.main import app\n"
        "r = CliRunner().invoke(app, ['--help'])\nassert r.exit_code == 0, r.output\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
