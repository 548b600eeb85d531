"""Execute a lab notebook the way a participant's "Run All" does, and read what they would see.

Unlike nbval, NBVAL_SKIP cells run too (a participant's Run All has no such tag), except the ones that start
the sample app's server (they stay for the trainer to run in class). The notebook runs in a temporary copy
so its outputs (``hasil/``) never land in ``labs/``.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LABS = ROOT / "labs"

# Words that give away the English half of an "Indonesian / English" pair.
_EN = frozenset(
    "try value values calls call in out ready available found packages package voice empty yes no optional free "
    "set absent join license not some estimated error warning missing done skip skipped failed fail ok passed "
    "tool tools generated audio yours render rendering writing file files checking check online offline only "
    "local server running stopped unknown none all the and or of to for with is are was".split())
_PAIR = re.compile(r"([A-Za-zÀ-ÿ()\-]+)[ \t]+/[ \t]+([A-Za-z]+)")
_ENGLISH_ERROR = re.compile(r"\b(Traceback|Exception|could not convert|not found|must be|[A-Z]\w+Error\b)")
_RAW_REPR = re.compile(r"<[\w.]+ object at 0x|\b[A-Z][A-Za-z]+\((?:[a-z_]+)=")
_PASSED = 'data-gigai-check="benar"'
_TAGS = re.compile(r"<[^>]+>")


def visible(out: dict) -> str:
    """The text a participant sees for one output: the richest format Jupyter shows, tags removed."""
    kind = out.get("output_type")
    if kind == "stream":
        return out.get("text", "")
    if kind == "error":
        return "\n".join(out.get("traceback", [])) or f"{out.get('ename')}: {out.get('evalue')}"
    data = out.get("data", {})
    for mime in ("text/html", "text/markdown", "text/plain"):
        if mime in data:
            value = data[mime]
            value = value if isinstance(value, str) else "".join(value)
            return _TAGS.sub(" ", re.sub(r"base64,[A-Za-z0-9+/=]+", "base64,…", value)) if mime == "text/html" \
                else value
    return ""


def findings(nb) -> dict[str, list[str]]:
    """What a participant would trip over: errors, passing checks, bilingual pairs, English errors, raw reprs."""
    found: dict[str, list[str]] = {"error": [], "passed": [], "pair": [], "english": [], "repr": []}
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found["error"].append(f"cell {i}: {out.get('ename')}: {out.get('evalue')}")
                continue
            raw = str(out.get("data", {}).get("text/html", ""))
            if _PASSED in raw:
                found["passed"].append(f"cell {i}")
            text = visible(out)
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                if "Traceback" in text:
                    found["error"].append(f"cell {i}: traceback on stderr")
                continue
            for m in _PAIR.finditer(text):
                if m.group(2).lower() in _EN and m.group(1).lower() not in _EN:
                    found["pair"].append(f"cell {i}: {m.group(0)!r} in {_around(text, m)!r}")
            for rx, key in ((_ENGLISH_ERROR, "english"), (_RAW_REPR, "repr")):
                for m in rx.finditer(text):
                    found[key].append(f"cell {i}: {_around(text, m)!r}")
    return found


def _around(text: str, m: re.Match, n: int = 50) -> str:
    return text[max(0, m.start() - n): m.end() + n].replace("\n", " ")


def run_all(path: Path, workdir: Path, timeout: int = 600):
    """Execute ``path`` in ``workdir`` like Run All (no --allow-errors); returns the executed notebook."""
    import nbformat
    from nbclient import NotebookClient

    copy = workdir / path.name
    shutil.copy(path, copy)
    nb = nbformat.read(copy, as_version=4)
    kept = {}
    for i, cell in enumerate(nb.cells):
        src = cell.source.lstrip() if cell.cell_type == "code" else ""
        if src.startswith("# NBVAL_SKIP") and "fill_first(" not in src:
            kept[i] = cell.source  # starts the sample app's server: the trainer runs it in class
            cell.source = "pass  # dilewati saat pengujian: menyalakan server aplikasi contoh"
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=True,
                            resources={"metadata": {"path": str(workdir)}})
    client.execute()
    for i, src in kept.items():
        nb.cells[i].source = src
    nbformat.write(nb, copy)
    return nb, copy
