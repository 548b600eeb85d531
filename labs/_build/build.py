"""Generate labs/0N_*.ipynb and labs/solutions/0N_*.ipynb (labs 1-7) from the lab modules beside this file.

    .venv/bin/python labs/_build/build.py          # rewrite all 14 notebooks (no outputs)
    .venv/bin/python labs/_build/build.py --check  # exit 1 if a committed notebook differs from the source

Edit the lab*.py / exercises.py sources, not the .ipynb files, then re-run this script.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the lab modules and nb.py sit beside this script

exercises = importlib.import_module("exercises")
notebook = importlib.import_module("nb").notebook
LABS = {n: importlib.import_module(f"lab{n:02d}") for n in range(1, 8)}
LABS_DIR = HERE.parent


def cells_for(number: int):
    out = []
    for cell in LABS[number].cells():
        if cell == "EXERCISES":
            out.extend(exercises.cells(number))
        else:
            out.append(cell)
    return out


def render(number: int, solution: bool) -> tuple[Path, str]:
    mod = LABS[number]
    nb = notebook(cells_for(number), solution=solution, title=mod.FILENAME)
    path = (LABS_DIR / "solutions" / mod.FILENAME) if solution else (LABS_DIR / mod.FILENAME)
    return path, nbformat.writes(nb) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for number in LABS:
        for solution in (False, True):
            path, text = render(number, solution)
            if check:
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    stale.append(path.relative_to(LABS_DIR).as_posix())
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            print("wrote", path.relative_to(LABS_DIR).as_posix())
    if stale:
        print("out of date (run labs/_build/build.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
