"""The ``gigai`` command: a thin typer layer over the library (``gigai --help``; every help Indonesian first).

    gigai doctor [--json] [--out FILE] [--online]     is this laptop ready? (shareable report)
    gigai providers [--json]                          presets and which are ready
    gigai chat [--provider P] [--model M] [--once "prompt"]   terminal chat with streaming
    gigai pack DIR [--list] [--cassettes F] [--gguf F]   offline install pack for the room
    gigai serve-pack DIR [--host H] [--port N]        share the pack on the room's wifi (files only, hashed)
    gigai record --demo | --labs 2,3 [--provider P] [--rpm N]   the day-before cassettes (paced, resumes after 429)
    gigai demo [--lan] [--share] [--port N]           the trainer's demo app (chatbot + Video Studio)
    gigai deploy export DIR --business SLUG [--overwrite]   a deployable chatbot folder (web, WhatsApp, Telegram)
    gigai gateway serve | tokens N | usage | progress | revoke WHO   the trainer's room gateway
    gigai channels telegram --business SLUG           the bot on Telegram from this laptop (long polling)
    gigai video render STORYBOARD.json | plan STORYBOARD.json   storyboard -> mp4 / predicted lengths

Every command imports what it needs inside its body, so ``gigai --help`` stays fast. A GigaiError is
printed bilingually without a traceback (exit 1); anything else prints a short "unexpected error" line
with the exception type (the traceback only with ``gigai --debug ...`` or GIGAI_DEBUG=1).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from gigai.channels.cli import channels_app
from gigai.cli.support import LocalGroup, state, version_callback
from gigai.cli.support import can_show_emoji as _can_show_emoji
from gigai.cli.support import echo_safe as _echo_safe
from gigai.cli.support import err as _err
from gigai.cli.support import guard as _guard
from gigai.cli.support import show as _show
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
deploy_app = typer.Typer(
    help="Siapkan chatbot untuk di-deploy / prepare a chatbot for deployment.", no_args_is_help=True
)
app.add_typer(deploy_app, name="deploy")
app.add_typer(gateway_app, name="gateway")
app.add_typer(video_app, name="video")
app.add_typer(channels_app, name="channels")


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


@deploy_app.command("export")
@_guard
def deploy_export(
    out_dir: Path = typer.Argument(..., help="Folder tujuan / output folder."),
    business: str = typer.Option(
        ...,
        "--business",
        "-b",
        help="Nama contoh (kopi-kita) ATAU folder berisi persona.yaml / a sample name OR a folder.",
    ),
    overwrite: bool = typer.Option(
        False, "--overwrite", help="Timpa ekspor sebelumnya di folder itu / replace an earlier export there."
    ),
) -> None:
    """Buat folder siap deploy (web + WhatsApp + Telegram) / write a deployable chatbot folder."""
    from gigai.deploy.export import export_summary

    _echo_safe(export_summary(out_dir, business, overwrite=overwrite))


PACK_HELP = "\n\n".join(
    [
        "Buat paket instal offline untuk kelas / build the room's offline install pack.",
        "Internet: dibutuhkan saat membuat paket (PyPI), tidak di kelas / needed while building (PyPI), not in class.",
        "Waktu / time: 5-30 menit, tergantung internet / depending on the connection. Ukuran / size: sekitar 1,2 GB "
        "untuk 9 target (diukur / measured: 222 MB, 168 wheel untuk satu target, Linux + Python 3.11); angka pasti "
        "di / exact figure in manifest.json.",
        "Sistem / platforms: Windows x64, macOS Apple M1+ (arm64), Linux x86_64; Python 3.10-3.12 (Mac Intel: tidak ada).",
        "Isi / contents: wheel gigai\\[labs] + semua kebutuhannya (wheel saja, tanpa sdist / wheels only), notebook lab, "
        "aset contoh, gigai-install.txt (SHA-256 tiap wheel untuk pip --require-hashes).",
        "Tidak ikut / never included: .env, dotfile, hasil/, kaset (kecuali / unless --cassettes).",
        "Lihat dulu tanpa mengunduh / preview without downloading: gigai pack paket-gigai --list",
    ]
)


@app.command("pack", help=PACK_HELP)
@_guard
def pack(
    out_dir: Path = typer.Argument(..., help="Folder paket, mis. / pack folder, e.g. paket-gigai"),
    list_only: bool = typer.Option(
        False, "--list", help="Tampilkan isi tanpa mengunduh / list, no download."
    ),
    cassettes: list[Path] = typer.Option(  # noqa: B008 - typer idiom
        [], "--cassettes", help="Kaset rekaman yang ikut (file/folder) / cassettes to include (gigai record)."
    ),
    gguf: Path | None = typer.Option(
        None, "--gguf", help="Model .gguf yang ikut / a .gguf model to include."
    ),
    solutions: bool = typer.Option(False, "--solutions", help="Sertakan kunci jawaban / include solutions."),
    platform: list[str] = typer.Option(  # noqa: B008
        [], "--platform", help="win_amd64, macosx_11_0_arm64, manylinux2014_x86_64 (bawaan / default: semua)"
    ),
    python: list[str] = typer.Option([], "--python", help="3.10, 3.11, 3.12 (bawaan / default: semua)"),  # noqa: B008
) -> None:
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
        typer.echo(f"Lalu di kelas / then in class: gigai serve-pack {out_dir}")


@app.command("serve-pack")
@_guard
def serve_pack(
    pack_dir: Path = typer.Argument(..., help="Folder paket / pack folder (paket-gigai)"),
    host: str = typer.Option("0.0.0.0", "--host", help="0.0.0.0 = wifi kelas / the room's wifi"),
    port: int = typer.Option(8000, "--port"),
) -> None:
    """Bagikan paket lewat wifi kelas (file saja, dengan hash) / serve the pack on the LAN (files only, hashed)."""
    from gigai.trainer.pack.server import serve_pack as _serve

    _show(_serve(pack_dir, host, port))


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
            "E123",
            "Pilih apa yang direkam.",
            "Choose what to record.",
            hint="gigai record --demo   atau / or   gigai record --labs 2,3,4",
        )
    if labs:
        try:
            numbers = [int(x) for x in labs.replace(" ", "").split(",") if x]
        except ValueError:
            raise InputError(
                "E123",
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

    Kontrol trainer (ganti provider, rekam, contoh video) hanya dari laptop trainer atau dengan kata sandi share.
    Trainer controls (provider, recording, sample video) only from the trainer's laptop or with the share password.
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
