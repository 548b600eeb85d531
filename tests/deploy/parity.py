"""Does an exported folder answer like the library? The eval sets asked of both, answer by answer.

The library side is ``Chatbot.from_business(folder, provider="offline")`` (what a participant's bot says in
the lab); the export side is a fresh ``python`` in the exported folder, importing its own modules (nothing
from this checkout: PYTHONPATH is dropped) and calling ``botcore.answer`` for each question.

    python -m tests.deploy.parity            # a figure per eval set: answers that differ, correct on each side

Used by tests/deploy/test_parity.py.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
FRESH = HERE / "fresh"

# Runs inside the exported folder: its own botcore, its own copy of everything it imports.
DRIVER = """
import json, sys
sys.path.insert(0, ".")
import botcore
questions = json.load(sys.stdin)
where = {name: getattr(sys.modules.get(name), "__file__", None) for name in ("botcore", "gigai")}
print(json.dumps({"answers": [botcore.answer(q) for q in questions], "where": where}))
"""


@dataclass
class SetParity:
    name: str
    questions: int
    differ: int  # answers whose text differs (sources line and offline prefix aside)
    library_correct: int  # questions with expected facts the library answered with all of them
    export_correct: int
    expect_questions: int
    examples: list[tuple[str, str, str]]  # (question, library, export) for the first differences


def normalise(text: str) -> str:
    """The answer a customer reads, without the offline prefix and the sources line."""
    lines = [ln for ln in str(text).replace("[mode offline]", "").splitlines() if ln.strip()]
    lines = [ln for ln in lines if not re.match(r"^\s*(📎\s*)?(sumber|sources?)\s*:", ln, re.I)]
    return " ".join(" ".join(lines).split())


def has_facts(text: str, expect: list[Any]) -> bool:
    low = text.lower()
    return all(any(str(o).lower() in low for o in (f if isinstance(f, list) else [f])) for f in expect)


def load_set(path: Path) -> dict[str, Any]:
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8"))


def eval_sets() -> list[Path]:
    base = ROOT / "tests" / "eval"
    return sorted((base / "questions").glob("*.yaml")) + sorted((base / "reported").glob("*.yaml"))


def business_of(data: dict[str, Any]) -> str | Path:
    name = data["business"]
    return ROOT / name if "/" in name else name


def library_answers(business: str | Path, questions: list[str]) -> list[str]:
    from gigai.chatbot import Chatbot

    bot = Chatbot.from_business(business, provider="offline")
    return [bot.reply(q).with_sources() for q in questions]


def export_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "GIGAI_LANG")}
    env.update(
        GIGAI_PROVIDER="offline", GIGAI_HOME=str(home), GRADIO_ANALYTICS_ENABLED="False", PYTHONNOUSERSITE="1"
    )
    return env


def export_answers(
    folder: Path, questions: list[str], **settings: str
) -> tuple[list[str], dict[str, str | None]]:
    """The exported folder's answers, from a fresh Python in that folder (``settings``: extra environment)."""
    with tempfile.TemporaryDirectory() as home:
        out = subprocess.run(
            [sys.executable, "-c", DRIVER],
            input=json.dumps(questions),
            cwd=folder,
            env={**export_env(Path(home)), **settings},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
            check=False,
        )
    if out.returncode != 0:
        raise RuntimeError(f"exported app failed:\n{out.stderr[-3000:]}")
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return data["answers"], data["where"]


def compare(path: Path, workdir: Path) -> SetParity:
    from gigai.deploy.export import export_app

    data = load_set(path)
    items = data["questions"]
    questions = [item["q"] for item in items]
    business = business_of(data)
    lib = library_answers(business, questions)
    folder = export_app(workdir / path.stem, business=business, overwrite=True)
    exp, _where = export_answers(folder, questions)
    differ, examples = 0, []
    lib_ok = exp_ok = n_expect = 0
    for item, a, b in zip(items, lib, exp):
        if normalise(a) != normalise(b):
            differ += 1
            if len(examples) < 3:
                examples.append((item["q"], normalise(a), normalise(b)))
        if "expect" in item:
            n_expect += 1
            lib_ok += has_facts(a, item["expect"])
            exp_ok += has_facts(b, item["expect"])
    return SetParity(path.stem, len(items), differ, lib_ok, exp_ok, n_expect, examples)


def main(paths: list[Path] | None = None) -> list[SetParity]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths or eval_sets():
            row = compare(path, Path(tmp))
            rows.append(row)
            print(
                f"{row.name:28s} questions {row.questions:3d}  differ {row.differ:3d}  "
                f"facts library {row.library_correct}/{row.expect_questions} export {row.export_correct}/{row.expect_questions}",
                flush=True,
            )
    total = sum(r.differ for r in rows)
    print(
        f"total: {total} differing answers of {sum(r.questions for r in rows)}; worst set {max((r.differ for r in rows), default=0)}"
    )
    return rows


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]]
    main(args or None)
