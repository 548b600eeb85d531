"""Video Studio: brief (or the client's message) and photos in, editable storyboard with a plan, video out.

    from gigai.apps.studio import build_studio_app
    build_studio_app().launch()

    with gr.Tab("Video Studio"):      # inside another app (the demo app does this)
        studio_tab()

Every browser session works in its own folder (uploads, project, videos with unique names); media come
only from that session's uploads and the app's own ``aset`` folder: any other path typed into the table
gets one and the same refusal. Used in: Lab 7 (video). Run it: ``python -m gigai.apps.studio``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

VOICES = ["offline", "edge:id-ID-GadisNeural", "edge:id-ID-ArdiNeural", "openai:nova"]
MUSIC = ["lofi", "upbeat", "calm", "tanpa musik"]
COLUMNS = ["no", "narasi", "teks_layar", "visual", "file_atau_prompt", "durasi", "suara"]
EXAMPLE = ("Halo kak, tolong buatin video promo ya. Kopi Kita, kedai kopi di Dago. Menu andalan: Kopi Susu Gula "
           "Aren cuma Rp 18.000, diskon 10% buat mahasiswa. Buka Senin-Sabtu 08.00-22.00 WIB. "
           "Pesan via GoFood atau WA 0812-2233-4455.")  # fmt: skip
PICTURE_EXT = (".jpg", ".jpeg", ".png", ".webp", ".mp4", ".mov", ".m4v", ".webm", ".3gp")
VOICE_EXT = (".wav", ".m4a", ".mp3", ".aac", ".ogg", ".opus")  # a phone recording or a WhatsApp voice note
MEDIA_EXT = PICTURE_EXT + VOICE_EXT
MAX_UPLOAD_MB = 200


def _workdir(work_dir: str | Path | None) -> Path:
    # Under the temp dir by default: Gradio serves files from there without extra allowed_paths.
    path = Path(work_dir) if work_dir else Path(tempfile.gettempdir()) / "gigai-studio"
    path.mkdir(parents=True, exist_ok=True)
    (path / "aset").mkdir(exist_ok=True)
    return path


SESSION_HOURS = 24  # session folders older than this are removed when a new session starts


def new_session(root: Path) -> Path:
    """A fresh folder for one browser session: uploads, project files and videos never mix."""
    cutoff = time.time() - SESSION_HOURS * 3600
    for old in (root / "sesi").glob("*") if (root / "sesi").is_dir() else []:
        try:
            if old.is_dir() and not old.is_symlink() and old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
    folder = root / "sesi" / uuid.uuid4().hex[:12]
    (folder / "unggahan").mkdir(parents=True)
    return folder


def media_roots(root: Path, session: Path) -> list[Path]:
    return [session / "unggahan", root / "aset"]


def _safe_name(name: str) -> str:
    stem, ext = Path(name).stem, Path(name).suffix.lower()
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")[:40] or "file"
    return f"{stem}{ext}"


def save_uploads(files: list[Any] | None, session: Path) -> tuple[list[Path], list[str]]:
    """Copy uploaded photos/clips into the session (safe unique names); (saved, refused names)."""
    saved, refused = [], []
    dst_dir = session / "unggahan"
    for f in files or []:
        src = Path(getattr(f, "name", None) or getattr(f, "path", None) or str(f))
        name = _safe_name(src.name)
        ok = src.suffix.lower() in MEDIA_EXT and src.is_file() and src.stat().st_size <= MAX_UPLOAD_MB * 2**20
        if not ok:
            refused.append(src.name)
            continue
        dst = dst_dir / name
        k = 1
        while dst.exists():
            k += 1
            dst = dst_dir / f"{Path(name).stem}-{k}{Path(name).suffix}"
        shutil.copyfile(src, dst)
        saved.append(dst)
    return saved, refused


def thumbnail(path: Path) -> Path:
    """A small JPEG for the gallery: the photo itself, or a frame from the clip."""
    from PIL import Image, ImageOps

    thumbs = path.parent.parent / "thumbs"
    thumbs.mkdir(exist_ok=True)
    out = thumbs / f"{path.stem}{path.suffix.replace('.', '_')}.jpg"
    if out.exists():
        return out
    try:
        if path.suffix.lower() in VOICE_EXT:  # a recording: a tile that says so
            from PIL import ImageDraw

            im = Image.new("RGB", (240, 240), (91, 33, 182))
            ImageDraw.Draw(im).text((20, 100), "suara / voice", fill=(255, 255, 255))
        elif path.suffix.lower() in (".jpg", ".jpeg", ".png", ".webp"):
            im = ImageOps.exif_transpose(Image.open(path)).convert("RGB")
        else:
            from gigai.video.media import ffmpeg_exe

            frame = thumbs / f"{path.stem}_frame.png"
            subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-ss", "0.5", "-i", str(path), "-frames:v", "1",
                            str(frame)], check=True, timeout=60)  # fmt: skip
            im = Image.open(frame).convert("RGB")
        im.thumbnail((320, 320))
        im.save(out, quality=85)
    except Exception:  # noqa: BLE001 - a file we cannot preview still gets a grey tile
        Image.new("RGB", (160, 160), (90, 90, 90)).save(out)
    return out


def render_session(session: Path, root: Path, sb: Any, *, preset: str = "preview", voice: str = "offline",
                   music: str | None = "lofi", rate: int = 175, transition: str = "fade", ai_label: bool = True,
                   progress: Any = False) -> tuple[Path, dict[str, Any]]:  # fmt: skip
    """Render one session's storyboard into that session's folder under a unique name."""
    from gigai.video.project import Project

    out = (
        session
        / "video"
        / f"promo_{preset.replace(':', 'x')}_{time.strftime('%H%M%S')}_{uuid.uuid4().hex[:6]}.mp4"
    )
    proj = Project(session / "proyek", base_dir=session / "unggahan", media_roots=media_roots(root, session))
    path = proj.render(sb, out, preset=preset, voice=voice, music=music, rate=rate, transition=transition,
                       ai_label=ai_label, progress=progress)  # fmt: skip
    return path, proj.stats


def _error_text(exc: Exception) -> str:
    from gigai.errors import GigaiError

    if isinstance(exc, GigaiError):
        return f"**{exc.code}** {exc.id}\n\n{exc.en}\n\n{('Coba / Try: ' + exc.hint) if exc.hint else ''}"
    return f"Terjadi kesalahan / Something went wrong: `{type(exc).__name__}`"


def _plan_text(sb: Any, rate: int) -> str:
    from gigai.video.planner import plan

    p = plan(sb, rate=int(rate))
    rows = " · ".join(f"{i}: {s:.1f} s" for i, s in enumerate(p.seconds, 1))
    warn = "".join(f"\n\n⚠️ {w}" for w in p.warnings)
    return f"**Perkiraan / predicted: {p.total:.1f} s** ({rows}){warn}"


def studio_tab(*, provider: str | None = None, work_dir: str | Path | None = None) -> None:
    """Build the Studio's components in the current Gradio context (a Blocks or a ``gr.Tab``)."""
    from gigai._deps import require

    gr = require("gradio")
    from gigai.video.brief import Brief, brief_from_text
    from gigai.video.storyboard import Storyboard
    from gigai.video.writer import write_storyboard

    root = _workdir(work_dir)

    def ensure(session: str) -> Path:
        return Path(session) if session and Path(session).is_dir() else new_session(root)

    def on_upload(files, session, have):
        folder = ensure(session)
        saved, refused = save_uploads(files, folder)
        names = [*(have or []), *[p.name for p in saved]]
        gallery = [(str(thumbnail(folder / "unggahan" / n)), n) for n in names]
        note = f"{len(names)} file siap / ready: " + ", ".join(names) if names else ""
        if any(n.lower().endswith(VOICE_EXT) for n in names):
            note += ("\n\nSuara sendiri: tulis nama file-nya di kolom **suara** scene itu; caption mengikuti "
                     "rekamanmu. / Own voice: put the file name in that scene's **suara** column.")  # fmt: skip
        if refused:
            note += ("\n\n⚠️ Tidak dipakai (bukan foto/klip, atau > "
                     f"{MAX_UPLOAD_MB} MB) / not used: {', '.join(refused)}")  # fmt: skip
        return gallery, str(folder), names, note

    def make_storyboard(text, product, business, price, benefits, cta, scenes, rate, session, names):
        folder = ensure(session)
        photos = [n for n in names or [] if n.lower().endswith(PICTURE_EXT)]
        try:
            if (text or "").strip() or not (product or "").strip():
                brief = brief_from_text(text if (text or "").strip() else EXAMPLE)
                brief = brief.model_copy(update={"photos": photos})
            else:
                brief = Brief(product=product.strip(), business=business or "", price=price or "",
                              benefits=[b.strip() for b in (benefits or "").split(",") if b.strip()],
                              cta=cta or "Cek link di bio, ya!", photos=photos)  # fmt: skip
            sb = write_storyboard(brief, provider=provider, scenes=int(scenes))
        except Exception as exc:  # noqa: BLE001 - shown to the participant
            return gr.skip(), gr.skip(), _error_text(exc), str(folder)
        rows = [[r[c] for c in COLUMNS] for r in sb.table()]
        note = sb.notice or f"Naskah dari / script by: {sb.source}"
        if not (text or "").strip() and not (product or "").strip():
            note = "Contoh brief dipakai / the example brief was used. " + note
        return rows, sb.model_dump_json(), f"{note}\n\n{_plan_text(sb, rate)}", str(folder)

    def do_render(
        table,
        sb_json,
        session,
        voice,
        music,
        preset,
        rate,
        transition,
        ai_label,
        progress=gr.Progress(),  # noqa: B008
    ):
        if not sb_json:
            return None, None, "Buat storyboard dulu. / Make a storyboard first.", session
        folder = ensure(session)
        try:
            sb = Storyboard.model_validate_json(sb_json)
            if table is not None:
                rows = (
                    table.to_dict("records")
                    if hasattr(table, "to_dict")
                    else [dict(zip(COLUMNS, r)) for r in table]
                )
                sb = sb.from_table(rows)
            path, stats = render_session(folder, root, sb, preset=preset, voice=voice,
                                         music=None if music == "tanpa musik" else music, rate=int(rate),
                                         transition=transition, ai_label=bool(ai_label),
                                         progress=lambda f, m: progress(f, desc=m))  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - shown to the participant, bilingual when ours
            return None, None, _error_text(exc), str(folder)
        loud = stats.get("loudness", {})
        msg = (f"Selesai / done: {stats['duration']:.1f} s, {stats['preset']}, {stats['seconds']['total']:.1f} s "
               f"render; segmen baru / new segments: {len(stats['segments']['encoded'])}/{stats['segments']['total']}; "
               f"{loud.get('lufs', float('nan')):.1f} LUFS")  # fmt: skip
        for w in [*stats.get("warnings", []), *stats.get("notices", [])]:
            msg += f"\n\n⚠️ {w}"
        side = [
            str(path.with_suffix(".srt")),
            str(path.with_suffix(".vtt")),
            str(path.with_name(path.stem + ".credits.json")),
        ]
        return str(path), side, msg, str(folder)

    session = gr.State("")
    names = gr.State([])
    gr.Markdown(
        "## gigai Video Studio\nPesan klien atau brief + foto → storyboard → video promo (TikTok / Reels / Shorts)"
    )
    with gr.Row():
        with gr.Column(scale=3):
            text = gr.Textbox(label="Pesan klien / brief bebas (maks 2.000 karakter)", placeholder=EXAMPLE, lines=4,
                              max_length=2000, elem_id="brief-text")  # fmt: skip
            with gr.Accordion("…atau isi per kolom / or field by field", open=False):
                with gr.Row():
                    product = gr.Textbox(
                        label="Produk / jasa", placeholder="Kopi Susu Gula Aren", elem_id="product"
                    )
                    business = gr.Textbox(label="Nama usaha", placeholder="Kopi Kita")
                    price = gr.Textbox(label="Harga", placeholder="Rp 18.000")
                with gr.Row():
                    benefits = gr.Textbox(
                        label="Keunggulan (pisahkan dengan koma)", placeholder="manis pas, bikin melek"
                    )
                    cta = gr.Textbox(label="Ajakan (CTA)", placeholder="Pesan via GoFood")
        with gr.Column(scale=2):
            uploads = gr.File(label="Foto / klip / rekaman suara (boleh dari HP, beberapa sekaligus)", file_count="multiple",
                              file_types=["image", "video", "audio"], elem_id="uploads")  # fmt: skip
            gallery = gr.Gallery(label="Unggahan / uploads", columns=4, height=180, elem_id="uploads-gallery")
            upload_note = gr.Markdown(elem_id="upload-note")
    with gr.Row():
        scenes = gr.Slider(3, 8, value=5, step=1, label="Jumlah scene")
        rate = gr.Slider(130, 220, value=175, step=5, label="Kecepatan bicara / speech rate (kata/menit)")
    make_btn = gr.Button("1. Buat storyboard", variant="primary", elem_id="make-storyboard")
    notice = gr.Markdown(elem_id="notice")
    table = gr.Dataframe(headers=COLUMNS, datatype=["number", "str", "str", "str", "str", "number", "str"], interactive=True,
                         wrap=True, label="Storyboard (boleh diedit / editable)", elem_id="storyboard")  # fmt: skip
    sb_state = gr.State("")
    with gr.Row():
        voice = gr.Dropdown(VOICES, value="offline", label="Suara / voice")
        music = gr.Dropdown(MUSIC, value="lofi", label="Musik")
        preset = gr.Radio(["9:16", "1:1", "16:9"], value="9:16", label="Format final")
        transition = gr.Radio(["fade", "slide", "cut"], value="fade", label="Transisi")
    # its own row: beside four choices its long label ran off the right edge at 1280 px
    ai_label = gr.Checkbox(True, label="Label AI: kartu penutup & caption 'Dibuat dengan bantuan AI'")
    with gr.Row():
        preview_btn = gr.Button("2. Preview cepat (720p)", elem_id="preview")
        final_btn = gr.Button("3. Render final", variant="primary", elem_id="final")
    status = gr.Markdown(elem_id="status")
    video = gr.Video(label="Video", elem_id="video", height=520)
    files = gr.File(label="Unduh / download: .srt, .vtt, credits", file_count="multiple", elem_id="files")
    uploads.upload(
        on_upload, [uploads, session, names], [gallery, session, names, upload_note], api_name="upload"
    )
    make_btn.click(make_storyboard, [text, product, business, price, benefits, cta, scenes, rate, session, names],
                   [table, sb_state, notice, session], api_name="storyboard")  # fmt: skip
    opts = [voice, music]
    preview_btn.click(
        lambda t, s, ss, v, m, r, tr, ai, p=gr.Progress(): do_render(t, s, ss, v, m, "preview", r, tr, ai, p),  # noqa: B008
        [table, sb_state, session, *opts, rate, transition, ai_label], [video, files, status, session], api_name="preview",
    )  # fmt: skip
    final_btn.click(do_render, [table, sb_state, session, *opts, preset, rate, transition, ai_label],
                    [video, files, status, session], api_name="render")  # fmt: skip


def build_studio_app(*, provider: str | None = None, work_dir: str | Path | None = None) -> Any:
    """Return the Video Studio as ``gr.Blocks`` (not launched)."""
    from gigai._deps import require

    gr = require("gradio")
    with gr.Blocks(title="gigai Video Studio") as demo:
        studio_tab(provider=provider, work_dir=work_dir)
    return demo


if __name__ == "__main__":
    import os

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    build_studio_app().launch()
