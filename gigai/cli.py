"""The ``gigai`` command: a thin typer layer over the library.

    gigai doctor [--json] [--out FILE] [--online]     is this laptop ready? (shareable report)
    gigai providers                                   presets and which are ready
    gigai chat [--provider P] [--once "prompt"]       terminal chat with streaming
    gigai deploy export DIR --business SLUG           a deployable chatbot folder
    gigai gateway serve | tokens N                    the trainer's room gateway
    gigai pack DIR / gigai serve-pack DIR             offline install pack for the room
    gigai demo                                        the trainer's demo app
    gigai video render STORYBOARD.json                storyboard -> mp4

Every command imports what it needs inside its body, so ``gigai --help`` stays fast. A GigaiError is
printed bilingually without a traceback (exit 1); anything else prints a short "unexpected error" line
with the exception type (the traceback only with ``gigai --debug ...`` or GIGAI_DEBUG=1).
"""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path
from typing import Any

import typer

app = typer.Typer(
    name="gigai",
    help="gigai: lab kit Gig Economy AI. Mulai / start: gigai doctor",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
deploy_app = typer.Typer(
    help="Siapkan chatbot untuk di-deploy / prepare a chatbot for deployment.", no_args_is_help=True
)
gateway_app = typer.Typer(
    help="Gateway kelas untuk trainer / the trainer's room gateway.", no_args_is_help=True
)
video_app = typer.Typer(help="Video AI: storyboard -> mp4.", no_args_is_help=True)
app.add_typer(deploy_app, name="deploy")
app.add_typer(gateway_app, name="gateway")
app.add_typer(video_app, name="video")

_state = {"debug": False}


def _err(text: str, style: str = "bold red") -> None:
    """Print to stderr through rich (markup off: '[GIGAI-E012]' is text, not a style tag)."""
    try:
        from rich.console import Console
        from rich.text import Text

        Console(stderr=True, soft_wrap=True).print(Text(text, style=style))
    except ImportError:  # pragma: no cover - rich is a core dependency
        print(text, file=sys.stderr)


def _guard(fn):
    """Turn exceptions into beginner-friendly messages and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from gigai.errors import GigaiError

        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except GigaiError as exc:
            _err(str(exc))
            if _debug():
                _traceback()
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            _err("Dihentikan. / Stopped.", style="yellow")
            raise typer.Exit(130) from None
        except Exception as exc:  # noqa: BLE001 - the whole point: no raw traceback for beginners
            import click

            if isinstance(exc, click.ClickException):
                raise
            _err(
                f"Terjadi kesalahan tak terduga ({type(exc).__name__}). Jalankan: gigai doctor\n"
                f"Unexpected error ({type(exc).__name__}). Run: gigai doctor  (details: gigai --debug ...)"
            )
            if _debug():
                _traceback()
            raise typer.Exit(1) from None

    return wrapper


def _debug() -> bool:
    return _state["debug"] or os.environ.get("GIGAI_DEBUG", "") in ("1", "true", "yes")


def _traceback() -> None:
    import traceback

    traceback.print_exc(file=sys.stderr)


def _version_callback(value: bool) -> None:
    if value:
        from importlib import metadata

        try:
            version = metadata.version("gigai")
        except metadata.PackageNotFoundError:
            version = "?"
        typer.echo(f"gigai {version}")
        raise typer.Exit()


@app.callback()
def main(
    debug: bool = typer.Option(False, "--debug", help="Tampilkan traceback / show tracebacks."),
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="Versi / version."
    ),
) -> None:
    """gigai: chatbot, video AI dan bisnis gig / chatbots, AI video and gig business. Offline first."""
    _state["debug"] = debug


def _echo_safe(text: str) -> None:
    """Print text that may hold emoji on a console that cannot show them (old Windows code pages)."""
    enc = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(enc)
    except (UnicodeEncodeError, LookupError):
        text = text.encode(enc, errors="replace").decode(enc, errors="replace")
    typer.echo(text)


def _can_show_emoji() -> bool:
    enc = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        "✅⚠️❌ℹ️·".encode(enc)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


# --- doctor, providers, chat ---------------------------------------------------------------------------


@app.command()
@_guard
def doctor(
    as_json: bool = typer.Option(False, "--json", help="Laporan JSON / JSON report."),
    out: Path | None = typer.Option(None, "--out", help="Simpan laporan ke file / save the report."),
    online: bool = typer.Option(
        False, "--online", help="Cek koneksi ke provider / check provider reachability."
    ),
) -> None:
    """Cek kesiapan laptop; laporan bisa dikirim ke helper / check readiness; shareable report."""
    from gigai import doctor as doc

    report = doc.run(online=online)
    text = report.to_json() if as_json else report.to_text(ascii=not _can_show_emoji())
    _echo_safe(text)
    if out:
        body = report.to_json() if (as_json or out.suffix.lower() == ".json") else report.to_text()
        out.write_text(body + "\n", encoding="utf-8")
        if not as_json:
            typer.echo(f"Laporan disimpan / report saved: {doc.scrub(str(out.resolve()))}")
    raise typer.Exit(report.exit_code)


@app.command()
@_guard
def providers(as_json: bool = typer.Option(False, "--json", help="Keluaran JSON / JSON output.")) -> None:
    """Daftar provider dan mana yang siap / list presets and which are ready."""
    from gigai.doctor import provider_rows

    rows = provider_rows()
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="gigai providers")
    for col in ("provider", "siap / ready", "model", "kunci / key"):
        table.add_column(col)
    for r in rows:
        if r["ready"]:
            ready = "ya / yes"
        elif r["local"]:
            ready = "server lokal? / local server?"
        else:
            ready = "belum / no"
        name = f"* {r['name']}" if r["selected"] else r["name"]
        table.add_row(name, ready, str(r["model"] or "-"), r["key"])
    console = Console()
    console.print(table)
    console.print(
        "Tanpa kunci, gigai memakai mode offline. / Without a key gigai uses offline mode.\n"
        "Pilih / choose: GIGAI_PROVIDER=gemini (di file .env), atau / or: gigai chat --provider groq",
        markup=False,
        highlight=False,
    )


def _stream(messages: Any, provider: str | None, model: str | None, system: str | None) -> str:
    import gigai

    parts = []
    for chunk in gigai.stream(messages, provider=provider, model=model, system=system):
        parts.append(chunk)
        sys.stdout.write(chunk)
        sys.stdout.flush()
    sys.stdout.write("\n")
    sys.stdout.flush()
    return "".join(parts)


@app.command()
@_guard
def chat(
    provider: str | None = typer.Option(None, "--provider", "-p", help="offline, gemini, groq, openai, ..."),
    model: str | None = typer.Option(None, "--model", "-m", help="Nama model / model id."),
    system: str | None = typer.Option(None, "--system", "-s", help="Pesan sistem / system prompt."),
    once: str | None = typer.Option(
        None, "--once", help="Satu pertanyaan lalu keluar / one prompt, then exit."
    ),
) -> None:
    """Ngobrol di terminal dengan streaming / terminal chat with streaming."""
    if once is not None:
        _stream(once, provider, model, system)
        return
    import gigai
    from gigai.errors import GigaiError

    label = gigai.get_model(provider, model).label
    typer.echo(
        f"gigai chat · {label}\nKetik pesan; /reset untuk mulai ulang, /keluar untuk selesai. "
        f"/ Type a message; /reset to start over, /exit to quit."
    )
    history: list[dict[str, str]] = []
    while True:
        typer.echo("Kamu> ", nl=False)
        line = sys.stdin.readline()
        if not line:  # EOF (Ctrl-D / Ctrl-Z, or the end of piped input)
            typer.echo("")
            break
        text = line.strip()
        if not text:
            continue
        if text.lower() in ("/keluar", "/exit", "/quit", "keluar", "exit"):
            break
        if text.lower() == "/reset":
            history = []
            typer.echo("(percakapan dimulai ulang / conversation reset)")
            continue
        asked = [*history, {"role": "user", "content": text}]
        typer.echo("Bot> ", nl=False)
        try:
            reply = _stream(asked, provider, model, system)
        except GigaiError as exc:  # one failed turn (wifi, quota) must not end the whole chat
            typer.echo("")
            _err(str(exc))
            continue
        history = [*asked, {"role": "assistant", "content": reply}]


# --- delegating commands (other modules do the work) ---------------------------------------------------


def _show(result: Any) -> None:
    """Print what a library function returned, whatever its shape."""
    if result is None:
        return
    if isinstance(result, Path):
        typer.echo(f"Selesai / done: {result}")
    elif isinstance(result, (dict, list)):
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    else:
        typer.echo(str(result))


@deploy_app.command("export")
@_guard
def deploy_export(
    out_dir: Path = typer.Argument(..., help="Folder tujuan / output folder."),
    business: str = typer.Option(..., "--business", "-b", help="Contoh / e.g. kopi-kita"),
) -> None:
    """Buat folder app.py + requirements.txt siap deploy / write a deployable chatbot folder."""
    from gigai.deploy import export_app

    _show(export_app(out_dir, business=business))


@gateway_app.command("serve")
@_guard
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
    _show(serve(host=host, port=port, upstream=upstream, upstream_key=key, offline_fallback=offline_fallback))


@gateway_app.command("tokens")
@_guard
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
        _show(
            [getattr(t, "to_dict", lambda t=t: t)() for t in issued] if isinstance(issued, list) else issued
        )
    if sheet:
        path = tokens.write_sheet(issued, sheet, base_url=base_url or "http://IP-LAPTOP-TRAINER:8787/v1")
        typer.echo(f"Lembar token / token sheet: {path}")


@app.command("pack")
@_guard
def pack(out_dir: Path = typer.Argument(..., help="Folder paket / pack folder")) -> None:
    """Buat paket instal offline untuk kelas / build the room's offline install pack."""
    from gigai.pack import build_pack

    _show(build_pack(out_dir))


@app.command("serve-pack")
@_guard
def serve_pack(
    pack_dir: Path = typer.Argument(..., help="Folder paket / pack folder"),
    host: str = typer.Option("0.0.0.0", "--host"),
    port: int = typer.Option(8000, "--port"),
) -> None:
    """Bagikan paket lewat wifi kelas / serve the pack on the room's LAN."""
    from gigai.pack import serve_pack as _serve

    _show(_serve(pack_dir, host, port))


@app.command()
@_guard
def demo() -> None:
    """Buka aplikasi demo trainer / open the trainer's demo app."""
    from gigai.apps.demo import main as demo_main

    _show(demo_main())


@video_app.command("render")
@_guard
def video_render(
    storyboard: Path = typer.Argument(..., help="File storyboard .json"),
    out: Path = typer.Option(Path("promo.mp4"), "--out", "-o", help="File video / output file"),
    preset: str = typer.Option("9:16", "--preset", help="9:16, 1:1, 16:9 atau / or preview"),
) -> None:
    """Render storyboard jadi video / render a storyboard to video."""
    if not storyboard.exists():
        from gigai.errors import InputError

        raise InputError(
            id="File storyboard tidak ditemukan.",
            en="Storyboard file not found.",
            value=str(storyboard),
            hint="gigai video render path/ke/storyboard.json",
        )
    from gigai.video import Storyboard, render

    _show(render(Storyboard.load(storyboard), out=out, preset=preset))


if __name__ == "__main__":  # pragma: no cover
    app()
