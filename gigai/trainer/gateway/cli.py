"""``gigai gateway ...``: the trainer's room gateway commands."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from gigai.cli.support import err, guard

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
    price_as: str | None = typer.Option(
        None, "--price-as", help="Harga provider mana untuk URL / whose prices apply to a URL upstream"
    ),
    model: list[str] = typer.Option(
        [],
        "--model",
        help="Model yang diizinkan (boleh berulang) / allowed model (repeatable); default: model bawaan",
    ),
    allow: list[str] = typer.Option(
        [], "--allow", help="tools, audio, images, service_tier (boleh berulang)"
    ),
    max_tokens: int = typer.Option(
        1024, "--max-tokens", help="Batas max_tokens per permintaan / per request"
    ),
    room: str | None = typer.Option(None, "--room", help="Nama kelas untuk CSV / room name for the CSV"),
    offline_fallback: bool = typer.Option(
        False,
        "--offline-fallback/--no-offline-fallback",
        help="Jawab offline bila upstream gagal / offline answer",
    ),
) -> None:
    """Jalankan gateway kelas (kompatibel OpenAI) / run the room gateway (OpenAI-compatible)."""
    from gigai.trainer.gateway.server import serve

    key = None
    if key_env:
        from gigai.config import setting
        from gigai.errors import ConfigError

        key = setting(key_env)
        if not key:
            raise ConfigError("E012", f"Variabel {key_env} kosong.", f"{key_env} is empty.",
                              hint=f"isi {key_env}=... di file .env / set it in .env", value=key_env)  # fmt: skip
    serve(host=host, port=port, upstream=upstream, upstream_key=key, price_as=price_as,
          offline_fallback=offline_fallback, models=model or None, allow=allow, max_tokens_cap=max_tokens,
          room_name=room)  # fmt: skip


@gateway_app.command("tokens")
@guard
def gateway_tokens(
    n: int = typer.Argument(0, help="Jumlah peserta / number of participants (atau / or --names)"),
    budget_idr: float = typer.Option(
        20_000, "--budget-idr", help="Anggaran per token (Rp) / budget per token"
    ),
    rpm: int = typer.Option(20, "--rpm", help="Permintaan per menit / requests per minute"),
    names: Path | None = typer.Option(
        None, "--names", help="File berisi satu nama per baris / one name a line"
    ),
    sheet: Path | None = typer.Option(
        None, "--sheet", help="Tulis lembar kartu token HTML / write the card sheet"
    ),
    base_url: str | None = typer.Option(
        None, "--base-url", help="Alamat gateway di kartu / address on the cards"
    ),
    port: int = typer.Option(8787, "--port", help="Port gateway (untuk alamat LAN) / gateway port"),
    model: str | None = typer.Option(
        None,
        "--model",
        help="GIGAI_MODEL di kartu / on the cards (bawaan: model gateway / the gateway's default)",
    ),
) -> None:
    """Buat token peserta dengan anggaran / issue participant tokens with a budget."""
    from gigai.trainer.gateway import cards, tokens
    from gigai.trainer.gateway.usage import format_table

    listed = None
    if names:
        listed = [x.strip() for x in names.read_text(encoding="utf-8").splitlines() if x.strip()]
    if not listed and n < 1:
        from gigai.errors import InputError

        raise InputError("E101", "Sebutkan jumlah peserta atau --names FILE.", "Give a number or --names FILE.",
                         hint="gigai gateway tokens 30 --sheet token.html")  # fmt: skip
    if model is None:  # the model the gateway allows by default (stored when it last started)
        store = tokens.TokenStore()
        try:
            model = (store.meta("models") or "").split(",")[0] or None
        finally:
            store.close()
    issued = tokens.issue(n, budget_idr=budget_idr, rpm=rpm, names=listed)
    typer.echo(format_table(issued))
    if sheet:
        url = base_url or cards.lan_base_url(port)
        if not url:
            err(cards.no_lan_warning(port), style="yellow")
            url = f"http://127.0.0.1:{port}/v1"
        path = cards.write_sheet(issued, sheet, base_url=url, model=model)
        typer.echo(f"Lembar kartu / card sheet: {path}  (alamat / address {url})")
        typer.echo(
            "Token hanya ada di lembar ini (disimpan ter-hash). / Tokens exist only on this sheet (stored hashed)."
        )
    else:
        typer.echo("Token (hanya ditampilkan sekali / shown only once):")
        for t in issued:
            typer.echo(f"  {t.name}: {t.token}")


@gateway_app.command("usage")
@guard
def gateway_usage(
    as_json: bool = typer.Option(False, "--json", help="JSON untuk skrip / for scripts"),
    csv_out: Path | None = typer.Option(None, "--csv", help="Tulis CSV / write a CSV file"),
) -> None:
    """Pemakaian tiap peserta: Rp terpakai, budget, chat / each participant's spend, budget, requests."""
    from gigai.trainer.gateway import tokens, usage

    infos = tokens.list_tokens()
    if csv_out:
        typer.echo(f"CSV: {usage.write_csv(infos, csv_out)}")
    if as_json:
        typer.echo(json.dumps(usage.rows(infos), ensure_ascii=False, indent=1))
    elif not csv_out:
        typer.echo(usage.format_table(infos))


@gateway_app.command("progress")
@guard
def gateway_progress(
    csv_out: Path | None = typer.Option(
        None, "--csv", help="CSV untuk koordinator program / for the coordinator"
    ),
    as_json: bool = typer.Option(False, "--json", help="JSON untuk skrip / for scripts"),
    room: str | None = typer.Option(None, "--room", help="Nama kelas di CSV / room name in the CSV"),
) -> None:
    """Progres latihan peserta / the room's exercise progress (grid, CSV)."""
    from gigai.trainer.gateway.progress import ProgressBook, format_grid
    from gigai.trainer.gateway.tokens import TokenStore

    store = TokenStore()
    try:
        book = ProgressBook(store)
        name = room or store.meta("room") or "kelas"
        if csv_out:
            typer.echo(f"CSV: {book.write_csv(csv_out, name)}")
        if as_json:
            typer.echo(json.dumps({"room": name, **book.grid()}, ensure_ascii=False, indent=1))
        elif not csv_out:
            typer.echo(format_grid(book.grid()))
    finally:
        store.close()


@gateway_app.command("revoke")
@guard
def gateway_revoke(
    who: str = typer.Argument(..., help="Nama peserta, token, atau / name, token, or 'all'"),
) -> None:
    """Cabut token peserta / revoke a participant's token (berlaku segera / immediate)."""
    from gigai.trainer.gateway import tokens

    typer.echo(f"Dicabut / revoked: {tokens.revoke(who)}")
