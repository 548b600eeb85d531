"""The doctor's report: rows (Check), the whole report (text, JSON, notebook table), and scrubbing.

The report never contains a secret (provider keys masked, gateway tokens and channel secrets hidden) nor the
home folder's full path (it becomes ``~``, in any letter case). Text is in one language (Indonesian, English
with ``GIGAI_LANG=en``); a row's ``key`` stays the same in both. Standard library only.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from gigai.lang import say

OK, INFO, WARN, FAIL = "ok", "info", "warn", "fail"
_MARK = {OK: "✅", INFO: "ℹ️", WARN: "⚠️", FAIL: "❌"}
_ASCII_MARK = {OK: "[OK]", INFO: "[i]", WARN: "[!]", FAIL: "[X]"}


@dataclass
class Check:
    """One row of the report: ``name`` is shown (one language), ``key`` is stable (``packages``, ``voice``)."""

    name: str
    status: str
    detail: str
    fix: str = ""
    blocking: bool = False
    data: dict[str, Any] = field(default_factory=dict)
    key: str = ""

    def __post_init__(self) -> None:
        if not self.key:
            self.key = self.name

    @property
    def blocks(self) -> bool:
        return self.status == FAIL and self.blocking


@dataclass
class Report:
    """All checks plus a little context; prints as text, JSON or a notebook table."""

    checks: list[Check]
    system: dict[str, Any]
    created: str

    @property
    def exit_code(self) -> int:
        return 1 if any(c.blocks for c in self.checks) else 0

    @property
    def ok(self) -> bool:
        return self.exit_code == 0

    def __getitem__(self, name: str) -> Check:
        """A row by its key (``report["packages"]``) or its shown name."""
        for check in self.checks:
            if name in (check.key, check.name):
                return check
        raise KeyError(name)

    def verdict(self) -> str:
        warns = sum(c.status == WARN for c in self.checks)
        fails = sum(c.status == FAIL for c in self.checks)
        if not self.ok:
            return say(f"BELUM SIAP: {fails} masalah penting", f"NOT READY: {fails} blocking problem(s)")
        if fails or warns:
            return say(
                f"SIAP, dengan catatan: {fails + warns} peringatan",
                f"READY, with notes: {fails + warns} warning(s)",
            )
        return say("SIAP", "READY")

    def to_dict(self) -> dict[str, Any]:
        data = {
            "gigai_doctor": 1,
            "created": self.created,
            "ok": self.ok,
            "exit_code": self.exit_code,
            "verdict": self.verdict(),
            "system": self.system,
            "checks": [asdict(c) for c in self.checks],
        }
        return json.loads(scrub(json.dumps(data, ensure_ascii=False)))

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_text(self, *, ascii: bool = False) -> str:
        marks = _ASCII_MARK if ascii else _MARK
        s = self.system
        lines = [
            f"gigai doctor · {self.created}",
            f"{s['os']} · Python {s['python']} · gigai {s['gigai']} · {s['env']}",
        ]
        for c in self.checks:
            lines.append(f"{marks[c.status]} {c.name}: {c.detail}")
            if c.fix and c.status in (WARN, FAIL):
                lines.append(f"    -> {c.fix}")
        lines.append(f"== {self.verdict()}")
        return scrub("\n".join(lines))

    def __str__(self) -> str:
        return self.to_text()

    __repr__ = __str__  # the dataclass repr would show machine paths in notebook outputs

    def _repr_markdown_(self) -> str:
        rows = [say("| | cek | hasil | perbaikan |", "| | check | result | fix |"), "|---|---|---|---|"]
        for c in self.checks:
            fix = f"`{c.fix}`" if c.fix and c.status in (WARN, FAIL) else ""
            rows.append(f"| {_MARK[c.status]} | {c.name} | {c.detail.replace('|', '/')} | {fix} |")
        head = f"**gigai doctor: {self.verdict()}** ({self.system['os']}, Python {self.system['python']})"
        return scrub(head + "\n\n" + "\n".join(rows))


def scrub(text: str) -> str:
    """Remove what must never leave the laptop: secrets (masked) and the home folder path (any letter case)."""
    try:
        from gigai.doctor.secrets import secret_values

        secrets = secret_values()
    except Exception:  # noqa: BLE001 - scrubbing must never fail
        secrets = []
    for value, shown in secrets:
        text = text.replace(value, shown)
    home = str(Path.home())
    if len(home) > 1:
        # The JSON-escaped Windows form first; never touch a longer name such as /rootfs or /home/budiman.
        # Windows paths ignore case (c:\users\budi is C:\Users\Budi), so the match does too.
        forms = sorted({home.replace("\\", "\\\\"), home, home.replace("\\", "/")}, key=len, reverse=True)
        for form in forms:
            text = re.sub(re.escape(form) + r"(?![A-Za-z0-9_.-])", "~", text, flags=re.IGNORECASE)
    return text
