"""Export a participant's chatbot as a self-contained folder that runs on any host (``python app.py``).

    from gigai.deploy.export import export_app
    export_app("kopi-kita-app", business="kopi-kita")        # a sample name, a folder, or bot=my_chatbot
    # then: cd kopi-kita-app && pip install -r requirements.txt && python app.py

The folder holds app.py (web chat with per-visitor limits + WhatsApp and Telegram webhooks on one server),
the small modules it uses (``gigai/deploy/kit``), and ``gigai/``: a copy of this library's chatbot,
guardrails, offline engine and provider layer (:mod:`gigai.deploy.vendor`), so the exported bot IS the lab's
bot, with no second engine and nothing fetched from an index (the name ``gigai`` on PyPI is a stranger's).
Also bot.json (persona and public knowledge), requirements.txt (third-party packages only, specifiers from
gigai's own metadata), a README.md (with Hugging Face front matter), a Dockerfile that runs as a non-root
user, .dockerignore, .env.example and the Indonesian guides DEPLOY.md and CHANNELS.md.
Internal notes never leave the laptop; every text goes into JSON or Markdown, never into Python source.

Used in: Lab 5 (berbagi & deploy). CLI: ``gigai bot export DIR --business SLUG_OR_FOLDER [--overwrite]``.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gigai.errors import AppError

if TYPE_CHECKING:
    from gigai.chatbot import Chatbot

PYTHON_VERSION = "3.11"
KIT_FILES = ("app.py", "botcore.py", "conversations.py", "limits.py", "whatsapp.py", "telegram_hook.py")
WHATSAPP_SETTINGS = (
    "WHATSAPP_TOKEN",
    "WHATSAPP_PHONE_NUMBER_ID",
    "WHATSAPP_APP_SECRET",
    "WHATSAPP_VERIFY_TOKEN",
)
LIMIT_SETTINGS = {"CHAT_PER_MINUTE": "10", "CHAT_PER_DAY": "100", "CHAT_TOTAL_PER_DAY": "1000"}
PRIVATE_PERSONA_FIELDS = (
    "internal",
    "internal_notes",
    "notes",
)  # never in bot.json, whatever the persona holds
TELEGRAM_SETTINGS = ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "PUBLIC_URL")
_EMOJI = {"kopi": "☕", "laundry": "🧺", "desain": "🎨", "studio": "🎨", "makan": "🍜", "warung": "🍜"}


def _gradio_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("gradio")
    except PackageNotFoundError:  # pragma: no cover
        return "6.31.0"


def provider_rows() -> list[dict[str, Any]]:
    """The hosted providers the exported app may use, straight from gigai's one catalogue (gateway first)."""
    from gigai.llm import registry

    rows = []
    for name, row in registry.presets().items():
        if row.get("kind") != "openai_compatible" or not row.get("key_env"):
            continue  # local servers (no key) are a laptop thing; the export talks to hosted APIs or a gateway
        rows.append(
            {
                "name": name,
                "key_env": list(row["key_env"]),
                "base_url": row.get("base_url"),
                "base_url_env": list(row.get("base_url_env") or []),
                "default_model": row.get("default_model"),
                "signup": row.get("signup") or "",
            }
        )
    rows.sort(key=lambda r: r["name"] != "gateway")  # a trainer's gateway key wins, as in gigai
    return rows


def bot_data(bot: Chatbot) -> dict[str, Any]:
    """The business as plain JSON: persona and public passages (no internal notes, keys or paths).

    The engine, guardrails and provider catalogue travel as code and data in the copied ``gigai/``."""
    from gigai import __version__

    persona = {k: v for k, v in bot.persona.to_dict().items() if k not in PRIVATE_PERSONA_FIELDS}
    return {
        "exported_by": "gigai",
        "gigai_version": __version__,
        "persona": persona,
        "passages": [{"source": p.source, "text": p.text} for p in bot.knowledge.public().passages],
    }


def requirements_txt(gradio_version: str) -> str:
    """Third-party packages only (never gigai itself), with the specifiers gigai's own metadata gives."""
    from gigai.deploy.vendor import REQUIREMENTS
    from gigai.doctor import installed

    specs = {dist: spec for dist, spec, extra in installed.requirements() if extra is None}
    lines = [f"gradio=={gradio_version}"] + [f"{d}{specs.get(d, '')}" for d in REQUIREMENTS]
    return "\n".join(lines) + "\n"


