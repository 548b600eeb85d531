"""Static checks on the lab notebooks: what nbval (which executes them in `make test`) does not check.

nbval runs every cell of labs/*.ipynb and trainer/solutions/*.ipynb on the offline engine; tests/nbval_plugin.py
adds a scan of the live outputs for tracebacks, machine paths and keys. This module checks the files
themselves: the shape every notebook promises (Colab badge, install cell, goals, timing, recap), no
saved outputs, a solution for every lab, exercises that exist in gigai.latihan, no blocking server calls,
and that the generated notebooks match their generator (trainer/labs_src).
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LABS = ROOT / "labs"
PARTICIPANT = sorted(LABS.glob("[0-9][0-9]_*.ipynb"))
SOLUTIONS = sorted((ROOT / "trainer" / "solutions").glob("[0-9][0-9]_*.ipynb"))
ALL = PARTICIPANT + SOLUTIONS
COLAB = "https://colab.research.google.com/github/gigai-id/gigai/blob/main/"


def _ids(paths):
    return [p.relative_to(ROOT).as_posix() for p in paths]


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _src(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def _code(nb: dict) -> list[str]:
    return [_src(c) for c in nb["cells"] if c["cell_type"] == "code"]


def _markdown(nb: dict) -> str:
    return "\n".join(_src(c) for c in nb["cells"] if c["cell_type"] == "markdown")


def test_there_are_labs_and_each_has_a_solution():
    assert len(PARTICIPANT) >= 7, "labs 01-07 must exist"
    missing = [p.name for p in PARTICIPANT if not (ROOT / "trainer" / "solutions" / p.name).exists()]
    assert not missing, f"no solution notebook for: {missing}"
    orphans = [p.name for p in SOLUTIONS if not (LABS / p.name).exists()]
    assert not orphans, f"solution without a participant notebook: {orphans}"


@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_no_saved_outputs(path):
    nb = _load(path)
    dirty = [
        i
        for i, c in enumerate(nb["cells"])
        if c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count") is not None)
    ]
    assert not dirty, f"cells {dirty} have saved outputs: clear them (the generator writes none)"


@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_colab_badge_points_at_this_file(path):
    first = _src(_load(path)["cells"][0])
    expected = COLAB + path.relative_to(ROOT).as_posix()
    assert "colab-badge.svg" in first and expected in first, (
        f"first cell needs an Open in Colab badge to {expected}"
    )


@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_first_code_cell_installs_gigai_only_on_colab(path):
    first = _code(_load(path))[0]
    assert '"google.colab" in sys.modules' in first
    assert re.search(
        r"^\s+%pip install -q \"gigai-kit @ git\+https://github.com/gigai-id/gigai\"", first, re.M
    ), first


@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_goals_timing_and_recap(path):
    cells = [_src(c) for c in _load(path)["cells"] if c["cell_type"] == "markdown"]
    head = "\n".join(cells[:2])
    heading = r"^(#+ |\*\*)[^\n]*"  # a Markdown heading or a bold lead-in
    assert re.search(heading + "Tujuan", head, re.M), "learning goals ('Tujuan belajar') at the top"
    assert re.search(heading + "(Waktu|Durasi)", head, re.M) and re.search(r"\d+\s*menit", head), (
        "timing in minutes at the top"
    )
    assert re.search(heading + "(Ringkasan|Rangkuman|Rekap)", cells[-1], re.M), (
        "a recap ('Ringkasan') as the last Markdown cell"
    )


@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_no_blocking_server_or_debug(path):
    for src in _code(_load(path)):
        assert "debug=True" not in src, "launch(debug=True) blocks nbval for the whole timeout"
        if re.search(r"\.launch\(|launch_shared\(|serve\(|serve_pack\(", src):
            assert src.lstrip().startswith("# NBVAL_SKIP"), (
                f"a cell that starts a server must be NBVAL_SKIP:\n{src}"
            )


@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_no_machine_paths_or_keys_in_sources(path):
    for src in _code(_load(path)) + [_markdown(_load(path))]:
        assert not re.search(r"(/home/|/root/|/Users/|[A-Za-z]:\\\\Users|/work/|/tmp/)", src), src[:200]
        assert not re.search(r"\b(sk-[A-Za-z0-9]{20,}|gsk_[A-Za-z0-9]{20,}|AIza[0-9A-Za-z_-]{30,})", src)


def _latihan_refs(nb: dict) -> tuple[str | None, set[str]]:
    code = "\n".join(_code(nb))
    m = re.search(r"from gigai\.latihan import (lab\w+)(?: as (\w+))?", code)
    if not m:
        return None, set()
    module, alias = m.group(1), m.group(2) or m.group(1)
    return module, set(re.findall(rf"\b{alias}\.(q\w+)\.", code))


@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_exercises_exist_in_gigai_latihan(path):
    module, refs = _latihan_refs(_load(path))
    assert module and refs, "every lab has exercises: `from gigai.latihan import labN` + labN.qN.check()"
    mod = importlib.import_module(f"gigai.latihan.{module}")
    for q in sorted(refs):
        ex = getattr(mod, q, None)
        assert ex is not None, f"gigai.latihan.{module}.{q} does not exist"
        for method in ("check", "hint", "solution"):
            assert callable(getattr(ex, method, None)), f"{module}.{q}.{method}() missing"


@pytest.mark.parametrize("path", PARTICIPANT, ids=_ids(PARTICIPANT))
def test_participant_has_blanks_and_solution_has_none(path):
    participant = "\n".join(_code(_load(path)))
    solution = "\n".join(_code(_load(ROOT / "trainer" / "solutions" / path.name)))
    # Blanks are `____` (Kaggle style) or `= ...` (an Ellipsis; gigai.latihan treats both as "not attempted").
    blank = re.compile(r"____|# TODO|=\s*\.\.\.(\s|$)")
    assert blank.search(participant), "participant notebook has exercise blanks"
    # `____ = None` defines the blank marker; any other blank left in a solution is an unanswered exercise.
    blanks = [
        line
        for line in solution.splitlines()
        if blank.search(line) and not re.match(r"\s*(____ = None\b|#)", line) and "import" not in line
    ]
    assert not blanks, f"solution still has blanks: {blanks[:3]}"
    module, refs = _latihan_refs(_load(path))
    for q in sorted(refs):
        assert f"{module}.{q}.check()" in participant, f"{q} is never checked in the participant notebook"


def test_generated_notebooks_are_up_to_date():
    pytest.importorskip("nbformat", reason="nbformat comes with the labs extra")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "trainer" / "labs_src" / "build.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_one_builder_owns_all_eighteen_notebooks_with_one_numbering():
    pytest.importorskip("nbformat", reason="nbformat comes with the labs extra")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "trainer" / "labs_src" / "build.py"), "--list"], capture_output=True, text=True, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    built = sorted(proc.stdout.split())
    assert built == sorted(_ids(ALL)) and len(built) == 18, built
    for path in PARTICIPANT:
        number = int(path.name[:2])
        module, _ = _latihan_refs(_load(path))
        assert module == f"lab{number}", f"{path.name} must use gigai.latihan.lab{number}, not {module}"


def test_readme_lists_every_participant_notebook_with_a_duration():
    readme = (LABS / "README.md").read_text(encoding="utf-8")
    for p in PARTICIPANT:
        assert re.search(rf"{re.escape(p.name)}.*\|\s*\d+ menit", readme), p.name


def test_trainer_guide_covers_the_brief():
    text = (ROOT / "trainer" / "TRAINER.md").read_text(encoding="utf-8")
    for needle in [
        "09:00",
        "16:30",
        "gigai doctor",
        "GIGAI_PROVIDER=replay",
        "GIGAI_RECORD=1",
        "0.0.0.0",
        "gigai gateway serve",
        "gigai pack",
        "gigai pack serve",
        "insufficient_quota",
        "frpc",
        "captive portal",
        "GitHub Models",
        "Gradio 6",
        "ZeroGPU",
        "21 Juli 2026",
    ]:
        assert needle in text, needle


def test_untouched_participant_notebooks_fail_ci_when_a_check_passes():
    """nbval executes every participant notebook untouched (make test); tests/nbval_plugin.py fails a cell whose
    output shows a passed check. The marker it looks for must be what a passed check renders."""
    from gigai.latihan.core import CORRECT, INCORRECT, CheckResult

    marker = 'data-gigai-check="benar"'
    assert marker in CheckResult("lab1.q1", "x", CORRECT)._repr_html_()
    assert marker not in CheckResult("lab1.q1", "x", INCORRECT, "alasan")._repr_html_()
    conftest = (ROOT / "tests" / "nbval_plugin.py").read_text(encoding="utf-8")
    assert marker in conftest and "solutions" in conftest


@pytest.mark.parametrize("path", PARTICIPANT, ids=_ids(PARTICIPANT))
def test_timing_table_adds_up_and_marks_the_minimum_path(path):
    head = _src(_load(path)["cells"][0])
    m = re.search(r"Waktu: ± (\d+) menit \((?:jalur minimum ± (\d+) menit|seluruh lab ini opsional)\)", head)
    assert m, "the header states total minutes and the minimum path"
    rows = re.findall(r"^\| [^|]+ \| (\d+) \| (wajib|opsional) \|$", head, re.M)
    assert rows, "timing rows are marked wajib/opsional"
    assert int(m.group(1)) == sum(int(n) for n, _ in rows), "total minutes = sum of the parts"
    minimum = sum(int(n) for n, kind in rows if kind == "wajib")
    assert int(m.group(2) or 0) == minimum


@pytest.mark.parametrize("path", PARTICIPANT, ids=_ids(PARTICIPANT))
def test_every_exercise_has_a_hint_cell(path):
    module, refs = _latihan_refs(_load(path))
    code = "\n".join(_code(_load(path)))
    missing = [q for q in sorted(refs) if f"{module}.{q}.hint()" not in code]
    assert not missing, f"no hint cell for {missing} (nb.check() adds one under each check)"


@pytest.mark.parametrize("path", SOLUTIONS, ids=_ids(SOLUTIONS))
def test_solution_cells_are_the_solutions_gigai_latihan_shows(path):
    """One copy of every solution: `.solution()` shows exactly a code cell of the solution notebook."""
    module, _ = _latihan_refs(_load(path))
    mod = importlib.import_module(f"gigai.latihan.{module}")
    cells = {c.strip() for c in _code(_load(path))}
    differ = [ex.name for ex in mod.lab.exercises if ex.solution_code.strip() not in cells]
    assert not differ, f"{module}: .solution() of {differ} is not a cell of {path.name} (use nb.exercise)"
