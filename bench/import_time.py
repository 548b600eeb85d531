"""How long `import gigai` takes in a fresh interpreter (budget: 0.3 s). Prints numbers; exit 1 if over.

    python bench/import_time.py [--runs 5]

Kept out of the test suite on purpose: tests assert no wall-clock thresholds (tests/test_import.py checks
that heavy libraries stay out of sys.modules instead).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

BUDGET_S = 0.3
ROOT = Path(__file__).resolve().parents[1]
CODE = "import time; t = time.perf_counter(); import {m}; print(time.perf_counter() - t)"


def measure(module: str, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-c", CODE.format(m=module)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        out.append(float(proc.stdout.strip()))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    worst = 0.0
    for module in ("gigai", "gigai.cli.main", "gigai.doctor"):
        times = measure(module, args.runs)
        median = statistics.median(times)
        worst = max(worst, median) if module == "gigai" else worst
        print(
            f"import {module:<14} median {median * 1000:6.1f} ms  (min {min(times) * 1000:.1f}, "
            f"max {max(times) * 1000:.1f}, {args.runs} runs)"
        )
    verdict = "ok" if worst < BUDGET_S else "OVER BUDGET"
    print(f"import gigai budget {BUDGET_S * 1000:.0f} ms: {verdict}")
    return 0 if worst < BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
