"""``gigai channels ...``: put the participant's bot on a messaging channel."""

from __future__ import annotations

import typer

from gigai.channels.source import BUSINESS_HELP
from gigai.cli.support import guard

channels_app = typer.Typer(
    help="Bot di Telegram (dan WhatsApp lewat deploy) / the bot on messaging channels.",
    no_args_is_help=True,
)


@channels_app.command("telegram")
@guard
def telegram(
    business: str = typer.Option(..., "--business", "-b", help=BUSINESS_HELP),
) -> None:
    """Jalankan bot di Telegram dari laptop (long polling) / run the bot on Telegram from this laptop.

    Token dari @BotFather di TELEGRAM_BOT_TOKEN (file .env). Ctrl+C untuk berhenti.
    """
    from gigai.channels.source import load_bot
    from gigai.channels.telegram import run

    run(load_bot(business))
