"""The repeat check against disguised repeats (tests/chatbot/repeat_attacks.py) and the look-alike fold."""

from __future__ import annotations

import unicodedata

import pytest

from gigai.chatbot.limits import Limiter, Limits, fingerprint
from gigai.offline.lexicon import _CONFUSABLES, clean
from tests.chatbot import repeat_attacks as attacks

# The fresh set's first run let these two through: a request word ("mohon infonya") and "ok" are not fillers.
OPEN = {"Kalau hari Minggu buka jam berapa, mohon infonya", "Kalau hari Minggu buka jam berapa ok"}


def _again(first: str, second: str) -> bool:
    """True when ``second``, right after ``first`` from the same visitor, reaches the model again."""
    lim = Limiter(Limits(per_minute=0, total_per_minute=0), clock=lambda: 1000.0)
    ticket = lim.admit("web:1", first)
    lim.settle(ticket, "jawaban", tokens=3)
    return lim.admit("web:1", second).ok


@pytest.mark.parametrize("text", attacks.DISGUISES + [d for d in attacks.FRESH_DISGUISES if d not in OPEN])
def test_a_disguised_repeat_gets_the_answer_already_given(text):
    first = attacks.ORIGINAL if text in attacks.DISGUISES else attacks.FRESH_ORIGINAL
    assert not _again(first, text), fingerprint(text)


@pytest.mark.parametrize(
    "pair", attacks.DIFFERENT + attacks.FRESH_DIFFERENT + attacks.REVIEW_DIFFERENT, ids=lambda p: p[1]
)
def test_a_different_question_still_reaches_the_model(pair):
    assert _again(*pair), [fingerprint(q) for q in pair]


def test_the_figures_recorded():
    assert attacks.measure() == (0, 0)
    assert sum(_again(attacks.FRESH_ORIGINAL, d) for d in attacks.FRESH_DISGUISES) == len(OPEN)


def test_the_look_alike_fold_is_general_and_keeps_latin_and_accents():
    old = dict(zip("аеорсухіјѕԁԛԝАВЕКМНОРСТХІЈЅαβεικνορτυχΑΒΕΗΙΚΜΝΟΡΤΥΧ",
                   "aeopcyxijsdqwABEKMHOPCTXIJSabeiknoptuxABEHIKMNOPTYX"))  # fmt: skip
    assert all(_CONFUSABLES[ord(k)] == v for k, v in old.items())  # the first hand-made table, kept
    assert clean(
        "H\u0251rg\u0251 \u028fa \u0262ratis \u1d0bopi \U0001d41b\U0001d41a\U0001d430\U0001d41a"
    ) == ("Harga ya gratis kopi bawa")
    assert clean("Kopi café naïve Straße ABC xyz 123") == "Kopi café naïve Straße ABC xyz 123"
    for code, latin in _CONFUSABLES.items():  # every fold goes to one ASCII letter, from a letter
        assert len(latin) == 1 and latin.isascii() and latin.isalpha(), hex(code)
        assert unicodedata.category(chr(code)).startswith("L"), hex(code)
    assert "\u0418" not in {chr(c) for c in _CONFUSABLES}  # Cyrillic И is no Latin I
