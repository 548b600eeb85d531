"""One engine everywhere: an exported folder, run in its own Python, answers the eval sets as the library does.

Fast lane: a sample, one eval business, and the two sets written for this check (one before the export
carried the library, one after). All eval sets: marked slow (``python -m tests.deploy.parity`` prints the
figure per set). Target: at most 2 differing answers per set; the export now gives 0.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.deploy import parity

FAST = [
    parity.ROOT / "tests/eval/questions/kopi-kita.yaml",
    parity.ROOT / "tests/eval/questions/bengkel-motor-jaya.yaml",
    *sorted(parity.FRESH.glob("*/*.yaml")),
]


@pytest.mark.parametrize("path", FAST, ids=lambda p: p.stem)
def test_exported_folder_answers_like_the_library(tmp_path, path):
    row = parity.compare(path, tmp_path)
    assert row.differ <= 2, row.examples
    assert row.export_correct >= row.library_correct - 2


@pytest.mark.slow
@pytest.mark.parametrize("path", parity.eval_sets(), ids=lambda p: p.stem)
def test_every_eval_set_through_an_exported_folder(tmp_path, path):
    row = parity.compare(path, tmp_path)
    assert row.differ <= 2, row.examples


def test_the_export_runs_its_own_copy_of_gigai(tmp_path):
    from gigai.deploy.export import export_app

    folder = export_app(tmp_path / "app", business="kopi-kita")
    answers, where = parity.export_answers(folder, ["Jam berapa Kopi Kita buka?"])
    for name in ("botcore", "gigai"):
        assert Path(where[name]).resolve().is_relative_to(folder.resolve()), where
    assert "08.00" in answers[0] and "lowongan" not in answers[0].lower(), answers[0]
