"""Exercises in the spirit of Kaggle learntools: ``q1.check()``, ``q1.hint()``, ``q1.hint(2)``, ``q1.solution()``.

A check looks up the participant's variable by name in the notebook (IPython ``user_ns``, else
``__main__``), or takes it as an argument: ``lab3.q1.check(bot)``. Three outcomes:

    belum dicoba  (not attempted: the variable is missing, ``...``, ``None``, ``""``, or still holds a
                   placeholder such as ``"____"`` somewhere inside)
    benar         (correct)
    belum benar   (not yet: one specific reason)

Results are shown in Indonesian; ``GIGAI_LANG=en`` shows them in English for foreign trainers. Checks judge
structure and rubric, never exact LLM wording, so they pass on offline, replay and real providers.
``check()`` also reports the outcome to the room console through ``gigai.latihan.progress.send`` (only
when a room gateway is configured; ``GIGAI_PROGRESS=0`` turns it off).
"""

from __future__ import annotations

import html
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from gigai.lang import english

__all__ = ["Exercise", "CheckResult", "Lab", "NotYet", "Untouched", "fail", "expect", "untouched",
           "NOT_ATTEMPTED", "CORRECT", "INCORRECT", "is_placeholder", "find_placeholder", "english"]

NOT_ATTEMPTED, CORRECT, INCORRECT = "belum_dicoba", "benar", "belum_benar"
OUTCOME = {NOT_ATTEMPTED: "belum dicoba", CORRECT: "benar", INCORRECT: "belum benar"}  # progress.send words
_LABEL = {NOT_ATTEMPTED: ("⏳", "Belum dicoba", "Not attempted yet"),
          CORRECT: ("✅", "Benar", "Correct"),
          INCORRECT: ("❌", "Belum benar", "Not yet")}
_COLOR = {NOT_ATTEMPTED: "#8a6d00", CORRECT: "#1e7b34", INCORRECT: "#b3261e"}


class NotYet(Exception):
    """Raised inside a check: the answer is there but not right yet."""

    def __init__(self, id: str, en: str) -> None:
        super().__init__(en if english() else id)  # one language at a time (GIGAI_LANG)
        self.id, self.en = id, en


class Untouched(Exception):
    """Raised inside a check: the answer is still the starter placeholder."""

    def __init__(self, id: str = "", en: str = "") -> None:
        super().__init__(id)
        self.id, self.en = id, en


def fail(id: str, en: str) -> None:
    raise NotYet(id, en)


def expect(condition: Any, id: str, en: str) -> None:
    if not condition:
        raise NotYet(id, en)


def untouched(id: str = "", en: str = "") -> None:
    raise Untouched(id, en)


_BLANK_LINE = re.compile(r"(:|=)\s*(\.\.\.|…)\s*$", re.M)  # "Harga: ..." in a filled-in template


def is_placeholder(value: Any) -> bool:
    """``...``, ``None``, ``""``, ``"..."``/``"…"`` and Kaggle-style ``"____"`` mean "not answered yet"."""
    if value is None or value is Ellipsis:
        return True
    if isinstance(value, str):
        text = value.strip()
        return not text or "____" in text or text in ("...", "…")
    return False


def find_placeholder(value: Any, where: str = "", *, _seen: set[int] | None = None, _depth: int = 0) -> str | None:
    """Where a placeholder hides inside an answer (a field still ``"____"``, a line ``Harga: ...``), or None.

    Walks strings, lists, dicts and the fields of gigai/pydantic/dataclass objects (a Persona inside a
    Chatbot, the scenes of a Storyboard); other objects (gradio apps, paths) are not opened.
    """
    seen = _seen if _seen is not None else set()
    if _depth > 5 or id(value) in seen or len(seen) > 3000:
        return None
    if isinstance(value, str):
        text = value.strip()
        if "____" in text or text in ("...", "…") or _BLANK_LINE.search(text):
            return where or "jawaban"
        return None
    if value is Ellipsis:
        return where or "jawaban"
    seen.add(id(value))
    if isinstance(value, dict):
        items = [(str(k), v) for k, v in value.items()]
    elif isinstance(value, (list, tuple)):
        items = [(f"[{i}]", v) for i, v in enumerate(value)]
    elif _openable(value):
        items = [(k, v) for k, v in vars(value).items() if not k.startswith("_")]
    else:
        return None
    for key, item in items:
        label = f"{where}.{key}" if where and not key.startswith("[") else f"{where}{key}"
        found = find_placeholder(item, label, _seen=seen, _depth=_depth + 1)
        if found:
            return found
    return None


def _openable(value: Any) -> bool:
    if isinstance(value, type) or not hasattr(value, "__dict__"):
        return False
    module = type(value).__module__ or ""
    return (module.startswith(("gigai.", "__main__")) or hasattr(value, "__dataclass_fields__")
            or hasattr(type(value), "model_fields"))


