"""Exercise checks for the labs, Kaggle-learntools style.

    from gigai.latihan import lab8
    lab8.q1.check()      # finds `canvas` in the notebook; or lab8.q1.check(canvas)
    lab8.q1.hint()       # lab8.q1.hint(2) for the next hint
    lab8.q1.solution()
    lab8.progress()      # all exercises of the lab at a glance

Lab modules load lazily; nothing heavy is imported.
"""

from __future__ import annotations

import importlib
from typing import Any

from gigai.latihan.core import CheckResult, Exercise, Lab

LABS = tuple(f"lab{i}" for i in range(1, 10))
__all__ = ["Exercise", "CheckResult", "Lab", "LABS", "registry", *LABS]


def __getattr__(name: str) -> Any:
    if name in LABS:
        module = importlib.import_module(f"gigai.latihan.{name}")
        globals()[name] = module
        return module
    raise AttributeError(f"module 'gigai.latihan' has no attribute {name!r}")


def registry() -> dict[str, Lab]:
    """Every lab's exercise set: ``{"lab1": Lab(...), ...}``."""
    return {name: importlib.import_module(f"gigai.latihan.{name}").lab for name in LABS}
