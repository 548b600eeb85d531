"""Which secrets are set on this laptop (names only), so every report can hide their values.

Channel settings (Telegram / WhatsApp bots, lab 5) are listed by name, present or not; provider keys come
from the catalogue. ``secret_values()`` gives (value, what to show instead) for scrubbing. Standard library
only, plus the catalogue when it loads.
"""

from __future__ import annotations

import json

from gigai.lang import say

# One name per setting, the same in the exported app (gigai/deploy/kit) and CHANNELS.md.
CHANNEL_VARS = (
    "TELEGRAM_BOT_TOKEN",
    "WHATSAPP_TOKEN",
    "WHATSAPP_PHONE_NUMBER_ID",
    "WHATSAPP_VERIFY_TOKEN",
    "WHATSAPP_APP_SECRET",
)
# Older names still read (the exported app accepts them too), shown with a notice to rename.
CHANNEL_ALIASES = {"WHATSAPP_PHONE_ID": "WHATSAPP_PHONE_NUMBER_ID"}


def channel_vars() -> list[str]:
    """Known channel variables plus any other TELEGRAM_*/WHATSAPP_* set in the environment."""
    import os

    extra = sorted(
        n for n in os.environ if n.startswith(("TELEGRAM_", "WHATSAPP_")) and n not in CHANNEL_VARS
    )
    return [*CHANNEL_VARS, *extra]


def channel_settings() -> dict[str, bool]:
    """{variable: present}; values are never returned."""
    from gigai import config

    return {name: bool(config.setting(name)) for name in channel_vars()}


def hidden_mark() -> str:
    return say("(tersembunyi)", "(hidden)")


def secret_values() -> list[tuple[str, str]]:
    """(value, shown instead) for every key, token and channel secret set here, for scrubbing reports.

    Provider keys become ``config.mask`` (last 4 characters, to tell two keys apart); gateway tokens and
    channel secrets show no character at all.
    """
    from gigai import config

    hidden = set(channel_vars()) | {"GIGAI_API_KEY"}
    names = set(hidden)
    try:
        from gigai.llm import registry

        for row in registry.presets().values():
            names.update(row.get("key_env") or [])
    except Exception:  # noqa: BLE001 - a broken LLM layer: read the catalogue's data file directly
        names.update(_key_vars_from_data())
    out = []
    for name in sorted(names):
        value = config.setting(name)
        if value and len(value) >= 6:
            out.append((value, hidden_mark() if name in hidden else config.mask(value)))
    return sorted(out, key=lambda pair: len(pair[0]), reverse=True)


def _key_vars_from_data() -> list[str]:
    from importlib import resources

    try:
        rows = json.loads(resources.files("gigai.llm").joinpath("presets.json").read_text(encoding="utf-8"))
    except Exception:  # noqa: BLE001
        return []
    return [n for r in rows.get("presets", []) for n in (r.get("key_env") or [])]
