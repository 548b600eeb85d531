"""How much the AI part of a gig costs per month, in rupiah, so it goes into the price.

Prices and the exchange rate come from the LLM layer's one catalogue (``gigai.llm.registry``: USD per 1M
tokens per model, GIGAI_USD_IDR or the catalogue's default rate); explicit arguments always win.
Used in: Lab 8.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gigai.business.money import as_amount, ceil_to, rupiah
from gigai.errors import ConfigError, InputError
from gigai.llm import registry

__all__ = ["ApiCost", "api_cost_estimate", "chatbot_tokens_per_conversation"]

# A chatbot with a real model sends the business's whole knowledge every turn (gigai.chatbot.bot): a sample
# business's prompt is ~1.3-1.6k tokens, so 3 turns with their growing history come to about 5.000 tokens in.
# tests/business checks this figure against chatbot_tokens_per_conversation() on the sample businesses.
TURNS_PER_CONVERSATION = 3
TOKENS_IN_PER_CONVERSATION = 5_000
TOKENS_OUT_PER_CONVERSATION = 300


def chatbot_tokens_per_conversation(
    bot: Any, *, turns: int = TURNS_PER_CONVERSATION, question_tokens: int = 25, answer_tokens: int = 100
) -> tuple[int, int]:
    """(tokens in, tokens out) of one conversation of ``turns`` questions with this Chatbot on a real model:
    every turn re-sends the system prompt with the knowledge it gets, and the conversation so far.

        >>> chatbot_tokens_per_conversation(Chatbot.from_business("kopi-kita"))   # about (4700, 300)

    Used in: Lab 8.
    """
    from gigai.chatbot.memory import count_tokens

    passages = list(bot.knowledge.passages)
    used, given = 0, []
    for p in passages:  # what fits the bot's knowledge budget (its default, for a model with a large context)
        cost = count_tokens(str(p)) + 1
        if used + cost <= bot.knowledge_tokens:
            given.append(p)
            used += cost
    system = count_tokens(bot.persona.system_prompt(given, for_model=True))
    tokens_in = sum(system + question_tokens + i * (question_tokens + answer_tokens) for i in range(turns))
    return tokens_in, turns * answer_tokens


def _catalogue_prices(provider: str, model: str | None) -> tuple[float, float, str]:
    try:
        p_in, p_out = registry.model_price(provider, model)
    except ConfigError as exc:  # an unknown provider name: say it in this function's words
        raise InputError(
            "E181",
            f"Harga untuk provider '{provider}' tidak diketahui.",
            f"No price known for provider '{provider}'.",
            hint="pilih provider dari `gigai providers`, atau isi price_in_usd_per_million=... "
            "dan price_out_usd_per_million=...",
            value=provider,
        ) from exc
    return p_in, p_out, f"katalog gigai ({model or registry.presets()[provider].get('default_model')})"


@dataclass(frozen=True)
class ApiCost:
    provider: str
    conversations_per_month: int
    tokens_in: int
    tokens_out: int
    price_in_usd_per_million: float
    price_out_usd_per_million: float
    usd_idr: float
    cost_usd: float
    cost_idr: float
    safety_factor: float
    price_source: str

    @property
    def per_conversation_idr(self) -> float:
        return self.cost_idr / self.conversations_per_month if self.conversations_per_month else 0.0

    @property
    def budget_idr(self) -> int:
        """Monthly amount to put in a quote: cost x safety factor, rounded up to Rp 1.000 (never below 0)."""
        return ceil_to(self.cost_idr * self.safety_factor, 1_000)

    def to_markdown(self) -> str:
        return "\n".join(
            [
                f"**Estimasi biaya API** ({self.provider}, harga: {self.price_source})",  # for the client: Indonesian
                "",
                "| | |",
                "|---|---:|",
                f"| Percakapan per bulan | {self.conversations_per_month:,}".replace(",", ".") + " |",
                f"| Token masuk / keluar per bulan | {self.tokens_in:,} / {self.tokens_out:,}".replace(
                    ",", "."
                )
                + " |",
                f"| Harga USD per 1 juta token (masuk, keluar) | {self.price_in_usd_per_million:g} / "
                f"{self.price_out_usd_per_million:g} |",
                f"| Kurs | {rupiah(self.usd_idr)} / USD |",
                f"| Biaya per percakapan | {rupiah(self.per_conversation_idr, decimals=2)} |",
                f"| Biaya per bulan | {rupiah(self.cost_idr, decimals=0)} (USD {self.cost_usd:.2f}) |",
                f"| Anggaran di penawaran (x{self.safety_factor:g}) | **{rupiah(self.budget_idr)}** |",
            ]
        )

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __str__(self) -> str:
        return (
            f"{self.provider}: {self.conversations_per_month} percakapan/bulan -> {rupiah(self.cost_idr)} "
            f"(USD {self.cost_usd:.2f}); anggaran x{self.safety_factor:g}: {rupiah(self.budget_idr)}"
        )


def api_cost_estimate(
    conversations_per_month: int = 1_000,
    *,
    provider: str = "gemini",
    model: str | None = None,
    tokens_in_per_conversation: int | None = None,
    tokens_out_per_conversation: int | None = None,
    bot: Any = None,
    price_in_usd_per_million: float | None = None,
    price_out_usd_per_million: float | None = None,
    usd_idr: float | None = None,
    safety_factor: float = 2.0,
) -> ApiCost:
    """Monthly LLM cost of a client's chatbot: conversations x tokens x the provider's price, in rupiah.

    A conversation's input tokens include the system prompt and the business's whole knowledge, sent again
    every turn: 5.000 in / 300 out (3 turns) is a fair start for a small business's bot; with ``bot=`` (a
    Chatbot) they are counted from its own prompt. ``safety_factor`` covers busy months.
    ``model`` picks a model of ``provider`` (default: the provider's default model).

        >>> api_cost_estimate(2000, provider="openai").budget_idr

    Used in: Lab 8.
    """
    if bot is not None and (tokens_in_per_conversation is None or tokens_out_per_conversation is None):
        counted = chatbot_tokens_per_conversation(bot)
        tokens_in_per_conversation = (
            tokens_in_per_conversation if tokens_in_per_conversation is not None else counted[0]
        )
        tokens_out_per_conversation = (
            tokens_out_per_conversation if tokens_out_per_conversation is not None else counted[1]
        )
    if tokens_in_per_conversation is None:
        tokens_in_per_conversation = TOKENS_IN_PER_CONVERSATION
    if tokens_out_per_conversation is None:
        tokens_out_per_conversation = TOKENS_OUT_PER_CONVERSATION
    try:
        n = int(conversations_per_month)
        t_in, t_out = int(tokens_in_per_conversation), int(tokens_out_per_conversation)
    except (TypeError, ValueError) as exc:
        raise InputError(
            "E182",
            "Jumlah percakapan dan token harus bilangan bulat.",
            "Conversations and tokens must be whole numbers.",
            hint="api_cost_estimate(1000, tokens_in_per_conversation=1500)",
            value=conversations_per_month,
        ) from exc
    if n < 0 or t_in < 0 or t_out < 0:
        raise InputError(
            "E183",
            "Jumlah percakapan dan token tidak boleh negatif.",
            "Conversations and tokens cannot be negative.",
            hint="pakai angka >= 0",
            value=n,
        )
    source = "parameter"
    if price_in_usd_per_million is None or price_out_usd_per_million is None:
        found = _catalogue_prices(provider, model)
        p_in = found[0] if price_in_usd_per_million is None else float(price_in_usd_per_million)
        p_out = found[1] if price_out_usd_per_million is None else float(price_out_usd_per_million)
        source = found[2]
    else:
        p_in, p_out = float(price_in_usd_per_million), float(price_out_usd_per_million)
    kurs = registry.usd_idr() if usd_idr is None else as_amount(usd_idr, what="kurs")
    tokens_in, tokens_out = n * t_in, n * t_out
    usd = tokens_in / 1e6 * p_in + tokens_out / 1e6 * p_out
    return ApiCost(
        provider=provider,
        conversations_per_month=n,
        tokens_in=tokens_in,
        tokens_out=tokens_out,
        price_in_usd_per_million=p_in,
        price_out_usd_per_million=p_out,
        usd_idr=kurs,
        cost_usd=usd,
        cost_idr=usd * kurs,
        safety_factor=float(safety_factor),
        price_source=source,
    )


def _as_dict(cost: ApiCost) -> dict[str, Any]:  # pragma: no cover - convenience for notebooks
    return dict(cost.__dict__)
