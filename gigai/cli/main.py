"""The ``gigai`` command: a thin typer layer over the library (``gigai --help``; every help Indonesian first).

    gigai doctor [--json] [--out FILE] [--online]     is this laptop ready? (shareable report)
    gigai providers [--json]                          presets and which are ready
    gigai chat [--provider P] [--model M] [--once "prompt"]   terminal chat with streaming
    gigai pack build DIR [--cassettes F] [--gguf F]   offline install pack for the room
    gigai pack list DIR                               what the pack would hold (nothing is downloaded)
    gigai pack serve DIR [--host H] [--port N]        share the pack on the room's wifi (files only, hashed)
    gigai record --demo | --labs 2,3 [--provider P] [--rpm N]   the day-before cassettes (paced, resumes after 429)
    gigai demo [--lan] [--share] [--port N]           the trainer's demo app (chatbot + Video Studio)
    gigai bot export DIR --business SLUG [--overwrite]   a deployable chatbot folder (web, WhatsApp, Telegram)
    gigai bot telegram --business SLUG                the bot on Telegram from this laptop (long polling)
    gigai gateway serve | tokens N | cards | usage | progress | revoke WHO   the trainer's room gateway
    gigai video render STORYBOARD.json | plan STORYBOARD.json   storyboard -> mp4 / predicted lengths

One grammar: noun then verb. Old spellings (``gigai pack DIR``, ``serve-pack``, ``deploy export``, ``channels
telegram``) still work for one release, hidden, and print the new one. Help is written "Indonesian / English"
and shown in one language (English with GIGAI_LANG=en). Every command imports what it needs inside its body,
so ``gigai --help`` stays fast. A GigaiError is printed in the reader's language without a traceback (exit 1); anything else prints a short "unexpected error" line
with the exception type (the traceback only with ``gigai --debug ...`` or GIGAI_DEBUG=1).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from gigai.channels.source import BUSINESS_HELP
from gigai.cli.support import LocalGroup, OldPackSpelling, state, version_callback
from gigai.cli.support import can_show_emoji as _can_show_emoji
from gigai.cli.support import echo_safe as _echo_safe
from gigai.cli.support import err as _err
from gigai.cli.support import guard as _guard
from gigai.cli.support import show as _show
from gigai.lang import say
from gigai.trainer.gateway.cli import gateway_app
from gigai.video.cli import video_app

app = typer.Typer(
    name="gigai",
    help="gigai: lab kit Gig Economy AI. Mulai / start: gigai doctor",
    cls=LocalGroup,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
bot_app = typer.Typer(
    help="Chatbot peserta: ekspor untuk di-deploy, atau jalankan di Telegram / the participant's bot.",
    no_args_is_help=True,
)
pack_app = typer.Typer(cls=OldPackSpelling, help="Paket instal offline untuk kelas / the room's offline pack.",
                       no_args_is_help=True)
deploy_app = typer.Typer(help="Nama lama dari gigai bot export / old name.", no_args_is_help=True)
channels_app = typer.Typer(help="Nama lama dari gigai bot telegram / old name.", no_args_is_help=True)
app.add_typer(bot_app, name="bot")
app.add_typer(pack_app, name="pack")
app.add_typer(gateway_app, name="gateway")
app.add_typer(video_app, name="video")
app.add_typer(deploy_app, name="deploy", hidden=True)
app.add_typer(channels_app, name="channels", hidden=True)


@app.callback()
def main(
    debug: bool = typer.Option(False, "--debug", help="Tampilkan traceback / show tracebacks."),
    version: bool = typer.Option(
        False, "--version", callback=version_callback, is_eager=True, help="Versi / version."
    ),
) -> None:
    """gigai: chatbot, video AI dan bisnis gig / chatbots, AI video and gig business. Offline first."""
    state["debug"] = debug


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
    from gigai.doctor import checks as doc

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
    from gigai.doctor.checks import provider_rows

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


def _with_fix(exc: Exception, provider: str | None) -> Exception:
    """A setup error (name, key, address, model, connection) gains the doctor's fix for this laptop."""
    from gigai.errors import ConfigError, GigaiError

    setup_codes = {"E021", "E025", "E027"}
    if not isinstance(exc, GigaiError) or not (isinstance(exc, ConfigError) or exc.code in setup_codes):
        return exc
    try:
        from gigai.doctor.provider_probe import assess

        verdict = assess(provider)
    except Exception:  # noqa: BLE001 - the original error is still worth showing
        return exc
    if verdict.status == "ok" or not verdict.fix:
        return exc
    return type(exc)(exc.code, exc.id, exc.en, hint=verdict.fix, value=exc.value)


