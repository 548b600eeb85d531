"""The pre-flight check: ``gigai doctor`` / ``python -m gigai.doctor`` / ``gigai.doctor.run()``.

checks.py runs the checks, report.py formats and scrubs the report, provider_probe.py judges the active
provider (verdict.py: its shape; reachability.py: the gateway, a local server or a replay cassette asked
without spending a token), secrets.py names the keys and channel secrets to hide, installed.py compares
installed packages with what gigai needs. Every line in one language (GIGAI_LANG=en: English). Used in: Lab 1.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # run(), main(), ... live in checks.py; imported on first use so `import gigai.doctor` stays light.
    if name.startswith("__"):
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module("gigai.doctor.checks"), name)
