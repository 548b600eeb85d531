"""Run All on every untouched participant notebook, as a participant would (issue 21).

Each notebook must finish with no error output (no --allow-errors: a traceback would stop Run All), pass no
exercise check, and show one language at a time: no "Indonesian / English" pairs, no English error words, no
raw Python reprs in what the participant sees (Indonesian mode). Executed Lab 7 stays under 2 MB (no
embedded video). Text that comes from other parts of gigai and is still bilingual is listed in KNOWN_ELSEWHERE
with the file that owns it; anything new fails.
"""

from __future__ import annotations

import os

import pytest

from tests.latihan.notebook_run import LABS, findings, run_all

NOTEBOOKS = sorted(p.name for p in LABS.glob("[0-9][0-9]_*.ipynb"))
# Bilingual text produced outside the labs (owner file in the comment); reported, to be fixed by its owner.
KNOWN_ELSEWHERE: tuple[str, ...] = ()  # the usage and API-cost tables now read in one language


@pytest.mark.slow
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_run_all_on_the_untouched_notebook(name, tmp_path, monkeypatch):
    monkeypatch.setenv("GIGAI_PROVIDER", "offline")
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")
    monkeypatch.delenv("GIGAI_LANG", raising=False)
    for var in ("OPENAI_API_KEY", "GEMINI_API_KEY", "GROQ_API_KEY", "OPENROUTER_API_KEY", "GIGAI_API_KEY",
                "GIGAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    nb, executed = run_all(LABS / name, tmp_path)
    found = findings(nb)
    assert not found["error"], f"Run All stops: {found['error']}"
    assert not found["passed"], f"a check passes in the untouched notebook: {found['passed']}"
    pairs = [p for p in found["pair"] if not any(k in p for k in KNOWN_ELSEWHERE)]
    assert not pairs, f"two languages at once: {pairs}"
    assert not found["english"], f"English error text: {found['english']}"
    assert not found["repr"], f"raw Python reprs: {found['repr']}"
    if name.startswith("07_"):
        size = os.path.getsize(executed)
        assert size < 2_000_000, f"executed Lab 7 is {size / 1e6:.1f} MB: a video is embedded"