CHAT_HELP = (
    "Perintah / commands: /help (daftar ini / this list), /reset (mulai ulang / start over), "
    "/keluar (selesai / quit)."
)


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
    import gigai
    from gigai.errors import GigaiError

    try:
        if once is not None:
            _stream(once, provider, model, system)
            return
        label = gigai.get_model(provider, model).label
    except GigaiError as exc:  # name the fix for this laptop, never "run gigai doctor" in a circle
        raise _with_fix(exc, provider) from None
    typer.echo(f"gigai chat · {label}\n{CHAT_HELP}")
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
        command = text.lower().split()[0] if text.startswith("/") else ""
        if command in ("/keluar", "/exit", "/quit") or text.lower() in ("keluar", "exit"):
            break
        if command == "/reset":
            history = []
            typer.echo("(percakapan dimulai ulang / conversation reset)")
            continue
        if command in ("/help", "/bantuan", "/?"):
            typer.echo(CHAT_HELP)
            continue
        if command:  # never send a mistyped command to the bot
            typer.echo(f"Perintah tidak dikenal / unknown command: {command}. {CHAT_HELP}")
            continue
        asked = [*history, {"role": "user", "content": text}]
        typer.echo("Bot> ", nl=False)
        try:
            reply = _stream(asked, provider, model, system)
        except GigaiError as exc:  # one failed turn (wifi, quota) must not end the whole chat
            typer.echo("")
            _err(str(_with_fix(exc, provider)))
            continue
        history = [*asked, {"role": "assistant", "content": reply}]


# --- delegating commands (other modules do the work) ---------------------------------------------------
# One grammar: noun then verb (gigai pack build, gigai bot export, gigai gateway serve, gigai video render).
# Old spellings (gigai pack DIR, serve-pack, deploy export, channels telegram) stay one release as hidden
# aliases that print the new spelling, then do the same thing.


def _renamed(new: str) -> None:
    typer.echo(
        say(f"Perintah ini sekarang bernama: {new}", f"This command is now called: {new}"), err=True
    )


OUT_HELP = "Folder tujuan / output folder."
BUSINESS_OPT_HELP = "Nama contoh (kopi-kita) ATAU folder berisi persona.yaml / a sample name OR a folder."
OVERWRITE_HELP = "Timpa ekspor sebelumnya di folder itu / replace an earlier export there."


@bot_app.command("export")
@_guard
def bot_export(
    out_dir: Path = typer.Argument(..., help=OUT_HELP),
    business: str = typer.Option(..., "--business", "-b", help=BUSINESS_OPT_HELP),
    overwrite: bool = typer.Option(False, "--overwrite", help=OVERWRITE_HELP),
) -> None:
    """Buat folder siap deploy (web + WhatsApp + Telegram) / write a deployable chatbot folder."""
    from gigai.deploy.export import export_summary

    _echo_safe(export_summary(out_dir, business, overwrite=overwrite))


@bot_app.command("telegram")
@_guard
def bot_telegram(business: str = typer.Option(..., "--business", "-b", help=BUSINESS_HELP)) -> None:
    """Jalankan bot di Telegram dari laptop (long polling; token di TELEGRAM_BOT_TOKEN) / run the bot on Telegram."""
    from gigai.channels.source import load_bot
    from gigai.channels.telegram import run

    run(load_bot(business))


@deploy_app.command("export")
@_guard
def deploy_export(
    out_dir: Path = typer.Argument(..., help=OUT_HELP),
    business: str = typer.Option(..., "--business", "-b", help=BUSINESS_OPT_HELP),
    overwrite: bool = typer.Option(False, "--overwrite", help=OVERWRITE_HELP),
) -> None:
    """Nama lama dari gigai bot export / old name of gigai bot export."""
    _renamed("gigai bot export")
    bot_export(out_dir, business, overwrite)


@channels_app.command("telegram")
@_guard
def channels_telegram(business: str = typer.Option(..., "--business", "-b", help=BUSINESS_HELP)) -> None:
    """Nama lama dari gigai bot telegram / old name of gigai bot telegram."""
    _renamed("gigai bot telegram")
    bot_telegram(business)


