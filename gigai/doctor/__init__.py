"""The pre-flight check: ``gigai doctor`` / ``python -m gigai.doctor`` / ``gigai.doctor.run()``.

checks.py runs the checks, report.py formats and scrubs the report, provider_probe.py judges the active
provider, installed.py compares installed packages with what gigai needs. Used in: Lab 1.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # run(), main(), ... live in checks.py; imported on first use so `import gigai.doctor` stays light.
    if name.startswith("__"):
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module("gigai.doctor.checks"), name)
