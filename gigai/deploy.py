"""Export a participant's chatbot as a self-contained app folder for Hugging Face Spaces or any host.

    from gigai.deploy import export_app
    export_app("kopi-kita-app", business="kopi-kita")        # or bot=my_chatbot
    # then: cd kopi-kita-app && pip install -r requirements.txt && python app.py

The folder holds app.py (a standalone copy of the chat app: gradio + openai only, gigai NOT needed, since
gigai is not on PyPI), bot.json (persona, system prompt, public knowledge, guardrail data), requirements.txt,
README.md with Spaces front matter, a Dockerfile, .env.example and an Indonesian DEPLOY.md. Internal notes
are never exported. Keys come from environment variables / Space secrets only.

Used in: Lab 5 (berbagi & deploy). CLI: ``gigai deploy export DIR --business SLUG``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from gigai.errors import AppError

if TYPE_CHECKING:
    from gigai.chatbot import Chatbot

PYTHON_VERSION = "3.11"
_EMOJI = {"kopi": "☕", "laundry": "🧺", "desain": "🎨", "studio": "🎨", "makan": "🍜", "warung": "🍜"}


def _gradio_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("gradio")
    except PackageNotFoundError:  # pragma: no cover
        return "6.31.0"


def bot_data(bot: Chatbot) -> dict:
    """Everything the standalone app needs, as plain JSON (no internal notes, no keys, no paths)."""
    from gigai.chatbot import guardrails as g
    from gigai.llm import retrieval as k

    return {
        "exported_by": "gigai",
        "persona": bot.persona.to_dict(),
        "system_prompt": bot.persona.system_prompt(),
        "passages": [{"source": p.source, "text": p.text} for p in bot.knowledge.passages],
        "guard": {
            "max_chars": bot.max_chars,
            "injection": list(g._INJECTION),
            "human": g._HUMAN.pattern,
            "greeting": g._GREETING.pattern,
            "stopwords": sorted(k.STOPWORDS),
            "synonyms": {**k.SLANG, **k._CANON},
        },
    }


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "chatbot"


def _readme(bot: Chatbot, gradio_version: str) -> str:
    p = bot.persona
    emoji = next((e for word, e in _EMOJI.items() if word in f"{p.business} {p.kind}".lower()), "💬")
    short = f"Chatbot layanan pelanggan {p.business}"[:60]
    return f"""---
title: {json.dumps(f"{p.name} - {p.business}"[:60], ensure_ascii=False)}
emoji: {emoji}
colorFrom: yellow
colorTo: red
sdk: gradio
sdk_version: "{gradio_version}"
python_version: "{PYTHON_VERSION}"
app_file: app.py
pinned: false
short_description: {json.dumps(short, ensure_ascii=False)}
---

# {p.name} · {p.business}

Chatbot layanan pelanggan untuk **{p.business}**, dibuat dengan gigai (lab Gig Economy AI).
Customer-service chatbot for {p.business}, made with the gigai lab kit.

- Jalankan / run: `pip install -r requirements.txt` lalu / then `python app.py` → http://127.0.0.1:7860
- Data bot / bot data: `bot.json` (persona + pengetahuan / knowledge). Ubah, lalu jalankan ulang.
- Tanpa kunci API, app berjalan dalam **mode offline** (mengutip fakta dari `bot.json`).
  Without an API key the app runs in offline mode.
- Kunci API hanya lewat environment variable / Space secrets: `OPENAI_API_KEY`, `GEMINI_API_KEY`,
  `GROQ_API_KEY`, atau `GIGAI_BASE_URL` + `GIGAI_API_KEY`. Jangan pernah menulis kunci di file.

Panduan deploy lengkap: [DEPLOY.md](DEPLOY.md).
"""


_DEPLOY_MD = """# Panduan deploy (Bahasa Indonesia)

Folder ini sudah lengkap: `app.py`, `bot.json`, `requirements.txt`, `Dockerfile`. Tidak perlu memasang gigai.

## 1. Coba di laptop sendiri

    python -m venv .venv
    .venv\\Scripts\\activate            (Windows)   |   source .venv/bin/activate   (Mac/Linux)
    pip install -r requirements.txt
    python app.py

Buka http://127.0.0.1:7860. Teman di wifi yang sama bisa membuka http://IP-LAPTOP-KAMU:7860
(lihat IP dengan `ipconfig` di Windows). Tanpa kunci API, bot berjalan dalam **mode offline**.

## 2. Kunci API (opsional, untuk jawaban AI sungguhan)

Kunci HANYA lewat environment variable atau "Secrets" di hosting, JANGAN ditulis di file atau di-commit:

