"""What each participant spent: ``gigai gateway usage [--json | --csv FILE]`` for the trainer."""

from __future__ import annotations

import csv
import time
from pathlib import Path
from typing import Any

from gigai.trainer.gateway.tokens import TokenInfo

FIELDS = ["participant", "spent_idr", "budget_idr", "requests", "errors", "prompt_tokens", "completion_tokens",
          "status", "last_seen"]  # fmt: skip


def money(amount: float) -> str:
    """Rupiah as people read it (``Rp 20.000``); small sums keep two decimals (``Rp 0,13``), never "Rp 0"."""
    from gigai.business.money import rupiah

    return rupiah(amount, decimals=2) if 0 < amount < 10 else rupiah(amount)


def rows(infos: list[TokenInfo]) -> list[dict[str, Any]]:
    """One row per participant (no token: they are stored hashed)."""
    return [
        {
            "participant": t.name,
            "spent_idr": round(t.spent_idr, 2),
            "budget_idr": round(t.budget_idr, 2),
            "requests": t.requests,
            "errors": t.errors,
            "prompt_tokens": t.prompt_tokens,
            "completion_tokens": t.completion_tokens,
            "status": "dicabut/revoked" if t.revoked else "aktif/active",
            "last_seen": time.strftime("%Y-%m-%d %H:%M", time.localtime(t.last_seen)) if t.last_seen else "",
        }
        for t in infos
    ]


def format_table(infos: list[TokenInfo]) -> str:
    """Plain-text table for the terminal or a printout; rupiah in Indonesian format (Rp 20.000)."""
    width = max([len("peserta/participant")] + [len(t.name) for t in infos])
    lines = [
        f"{'peserta/participant':<{width}} {'terpakai/spent':>15} {'budget':>12} {'chat':>5} {'error':>5}  status"
    ]
    for t in infos:
        status = "DICABUT/revoked" if t.revoked else "aktif/active"
        lines.append(
            f"{t.name:<{width}} {money(t.spent_idr):>15} {money(t.budget_idr):>12} {t.requests:>5} {t.errors:>5}"
            f"  {status}"
        )
    total = sum(t.spent_idr for t in infos)
    lines.append(f"{'total':<{width}} {money(total):>15}")
    return "\n".join(lines)


def write_csv(infos: list[TokenInfo], out: str | Path) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows(infos))
    return out