def _readme(bot: Chatbot, gradio_version: str) -> str:
    p = bot.persona
    emoji = next((e for word, e in _EMOJI.items() if word in f"{p.business} {p.kind}".lower()), "💬")
    short = f"Chatbot layanan pelanggan {p.business}"[:60]
    front = {
        "title": f"{p.name} - {p.business}"[:60],
        "emoji": emoji,
        "colorFrom": "yellow",
        "colorTo": "red",
        "sdk": "gradio",
        "sdk_version": gradio_version,
        "python_version": PYTHON_VERSION,
        "app_file": "app.py",
        "pinned": False,
        "short_description": short,
    }
    # JSON strings are valid YAML scalars: quotes, colons and backslashes in a name cannot break the header.
    header = "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items())
    return f"""---
{header}
---

# {p.name} · {p.business}

Chatbot layanan pelanggan untuk **{p.business}**, dibuat dengan gigai (lab Gig Economy AI).

- Jalankan: `pip install -r requirements.txt` lalu `python app.py` → http://127.0.0.1:7860
  (di laptop lab cukup `python app.py`).
- Data bot: `bot.json` (persona + pengetahuan publik). Ubah, lalu jalankan ulang.
- Mesin bot: folder `gigai/`, salinan pustaka gigai dari lab (jangan memasang gigai dari PyPI: nama itu milik
  proyek lain).
- Kunci API di file `.env` (salin dari `.env.example`) atau di "Environment" hosting. Tanpa kunci, bot
  berjalan dalam **mode offline** (mesin offline gigai, menjawab dari `bot.json`).
- Batas pertanyaan per pengunjung dan per hari: lihat DEPLOY.md (`CHAT_PER_MINUTE`, `CHAT_PER_DAY`).
- Deploy gratis langkah demi langkah: [DEPLOY.md](DEPLOY.md) · Telegram & WhatsApp: [CHANNELS.md](CHANNELS.md)
"""


def _needed(row: dict[str, Any]) -> list[str]:
    """The settings a participant fills for one provider: its key, plus its address when it has none built in."""
    return [*(row["base_url_env"][:1] if not row["base_url"] else []), row["key_env"][0]]


def _providers_table() -> str:
    lines = ["| Variabel | Provider | Cara dapat kunci |", "|---|---|---|"]
    for r in provider_rows():
        keys = " + ".join(f"`{k}`" for k in _needed(r))
        lines.append(f"| {keys} | {r['name']} | {r['signup']} |")
    return "\n".join(lines)


def _env_example() -> str:
    lines = [
        "# Salin jadi .env (file ini boleh di-commit, .env TIDAK).",
        "# Isi SATU provider saja; kosong semua = mode offline.",
    ]
    for r in provider_rows():
        lines += [f"# {r['name']}"] + [f"{k}=" for k in _needed(r)]
    lines += ["", "# WhatsApp Business Cloud API (lihat CHANNELS.md)"] + [f"{k}=" for k in WHATSAPP_SETTINGS]
    lines += ["", "# Telegram di hosting (lihat CHANNELS.md; Render mengisi alamat publik sendiri)"]
    lines += [f"{k}=" for k in TELEGRAM_SETTINGS]
    lines += ["", "# Batas pertanyaan web chat (lihat DEPLOY.md; 0 = tanpa batas)"]
    lines += [f"{k}={v}" for k, v in LIMIT_SETTINGS.items()]
    return "\n".join(lines) + "\n"


_DOCKERFILE = f"""FROM python:{PYTHON_VERSION}-slim
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 GRADIO_SERVER_NAME=0.0.0.0 GRADIO_ANALYTICS_ENABLED=False
# The app never runs as root: a plain user owns the code (uid 1000 also suits Hugging Face Docker Spaces).
RUN useradd --create-home --uid 1000 app
WORKDIR /home/app/bot
COPY --chown=app:app requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
# .dockerignore keeps .env, outputs and recordings out of the image: keys go in as environment variables.
COPY --chown=app:app . .
USER app
EXPOSE 7860
CMD ["python", "app.py"]
"""

_DOCKERIGNORE = """# Never inside the image: keys, outputs, recordings, local environments.
.env
.env.*
**/.env
**/.env.*
hasil/
**/hasil/
cassettes/
**/cassettes/
*.cassette.json
.state/
.git/
.venv/
venv/
__pycache__/
*.pyc
"""

_GITIGNORE = ".env\n.env.*\n!.env.example\n__pycache__/\n.venv/\nhasil/\ncassettes/\n.state/\n"


def _kit(name: str) -> str:
    return resources.files("gigai.deploy.kit").joinpath(name).read_text(encoding="utf-8")


