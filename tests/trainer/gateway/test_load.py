"""The bounded loopback load test (scripts/load_gateway.py): 50 participants x 5 streamed requests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "load_gateway.py"


def test_load_50x5_no_errors_no_leaks():
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--participants", "50", "--requests", "5"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    print(proc.stdout)  # latency numbers for the log; not asserted (shared 2-core machines)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = json.loads(proc.stdout)
    assert result["total"] == 250 and result["ok"] == 250
    assert result["errors"] == 0
    assert result["hostile_upstream"] is True and result["leaked_keys"] == 0
    assert result["booked_requests"] == 250
    assert result["latency_ms"]["p95"] > 0
