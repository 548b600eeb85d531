"""Friendly boxes for the notebooks: an error shown on purpose, and a reminder to fill a blank first.

    with expected_error():                      # Lab 1: the deliberate typo in a provider name
        gigai.chat("Halo!", provider="chatgpt-gratis")

    if fill_first(cara_berbagi=cara_berbagi, demo=demo):   # Lab 5: a cell that needs earlier answers
        launch_shared(demo, mode=cara_berbagi)

Both keep "Run All" going: nothing raises, the participant reads one box in their language.
Used in: Lab 1, Lab 5, Lab 6, Lab 7.
"""

from __future__ import annotations

import html
from contextlib import contextmanager
from typing import Any

from gigai.lang import say
from gigai.latihan.core import is_placeholder, show

__all__ = ["Box", "expected_error", "fill_first"]


class Box:
    """A coloured box with a title and a body; Markdown-free so any frontend shows it."""

    def __init__(self, title: str, body: str, color: str = "#8a6d00") -> None:
        self.title, self.body, self.color = title, body, color

    def __str__(self) -> str:
        return f"{self.title}\n{self.body}"

    __repr__ = __str__

    def _repr_html_(self) -> str:
        body = html.escape(self.body).replace("\n", "<br>")
        return (f'<div style="border-left:4px solid {self.color};padding:6px 10px;margin:4px 0">'
                f'<b style="color:{self.color}">{html.escape(self.title)}</b><div style="font-family:monospace;'
                f'white-space:pre-wrap">{body}</div></div>')


@contextmanager
def expected_error():
    """Run a cell that is MEANT to fail: a gigai error is shown as a box, and the notebook goes on."""
    from gigai.errors import GigaiError

    try:
        yield
    except GigaiError as err:
        show(Box(say("✋ Error ini memang disengaja: begini gigai memberi tahu kesalahan",
                     "✋ This error is on purpose: this is how gigai reports a mistake"), str(err), "#b3261e"))
    else:
        show(Box(say("Sel ini seharusnya menunjukkan error, tapi berhasil.", "This cell was meant to fail."),
                 say("Coba jalankan lagi tanpa mengubah apa pun.", "Run it again unchanged."), "#1e7b34"))


def fill_first(**answers: Any) -> bool:
    """True when every answer is filled in; otherwise show which blanks to fill first and return False."""
    blank = [name for name, value in answers.items() if is_placeholder(value)]
    if not blank:
        return True
    names = ", ".join(f"`{n}`" for n in blank)
    show(Box(say(f"⏳ Isi {names} dulu", f"⏳ Fill in {names} first"),
             say("Sel ini memakai jawabanmu di latihan di atas. Isi bagian `____` di sana, jalankan selnya, "
                 "lalu jalankan sel ini lagi.",
                 "This cell uses your answers from the exercises above: fill the `____` there, run it, then "
                 "run this cell again.")))
    return False
