"""Tiny DSL the lab generator uses so 14 notebooks share one header, install cell and recap shape.

A lab is a list of cells; a cell is either the same in both variants (md/code) or differs between the
participant notebook and the solution (ex). Notebooks are written with nbformat and carry no outputs.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

import nbformat
from nbformat import v4

REPO = "gigai-id/gigai"
COLAB = "https://colab.research.google.com/github/{repo}/blob/main/labs/{path}"
BADGE = "https://colab.research.google.com/assets/colab-badge.svg"

INSTALL = """\
# Sel pertama: di Google Colab, pasang gigai dulu (di laptop sendiri sel ini tidak melakukan apa-apa).
import sys

if "google.colab" in sys.modules:
    %pip install -q "gigai @ git+https://github.com/gigai-id/gigai"
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


def header(
    *,
    number: int,
    filename: str,
    title: str,
    minutes: int,
    goals: list[str],
    parts: list[tuple[str, int]],
    intro: str = "",
) -> Cell:
    def build(solution: bool) -> str:
        path = f"solutions/{filename}" if solution else filename
        badge = f"[![Open In Colab]({BADGE})]({COLAB.format(repo=REPO, path=path)})"
        sol = " — SOLUSI" if solution else ""
        lines = [badge, "", f"# Lab {number}: {title}{sol}", ""]
        if intro:
            lines += [_clean(intro), ""]
        lines += ["## Tujuan belajar", ""]
        lines += [f"- {g}" for g in goals]
        lines += ["", f"## Waktu: ± {minutes} menit", "", "| Bagian | Menit |", "|---|---|"]
        lines += [f"| {p} | {m} |" for p, m in parts]
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
