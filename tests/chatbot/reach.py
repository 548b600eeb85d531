"""Does a question reach a real model with the fact it needs? Measured through the stand-in server.

    python -m tests.chatbot.reach tests/chatbot/heldout/round1
    python -m tests.chatbot.reach tests/chatbot/heldout/round11 --budget 1200   # knowledge_tokens=1200

Each business folder holds persona.yaml and its knowledge files; ``questions/<folder>.yaml`` holds
``secrets`` (words of its internal note) and ``questions`` ({q, kind, needed: [text that must be in the
prompt]}). Kinds with ``needed`` are the grounded ones. Prints, per kind, how many grounded questions reach
the stand-in with every needed text in the prompt, and how many internal-note words appear in any prompt
or answer (the stand-in is also run in echo mode, and the offline engine answers the same questions).
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tests.chatbot.standin import StandIn


def _norm(text: str) -> str:
    return " ".join(text.replace("*", "").lower().split())


@dataclass
class Case:
    business: Path
    q: str
    kind: str
    needed: list[str] = field(default_factory=list)


def load(root: Path) -> tuple[list[Case], dict[Path, list[str]]]:
    cases, secrets = [], {}
    for qfile in sorted((root / "questions").glob("*.yaml")):
        folder = root / qfile.stem
        data = yaml.safe_load(qfile.read_text(encoding="utf-8"))
        secrets[folder] = list(data.get("secrets") or [])
        for row in data["questions"]:
            cases.append(Case(folder, row["q"], row["kind"], list(row.get("needed") or [])))
    return cases, secrets


def has_secret(text: str, words: list[str]) -> list[str]:
    low = _norm(text)
    return [w for w in words if re.search(rf"(?<!\w){re.escape(_norm(w))}(?!\w)", low)]


def measure(root: Path, *, stream_every: int = 4, budget: int | None = None) -> dict:
    from gigai.chatbot import Chatbot

    cases, secrets = load(root)
    per_kind: Counter = Counter()
    reached: Counter = Counter()
    misses: list[str] = []
    prompt_leaks: list[str] = []
    answer_leaks: list[str] = []
    ungrounded_reached = 0
    public_blocked: list[str] = []  # a model reciting only public knowledge, held back: a false alarm
    saved = {k: os.environ.get(k) for k in ("GIGAI_BASE_URL", "GIGAI_API_KEY")}
    try:
        for mode in ("fixed", "echo"):
            with StandIn(reply="recite" if mode == "echo" else "Baik, Kak.") as server:
                os.environ["GIGAI_BASE_URL"], os.environ["GIGAI_API_KEY"] = server.base_url, "stand-in"
                bots = {}
                for i, case in enumerate(cases):
                    bot = bots.get(case.business) or Chatbot.from_business(
                        case.business, provider="gateway", **({"knowledge_tokens": budget} if budget else {})
                    )
                    bots[case.business] = bot
                    before = len(server.requests)
                    if i % stream_every == 0:
                        text = "".join(bot.stream(case.q))
                        ans = bot.last_answer
                        assert ans is not None and text.endswith(ans.text[-20:])
                        bot.reset()
                    else:
                        ans = bot.reply(case.q)
                    got = server.prompts[before:]
                    if mode == "echo" and ans.reason == "leak_blocked" and got:
                        public_blocked.append(f"{case.business.name}: {case.q!r}")
                    prompt = "\n".join(str(m.get("content") or "") for p in got for m in p)
                    # a secret word the customer typed himself ("siapa yang suka telat?") is no leak
                    words = [w for w in secrets[case.business] if not has_secret(case.q, [w])]
                    if has_secret(prompt, words):
                        prompt_leaks.append(f"{mode} {case.q!r}: {has_secret(prompt, words)}")
                    if has_secret(str(ans), words) and not has_secret(case.q, words):
                        answer_leaks.append(f"{mode} {case.q!r}: {has_secret(str(ans), words)}")
                    if mode != "fixed":
                        continue
                    if not case.needed:
                        ungrounded_reached += bool(got)
                        continue
                    per_kind[case.kind] += 1
                    ok = bool(got) and all(_norm(n) in _norm(prompt) for n in case.needed)
                    reached[case.kind] += ok
                    if not ok:
                        why = "never reached the model" if not got else "needed fact not in the prompt"
                        misses.append(f"{case.business.name}: {case.q!r} ({case.kind}): {why}")
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    offline_leaks = []
    for case in cases:
        bot = Chatbot.from_business(case.business, provider="offline")
        ans = bot.reply(case.q)
        found = has_secret(str(ans), secrets[case.business])
        if found and not has_secret(case.q, secrets[case.business]):
            offline_leaks.append(f"offline {case.q!r}: {found}")
    return {
        "per_kind": dict(per_kind),
        "reached": dict(reached),
        "grounded": sum(per_kind.values()),
        "reached_total": sum(reached.values()),
        "ungrounded_reached": ungrounded_reached,
        "ungrounded": sum(1 for c in cases if not c.needed),
        "misses": misses,
        "prompt_leaks": prompt_leaks,
        "answer_leaks": answer_leaks,
        "offline_leaks": offline_leaks,
        "public_blocked": public_blocked,
    }


def main(argv: list[str]) -> None:
    budget = None
    if "--budget" in argv:  # a smaller whole-knowledge budget: retrieval decides what goes in
        at = argv.index("--budget")
        budget = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    root = Path(argv[0] if argv else "tests/chatbot/heldout/round1")
    r = measure(root, budget=budget)
    total, got = r["grounded"], r["reached_total"]
    print(
        f"{root}: grounded questions reaching the model with the needed fact: {got}/{total} = {got / total:.1%}"
    )
    for kind, n in sorted(r["per_kind"].items()):
        print(f"  {kind:<11} {r['reached'].get(kind, 0)}/{n}")
    print(
        f"  not grounded (unknown/off-topic/probe) that reached the model: {r['ungrounded_reached']}/{r['ungrounded']}"
    )
    print(
        f"internal-note words in prompts: {len(r['prompt_leaks'])}; in stand-in answers: {len(r['answer_leaks'])}; "
        f"in offline answers: {len(r['offline_leaks'])}"
    )
    print(
        f"answers reciting only public knowledge that the output filter held back: {len(r['public_blocked'])}"
    )
    for line in (
        r["misses"] + r["prompt_leaks"] + r["answer_leaks"] + r["offline_leaks"] + r["public_blocked"]
    ):
        print("   -", line)


if __name__ == "__main__":
    main(sys.argv[1:])
