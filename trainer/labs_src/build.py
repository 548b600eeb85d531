"""Build all nine labs and their solutions from the lab modules beside this file (one format, one numbering).

    .venv/bin/python trainer/labs_src/build.py          # rewrite all 18 notebooks (no outputs)
    .venv/bin/python trainer/labs_src/build.py --check  # exit 1 if a committed notebook differs from its source
    .venv/bin/python trainer/labs_src/build.py --list   # the notebooks this builder owns, one per line

One number everywhere: ``trainer/labs_src/labNN.py`` builds ``labs/NN_*.ipynb`` and ``trainer/solutions/NN_*.ipynb``,
whose exercises are ``gigai.latihan.labN``. A lab module defines ``FILENAME`` (``"NN_name.ipynb"``) and
``cells()`` returning a list of :mod:`nb` cells::

    from nb import check, code, exercise, header, install, md, progress, recap

    FILENAME = "08_model_bisnis.ipynb"

    def cells():
        return [
            header(number=8, filename=FILENAME, title="...", minutes=75, goals=[...], parts=[...]),
            install(),
            code("from gigai.latihan import lab8"),
            exercise(8, "q1", "canvas = ____  # TODO: draft_canvas(...)"),  # solution = lab8.q1.solution_code
            *check(8, "q1"),        # the check cell + a hint cell
            *progress(8),           # recap of the checks (+ an all-pass assertion in the solution)
            recap([...], "Lab 9 ..."),
        ]

Labs 1-7 may put the marker ``"EXERCISES"`` in ``cells()``: exercises.py fills it in. Edit the sources,
never the .ipynb files, then re-run this script.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LABS_DIR = ROOT / "labs"
sys.path.insert(0, str(HERE))  # the lab modules and nb.py sit beside this script
if str(ROOT) not in sys.path:
    sys.path.insert(1, str(ROOT))  # gigai itself (solution cells come from gigai.latihan)

nb = importlib.import_module("nb")
NUMBERS = range(1, 10)


def lab_module(number: int):
    if (HERE / f"lab{number:02d}.py").exists():
        return importlib.import_module(f"lab{number:02d}")
    raise SystemExit(f"trainer/labs_src/lab{number:02d}.py is missing")


def cells_for(number: int) -> list:
    out = []
    for cell in lab_module(number).cells():
        if isinstance(cell, str) and cell == "EXERCISES":
            out.extend(importlib.import_module("exercises").cells(number))
        elif isinstance(cell, (list, tuple)):
            out.extend(cell)
        else:
            out.append(cell)
    return out


def render(number: int, solution: bool) -> tuple[Path, str]:
    mod = lab_module(number)
    if not mod.FILENAME.startswith(f"{number:02d}_"):
        raise SystemExit(f"lab{number:02d}: FILENAME {mod.FILENAME!r} must start with {number:02d}_")
    notebook = nb.notebook(cells_for(number), solution=solution, title=mod.FILENAME)
    path = (ROOT / "trainer" / "solutions" / mod.FILENAME) if solution else (LABS_DIR / mod.FILENAME)
    return path, nbformat.writes(notebook) + "\n"


def main(argv: list[str]) -> int:
    unknown = [a for a in argv if a not in ("--check", "--list")]
    if unknown:
        print(f"unknown argument(s): {' '.join(unknown)}; use --check or --list")
        return 2
    check, listing = "--check" in argv, "--list" in argv
    stale, seen = [], 0
    for number in NUMBERS:
        for solution in (False, True):
            path, text = render(number, solution)
            rel = path.relative_to(ROOT).as_posix()
            seen += 1
            if listing:
                print(rel)
            elif check:
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    stale.append(rel)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8", newline="\n")
                print("wrote", rel)
    if stale:
        print("out of date (run trainer/labs_src/build.py):", ", ".join(stale))
        return 1
    if check:
        print(f"{seen} notebooks up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