def _check_target(out: Path, overwrite: bool) -> None:
    if not out.exists():
        return
    if not out.is_dir():
        raise AppError(
            "E146", "Tujuan ekspor adalah file, bukan folder.", "The export target is a file, not a folder.",
            hint="Pilih nama folder baru, mis. gigai bot export bot_saya --business kopi-kita", value=str(out),
        )  # fmt: skip
    if not any(out.iterdir()):
        return
    previous = out / "bot.json"
    try:
        ours = json.loads(previous.read_text(encoding="utf-8")).get("exported_by") == "gigai"
    except (OSError, ValueError, AttributeError):
        ours = False
    if not ours:
        raise AppError(
            "E147",
            "Folder tujuan sudah berisi file lain (bukan hasil ekspor gigai); tidak akan ditimpa.",
            "The target folder holds other files (not a gigai export); it will not be overwritten.",
            hint="Pilih folder baru yang kosong, mis. gigai bot export bot_saya --business kopi-kita",
            value=str(out),
        )
    if not overwrite:
        raise AppError(
            "E145",
            "Folder ini sudah berisi hasil ekspor sebelumnya.",
            "This folder already holds an earlier export.",
            hint="Tambahkan --overwrite untuk menimpanya (atau overwrite=True), atau pilih folder baru",
            value=str(out),
        )


def export_app(
    out_dir: str | Path,
    *,
    business: str | Path | None = None,
    bot: Chatbot | None = None,
    overwrite: bool = False,
) -> Path:
    """Write a self-contained app folder for ``bot`` (or ``business``: a sample name or a folder)."""
    if bot is None:
        if business is None:
            raise AppError(
                "E059",
                "Pilih bot atau bisnis untuk diekspor.",
                "Give a bot or a business to export.",
                hint='export_app("folder", business="kopi-kita")  (nama contoh atau folder berisi persona.yaml)',
            )
        from gigai.channels.source import load_bot

        bot = load_bot(business)
    out = Path(out_dir)
    _check_target(out, overwrite)
    out.mkdir(parents=True, exist_ok=True)
    version = _gradio_version()
    from gigai import __version__
    from gigai.deploy.vendor import copy_library

    copy_library(out, version=__version__)
    files = {name: _kit(name) for name in KIT_FILES}
    files.update(
        {
            "bot.json": json.dumps(bot_data(bot), ensure_ascii=False, indent=2) + "\n",
            "requirements.txt": requirements_txt(version),
            "README.md": _readme(bot, version),
            "DEPLOY.md": _kit("DEPLOY.md").replace("{PROVIDERS_TABLE}", _providers_table()),
            "CHANNELS.md": _kit("CHANNELS.md"),
            "Dockerfile": _DOCKERFILE,
            ".dockerignore": _DOCKERIGNORE,
            ".env.example": _env_example(),
            ".gitignore": _GITIGNORE,
        }
    )
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
    for stale in out.glob("__pycache__"):  # an earlier export's bytecode must not shadow the new files
        for f in stale.glob("*.pyc"):
            f.unlink()
    return out


def held_back(bot: Chatbot) -> list[str]:
    """Internal notes that the export leaves out (shown to the participant after exporting)."""
    return list(bot.knowledge.held_back)


def _shell_path(path: str | Path) -> str:
    text = str(path)
    return f'"{text}"' if any(c in text for c in " &()'") else text


def export_summary(out_dir: str | Path, business: str, *, overwrite: bool = False) -> str:
    """What ``gigai bot export`` prints: where, what was held back, the next step (one language)."""
    from gigai.channels.source import load_bot
    from gigai.lang import say

    bot = load_bot(business)
    out = export_app(out_dir, bot=bot, overwrite=overwrite)
    lines = [say("Selesai: ", "Done: ") + str(out)]
    notes = held_back(bot)
    if notes:
        lines.append(
            say(
                f"Catatan internal TIDAK ikut diekspor: {len(notes)}",
                f"Internal notes left out: {len(notes)}",
            )
        )
    lines += [
        say("Coba: ", "Try: ") + f"cd {_shell_path(out_dir)} && python app.py",
        say(
            "Di hosting: pip install -r requirements.txt lalu python app.py. Deploy gratis: DEPLOY.md · "
            "Telegram & WhatsApp: CHANNELS.md",
            "On a host: pip install -r requirements.txt, then python app.py. Free deploy: DEPLOY.md · "
            "Telegram & WhatsApp: CHANNELS.md",
        ),
    ]
    return "\n".join(lines)
