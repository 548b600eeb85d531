"""Rate limits and prices for the room gateway: a token bucket per participant, rupiah per request."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def usd_to_idr_rate() -> float:
    """The LLM layer's rate (GIGAI_USD_IDR, else presets.json): one number for usage logs and budgets."""
    from gigai.llm.registry import usd_idr

    return usd_idr()

# USD per 1M tokens (input, output). Used when neither the caller nor gigai/llm/presets.json names a price.
# The fallback is deliberately on the expensive side of the small models, so budgets never run over.
DEFAULT_PRICES: dict[str, tuple[float, float]] = {
    "*": (0.50, 1.50),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gemini-2.0-flash": (0.10, 0.40),
    "gemini-2.5-flash": (0.30, 2.50),
    "gemini-2.5-flash-lite": (0.10, 0.40),
    "llama-3.1-8b-instant": (0.05, 0.08),
}


def load_prices(extra: dict[str, Any] | None = None) -> dict[str, tuple[float, float]]:
    """Price table: defaults < prices in ``gigai/llm/presets.json`` (if present) < ``extra``.

    ``extra`` values may be ``(in, out)`` tuples or ``{"input": .., "output": ..}`` dicts (USD / 1M tokens).
    """
    prices = dict(DEFAULT_PRICES)
    prices.update(_preset_prices())
    for model, value in (extra or {}).items():
        prices[model] = _pair(value)
    return prices


def _pair(value: Any) -> tuple[float, float]:
    if isinstance(value, dict):
        return (
            float(value.get("input", value.get("input_usd_per_mtok", 0.0)) or 0.0),
            float(value.get("output", value.get("output_usd_per_mtok", 0.0)) or 0.0),
        )
    a, b = value
    return float(a), float(b)


def _preset_prices() -> dict[str, tuple[float, float]]:
    """Read prices from the LLM layer's presets file defensively (its exact shape may evolve)."""
    path = Path(__file__).resolve().parent.parent / "llm" / "presets.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    rows = data.get("presets", data) if isinstance(data, dict) else data
    if isinstance(rows, dict):
        rows = [dict(v, name=k) if isinstance(v, dict) else {} for k, v in rows.items()]
    out: dict[str, tuple[float, float]] = {}
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict):
            continue
        if "price_in" in row and row.get("default_model"):  # the presets.json shape (USD / 1M tokens)
            try:
                out[str(row["default_model"])] = (
                    float(row["price_in"] or 0),
                    float(row.get("price_out") or 0),
                )
            except (TypeError, ValueError):
                pass
            continue
        price = row.get("price") or row.get("prices")
        if isinstance(price, dict) and ("input" in price or "input_usd_per_mtok" in price):
            model = row.get("model") or row.get("default_model")
            if model:
                try:
                    out[str(model)] = _pair(price)
                except (TypeError, ValueError):
                    continue
        elif isinstance(price, dict):  # {model: {...}}
            for model, value in price.items():
                try:
                    out[str(model)] = _pair(value)
                except (TypeError, ValueError):
                    continue
    return out


def cost_idr(
    model: str | None,
    prompt_tokens: int,
    completion_tokens: int,
    prices: dict[str, tuple[float, float]],
    usd_to_idr: float | None = None,
) -> float:
    """Rupiah for one call. Unknown models use the ``"*"`` row; a model id with a provider prefix
    (``google/gemini-2.0-flash``) matches its last part."""
    name = model or "*"
    pair = prices.get(name) or prices.get(name.rsplit("/", 1)[-1]) or prices.get("*", (0.0, 0.0))
    usd = (prompt_tokens * pair[0] + completion_tokens * pair[1]) / 1_000_000
    return usd * (usd_to_idr if usd_to_idr is not None else usd_to_idr_rate())


def estimate_tokens(text_or_chars: str | int) -> int:
    """~4 characters per token (Indonesian and English alike are close to it); at least 1 for non-empty text."""
    n = text_or_chars if isinstance(text_or_chars, int) else len(text_or_chars)
    return (n + 3) // 4 if n > 0 else 0


@dataclass
class TokenBucket:
    """``rpm`` requests per minute with a burst of up to ``burst`` (default: a quarter of rpm, at least 3)."""

    rpm: float
    burst: float | None = None
    tokens: float = field(init=False)
    stamp: float = field(init=False)

    def __post_init__(self) -> None:
        if self.burst is None:
            self.burst = max(3.0, self.rpm / 4)
        self.tokens = float(self.burst)
        self.stamp = time.monotonic()

    def take(self) -> float:
        """Take one request; returns 0.0 if allowed, else the seconds to wait."""
        now = time.monotonic()
        rate = self.rpm / 60.0
        self.tokens = min(float(self.burst), self.tokens + (now - self.stamp) * rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        return (1.0 - self.tokens) / rate if rate > 0 else 60.0
