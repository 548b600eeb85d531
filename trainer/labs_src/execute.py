"""Execute lab notebooks the way CI does (offline engine) and review what a participant would see.

    .venv/bin/python trainer/labs_src/execute.py [labs/01_persiapan.ipynb ...] [--dump DIR]

Prints wall time per notebook and flags outputs with errors, tracebacks, machine paths or key-like
strings. NBVAL_SKIP cells are not run (as under nbval). With --dump, writes each notebook's outputs as
text for reading. Nothing is written back into the notebooks.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]
BAD = [
    (re.compile(r"Traceback \(most recent call last\)|^\w*Error: ", re.M), "traceback/error"),
    (
        re.compile(r"(/home/\w|/root\b|/Users/\w|[A-Za-z]:\\Users\\|/work/|/tmp/|/var/folders/)"),
        "machine path",
    ),
    (re.compile(r"\b(sk-[A-Za-z0-9_-]{20,}|gsk_[A-Za-z0-9]{20,}|AIza[0-9A-Za-z_-]{30,})"), "key-like string"),
]


def output_text(out: dict) -> str:
    if out.get("output_type") == "stream":
        return out.get("text", "")
    if out.get("output_type") == "error":
        return "\n".join(out.get("traceback", [])) or f"{out.get('ename')}: {out.get('evalue')}"
    data = out.get("data", {})
    return "\n".join(str(data[k]) for k in ("text/plain", "text/markdown", "text/html") if k in data)


def problems(nb, participant: bool = False) -> list[str]:
    found = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        expected = cell.source.lstrip().startswith("# NBVAL_RAISES_EXCEPTION")
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                shown = "\n".join(out.get("traceback", []))
                if not expected:
                    found.append(f"cell {i}: error {out.get('ename')}: {out.get('evalue')}")
                elif "Traceback" in shown or "File " in shown:
                    found.append(f"cell {i}: the expected error shows a Python traceback: {shown[:160]!r}")
                continue
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                found.append(f"cell {i}: stderr: {out.get('text', '')[:160]!r}")
            text = output_text(out)
            if participant and 'data-gigai-check="benar"' in text:
                found.append(f"cell {i}: a check passes in the untouched participant notebook")
            for rx, what in BAD:
                m = rx.search(text)
                if m:
                    found.append(f"cell {i}: {what}: ...{text[max(0, m.start() - 60) : m.end() + 60]!r}")
    return found


def run(path: Path, dump: Path | None) -> tuple[float, list[str]]:
    nb = nbformat.read(path, as_version=4)
    skipped = {}
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and cell.source.lstrip().startswith("# NBVAL_SKIP"):
            skipped[i] = cell.source
            cell.source = "pass  # NBVAL_SKIP"
    client = NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(path.parent)}},
    )
    t0 = time.monotonic()
    client.execute()
    wall = time.monotonic() - t0
    if dump:
        dump.mkdir(parents=True, exist_ok=True)
        lines = []
        for i, cell in enumerate(nb.cells):
            if cell.cell_type == "code":
                lines.append(f"----- [{i}] {skipped.get(i, cell.source)}")
                for out in cell.get("outputs", []):
                    lines.append(output_text(out))
        name = path.relative_to(ROOT).as_posix().replace("/", "__")
        (dump / f"{name}.txt").write_text("\n".join(lines), encoding="utf-8")
    return wall, problems(nb, participant="solutions" not in path.parts)


def main(argv: list[str]) -> int:
    dump = None
    if "--dump" in argv:
        i = argv.index("--dump")
        dump = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2 :]
    paths = [Path(a).resolve() for a in argv] or sorted((ROOT / "labs").glob("0[1-9]_*.ipynb")) + sorted(
        (ROOT / "trainer" / "solutions").glob("0[1-9]_*.ipynb")
    )
    os.environ.setdefault("GIGAI_PROVIDER", "offline")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    bad = 0
    for p in paths:
        wall, found = run(p, dump)
        status = "ok" if not found else "PROBLEMS"
        print(f"{p.relative_to(ROOT).as_posix():45} {wall:6.1f} s  {status}")
        for f in found:
            print("    ", f)
        bad += bool(found)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
