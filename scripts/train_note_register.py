"""Rebuild gigai/offline/noteregister.json: the register model of gigai.offline.noteregister.

    .venv/bin/python scripts/train_note_register.py          # writes the JSON, prints the figures
    .venv/bin/python scripts/train_note_register.py --check  # exit 1 when the JSON differs from a rebuild
    .venv/bin/python scripts/train_note_register.py --compare  # held back with the signal vs without it

Positives: the lines that carry a note in the note test sets (tests/offline/test_notes_{first..fifth}_set.py,
tests/chatbot/test_internal_notes.py) and the hold-out businesses' secret lines (tests/chatbot/heldout).
Negatives: the public lines (what Knowledge.public() keeps, secret lines aside) of every business text in the
repository (tests/eval/businesses, tests/chatbot/heldout, assets/businesses), the sets' public lines and the lines
that only look private (test_internal_notes). The sixth set (tests/offline/test_notes_sixth_set.py) is never read:
it measures. The threshold is set on out-of-fold scores (5 folds by business/paste): above the highest score any
held-out public line got, plus a margin. Deterministic: sorted inputs, no randomness, rounded weights.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gigai.offline import noteregister  # noqa: E402

SETS = ("first", "second", "third", "fourth", "fifth")
EPOCHS = 300
RATE = 2.0
L2 = 0.001
MIN_COUNT = 2
MARGIN = 0.5
FOLDS = 5


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if noteregister.words(ln) >= noteregister._MIN_WORDS]


def examples() -> list[tuple[str, str, int]]:
    """(group, line, label): 1 for a line written to the inside, 0 for a public line (split by the detector with the
    register signal off, so a rebuild never reads the model it replaces)."""
    from unittest import mock

    with mock.patch.object(noteregister, "is_aside", lambda line: False):
        return _examples()


def _examples() -> list[tuple[str, str, int]]:
    import importlib

    from gigai.chatbot import Knowledge
    from tests.chatbot.reach import has_secret, load
    from tests.offline.test_notes_first_set import has, public_text

    out: list[tuple[str, str, int]] = []
    for name in SETS:
        mod = importlib.import_module(f"tests.offline.test_notes_{name}_set")
        for key, paste in sorted(mod.PASTES.items()):
            secret = [w for words in paste.notes for w in words]
            for line in _lines(paste.text):
                if any(has(line, w) for w in secret):
                    out.append((f"{name}/{key}", line, 1))
            for line in _lines(public_text(paste.text)):
                if not any(has(line, w) for w in secret):
                    out.append((f"{name}/{key}", line, 0))
    tin = importlib.import_module("tests.chatbot.test_internal_notes")
    for key, (text, secret) in sorted(tin.NOTES.items()):
        for line in _lines(text):
            if not line.startswith("|") and any(has(line, w) for w in secret):
                out.append((f"internal/{key}", line, 1))
    look = next(
        m for m in tin.test_lines_that_only_look_private_stay_public.pytestmark if m.name == "parametrize"
    )
    for i, text in enumerate(look.args[1]):
        out.extend((f"look/{i}", line, 0) for line in _lines(text))
    folders: list[tuple[Path, list[str]]] = []
    for base in (ROOT / "tests" / "eval" / "businesses", ROOT / "assets" / "businesses"):
        folders += [(p, []) for p in sorted(base.iterdir()) if p.is_dir()]
    for round_dir in sorted((ROOT / "tests" / "chatbot" / "heldout").iterdir()):
        if (round_dir / "questions").is_dir():
            folders += sorted(load(round_dir)[1].items())
    for folder, secret in folders:
        group = str(folder.relative_to(ROOT))
        kb = Knowledge.from_folder(folder)
        for piece in kb.internal:
            out.extend((group, line, 1) for line in _lines(piece) if secret and has_secret(line, secret))
        for part in kb.public():
            for line in _lines(part.text):
                if secret and has_secret(line, secret):
                    out.append((group, line, 1))
                elif not line.rstrip().endswith("?"):
                    out.append((group, line, 0))
    seen, unique = set(), []
    for group, line, label in out:
        if (line, label) not in seen:
            seen.add((line, label))
            unique.append((group, line, label))
    return unique


def train(rows: list[tuple[str, str, int]]) -> dict:
    """L2-regularised logistic regression over the n-grams (full-batch gradient descent, fixed steps: deterministic);
    the classes weighted to count alike."""
    docs = [(noteregister.features(line), label) for _, line, label in rows]
    df = Counter(f for feats, _ in docs for f in feats)
    vocab = sorted(f for f, c in df.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    xs = [([index[f] for f in feats if f in index], label) for feats, label in docs]
    n = [sum(1 for _, y in xs if y == 0), sum(1 for _, y in xs if y == 1)]
    cw = [len(xs) / (2 * n[0]), len(xs) / (2 * n[1])]
    w, b = [0.0] * len(vocab), 0.0
    for _ in range(EPOCHS):
        grad, gb = [0.0] * len(vocab), 0.0
        for idx, y in xs:
            z = b + sum(w[i] for i in idx)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * cw[y]
            gb += g
            for i in idx:
                grad[i] += g
        m = len(xs)
        for i in range(len(w)):
            w[i] -= RATE * (grad[i] / m + L2 * w[i])
        b -= RATE * gb / m
    weights = {f: round(w[i], 3) for f, i in index.items() if abs(w[i]) >= 0.005}
    return {"prior": round(b, 3), "weights": weights, "counts": n}


def _score(model: dict, line: str) -> float:
    return model["prior"] + sum(model["weights"].get(f, 0.0) for f in noteregister.features(line))


def build() -> tuple[dict, dict]:
    rows = examples()
    groups = sorted({g for g, _, _ in rows})
    fold_of = {g: i % FOLDS for i, g in enumerate(groups)}
    oof: list[tuple[float, int, str]] = []
    for k in range(FOLDS):
        model = train([r for r in rows if fold_of[r[0]] != k])
        oof += [(_score(model, line), label, line) for g, line, label in rows if fold_of[g] == k]
    top_public = max(s for s, label, _ in oof if label == 0)
    threshold = round(top_public + MARGIN, 3)
    final = train(rows)
    positives = [s for s, label, _ in oof if label == 1]
    figures = {
        "positives": final["counts"][1],
        "negatives": final["counts"][0],
        "features": len(final["weights"]),
        "threshold": threshold,
        "out_of_fold_recall": f"{sum(s >= threshold for s in positives)}/{len(positives)}",
        "top_public": sorted(((round(s, 2), line[:70]) for s, lab, line in oof if lab == 0), reverse=True)[
            :5
        ],
    }
    model = {
        "about": "gigai.offline.noteregister: logistic regression register model; rebuild with scripts/train_note_register.py",
        "threshold": threshold,
        "prior": final["prior"],
        "weights": final["weights"],
    }
    return model, figures


def compare() -> int:
    """Every business text of the repository and every note set, with the register signal and without: the pieces
    held back newly (a public line newly held is a false hold) and the notes newly held."""
    import importlib
    from unittest import mock

    from gigai.chatbot import Knowledge
    from tests.offline.test_notes_first_set import measure

    folders = [
        p for base in ("tests/eval/businesses", "assets/businesses") for p in sorted((ROOT / base).iterdir())
    ]
    folders += sorted(
        p for p in (ROOT / "tests/chatbot/heldout").glob("round*/*") if p.is_dir() and p.name != "questions"
    )
    folders = [p for p in folders if p.is_dir()]
    new_pieces, sets = [], {}
    for folder in folders:
        with_it = Knowledge.from_folder(folder).internal
        with mock.patch.object(noteregister, "is_aside", lambda line: False):
            without = Knowledge.from_folder(folder).internal
        new_pieces += [(str(folder.relative_to(ROOT)), p) for p in with_it if p not in without]
    for name in SETS + ("sixth",):
        pastes = importlib.import_module(f"tests.offline.test_notes_{name}_set").PASTES
        after = measure(pastes)
        with mock.patch.object(noteregister, "is_aside", lambda line: False):
            before = measure(pastes)
        sets[name] = {k: (before[k], after[k]) for k in ("held", "notes", "kept", "public")}
    print(f"business folders: {len(folders)}; pieces newly held back: {len(new_pieces)}")
    for folder, piece in new_pieces:
        print(f"  {folder}: {piece[:100]!r}")
    for name, fig in sets.items():
        print(f"set {name}: " + ", ".join(f"{k} {b} -> {a}" for k, (b, a) in fig.items()))
    return 0


def main(argv: list[str]) -> int:
    if "--compare" in argv:
        return compare()
    model, figures = build()
    text = json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    for key, value in figures.items():
        print(f"{key}: {value}")
    if "--check" in argv:
        same = noteregister.MODEL.is_file() and noteregister.MODEL.read_text(encoding="utf-8") == text
        print("noteregister.json is up to date" if same else "noteregister.json differs from a rebuild")
        return 0 if same else 1
    noteregister.MODEL.write_text(text, encoding="utf-8")
    print(f"wrote {noteregister.MODEL.relative_to(ROOT)} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
