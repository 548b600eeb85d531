"""``gigai gateway ...``: the trainer's room gateway commands (help in one language: GIGAI_LANG)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from gigai.cli.support import err, guard
from gigai.lang import say

# Option help, in the language GIGAI_LANG picks (module constants: typer reads them at import)
_H1 = say("Gateway kelas untuk trainer.", "The trainer's room gateway.")
_H2 = say("Jalankan gateway kelas (kompatibel OpenAI).", "Run the room gateway (OpenAI-compatible).")
_H3 = say(
    "0.0.0.0 = mode kelas (semua laptop di wifi); 127.0.0.1 = laptop ini saja",
    "0.0.0.0 = room mode (every laptop on the wifi); 127.0.0.1 = this laptop only",
)
_H4 = say(
    "Penyedia, boleh berulang sesuai urutan: gemini, llamacpp,url=http://127.0.0.1:8080/v1, "
    "ollama,model=qwen2.5:3b, atau URL (dengan --price-as)",
    "Upstream, repeatable in order: gemini, llamacpp,url=http://127.0.0.1:8080/v1, "
    "ollama,model=qwen2.5:3b, or a URL (with --price-as)",
)
_H5 = say("Variabel berisi kunci upstream pertama", "Variable holding the first upstream's key")
_H6 = say("Harga penyedia mana untuk upstream URL", "Whose prices apply to a URL upstream")
_H7 = say(
    "Model yang diizinkan (boleh berulang); bawaan: model bawaan penyedia",
    "Allowed model (repeatable); default: the provider's default model",
)
_H8 = say("Batas max_tokens per permintaan", "max_tokens ceiling per request")
_H9 = say("Nama kelas untuk CSV", "Room name for the CSV")
_H10 = say("Jawab offline bila semua upstream gagal", "Answer offline when every upstream fails")
_H11 = say("Detik sampai upstream harus mulai menjawab", "Seconds an upstream gets to start answering")
_H12 = say(
    "Detik untuk satu jawaban utuh (di bawah GIGAI_TIMEOUT peserta, 60)",
    "Seconds for one whole answer (below the participants' GIGAI_TIMEOUT, 60)",
)
_H13 = say("Detik antar pemeriksaan upstream (tanpa token)", "Seconds between upstream checks (no tokens)")
_H14 = say(
    "Kartu dari gateway yang sedang jalan: alamat LAN-nya, port, token, QR.",
    "Cards from the running gateway: its LAN address, port, tokens, QR.",
)
_H15 = say("Jumlah peserta (atau --names)", "Number of participants (or --names)")
_H16 = say("File kartu (HTML)", "Card sheet file (HTML)")
_H17 = say("Port gateway yang sedang jalan", "Port of the running gateway")
_H18 = say("File berisi satu nama per baris", "File with one name a line")
_H19 = say("Anggaran per token (Rp)", "Budget per token (Rp)")
_H20 = say("Buat token peserta dengan anggaran.", "Issue participant tokens with a budget.")
_H21 = say("Jumlah peserta (atau --names)", "Number of participants (or --names)")
_H22 = say("Anggaran per token (Rp)", "Budget per token (Rp)")
_H23 = say("Permintaan per menit", "Requests per minute")
_H24 = say("File berisi satu nama per baris", "File with one name a line")
_H25 = say("Tulis lembar kartu HTML", "Write the card sheet")
_H26 = say("Alamat gateway di kartu", "Gateway address on the cards")
_H27 = say("Port gateway (untuk alamat LAN)", "Gateway port (for the LAN address)")
_H28 = say(
    "GIGAI_MODEL di kartu (bawaan: model gateway)", "GIGAI_MODEL on the cards (default: the gateway's)"
)
_H29 = say(
    "Pemakaian tiap peserta: Rp terpakai, budget, chat.", "Each participant's spend, budget, requests."
)
_H30 = say("JSON untuk skrip", "JSON for scripts")
_H31 = say("Tulis CSV", "Write a CSV file")
_H32 = say("Progres latihan peserta (grid, CSV).", "The room's exercise progress (grid, CSV).")
_H33 = say("CSV untuk koordinator program", "CSV for the coordinator")
_H34 = say("JSON untuk skrip", "JSON for scripts")
_H35 = say("Nama kelas di CSV", "Room name in the CSV")
_H36 = say("Cabut token peserta (berlaku segera).", "Revoke a participant's token (immediate).")
_H37 = say("Nama peserta, token, atau 'all'", "Name, token, or 'all'")

gateway_app = typer.Typer(help=_H1, no_args_is_help=True)


@gateway_app.command("serve", help=_H2)
@guard
def gateway_serve(
    host: str = typer.Option(
        "0.0.0.0",
        "--host",
        help=_H3,
    ),  # fmt: skip
    port: int = typer.Option(8787, "--port"),
    upstream: list[str] = typer.Option(
        [],
        "--upstream",
        help=_H4,
    ),  # fmt: skip
    key_env: str | None = typer.Option(None, "--key-env", help=_H5),  # fmt: skip
    price_as: str | None = typer.Option(None, "--price-as", help=_H6),  # fmt: skip
    model: list[str] = typer.Option(
        [],
        "--model",
        help=_H7,
    ),  # fmt: skip
    allow: list[str] = typer.Option([], "--allow", help="tools, audio, images, service_tier"),
    max_tokens: int = typer.Option(1024, "--max-tokens", help=_H8),
    room: str | None = typer.Option(None, "--room", help=_H9),
    offline_fallback: bool = typer.Option(
        False,
        "--offline-fallback/--no-offline-fallback",
        help=_H10,
    ),  # fmt: skip
    first_byte: float = typer.Option(12.0, "--first-byte", help=_H11),  # fmt: skip
    answer_timeout: float = typer.Option(
        45.0,
        "--answer-timeout",
        help=_H12,
    ),  # fmt: skip
    probe_every: float = typer.Option(15.0, "--probe-every", help=_H13),  # fmt: skip
) -> None:
    """Jalankan gateway kelas (kompatibel OpenAI)."""
    from gigai.trainer.gateway.server import serve

    key = None
    if key_env:
        from gigai.config import setting
        from gigai.errors import ConfigError

        key = setting(key_env)
        if not key:
            raise ConfigError("E012", f"Variabel {key_env} kosong.", f"{key_env} is empty.",
                              hint=f"{key_env}=... (.env)", value=key_env)  # fmt: skip
    serve(host=host, port=port, upstream=upstream or None, upstream_key=key, price_as=price_as,
          offline_fallback=offline_fallback, models=model or None, allow=allow, max_tokens_cap=max_tokens,
          room_name=room, first_byte_timeout=first_byte, answer_timeout=answer_timeout,
          probe_interval=probe_every)  # fmt: skip


@gateway_app.command("cards", help=_H14)
@guard
def gateway_cards(
    n: int = typer.Argument(0, help=_H15),
    out: Path = typer.Option(Path("kartu.html"), "--out", help=_H16),
    port: int = typer.Option(8787, "--port", help=_H17),
    names: Path | None = typer.Option(None, "--names", help=_H18),
    budget_idr: float = typer.Option(20_000, "--budget-idr", help=_H19),
) -> None:  # fmt: skip
    """Kartu dari gateway yang sedang jalan: alamat LAN-nya, port, token, QR."""
    import httpx

    from gigai.errors import ConfigError

    listed = (
        [x.strip() for x in names.read_text(encoding="utf-8").splitlines() if x.strip()] if names else None
    )
    body = {"names": listed} if listed else {"n": n}
    body["budget_idr"] = budget_idr
    try:
        r = httpx.post(f"http://127.0.0.1:{port}/admin/cards", json=body, timeout=30)
    except httpx.HTTPError:
        raise ConfigError("E307", f"Tidak ada gateway di port {port} laptop ini.", f"No gateway on port {port} here.",
                          hint=f"gigai gateway serve --upstream ... --port {port}", value=port) from None  # fmt: skip
    if r.status_code != 200:
        try:
            message = r.json()["error"]["message"]
        except (ValueError, KeyError, TypeError):
            message = f"HTTP {r.status_code}"
        err(message)
        raise typer.Exit(1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(r.text, encoding="utf-8")
    typer.echo(say(f"Kartu: {out}  (alamat {r.headers.get('x-gigai-base-url')}). Token hanya ada di lembar ini.",
                   f"Cards: {out}  (address {r.headers.get('x-gigai-base-url')}). Tokens exist only on this sheet."))  # fmt: skip


@gateway_app.command("tokens", help=_H20)
@guard
def gateway_tokens(
    n: int = typer.Argument(0, help=_H21),
    budget_idr: float = typer.Option(20_000, "--budget-idr", help=_H22),
    rpm: int = typer.Option(20, "--rpm", help=_H23),
    names: Path | None = typer.Option(None, "--names", help=_H24),
    sheet: Path | None = typer.Option(None, "--sheet", help=_H25),
    base_url: str | None = typer.Option(None, "--base-url", help=_H26),
    port: int = typer.Option(8787, "--port", help=_H27),
    model: str | None = typer.Option(None, "--model", help=_H28),
) -> None:  # fmt: skip
    """Buat token peserta dengan anggaran."""
    from gigai.trainer.gateway import cards, tokens
    from gigai.trainer.gateway.usage import format_table

    listed = None
    if names:
        listed = [x.strip() for x in names.read_text(encoding="utf-8").splitlines() if x.strip()]
    if not listed and n < 1:
        from gigai.errors import InputError

        raise InputError("E098", "Sebutkan jumlah peserta atau --names FILE.", "Give a number or --names FILE.",
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
        typer.echo(say(f"Lembar kartu: {path}  (alamat {url})", f"Card sheet: {path}  (address {url})"))
        typer.echo(say("Token hanya ada di lembar ini (disimpan ter-hash). Alamat di kartu harus sama dengan alamat "
                       "gateway di hari pelatihan: lebih aman pakai 'gigai gateway cards' pagi itu.",
                       "Tokens exist only on this sheet (stored hashed). The address must match the gateway's on "
                       "the day: 'gigai gateway cards' that morning is safer."))  # fmt: skip
    else:
        typer.echo(say("Token (hanya ditampilkan sekali):", "Tokens (shown only once):"))
        for t in issued:
            typer.echo(f"  {t.name}: {t.token}")


@gateway_app.command("usage", help=_H29)
@guard
def gateway_usage(
    as_json: bool = typer.Option(False, "--json", help=_H30),
    csv_out: Path | None = typer.Option(None, "--csv", help=_H31),
) -> None:
    """Pemakaian tiap peserta."""
    from gigai.trainer.gateway import tokens, usage

    infos = tokens.list_tokens()
    if csv_out:
        typer.echo(f"CSV: {usage.write_csv(infos, csv_out)}")
    if as_json:
        typer.echo(json.dumps(usage.rows(infos), ensure_ascii=False, indent=1))
    elif not csv_out:
        typer.echo(usage.format_table(infos))


@gateway_app.command("progress", help=_H32)
@guard
def gateway_progress(
    csv_out: Path | None = typer.Option(None, "--csv", help=_H33),
    as_json: bool = typer.Option(False, "--json", help=_H34),
    room: str | None = typer.Option(None, "--room", help=_H35),
) -> None:  # fmt: skip
    """Progres latihan peserta."""
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


@gateway_app.command("revoke", help=_H36)
@guard
def gateway_revoke(
    who: str = typer.Argument(..., help=_H37),
) -> None:
    """Cabut token peserta."""
    from gigai.trainer.gateway import tokens

    count = tokens.revoke(who)
    typer.echo(say("Dicabut: ", "Revoked: ") + str(count))
