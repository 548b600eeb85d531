"""The usage log: every call (priced by the accounting wrapper) lands here and in $GIGAI_HOME/usage.jsonl.

>>> gigai.usage().summary()["cost_idr"]
"""

from __future__ import annotations

import json
import os
import threading
import time
from typing import Any

from gigai.llm.base import Usage, estimate_messages, estimate_tokens, text_of

__all__ = ["estimate_messages", "estimate_tokens", "text_of", "UsageLog", "usage", "record"]


_PATHS: dict[str | None, Any] = {}


def _log_path() -> Any:
    """$GIGAI_HOME/usage.jsonl; the folder is made once per home, not on every call."""
    env = os.environ.get("GIGAI_HOME")
    path = _PATHS.get(env)
    if path is None or not path.parent.is_dir():
        from gigai import config

        path = _PATHS[env] = config.home() / "usage.jsonl"
    return path


class UsageLog:
    """Calls made in this session; ``summary()`` totals them, notebooks render a table."""

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def add(self, provider: str, model: str, usage: Usage, *, persist: bool = True) -> dict[str, Any]:
        rec = {
            "ts": round(time.time(), 3),
            "provider": provider,
            "model": model,
            "tokens_in": usage.prompt_tokens,
            "tokens_out": usage.completion_tokens,
            "estimated": usage.estimated,
            "cost_usd": round(usage.cost_usd, 8),
            "cost_idr": round(usage.cost_idr, 4),
        }
        with self._lock:
            self.records.append(rec)
        if persist:
            try:
                with open(_log_path(), "a", encoding="utf-8") as fh:
                    fh.write(json.dumps(rec) + "\n")
            except OSError:  # a read-only home must never break a chat
                pass
        return rec

    def reset(self) -> None:
        with self._lock:
            self.records.clear()

    def summary(self) -> dict[str, Any]:
        def total(recs: list[dict[str, Any]]) -> dict[str, Any]:
            return {
                "calls": len(recs),
                "tokens_in": sum(r["tokens_in"] for r in recs),
                "tokens_out": sum(r["tokens_out"] for r in recs),
                "estimated_calls": sum(1 for r in recs if r["estimated"]),
                "cost_usd": round(sum(r["cost_usd"] for r in recs), 6),
                "cost_idr": round(sum(r["cost_idr"] for r in recs), 2),
            }

        with self._lock:
            recs = list(self.records)
        out = total(recs)
        names = sorted({r["provider"] for r in recs})
        out["per_provider"] = {n: total([r for r in recs if r["provider"] == n]) for n in names}
        return out

    def __len__(self) -> int:
        return len(self.records)

    def _repr_markdown_(self) -> str:
        from gigai.business.money import rupiah  # the one rupiah format ("Rp 1.234,50")
        from gigai.lang import say

        s = self.summary()
        rows = [
            say("| provider | panggilan | token masuk | token keluar | USD | Rupiah |",
                "| provider | calls | tokens in | tokens out | USD | Rupiah |"),
            "|---|---|---|---|---|---|",
        ]
        for name, t in s["per_provider"].items():
            star = "*" if t["estimated_calls"] else ""
            rows.append(
                f"| {name} | {t['calls']} | {t['tokens_in']}{star} | {t['tokens_out']}{star} | "
                f"{t['cost_usd']:.6f} | {rupiah(t['cost_idr'], decimals=2)} |"
            )
        rows.append(
            f"| **total** | {s['calls']} | {s['tokens_in']} | {s['tokens_out']} | "
            f"{s['cost_usd']:.6f} | {rupiah(s['cost_idr'], decimals=2)} |"
        )
        if s["estimated_calls"]:
            rows.append("\n\\* " + say("sebagian token diperkirakan", "some token counts are estimated"))
        return "\n".join(rows)

    def __repr__(self) -> str:
        s = self.summary()
        return (
            f"<UsageLog calls={s['calls']} tokens_in={s['tokens_in']} tokens_out={s['tokens_out']} "
            f"cost_usd={s['cost_usd']:.6f} cost_idr={s['cost_idr']:.2f}>"
        )


_LOG = UsageLog()


def usage() -> UsageLog:
    """The session's usage log. Used in: Lab 1 (berapa biaya satu chat?)."""
    return _LOG


def record(
    provider: str,
    model: str,
    messages: list[dict[str, Any]],
    text: str,
    prompt_tokens: int | None = None,
    completion_tokens: int | None = None,
) -> Usage:
    """The tokens of one call (estimating missing counts), NOT priced and NOT logged.

    Pricing and logging happen once per call in the accounting wrapper that ``registry.resolve`` puts
    around every model (gigai/llm/wrappers.py), so a model class never logs itself.
    """
    estimated = prompt_tokens is None or completion_tokens is None
    pin = prompt_tokens if prompt_tokens is not None else estimate_messages(messages)
    pout = completion_tokens if completion_tokens is not None else estimate_tokens(text)
    return Usage(pin, pout, estimated=estimated)
