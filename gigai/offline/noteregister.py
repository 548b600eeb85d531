"""The register of a line: written to customers (offers, prices, hours, "kak", "yuk") or to the owner's own side
(named staff and customers in the third person, debts, errands, complaints, "udah", "jgn").

A logistic regression over word and character n-grams of the text the note detector reads
(:func:`gigai.offline.notecontent.read`), trained by ``scripts/train_note_register.py`` on the note lines of the
note test sets (positives) and the public lines of the repository's business texts (negatives); its weights are
``noteregister.json`` next to this module. Pure Python, deterministic. It is one more input of
:func:`gigai.offline.notes.split_notes`, used only for a line no other rule decided and only when the model is very
sure (``THRESHOLD`` in the JSON, set by the training script above every held-out public line's score).

    >>> score("Pak Budi masih ngutang 300rb, tagih minggu depan") > score("Potong rambut 35rb, buka jam 9 kak")
    True
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from gigai.offline.notecontent import read

MODEL = Path(__file__).with_name("noteregister.json")
_WORD = re.compile(r"[a-z]+|\d+")
_MIN_WORDS = 5  # a short line (a price, a label) carries too little register to judge


def features(line: str) -> list[str]:
    """The n-grams the model reads: words (digits as '0'), word pairs, and 4-letter pieces of words."""
    words = ["0" if w.isdigit() else w for w in _WORD.findall(read(line).lower())]
    out = {f"w:{w}" for w in words}
    out.update(f"b:{a}_{b}" for a, b in zip(words, words[1:]))
    for w in words:
        if len(w) >= 4:
            padded = f"<{w}>"
            out.update(f"c:{padded[i : i + 4]}" for i in range(len(padded) - 3))
    return sorted(out)


@lru_cache(maxsize=1)
def _model() -> dict:
    return json.loads(MODEL.read_text(encoding="utf-8"))


def score(line: str) -> float:
    """Log-odds that ``line`` is written to the owner's own side rather than to customers."""
    model = _model()
    weights = model["weights"]
    return model["prior"] + sum(weights.get(f, 0.0) for f in features(line))


def words(line: str) -> int:
    return len(_WORD.findall(read(line)))


def is_aside(line: str) -> bool:
    """True when the model is very sure ``line`` (five words or more) is written to the inside."""
    return words(line) >= _MIN_WORDS and score(line) >= _model()["threshold"]


def probability(line: str) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score(line)))))