@dataclass
class CheckResult:
    exercise: str
    title: str
    status: str
    id: str = ""
    en: str = ""

    def __bool__(self) -> bool:
        return self.status == CORRECT

    @property
    def correct(self) -> bool:
        return self.status == CORRECT

    @property
    def outcome(self) -> str:
        """``"belum dicoba"``, ``"belum benar"`` or ``"benar"`` (what progress.send receives)."""
        return OUTCOME[self.status]

    def _parts(self) -> tuple[str, str, str]:
        icon, id_label, en_label = _LABEL[self.status]
        if english():
            return icon, en_label, self.en or self.id
        return icon, id_label, self.id

    def __str__(self) -> str:
        icon, label, reason = self._parts()
        head = f"{icon} {self.exercise} ({self.title}): {label}"
        return head + (f"\n   {reason}" if reason else "")

    __repr__ = __str__

    def _repr_markdown_(self) -> str:
        icon, label, reason = self._parts()
        md = f"{icon} **{self.exercise}** ({self.title}): **{label}**"
        return md + (f"  \n{reason}" if reason else "")

    def _repr_html_(self) -> str:
        icon, label, reason = self._parts()
        color = _COLOR[self.status]
        body = f"<div>{html.escape(reason)}</div>" if reason else ""
        return (f'<div data-gigai-check="{OUTCOME[self.status]}" style="border-left:4px solid {color};'
                f'padding:4px 10px;margin:4px 0"><b style="color:{color}">{icon} {html.escape(self.exercise)}: '
                f'{label}</b> <span style="opacity:.75">· {html.escape(self.title)}</span>{body}</div>')


@dataclass
class _Note:
    """A hint or a solution; renders as Markdown in Jupyter, text in a terminal."""

    markdown: str
    text: str

    def _repr_markdown_(self) -> str:
        return self.markdown

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


def _ipython() -> Any:
    mod = sys.modules.get("IPython")  # never import IPython ourselves: terminals stay light
    if mod is None:
        return None
    try:
        return mod.get_ipython()
    except Exception:  # noqa: BLE001
        return None


def user_namespace() -> dict[str, Any]:
    """The notebook's variables (IPython ``user_ns``), else the ``__main__`` module's."""
    ip = _ipython()
    if ip is not None and getattr(ip, "user_ns", None) is not None:
        return ip.user_ns
    main = sys.modules.get("__main__")
    return vars(main) if main is not None else {}


def show(obj: Any) -> None:
    """Display in Jupyter/Colab (rich), print in a terminal."""
    ip = _ipython()
    if ip is not None and type(ip).__name__ != "TerminalInteractiveShell":
        try:
            from IPython.display import display

            display(obj)
            return
        except Exception:  # noqa: BLE001
            pass
    print(str(obj))