| Variabel | Penyedia |
|---|---|
| `GEMINI_API_KEY` | Google Gemini (ada kuota gratis: https://aistudio.google.com/apikey) |
| `GROQ_API_KEY` | Groq (kuota gratis per menit) |
| `OPENAI_API_KEY` | OpenAI (berbayar) |
| `GIGAI_BASE_URL` + `GIGAI_API_KEY` | gateway dari trainer |

Opsional: `GIGAI_MODEL` untuk memilih model, `GIGAI_PROVIDER=offline` untuk memaksa mode offline.
Contoh di Windows: `set GEMINI_API_KEY=...` lalu `python app.py`.

## 3. Hugging Face Spaces

`README.md` sudah berisi "front matter" Spaces (sdk: gradio, sdk_version, app_file: app.py).
ATURAN PAKET (per Juli 2026, cek lagi di https://huggingface.co/pricing sebelum kelas):
- Sejak 21 Juli 2026 membuat Space **Gradio** baru butuh **paket berbayar** (PRO / Team).
- Akun gratis: maksimal 2 Space ZeroGPU, email harus terverifikasi, dan umur akun minimal 30 hari.
- Kunci API dimasukkan di Settings → Variables and secrets → New secret (misal `GEMINI_API_KEY`).

Langkah: buat Space (SDK Gradio) → unggah semua file di folder ini (Files → Add file → Upload) →
tambahkan secret → tunggu build selesai.

## 4. Alternatif tanpa Spaces

- **Docker di hosting mana saja** (Render, Railway, Fly.io, Google Cloud Run, VPS):
  `docker build -t chatbot .` lalu `docker run -p 7860:7860 -e GEMINI_API_KEY=... chatbot`.
  Hosting yang memberi variabel `PORT` otomatis didukung.
- **Hosting Python biasa**: perintah start `python app.py` (app membaca `PORT` atau `GRADIO_SERVER_PORT`).
- **Laptop sendiri di acara/bazar**: jalankan `python app.py`, bagikan alamat LAN ke HP pengunjung.
- **Google Colab**: unggah folder, `!pip install -r requirements.txt`, lalu jalankan app dengan
  `demo.launch(share=True)` untuk link sementara (72 jam).

## 5. Keamanan

- Catatan internal bisnis TIDAK ikut diekspor. Jangan menambahkan rahasia ke `bot.json`: isinya publik.
- Link publik bisa dibuka siapa saja: pakai `demo.launch(auth=("nama", "sandi"))` bila perlu.
"""

_DOCKERFILE = f"""FROM python:{PYTHON_VERSION}-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV GRADIO_SERVER_NAME=0.0.0.0 GRADIO_ANALYTICS_ENABLED=False PYTHONUNBUFFERED=1
EXPOSE 7860
# Keys: docker run -e GEMINI_API_KEY=... (never bake them into the image)
CMD ["python", "app.py"]
"""

_ENV_EXAMPLE = """# Salin ke environment / Space secrets. JANGAN commit kunci asli. / Never commit real keys.
GEMINI_API_KEY=
GROQ_API_KEY=
OPENAI_API_KEY=
GIGAI_BASE_URL=
GIGAI_API_KEY=
"""


def export_app(
    out_dir: str | Path, *, business: str | None = None, bot: Chatbot | None = None, overwrite: bool = False
) -> Path:
    """Write a self-contained app folder for ``bot`` (or sample ``business``) and return its path."""
    from gigai.chatbot import Chatbot

    if bot is None:
        if business is None:
            raise AppError(
                "E059",
                "Pilih bot atau bisnis untuk diekspor.",
                "Give a bot or a business to export.",
                hint='export_app("folder", business="kopi-kita")',
            )
        bot = Chatbot.from_business(business)
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()) and not overwrite:
        if not (out / "bot.json").is_file():
            raise AppError(
                "E060",
                "Folder tujuan sudah berisi file lain.",
                "The target folder is not empty.",
                hint="Pilih folder baru atau pakai overwrite=True.",
                value=str(out),
            )
    out.mkdir(parents=True, exist_ok=True)
    version = _gradio_version()
    template = (Path(__file__).parent / "chatbot" / "standalone_app.py").read_text(encoding="utf-8")
    title = f"{bot.persona.name} · {bot.persona.business}"
    files = {
        "app.py": template.replace("{TITLE}", title, 1),
        "bot.json": json.dumps(bot_data(bot), ensure_ascii=False, indent=2) + "\n",
        "requirements.txt": f"gradio=={version}\nopenai>=1.40,<4\n",
        "README.md": _readme(bot, version),
        "DEPLOY.md": _DEPLOY_MD,
        "Dockerfile": _DOCKERFILE,
        ".env.example": _ENV_EXAMPLE,
        ".gitignore": ".env\n__pycache__/\n.venv/\n",
    }
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
    return out
