"""Extra promise for the notebooks nbval executes (`make test`): outputs a participant could save and share
hold no tracebacks, machine paths or key-like strings, and no exercise check passes in an untouched
participant notebook.

nbval --nbval-lax only fails a cell on an exception; this hook also reads each cell's live outputs (nbval
keeps them on ``item.test_outputs``) after it ran. Binary payloads (embedded video/audio as base64) are
skipped, and so are warnings that third-party packages print on stderr (they name site-packages paths but
are not the lab's output); a traceback on stderr still fails.
"""

from __future__ import annotations

import re

import pytest

_BASE64 = re.compile(r"base64,[A-Za-z0-9+/=\s]+")
_CHECKS = [
    (re.compile(r"Traceback \(most recent call last\)"), "a traceback"),
    (
        re.compile(r"(/home/[\w.-]+|/root/|/Users/[\w.-]+|[A-Za-z]:\\+Users\\+|/work/|/tmp/|/var/folders/)"),
        "a machine path",
    ),
    (
        re.compile(
            r"\b(sk-(proj-)?[A-Za-z0-9_-]{24,}|gsk_[A-Za-z0-9]{20,}|AIza[0-9A-Za-z_-]{30,}|hf_[A-Za-z]{30,})"
        ),
        "a key-like string",
    ),
]
_TEXT_MIMES = ("text/plain", "text/markdown", "text/html", "application/json")


def _texts(outputs):
    for out in outputs or []:
        kind = out.get("output_type")
        if kind == "stream":
            text = out.get("text", "")
            if out.get("name") == "stderr":
                # Library warnings name their own files; only a traceback on stderr is the lab's problem.
                if "Traceback (most recent call last)" in text:
                    yield "stderr", text
                continue
            yield "stdout", text
        elif kind in ("display_data", "execute_result"):
            data = out.get("data", {})
            for mime in _TEXT_MIMES:
                if mime in data:
                    value = data[mime]
                    yield mime, _BASE64.sub("base64,…", value if isinstance(value, str) else str(value))


_PASSED = re.compile(r'data-gigai-check="benar"')


def _participant(item) -> bool:
    path = getattr(item, "path", None) or getattr(item, "fspath", None)
    return path is not None and "solutions" not in str(path).replace("\\", "/").split("/")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    result = yield  # re-raises when the cell itself failed: nbval's report wins
    if _participant(item):
        # An untouched participant notebook must not pass any exercise: a check that passes without the
        # participant's own work teaches nothing (issue 10).
        for where, text in _texts(getattr(item, "test_outputs", None)):
            if _PASSED.search(text):
                pytest.fail(f"a check passes in the untouched participant notebook ({where}): {text[:200]}",
                            pytrace=False)
    for where, text in _texts(getattr(item, "test_outputs", None)):
        for rx, what in _CHECKS:
            m = rx.search(text)
            if m:
                snippet = text[max(0, m.start() - 80) : m.end() + 40].replace("\n", " ")
                pytest.fail(f"cell output ({where}) shows {what}: ...{snippet}...", pytrace=False)
    return result
