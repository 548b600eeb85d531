"""When the provider under a Chatbot fails: the same bot (persona, knowledge, guardrails) answers through the
offline engine, ``bot.with_provider("offline")``, with one notice.

The model layer's own fallback (``GIGAI_FALLBACK=offline``, gigai/llm/wrappers.py FallbackModel) hands the
failed call's messages to the offline engine; under a Chatbot those are the real model's whole-knowledge
prompt, and a stream that died midway kept its half-written words. So a Chatbot calls the model inside the
FallbackModel and, where that FallbackModel would have caught the failure, answers offline itself: the offline
plan (topic gate, retrieved passages, sources named), and a dead stream is replaced, not continued.
Outside a Chatbot (``gigai.chat``, ``Model.complete``) the model layer's fallback is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from gigai.chatbot.answer import Answer
from gigai.errors import ConfigError, GigaiError, ProviderError

if TYPE_CHECKING:
    from gigai.chatbot.bot import Chatbot
    from gigai.llm.base import Model

FAILURES = (ProviderError, ConfigError)
REASON = "fallback"  # the partial Answer that opens a fallback (``Chatbot.stream`` shows its notice there)


def direct(model: Model) -> tuple[Model, Callable[[GigaiError], bool]]:
    """The model to call without the model layer's fallback, and whether a failure is answered offline."""
    from gigai.llm.wrappers import FallbackModel

    if isinstance(model, FallbackModel):
        return model.inner, model.catches
    return model, lambda err: False  # no fallback configured: the error goes to the caller, as before


def _notice(model: Model, err: GigaiError) -> str:
    from gigai.llm.wrappers import notice

    return notice(getattr(model, "provider", None) or "provider", err)


def reply(bot: Chatbot, err: GigaiError, message: str, history: Any, **params: Any) -> Answer:
    """The offline twin's whole answer, with the failure's notice (not the offline engine's own)."""
    answer = bot.with_provider("offline").reply(message, history, **params)
    answer.notice = _notice(bot.model, err)
    return answer


def respond(bot: Chatbot, err: GigaiError, message: str, history: Any) -> Iterator[Answer]:
    """A partial Answer that opens the fallback (no text: the dead stream's words are dropped), then the
    offline twin's growing answer; the final one carries the notice."""
    told = _notice(bot.model, err)
    yield Answer("", provider="offline", model="-", notice=told, reason=REASON, done=False)
    for part in bot.with_provider("offline").respond(message, history):
        if part.done:
            part.notice = told
        yield part