PACK_HELP = say(
    "Buat paket instal offline untuk kelas.\n\n"
    "Internet dibutuhkan saat membuat paket (PyPI), tidak di kelas. Waktu: 5-30 menit, tergantung internet. "
    "Ukuran: sekitar 1,2 GB untuk 9 target (diukur: 222 MB, 168 wheel untuk satu target, Linux + Python 3.11); "
    "angka pasti di manifest.json.\n\n"
    "Sistem: Windows x64, macOS Apple M1+ (arm64), Linux x86_64; Python 3.10-3.12 (Mac Intel: tidak ada).\n\n"
    "Isi: wheel gigai-kit\\[labs] + semua kebutuhannya (wheel saja, tanpa sdist), notebook lab, aset contoh, "
    "gigai-install.txt (SHA-256 tiap wheel untuk pip --require-hashes). Tidak ikut: .env, dotfile, hasil/, kaset "
    "(kecuali --cassettes), kunci jawaban (kecuali --solutions).\n\n"
    "Lihat dulu tanpa mengunduh: gigai pack list paket-gigai",
    "Build the room's offline install pack.\n\n"
    "Internet is needed while building (PyPI), not in class. Time: 5-30 minutes depending on the connection. "
    "Size: about 1.2 GB for 9 targets (measured: 222 MB, 168 wheels for one target, Linux + Python 3.11); the "
    "exact figure is in manifest.json.\n\n"
    "Platforms: Windows x64, macOS Apple M1+ (arm64), Linux x86_64; Python 3.10-3.12 (no Intel Mac).\n\n"
    "Contents: the gigai-kit\\[labs] wheel and everything it needs (wheels only, no sdist), the lab notebooks, "
    "sample assets, gigai-install.txt (SHA-256 of every wheel for pip --require-hashes). Never included: .env, "
    "dotfiles, hasil/, cassettes (unless --cassettes), solutions (unless --solutions).\n\n"
    "Preview without downloading: gigai pack list paket-gigai",
)


def _pack(out_dir: Path, *, list_only: bool, cassettes, gguf, solutions: bool, platform, python) -> None:
    from gigai.trainer.pack.build import DEFAULT_PLATFORMS, DEFAULT_PYTHONS, build_pack

    result = build_pack(
        out_dir,
        platforms=tuple(platform) or DEFAULT_PLATFORMS,
        pythons=tuple(python) or DEFAULT_PYTHONS,
        cassettes=cassettes,
        gguf=gguf,
        solutions=solutions,
        list_only=list_only,
    )
    _show(result)
    if not list_only:
        typer.echo(say(f"Lalu di kelas: gigai pack serve {out_dir}", f"Then in class: gigai pack serve {out_dir}"))


PACK_DIR_HELP = "Folder paket, mis. paket-gigai / pack folder, e.g. paket-gigai"
CASSETTES_HELP = "Kaset rekaman yang ikut (file/folder) / cassettes to include (gigai record)."
GGUF_HELP = "Model .gguf yang ikut / a .gguf model to include."
SOLUTIONS_HELP = "Sertakan kunci jawaban / include solutions."
PLATFORM_HELP = "win_amd64, macosx_11_0_arm64, manylinux2014_x86_64 (bawaan: semua) / (default: all)"
PYTHON_HELP = "3.10, 3.11, 3.12 (bawaan: semua) / (default: all)"


@pack_app.command("build", help=PACK_HELP)
@_guard
def pack_build(
    out_dir: Path = typer.Argument(..., help=PACK_DIR_HELP),
    cassettes: list[Path] = typer.Option([], "--cassettes", help=CASSETTES_HELP),  # noqa: B008 - typer idiom
    gguf: Path | None = typer.Option(None, "--gguf", help=GGUF_HELP),
    solutions: bool = typer.Option(False, "--solutions", help=SOLUTIONS_HELP),
    platform: list[str] = typer.Option([], "--platform", help=PLATFORM_HELP),  # noqa: B008
    python: list[str] = typer.Option([], "--python", help=PYTHON_HELP),  # noqa: B008
    list_only: bool = typer.Option(False, "--list", hidden=True),
) -> None:
    _pack(out_dir, list_only=list_only, cassettes=cassettes, gguf=gguf, solutions=solutions,
          platform=platform, python=python)


@pack_app.command("list")
@_guard
def pack_list(
    out_dir: Path = typer.Argument(Path("paket-gigai"), help=PACK_DIR_HELP),
    cassettes: list[Path] = typer.Option([], "--cassettes", help=CASSETTES_HELP),  # noqa: B008
    gguf: Path | None = typer.Option(None, "--gguf", help=GGUF_HELP),
    solutions: bool = typer.Option(False, "--solutions", help=SOLUTIONS_HELP),
    platform: list[str] = typer.Option([], "--platform", help=PLATFORM_HELP),  # noqa: B008
    python: list[str] = typer.Option([], "--python", help=PYTHON_HELP),  # noqa: B008
) -> None:
    """Tampilkan isi paket tanpa mengunduh / list what the pack would hold, no download."""
    _pack(out_dir, list_only=True, cassettes=cassettes, gguf=gguf, solutions=solutions,
          platform=platform, python=python)


SERVE_DIR_HELP = "Folder paket / pack folder (paket-gigai)"
HOST_HELP = "0.0.0.0 = wifi kelas / the room's wifi"


