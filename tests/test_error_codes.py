"""Error codes are data: every code in ``gigai/errors.json`` is raised somewhere, by its class, for one condition.

The scan reads gigai/ with ``ast``: a call of an error class with a code (or without one: the class's default
code) is a raise site with a class; any other "Ennn" string (the gateway's HTTP error bodies, helpers that build
an error) is a use of the code. Tests fail on a code missing from the table, a row nobody raises, a site whose
class differs from the row's, a code outside its class's range, a code used in a file the row does not name
(two conditions sharing a code), and generated docs that drifted from the table.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

from gigai import errors

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "gigai"
CODE = re.compile(r"^E\d{3}$")
CLASSES = {name for name in errors.__all__ if isinstance(getattr(errors, name), type)}


def scan() -> tuple[dict[str, set[str]], list[tuple[str, str, str]]]:
    """(code -> files using it, [(code, class, file) for every raise site with a class])."""
    uses: dict[str, set[str]] = defaultdict(set)
    sites: list[tuple[str, str, str]] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "errors.py" and path.parent == PACKAGE:
            continue
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        counted: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name not in CLASSES:
                    continue
                arg = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "code"), None)
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and CODE.match(arg.value):
                    code = arg.value
                    counted.add(id(arg))
                elif arg is None:
                    code = getattr(errors, name).default_code
                else:
                    continue  # a code passed through a variable is counted where the literal stands
                uses[code].add(rel)
                sites.append((code, name, rel))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.match(node.value):
                if id(node) not in counted:
                    uses[node.value].add(rel)
    return uses, sites


USES, SITES = scan()
TABLE = errors.table()
ROWS = TABLE["codes"]


def _range_class(code: str) -> str | None:
    return next((k for a, b, k in TABLE["ranges"] if a <= code <= b), None)


def test_every_code_used_in_gigai_has_a_row():
    missing = sorted(set(USES) - set(ROWS))
    assert not missing, f"codes used in gigai/ but missing from gigai/errors.json: {missing}"


def test_every_row_is_raised_somewhere():
    unused = sorted(set(ROWS) - set(USES))
    assert not unused, f"rows of gigai/errors.json that no code raises: {unused}"


def test_every_raise_site_uses_the_rows_class():
    wrong = sorted({f"{code} raised as {cls} in {f}, table says {ROWS[code]['class']}"
                    for code, cls, f in SITES if code in ROWS and ROWS[code]["class"] != cls})
    assert not wrong, "\n".join(wrong)


def test_every_code_sits_in_its_class_range():
    wrong = []
    for code, row in ROWS.items():
        home = _range_class(code)
        if home is None or not issubclass(errors.error_class(row["class"]), errors.error_class(home)):
            wrong.append(f"{code} is {row['class']} but its range belongs to {home}")
    assert not wrong, "\n".join(sorted(wrong))


def test_one_condition_per_code():
    """A code used in a file its row does not name is a second condition sharing the code."""
    wrong = sorted(f"{code} used in {f}, not one of {ROWS[code].get('where')}"
                   for code, files in USES.items() if code in ROWS for f in files
                   if f not in ROWS[code].get("where", []))
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("code", sorted(ROWS))
def test_every_row_says_both_languages_and_a_next_step(code):
    row = ROWS[code]
    assert row["id"].strip() and row["en"].strip() and row["id"] != row["en"], code
    assert " / " not in row["id"] and " / " not in row["en"], f"{code}: one language per field"
    assert set(row) <= {"class", "id", "en", "next", "where"}, f"{code}: unknown field {set(row) - {'class'}}"


def test_ranges_do_not_overlap_and_name_real_classes():
    spans = sorted(TABLE["ranges"])
    for (a1, b1, k1), (a2, _b2, _k2) in zip(spans, spans[1:]):
        assert b1 < a2, f"{a1}-{b1} overlaps the next range"
    for _a, _b, k in spans:
        errors.error_class(k)


def test_generated_docs_match_the_table():
    doc = (ROOT / "docs" / "ERRORS.md").read_text(encoding="utf-8")
    assert doc == errors.render_markdown(), "run: python scripts/error_docs.py"
    block = re.search(r"<!-- error-tree:start -->\n(.*?)<!-- error-tree:end -->", errors.__doc__, re.S)
    assert block and block.group(1).rstrip("\n") == errors.render_tree(), "run: python scripts/error_docs.py"


def test_a_code_alone_brings_its_texts_and_next_step(monkeypatch):
    code, row = next(iter(sorted(ROWS.items())))
    err = errors.error_class(row["class"])(code)
    assert err.id == row["id"] and err.en == row["en"] and err.hint == row.get("next")
    monkeypatch.setenv("GIGAI_LANG", "en")
    assert row["en"] in str(err) and row["id"] not in str(err)
