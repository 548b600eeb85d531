"""scripts/load_chat.py with 10 concurrent sessions: no errors, no cross-session leakage (latency printed only)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

pytest.importorskip("gradio_client", reason="gradio is a core dependency; this venv lacks it")

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "load_chat.py"


def test_load_ten_sessions_no_errors_no_leaks():
    spec = importlib.util.spec_from_file_location("load_chat", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    report = mod.run(sessions=10, questions=3)
    print(json.dumps(report))
    assert report["errors"] == 0, report["error_samples"]
    assert report["leaks"] == 0
    assert report["ok"] == 30
    assert report["handoffs"] < 30  # most answers came through the model and carried their own marker