@pack_app.command("serve")
@_guard
def pack_serve(
    pack_dir: Path = typer.Argument(..., help=SERVE_DIR_HELP),
    host: str = typer.Option("0.0.0.0", "--host", help=HOST_HELP),
    port: int = typer.Option(8000, "--port"),
) -> None:
    """Bagikan paket lewat wifi kelas (file saja, dengan hash) / serve the pack on the LAN (files only, hashed)."""
    from gigai.trainer.pack.server import serve_pack as _serve

    _show(_serve(pack_dir, host, port))


@app.command("serve-pack", hidden=True)
@_guard
def serve_pack(
    pack_dir: Path = typer.Argument(..., help=SERVE_DIR_HELP),
    host: str = typer.Option("0.0.0.0", "--host", help=HOST_HELP),
    port: int = typer.Option(8000, "--port"),
) -> None:
    """Nama lama dari gigai pack serve / old name of gigai pack serve."""
    _renamed("gigai pack serve")
    pack_serve(pack_dir, host, port)


@app.command()
@_guard
def record(
    labs: str | None = typer.Option(None, "--labs", help="Nomor lab, mis. / lab numbers, e.g. 2,3,4"),
    demo_questions: bool = typer.Option(
        False, "--demo", help="Contoh pertanyaan aplikasi demo / the demo app's example questions."
    ),
    provider: str | None = typer.Option(None, "--provider", "-p", help="gemini, groq, openai, gateway, ..."),
    cassette: Path | None = typer.Option(
        None,
        "--cassette",
        help="File kaset / cassette file (bawaan / default: GIGAI_CASSETTE atau ~/.gigai/cassettes/default.jsonl)",
    ),
    rpm: float | None = typer.Option(
        None, "--rpm", help="Maks permintaan per menit / max requests per minute (bawaan: batas gratis)"
    ),
    labs_dir: Path | None = typer.Option(None, "--labs-dir", help="Folder labs/ (bawaan / default ./labs)"),
) -> None:
    """Rekam kaset H-1 (jawaban LLM sungguhan untuk replay di kelas) / record the day-before cassettes.

    Cukup instalasi lab, tanpa pytest / needs the labs install only. Berjalan pelan di bawah batas gratis
    provider dan lanjut sendiri setelah 429; menjalankan ulang melewati yang sudah terekam.
    Paced under the provider's free-tier limit, resumes after a 429; a rerun skips what is recorded.
    """
    from gigai.errors import InputError
    from gigai.trainer.record import record_demo, record_labs

    if not labs and not demo_questions:
        raise InputError(
            "E096",
            "Pilih apa yang direkam.",
            "Choose what to record.",
            hint="gigai record --demo   atau / or   gigai record --labs 2,3,4",
        )
    if labs:
        try:
            numbers = [int(x) for x in labs.replace(" ", "").split(",") if x]
        except ValueError:
            raise InputError(
                "E097",
                "Nomor lab tidak valid.",
                "Invalid lab numbers.",
                hint="gigai record --labs 2,3,4",
                value=labs,
            ) from None
        _echo_safe(str(record_labs(numbers, cassette, provider=provider, rpm=rpm, labs_dir=labs_dir)))
    if demo_questions:
        _echo_safe(str(record_demo(cassette, provider=provider, rpm=rpm)))


@app.command()
@_guard
def demo(
    host: str | None = typer.Option(
        None, "--host", help="Alamat dengar / listen address (bawaan / default 127.0.0.1; --lan: 0.0.0.0)"
    ),
    port: int = typer.Option(7860, "--port", help="Port (bawaan / default 7860)"),
    lan: bool = typer.Option(
        False, "--lan", help="Buka untuk wifi kelas, HP juga / open to the room's wifi."
    ),
    share: bool = typer.Option(
        False, "--share", help="Link publik Gradio, dengan kata sandi / public Gradio link, with a password."
    ),
    no_password: bool = typer.Option(
        False,
        "--no-password",
        help="Link share tanpa kata sandi (tidak disarankan) / share link without password.",
    ),
    provider: str | None = typer.Option(None, "--provider", "-p", help="Penyedia awal / first provider."),
    business: str = typer.Option("kopi-kita", "--business", "-b", help="Contoh bisnis / sample business."),
) -> None:
    """Buka aplikasi demo trainer (chatbot + Video Studio) / open the trainer's demo app.

    Kontrol trainer (ganti provider, rekam, contoh video) hanya dari laptop trainer, atau login `trainer` dengan
    GIGAI_TRAINER_SECRET (beda dari kata sandi share peserta).
    """
    from gigai.apps.demo import main as demo_main

    demo_main(
        host=host,
        port=port,
        lan=lan,
        share=share,
        password=not no_password,
        provider=provider,
        business=business,
    )


if __name__ == "__main__":  # pragma: no cover
    app()
