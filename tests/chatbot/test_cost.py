"""The rupiah per conversation counts whole-knowledge prompts (issue 19: cost stays visible)."""

from __future__ import annotations

import pytest

from gigai.business import api_cost
from gigai.chatbot import Chatbot, businesses


@pytest.mark.parametrize("slug", businesses())
def test_the_default_tokens_match_a_sample_bots_whole_knowledge_prompt(slug):
    tokens_in, tokens_out = api_cost.chatbot_tokens_per_conversation(Chatbot.from_business(slug))
    # One owner per fact: the default comes from what the sample bots really send (3 turns).
    assert abs(tokens_in - api_cost.TOKENS_IN_PER_CONVERSATION) <= 0.25 * api_cost.TOKENS_IN_PER_CONVERSATION
    assert tokens_out == api_cost.TOKENS_OUT_PER_CONVERSATION


def test_a_bot_with_more_knowledge_costs_more_per_conversation():
    bot = Chatbot.from_business("kopi-kita")
    small = Chatbot(bot.persona, {"Jam buka": "08.00-22.00"})
    big = api_cost.api_cost_estimate(1_000, provider="openai", bot=bot)
    little = api_cost.api_cost_estimate(1_000, provider="openai", bot=small)
    assert big.per_conversation_idr > little.per_conversation_idr > 0
    assert big.tokens_in == 1_000 * api_cost.chatbot_tokens_per_conversation(bot)[0]
    default = api_cost.api_cost_estimate(1_000, provider="openai")
    assert default.tokens_in == 1_000 * api_cost.TOKENS_IN_PER_CONVERSATION
    # Explicit numbers still win over the bot's count.
    fixed = api_cost.api_cost_estimate(1_000, provider="openai", bot=bot, tokens_in_per_conversation=1_500)
    assert fixed.tokens_in == 1_500_000


def test_more_turns_cost_more():
    bot = Chatbot.from_business("studio-rupa")
    one = api_cost.chatbot_tokens_per_conversation(bot, turns=1)[0]
    three = api_cost.chatbot_tokens_per_conversation(bot, turns=3)[0]
    assert three > 3 * one
