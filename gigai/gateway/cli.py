"""``gigai gateway ...``: the trainer's room gateway commands."""

from __future__ import annotations

from pathlib import Path

import typer

from gigai.cli_support import guard, show

gateway_app = typer.Typer(
    help="Gateway kelas untuk trainer / the trainer's room gateway.", no_args_is_help=True
)


@gateway_app.command("serve")
@guard
def gateway_serve(
    host: str = typer.Option(
        "127.0.0.1", "--host", help="0.0.0.0 = semua laptop di wifi kelas / the whole LAN"
    ),
    port: int = typer.Option(8787, "--port"),
    upstream: str | None = typer.Option(
        None, "--upstream", help="Provider asli / real provider (gemini, groq, ...) atau / or a URL"
    ),
    key_env: str | None = typer.Option(
        None, "--key-env", help="Variabel berisi kunci upstream / variable holding the upstream key"
    ),
    offline_fallback: bool = typer.Option(
        False,
        "--offline-fallback/--no-offline-fallback",
        help="Jawab offline bila upstream gagal / offline answer when the upstream fails",
    ),
) -> None:
    """Jalankan gateway kelas (kompatibel OpenAI) / run the room gateway (OpenAI-compatible)."""
    from gigai.gateway.server import serve

    key = None
    if key_env:
        from gigai.config import setting
        from gigai.errors import ConfigError

        key = setting(key_env)
        if not key:
            raise ConfigError(
                "E012",
                f"Variabel {key_env} kosong.",
                f"{key_env} is empty.",
                hint=f"isi {key_env}=... di file .env / set it in .env",
                value=key_env,
            )
    show(serve(host=host, port=port, upstream=upstream, upstream_key=key, offline_fallback=offline_fallback))


@gateway_app.command("tokens")
@guard
def gateway_tokens(
    n: int = typer.Argument(..., help="Jumlah peserta / number of participants"),
    budget_idr: float = typer.Option(
        20_000, "--budget-idr", help="Anggaran per token (Rp) / budget per token"
    ),
    rpm: int = typer.Option(20, "--rpm", help="Permintaan per menit / requests per minute"),
    sheet: Path | None = typer.Option(None, "--sheet", help="Tulis lembar token HTML / write a token sheet"),
    base_url: str | None = typer.Option(
        None, "--base-url", help="Alamat gateway untuk lembar / for the sheet"
    ),
) -> None:
    """Buat token peserta dengan anggaran / issue participant tokens with a budget."""
    from gigai.gateway import tokens

    issued = tokens.issue(n, budget_idr=budget_idr, rpm=rpm)
    table = getattr(tokens, "format_table", None)
    if table and isinstance(issued, list):
        typer.echo(table(issued))
    else:
        show([getattr(t, "to_dict", lambda t=t: t)() for t in issued] if isinstance(issued, list) else issued)
    if sheet:
        path = tokens.write_sheet(issued, sheet, base_url=base_url or "http://IP-LAPTOP-TRAINER:8787/v1")
        typer.echo(f"Lembar token / token sheet: {path}")
