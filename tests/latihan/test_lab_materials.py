"""What surrounds the notebooks (issue 21): the participant's folder, the JupyterLab set-up, and one set of
minutes shared by every lab's timing table and the trainer's agenda."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LABS = ROOT / "labs"
SRC = ROOT / "trainer" / "labs_src"
# What a participant opens, and what their notebooks write (hasil/ and the rendered files, gitignored).
PARTICIPANT = re.compile(r"^(\d\d_[a-z0-9_]+\.ipynb|README\.md|data/.+|hasil/.+|\.ipynb_checkpoints/.+)$")


def _files_in_labs() -> list[str]:
    """Every file under labs/ git would show: tracked, or untracked and not ignored."""
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "labs"],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    return [line.removeprefix("labs/") for line in out.splitlines() if line.strip()]


def test_labs_holds_only_what_a_participant_opens():
    files = _files_in_labs()
    assert any(f.endswith(".ipynb") for f in files) and "README.md" in files
    strangers = [f for f in files if not PARTICIPANT.match(f)]
    assert not strangers, (f"labs/ is the participant's folder; move these to trainer/ or tests/: {strangers}")
    assert not (LABS / "solutions").exists() and not (LABS / "_build").exists() and not (LABS / "TRAINER.md").exists()


def test_solutions_stay_reachable_per_exercise_but_not_in_labs():
    from gigai.latihan import registry

    for name, lab in registry().items():
        for ex in lab.exercises:
            assert ex.solution_code.strip(), f"{name}.{ex.name} has no .solution()"
    assert (ROOT / "trainer" / "solutions").is_dir()


def test_jupyterlab_news_prompt_is_off_in_the_class_config():
    """JupyterLab 4 asks 'Would you like to get notified about official Jupyter news?' while the setting
    fetchNews is 'none'; the announcements plugin is what asks, so the class config disables it
    (`JUPYTER_CONFIG_PATH=trainer/jupyter jupyter lab labs/`, used by `make labs`)."""
    page = json.loads((ROOT / "trainer" / "jupyter" / "labconfig" / "page_config.json").read_text(encoding="utf-8"))
    assert page["disabledExtensions"]["@jupyterlab/apputils-extension:announcements"] is True


@pytest.mark.slow
def test_jupyterlab_reads_the_class_config():
    """`jupyter labextension list` with the class config lists the announcements plugin as disabled (~10 s)."""
    env = {"JUPYTER_CONFIG_PATH": str(ROOT / "trainer" / "jupyter"), "PATH": str(Path(sys.executable).parent)}
    out = subprocess.run([sys.executable, "-m", "jupyter", "labextension", "list"], capture_output=True, text=True,
                         env=env, cwd=ROOT)
    if out.returncode != 0 and "No module named" in out.stderr:
        pytest.skip("jupyterlab is not installed in this environment (labs extra)")
    listing = out.stdout + out.stderr
    assert "Disabled extensions" in listing and "@jupyterlab/apputils-extension:announcements" in listing


def _timing(number: int) -> tuple[int, int]:
    """(all minutes, minimum path) of lab ``number``, read from its notebook source's header."""
    sys.path.insert(0, str(SRC))
    try:
        nb = importlib.import_module("nb")
        seen = {}
        original = nb.header

        def spy(**kw):
            seen.update(kw)
            return original(**kw)

        mod = importlib.import_module(f"lab{number:02d}")
        mod.header = spy
        mod.cells()
        mod.header = original
    finally:
        sys.path.remove(str(SRC))
    parts = seen["parts"]
    return sum(p[1] for p in parts), sum(p[1] for p in parts if len(p) == 2)


@pytest.mark.parametrize("number", range(1, 10))
def test_trainer_agenda_and_lab_header_state_the_same_minutes(number):
    total, minimum = _timing(number)
    text = (ROOT / "trainer" / "TRAINER.md").read_text(encoding="utf-8")
    heading = re.search(rf"^### Lab {number} — .*$", text, re.M)
    assert heading, f"TRAINER.md has no section for Lab {number}"
    want = f"({total}', jalur minimum {minimum}')" if minimum else f"({total}', seluruhnya opsional"
    assert want in heading.group(0), f"Lab {number}: notebook says {want}, TRAINER.md: {heading.group(0)}"
    agenda = re.search(rf"^\|[^|\n]*\| \*\*Lab {number} — [^|]*\|", text, re.M)
    assert agenda and want in agenda.group(0), f"Lab {number}: the agenda row does not say {want}"
    start_end = re.match(r"\| (\d\d):(\d\d)–(\d\d):(\d\d)", agenda.group(0))
    if start_end:  # the slot in the agenda holds at least the minimum path, at most the whole lab
        h1, m1, h2, m2 = map(int, start_end.groups())
        slot = (h2 * 60 + m2) - (h1 * 60 + m1)
        assert minimum <= slot <= total, f"Lab {number}: agenda slot {slot}' outside {minimum}'-{total}'"
    notebook = next(LABS.glob(f"{number:02d}_*.ipynb")).read_text(encoding="utf-8")
    assert f"± {total} menit" in notebook and (f"jalur minimum ± {minimum} menit" in notebook or not minimum)


def test_the_trainer_guide_makes_a_real_model_part_of_day_one():
    text = (ROOT / "trainer" / "TRAINER.md").read_text(encoding="utf-8")
    h1 = text[text.index("### H-1"):text.index("### Pagi hari H")]
    assert "wajib" in h1.lower() and "gigai gateway serve" in h1 and "gigai record --labs 2,4" in h1
    sheet = text[text.index("## 2b. Run-sheet"):text.index("## 3. Per lab")]
    for part in ("Sehari sebelumnya", "Pagi hari H", "Selama kelas", "Latihan kegagalan", "Sesudah kelas"):
        assert part in sheet, part
    for port in ("8000", "8787", "7860"):
        assert port in sheet, port
    assert "--sheet" not in text and "--host 0.0.0.0" not in text  # cards come from the running gateway


def test_notebooks_say_what_a_real_model_would_have_shown():
    for name in ("02_prompt_pertama.ipynb", "04_langchain.ipynb"):
        cells = json.loads((LABS / name).read_text(encoding="utf-8"))["cells"]
        code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
        notices = [c for c in code if "offline_notice(" in c]
        assert notices and all(re.search(r"offline_notice\([^)]*,\s*'", c) for c in notices), name
