"""Every exercise check, judged both ways: lazy or wrong answers must not pass, reasonable ones must (issue 21).

The tables live in check_cases.py (written before the checks changed; fitted since) and check_cases_fresh.py
(written after the change and measured once; its known misses are listed there, not hidden).
"""

from __future__ import annotations

import pytest

from gigai.latihan import registry
from gigai.latihan.core import CORRECT
from tests.latihan.check_cases import CASES, LAB9_Q6, run_case
from tests.latihan.check_cases_fresh import FRESH, KNOWN_MISSES

TABLES = {**CASES, "lab9.q6": LAB9_Q6}
# Building Gradio apps imports gradio (~3 s) and the PDF table writes 20 PDFs: slow lane.
SLOW = {"lab5.q1", "lab9.q6"}


def _keys():
    return [pytest.param(k, marks=pytest.mark.slow) if k in SLOW else k for k in sorted(TABLES)]


def test_every_check_has_a_table_of_ten_and_ten():
    checks = {f"{name}.{ex.name}" for name, lab in registry().items() for ex in lab.exercises}
    assert checks == set(TABLES), f"checks without a table: {sorted(checks - set(TABLES))}"
    thin = [k for k, (lazy, good) in TABLES.items() if len(lazy) < 10 or len(good) < 10]
    assert not thin, f"tables with fewer than 10 lazy or 10 reasonable answers: {thin}"


@pytest.mark.parametrize("key", _keys())
def test_lazy_and_wrong_answers_do_not_pass(key, tmp_path):
    lazy, _ = TABLES[key]
    passed = [i for i, build in enumerate(lazy) if run_case(key, build, tmp_path)[0] == CORRECT]
    assert not passed, f"{key}: lazy/wrong answers #{passed} pass"


@pytest.mark.parametrize("key", _keys())
def test_reasonable_answers_pass(key, tmp_path):
    _, good = TABLES[key]
    failed = {i: run_case(key, build, tmp_path) for i, build in enumerate(good)}
    failed = {i: r for i, r in failed.items() if r[0] != CORRECT}
    assert not failed, f"{key}: reasonable answers fail: {failed}"


@pytest.mark.parametrize("key", sorted(FRESH))
def test_fresh_table_matches_its_recorded_first_run(key):
    lazy, good = FRESH[key]
    for kind, table, want in (("lazy", lazy, False), ("good", good, True)):
        for i, build in enumerate(table):
            passed = run_case(key, build)[0] == CORRECT
            expected = want if (key, kind, i) not in KNOWN_MISSES else not want
            assert passed == expected, f"{key} {kind}#{i}: passed={passed}"


def test_a_persona_given_as_the_bot_gets_the_right_diagnosis():
    from tests.latihan.check_cases import _persona

    for ex in ("lab3.q1", "lab3.q2", "lab3.q3"):
        result = run_case(ex, lambda: (_persona(),))
        assert result[0] != CORRECT and "Persona" in result[1] and "Chatbot(persona=" in result[1], result
        assert "belum punya pengetahuan" not in result[1], result  # the old, wrong diagnosis


def test_an_answer_in_english_gets_a_kind_message_in_indonesian():
    from tests.latihan.check_cases import _msgs, _proposal

    brief = ("Hi, I run a seblak shop in Bandung called Seblak Teh Euis. Customers chat at night about the menu. "
             "I need a chatbot within a week.")
    for key, build in (("lab2.q1", lambda: (_msgs("You are a helpful assistant for my seblak shop in Bandung."),)),
                       ("lab9.q1", lambda: (_proposal(brief), brief))):
        status, reason = run_case(key, build)
        assert status != CORRECT and "bahasa Inggris" in reason and "bahasa Indonesia" in reason, reason


def test_lab6_accepts_the_hook_from_the_issue():
    from tests.latihan.check_cases import _sb

    assert run_case("lab6.q1", lambda: (_sb("Seblak paling nendang se-Cihampelas."),))[0] == CORRECT