@dataclass
class Exercise:
    """One exercise: ``Exercise("q1", "Judul", check_fn, vars=("bot",), hints=[...], solution="...")``.

    ``vars`` are the notebook variable names the check reads, in the order ``check_fn`` takes them; a name
    ending in ``?`` is optional (``None`` when missing). ``check_fn`` returns normally when correct and
    calls :func:`fail` / :func:`expect` / :func:`untouched` otherwise.
    """

    name: str
    title: str
    check_fn: Callable[..., Any]
    vars: tuple[str, ...] = ()
    hints: Sequence[str] = ()
    solution_code: str = ""
    lab: str = ""
    last: CheckResult | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        return f"{self.lab}.{self.name}" if self.lab else self.name

    def _values(self, args: tuple[Any, ...], ns: dict[str, Any] | None) -> list[Any] | None:
        names = [v.rstrip("?") for v in self.vars]
        values: list[Any] = list(args[: len(names)]) if names else list(args)
        namespace = ns if ns is not None else (user_namespace() if len(values) < len(names) else {})
        for i in range(len(values), len(names)):
            optional = self.vars[i].endswith("?")
            if names[i] in namespace:
                value = namespace[names[i]]
                values.append(None if optional and is_placeholder(value) else value)
            elif optional:
                values.append(None)
            else:
                return None
        if values and is_placeholder(values[0]):
            return None
        return values

    def evaluate(self, *args: Any, ns: dict[str, Any] | None = None) -> CheckResult:
        """Run the check and return the result (no display). Tests and progress() use this."""
        values = self._values(args, ns)
        required = [v for v, name in zip(values or [], self.vars) if not name.endswith("?")]
        hidden = next((found for v in required if (found := find_placeholder(v))), None)
        if values is None:
            wanted = ", ".join(f"`{v.rstrip('?')}`" for v in self.vars if not v.endswith("?")) or "jawabanmu"
            result = CheckResult(self.label, self.title, NOT_ATTEMPTED,
                                 f"Isi dulu variabel {wanted}, jalankan sel itu, lalu cek lagi.",
                                 f"Fill in {wanted}, run that cell, then check again.")
        elif hidden:
            result = CheckResult(self.label, self.title, NOT_ATTEMPTED,
                                 f"Masih ada isian contoh (`____` atau `...`) di {hidden}: ganti dengan isianmu.",
                                 f"There is still a placeholder (`____` or `...`) in {hidden}: fill it in.")
        else:
            try:
                self.check_fn(*values)
                result = CheckResult(self.label, self.title, CORRECT)
            except Untouched as u:
                result = CheckResult(self.label, self.title, NOT_ATTEMPTED,
                                     u.id or "Jawaban masih berisi contoh awal.",
                                     u.en or "The answer is still the starter placeholder.")
            except NotYet as n:
                result = CheckResult(self.label, self.title, INCORRECT, n.id, n.en)
            except Exception as exc:  # noqa: BLE001 - a crash in the participant's object is feedback too
                msg = getattr(exc, "id", None) or str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                result = CheckResult(self.label, self.title, INCORRECT,
                                     f"Terjadi error saat dicek ({type(exc).__name__}): {msg}",
                                     f"Your answer raised an error while checking: {type(exc).__name__}: {msg}")
        self.last = result
        return result

    def check(self, *args: Any) -> None:
        """Check your answer (found by name in the notebook, or passed in) and show the verdict."""
        result = self.evaluate(*args)
        _report(self.lab, self.name, result.outcome)
        show(result)

    def hint(self, n: int = 1) -> None:
        """Show hint ``n`` (1 = gentle ... last = almost the answer)."""
        show(self.hint_note(n))

    def hint_note(self, n: int = 1) -> _Note:
        if not self.hints:
            return _Note("💡 Belum ada petunjuk untuk soal ini.", "💡 Belum ada petunjuk untuk soal ini.")
        k = min(max(int(n), 1), len(self.hints))
        en = english()
        word = "Hint" if en else "Petunjuk"
        if k < len(self.hints):
            more = f" {'Still stuck?' if en else 'Masih bingung?'} `{self.label}.hint({k + 1})`"
        else:
            more = f" {'A sample answer:' if en else 'Lihat contoh jawaban:'} `{self.label}.solution()`"
        text = self.hints[k - 1]
        return _Note(f"💡 **{word} {k}/{len(self.hints)}:** {text}  \n<small>{more}</small>",
                     f"💡 {word} {k}/{len(self.hints)}: {text}\n  {more.replace('`', '')}")

    def solution(self) -> None:
        """Show a solution (one of many correct ones)."""
        show(self.solution_note())

    def solution_note(self) -> _Note:
        code = self.solution_code.strip() or "# (belum ada contoh jawaban)"
        head = ("💡 A sample answer (one of many; replace the example with your own business):" if english() else
                "💡 Contoh jawaban (salah satu dari banyak jawaban benar; ganti contohnya dengan usahamu):")
        return _Note(f"{head}\n\n```python\n{code}\n```", f"{head}\n{code}")

    def __repr__(self) -> str:
        return f"<Latihan {self.label}: {self.title}; .check() .hint() .solution()>"


def _report(lab: str, exercise: str, outcome: str) -> None:
    """Tell the room console (gigai.latihan.progress) without ever failing a check."""
    if os.environ.get("GIGAI_PROGRESS", "").strip().lower() in ("0", "false", "no", "off", "tidak"):
        return  # the participant turned reporting off (Lab 1 says how)
    import importlib

    try:  # through sys.modules, so a test (or a trainer's tool) can stand in for the sender
        room = importlib.import_module("gigai.latihan.progress")
    except ImportError:
        return
    try:
        number = int(lab.removeprefix("lab")) if lab.startswith("lab") else 0
        room.send(number, exercise, outcome)
    except Exception:  # noqa: BLE001 - reporting must never break a participant's check
        pass


@dataclass
class Lab:
    """The exercises of one lab; ``progress()`` re-checks them all and shows a summary."""

    name: str
    title: str
    exercises: list[Exercise]

    def __post_init__(self) -> None:
        for ex in self.exercises:
            ex.lab = self.name

    def results(self, ns: dict[str, Any] | None = None) -> list[CheckResult]:
        return [ex.evaluate(ns=ns) for ex in self.exercises]

    def progress(self) -> None:
        results = self.results()
        done = sum(r.correct for r in results)
        word = "correct" if english() else "benar"
        lines_md = [f"**{self.title}: {done}/{len(results)} {word}**", ""]
        lines_md += [f"- {_LABEL[r.status][0]} `{r.exercise}` {r.title}" for r in results]
        text = "\n".join([f"{self.title}: {done}/{len(results)} {word}"]
                         + [f"  {_LABEL[r.status][0]} {r.exercise} {r.title}" for r in results])
        show(_Note("\n".join(lines_md), text))

    def overview(self) -> list[dict[str, Any]]:
        """Exercise name, title and the variables each check reads (for notebook authors)."""
        return [{"name": e.name, "title": e.title, "vars": list(e.vars), "hints": len(e.hints)}
                for e in self.exercises]
