"""The offline engine's evaluation: question sets (tests/eval/questions/*.yaml) over business folders.

Each question has a kind (direct, paraphrase, slang, nya, english, multi, off_topic, injection, unknown) and
either ``expect`` (the facts the answer must hold: a string, or a list of acceptable strings), ``decline``
(``true``: no fact may be given; ``injection``: refused as an injection) or ``forbid`` (strings that must
never appear). Questions go through ``Chatbot.from_business(...)`` on the real offline engine, as a
participant's bot answers a customer.

    results = run_all()          # [Result, ...]
    figures(results)             # {"grounded_correct": 0.95, ...}

Used by tests/eval/test_offline_eval.py (quality gates) and bench/offline_eval.py (figures and timings).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
QUESTIONS = HERE / "questions"
# Sets measured and printed by the bench but not held to the quality gates (yet): their figure is reported
# as it is, not hidden by dropping hard questions.
REPORTED = HERE / "reported"
GROUNDED_KINDS = ("direct", "paraphrase", "slang", "nya", "english", "multi")
# Sentences a shop would never send an Indonesian customer.
_ENGLISH_SENTENCE = re.compile(
    r"\b(sorry|please|i am|i'm|you|your|the|information|contact|cannot|can't|here is|welcome|hello)\b", re.I
)


@dataclass
class Result:
    business: str
    question: str
    kind: str
    answer: str
    reason: str
    declined: bool
    ok: bool
    facts_shown: int
    english_in_indonesian: bool
    invented: bool
    ms: float


def load(name: str) -> dict[str, Any]:
    import yaml

    path = QUESTIONS / f"{name}.yaml"
    if not path.exists() and (REPORTED / f"{name}.yaml").exists():
        path = REPORTED / f"{name}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def sets() -> list[str]:
    return sorted(p.stem for p in QUESTIONS.glob("*.yaml"))


def reported_sets() -> list[str]:
    return sorted(p.stem for p in REPORTED.glob("*.yaml"))


def make_bot(business: str):
    from gigai.chatbot import Chatbot
    from gigai.offline.engine import OfflineEngine

    folder = ROOT / business if "/" in business else business
    return Chatbot.from_business(folder, model=OfflineEngine())


def body(answer: str) -> list[str]:
    """The fact lines of an offline answer (without the prefix and the 'Sumber:' line)."""
    text = answer.replace("[mode offline]", "").split("\n\nSumber:")[0]
    return [line.strip() for line in text.strip().splitlines() if line.strip()]


def _has(answer: str, fact: Any) -> bool:
    options = fact if isinstance(fact, list) else [fact]
    return any(str(o).lower() in answer.lower() for o in options)


def handed_off(ans: Any) -> bool:
    """The answer passes the customer to the admin (the guardrail's hand-off or the engine's "belum tahu")."""
    text = str(ans)
    return bool(getattr(ans, "handoff", False)) or "belum punya informasi" in text or "no information" in text


def judge(item: dict[str, Any], ans: Any, ms: float, business: str) -> Result:
    from gigai.offline.lexicon import language_of

    text = str(ans)
    gave_facts = not ans.declined and not ans.handoff and "belum punya informasi" not in text
    kind = item["kind"]
    lines = body(text) if gave_facts else []
    if "expect" in item:
        expect = item["expect"]
        ok = gave_facts and all(_has(text, f) for f in expect) and len(lines) <= len(expect) + 1
    elif item.get("decline") == "injection":
        ok = ans.reason == "injection"
    elif kind == "unknown":  # on the business's domain, not in its knowledge: the admin hand-off
        ok = not gave_facts and handed_off(ans)
    elif item.get("decline"):
        ok = not gave_facts
    else:
        ok = True
    for bad in item.get("forbid", ()):
        ok = ok and bad.lower() not in text.lower()
    indonesian = language_of(item["q"]) == "id"
    return Result(
        business=business,
        question=item["q"],
        kind=kind,
        answer=text,
        reason=ans.reason,
        declined=not gave_facts,
        ok=ok,
        facts_shown=len(lines),
        english_in_indonesian=indonesian and bool(_ENGLISH_SENTENCE.search(text)),
        invented=kind == "unknown" and gave_facts,
        ms=ms,
    )


def run(name: str) -> list[Result]:
    data = load(name)
    bots: dict[str, Any] = {}  # a question may name its own business (a set across businesses)
    out = []
    for item in data["questions"]:
        where = item.get("business", data.get("business"))
        bot = bots[where] if where in bots else bots.setdefault(where, make_bot(where))
        t0 = time.perf_counter()
        ans = bot.reply(item["q"])
        out.append(judge(item, ans, (time.perf_counter() - t0) * 1000, name))
    return out


def run_all(names: list[str] | None = None) -> list[Result]:
    return [r for name in (names or sets()) for r in run(name)]


def figures(results: list[Result]) -> dict[str, float]:
    grounded = [r for r in results if r.kind in GROUNDED_KINDS]
    off = [r for r in results if r.kind == "off_topic"]
    inj = [r for r in results if r.kind == "injection"]
    unknown = [r for r in results if r.kind == "unknown"]
    answered = [r for r in grounded if not r.declined]

    def share(rows: list[Result]) -> float:
        return round(sum(r.ok for r in rows) / len(rows), 3) if rows else 1.0

    return {
        "questions": len(results),
        "grounded_correct": share(grounded),
        "off_topic_declined": share(off),
        "injection_refused": share(inj),
        "unknown_declined": share(unknown),
        "invented": sum(r.invented for r in results),
        "english_in_indonesian": sum(r.english_in_indonesian for r in results),
        "facts_per_answer": round(sum(r.facts_shown for r in answered) / len(answered), 2)
        if answered
        else 0.0,
        "chars_per_answer": round(sum(len(r.answer) for r in answered) / len(answered), 1)
        if answered
        else 0.0,
        "ms_per_answer": round(sum(r.ms for r in results) / len(results), 2) if results else 0.0,
    }


KINDS = ("direct", "paraphrase", "slang", "nya", "english", "multi", "unknown", "off_topic", "injection")


def per_kind(results: list[Result]) -> dict[str, tuple[int, int]]:
    """(correct, asked) per kind of question, in the order of KINDS."""
    out = {}
    for kind in KINDS:
        rows = [r for r in results if r.kind == kind]
        if rows:
            out[kind] = (sum(r.ok for r in rows), len(rows))
    return out


def system_prompt_of(business: str) -> str:
    """The business written as ONE system prompt (Lab 2 style): role line, contact, Markdown files, FAQ as Q/A."""
    import csv

    import yaml

    from gigai.chatbot.persona import Persona

    folder = ROOT / business if "/" in business else ROOT / "assets" / "businesses" / business
    p = Persona.from_yaml(folder / "persona.yaml")
    parts = [
        f"Kamu adalah {p.name}, asisten {p.business}. Jawab singkat.",
        f"Kontak admin: {p.admin_contact}",
    ]
    for file in sorted(folder.iterdir()):
        if file.suffix in (".md", ".txt"):
            parts.append(file.read_text(encoding="utf-8"))
        elif file.name.startswith("faq") and file.suffix == ".csv":
            with file.open(encoding="utf-8") as fh:
                rows = [(r["pertanyaan"], r["jawaban"]) for r in csv.DictReader(fh)]
            parts.append("## Tanya jawab\n\n" + "\n\n".join(f"T: {q}\nJ: {a}" for q, a in rows))
        elif file.name.startswith("faq") and file.suffix in (".yaml", ".yml"):
            rows = [(r["q"], r["a"]) for r in yaml.safe_load(file.read_text(encoding="utf-8"))]
            parts.append("## Tanya jawab\n\n" + "\n\n".join(f"T: {q}\nJ: {a}" for q, a in rows))
    return "\n\n".join(parts)


def run_system_prompt(name: str) -> list[Result]:
    """Grounded and not-in-knowledge questions asked of the bare offline engine (no Chatbot guardrails),
    with the whole business in the system prompt."""
    from gigai.offline.engine import answer

    data = load(name)
    system = system_prompt_of(data["business"])
    out = []
    for item in data["questions"]:
        if "expect" not in item and item["kind"] != "unknown":
            continue
        t0 = time.perf_counter()
        text = answer([{"role": "system", "content": system}, {"role": "user", "content": item["q"]}])
        unsure = "belum punya informasi" in text or "no information" in text
        out.append(judge(item, _Text(text, unsure), (time.perf_counter() - t0) * 1000, name))
    return out


class _Text(str):
    """A plain answer text with the fields ``judge`` reads."""

    def __new__(cls, text: str, unsure: bool) -> _Text:
        self = super().__new__(cls, text)
        self.declined, self.handoff, self.reason = unsure, False, ""
        return self
