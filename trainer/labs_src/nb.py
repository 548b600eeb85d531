"""Tiny DSL the lab builder uses so all 18 notebooks share one header, install cell and recap shape.

A lab is a list of cells; a cell is either the same in both variants (md/code) or differs between the
participant notebook and the solution (ex). Notebooks are written with nbformat and carry no outputs.
"""

from __future__ import annotations

import importlib
import textwrap
from dataclasses import dataclass

import nbformat
from nbformat import v4

REPO = "gigai-id/gigai"
COLAB = "https://colab.research.google.com/github/{repo}/blob/main/{path}"
BADGE = "https://colab.research.google.com/assets/colab-badge.svg"

INSTALL = """\
# Sel pertama: di Google Colab, pasang gigai dulu (di laptop sendiri sel ini tidak melakukan apa-apa).
import sys

if "google.colab" in sys.modules:
    %pip install -q "gigai-kit @ git+https://github.com/gigai-id/gigai"
"""


def _clean(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


@dataclass
class Cell:
    kind: str  # "md" | "code"
    participant: str | None
    solution: str | None

    def render(self, solution: bool):
        src = self.solution if solution else self.participant
        if src is None:  # a cell that exists in only one variant
            return None
        if self.kind == "md":
            return v4.new_markdown_cell(src)
        return v4.new_code_cell(src)


def md(text: str) -> Cell:
    t = _clean(text)
    return Cell("md", t, t)


def code(text: str) -> Cell:
    t = _clean(text)
    return Cell("code", t, t)


def ex(participant: str, solution: str) -> Cell:
    """An exercise cell: blanks (``____``) for the participant, a filled-in answer in the solution."""
    return Cell("code", _clean(participant), _clean(solution))


def exmd(participant: str, solution: str) -> Cell:
    return Cell("md", _clean(participant), _clean(solution))


def solution_only(text: str) -> Cell:
    """A code cell only the solution notebook has (e.g. an assertion that every exercise passes)."""
    return Cell("code", None, _clean(text))


def _latihan(lab: int):
    return importlib.import_module(f"gigai.latihan.lab{lab}")


def solution_text(lab: int, name: str) -> str:
    """The one copy of a solution: ``gigai.latihan.labN.<name>.solution_code`` (or a str constant ``<name>``)."""
    obj = getattr(_latihan(lab), name)
    text = obj if isinstance(obj, str) else obj.solution_code
    if not text.strip():
        raise ValueError(f"gigai.latihan.lab{lab}.{name} has no solution code")
    return _clean(text)


def exercise(lab: int, name: str, participant: str) -> Cell:
    """An exercise cell: the participant's starter (with ``____``), and as solution the code that
    ``labN.<name>.solution()`` shows, so the solution notebook and ``.solution()`` cannot disagree."""
    return Cell("code", _clean(participant), solution_text(lab, name))


def check(lab: int, q: str) -> list[Cell]:
    """The check cell and the hint cell under every exercise."""
    return [
        code(f"lab{lab}.{q}.check()"),
        code(f"""
        # Butuh bantuan? Hapus tanda # di depan salah satu baris lalu jalankan sel ini:
        # lab{lab}.{q}.hint()      # petunjuk 1 (arah saja); lab{lab}.{q}.hint(2) lebih jelas
        # lab{lab}.{q}.solution()  # contoh jawaban, kalau benar-benar buntu
        """),
    ]


def progress(lab: int) -> list[Cell]:
    """Recap of the lab's checks; the solution notebook also asserts that every check passes (CI)."""
    return [
        md("Rekap latihan lab ini (jalankan lagi setelah memperbaiki jawaban):"),
        code(f"lab{lab}.progress()"),
        # nbval --nbval-lax only fails on exceptions: this makes CI fail when a solution stops passing.
        solution_only(f"""
        # Untuk trainer/CI: notebook solusi harus lolos semua latihan.
        belum_lolos = [str(r) for r in lab{lab}.lab.results() if not r.correct]
        assert not belum_lolos, belum_lolos
        """),
    ]


def header(
    *,
    number: int,
    filename: str,
    title: str,
    minutes: int,
    goals: list[str],
    parts: list[tuple],
    intro: str = "",
) -> Cell:
    """The first cell: Colab badge, title, goals, and the timing table.

    ``parts`` rows are ``(name, minutes)`` for the minimum path or ``(name, minutes, "opsional")`` for a part
    a slow room may skip; the header sums the minimum path so trainers see both numbers.
    """
    for p in parts:
        if len(p) not in (2, 3) or (len(p) == 3 and p[2] != "opsional"):
            raise ValueError(f"part {p!r}: use (name, minutes) or (name, minutes, 'opsional')")
    minimum = sum(p[1] for p in parts if len(p) == 2)
    if minutes != sum(p[1] for p in parts):  # one number everywhere: TRAINER.md's agenda is tested against these
        raise ValueError(f"lab {number}: minutes={minutes} but the parts add up to {sum(p[1] for p in parts)}")

    def build(solution: bool) -> str:
        path = f"trainer/solutions/{filename}" if solution else f"labs/{filename}"
        badge = f"[![Open In Colab]({BADGE})]({COLAB.format(repo=REPO, path=path)})"
        sol = " — SOLUSI" if solution else ""
        lines = [badge, "", f"# Lab {number}: {title}{sol}", ""]
        if intro:
            lines += [_clean(intro), ""]
        lines += ["## Tujuan belajar", ""]
        lines += [f"- {g}" for g in goals]
        path_note = f"jalur minimum ± {minimum} menit" if minimum else "seluruh lab ini opsional"
        lines += ["", f"## Waktu: ± {minutes} menit ({path_note})", ""]
        lines += ["| Bagian | Menit | |", "|---|---|---|"]
        lines += [f"| {p[0]} | {p[1]} | {'opsional' if len(p) == 3 else 'wajib'} |" for p in parts]
        if solution:
            lines += [
                "",
                "> Ini notebook **solusi** untuk trainer: semua latihan sudah terisi. "
                "Peserta memakai notebook di folder `labs/`.",
            ]
        else:
            lines += [
                "",
                "> Cara pakai: jalankan sel dari atas ke bawah (**Shift+Enter**). Sel latihan berisi "
                "`____` — ganti dengan jawabanmu, lalu jalankan sel `check()` di bawahnya. "
                "Semua sel tetap jalan tanpa kunci API dan tanpa internet (mesin **offline** gigai).",
            ]
        return "\n".join(lines)

    return Cell("md", build(False), build(True))


def install() -> Cell:
    return code(INSTALL)


def recap(points: list[str], next_lab: str) -> Cell:
    lines = ["## Ringkasan", ""] + [f"- {p}" for p in points] + ["", f"**Berikutnya:** {next_lab}"]
    return md("\n".join(lines))


def notebook(cells: list[Cell], *, solution: bool, title: str):
    nb = v4.new_notebook()
    nb.cells = [r for r in (c.render(solution) for c in cells) if r is not None]
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
        "colab": {"name": title, "provenance": []},
    }
    # Stable cell ids keep diffs small when the generator is re-run.
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"c{i:02d}"
    nbformat.validate(nb)
    return nb
