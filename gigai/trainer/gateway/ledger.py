"""Budgets that hold under concurrency: reserve a request's worst-case cost first, settle the real cost after.

A request is admitted only if ``spent + reserved + worst_case <= budget``; concurrent requests of one token
therefore can never spend more than its budget. The settled cost is the upstream's reported usage priced by
the LLM catalogue (``gigai.llm.registry.cost``: the one pricing rule participants' ``gigai.usage()`` uses too);
a request whose fate is unknown (timeout, 5xx, dropped stream without usage) is settled at its worst case,
since the provider may have billed it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from gigai.trainer.gateway.tokens import TokenInfo, TokenStore


def price_idr(provider: str, model: str, prompt_tokens: int, completion_tokens: int) -> float:
    """Rupiah of one call by the catalogue's rule (``registry.cost``)."""
    from gigai.llm import registry

    return registry.cost(provider, model, int(prompt_tokens), int(completion_tokens))[1]


@dataclass
class Hold:
    """Money held for one request in flight."""

    token_id: int
    amount_idr: float
    settled: bool = False


class Ledger:
    """Reservations in memory (one gateway process), spend in the shared SQLite store."""

    def __init__(self, store: TokenStore, *, max_in_flight: int = 4) -> None:
        self.store = store
        self.max_in_flight = max_in_flight  # one laptop never needs more; a script holding streams open does
        self._held: dict[int, float] = {}
        self._count: dict[int, int] = {}
        self._lock = threading.Lock()

    def in_flight(self, token_id: int) -> int:
        with self._lock:
            return self._count.get(token_id, 0)

    def held(self, token_id: int) -> float:
        with self._lock:
            return self._held.get(token_id, 0.0)

    def reserve(self, info: TokenInfo, amount_idr: float) -> tuple[Hold | None, float]:
        """Hold ``amount_idr`` for ``info``: (hold, free before it), or (None, free) when the budget cannot
        cover it, or (None, -1.0) when the token already has ``max_in_flight`` requests open."""
        with self._lock:
            if self._count.get(info.id, 0) >= self.max_in_flight:
                return None, -1.0
            fresh = self.store.get(info.id) or info  # budgets change from the CLI and the console
            free = fresh.budget_idr - fresh.spent_idr - self._held.get(info.id, 0.0)
            if amount_idr > free + 1e-9:
                return None, max(0.0, free)
            self._held[info.id] = self._held.get(info.id, 0.0) + amount_idr
            self._count[info.id] = self._count.get(info.id, 0) + 1
            return Hold(info.id, amount_idr), free

    def settle(
        self,
        hold: Hold,
        cost_idr: float,
        *,
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
        error: bool = False,
    ) -> float:
        """Release the hold and book ``cost_idr``; returns what was booked.

        The real cost is booked even above the hold (a provider counting more tokens than the bound): the
        trainer's console must show what the provider bills, not what the gateway expected.
        """
        booked = max(0.0, float(cost_idr))
        with self._lock:
            if hold.settled:
                return 0.0
            hold.settled = True
            left = self._held.get(hold.token_id, 0.0) - hold.amount_idr
            if left > 1e-9:
                self._held[hold.token_id] = left
            else:
                self._held.pop(hold.token_id, None)
            count = self._count.get(hold.token_id, 1) - 1
            if count > 0:
                self._count[hold.token_id] = count
            else:
                self._count.pop(hold.token_id, None)
            self.store.record(
                hold.token_id,
                cost_idr=booked,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                error=error,
            )
        return booked
