"""Video Studio: brief (or the client's message) and photos in, editable storyboard with a plan, video out.

    from gigai.apps.studio import build_studio_app
    build_studio_app().launch()

    with gr.Tab("Video Studio"):      # inside another app (the demo app does this)
        studio_tab()

Every browser session works in its own folder (uploads, project, videos with unique names); media come
only from that session's uploads and the app's own ``aset`` folder: any other path typed into a scene card
gets one and the same refusal. Uploads are bounded (gigai.apps.uploads): the server refuses files over the
size limit, and images over the pixel limit are refused from their header, before any decoding.
``provider`` may be a Model (the demo passes its own provider switch): while that model is offline the
Studio makes no upstream call and spends nothing (template script, offline voice, cards for AI images).
Used in: Lab 7 (video). Run it: ``python -m gigai.apps.studio``.
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

from gigai.apps.uploads import MAX_UPLOAD_MB, accept_image, forget_upload
from gigai.lang import say

VOICES = ["offline", "edge:id-ID-GadisNeural", "edge:id-ID-ArdiNeural", "openai:nova"]
MUSIC = ["lofi", "upbeat", "calm", "tanpa musik"]
COLUMNS = ["no", "narasi", "teks_layar", "visual", "file_atau_prompt", "durasi", "suara"]
EXAMPLE = ("Halo kak, tolong buatin video promo ya. Kopi Kita, kedai kopi di Dago. Menu andalan: Kopi Susu Gula "
           "Aren cuma Rp 18.000, diskon 10% buat mahasiswa. Buka Senin-Sabtu 08.00-22.00 WIB. "
           "Pesan via GoFood atau WA 0812-2233-4455.")  # fmt: skip
PICTURE_EXT = (".jpg", ".jpeg", ".png", ".webp", ".mp4", ".mov", ".m4v", ".webm", ".3gp")
VOICE_EXT = (".wav", ".m4a", ".mp3", ".aac", ".ogg", ".opus")  # a phone recording or a WhatsApp voice note
MEDIA_EXT = PICTURE_EXT + VOICE_EXT
PAID_VOICES = ("openai",)  # voices billed to a key on this laptop (edge-tts is free)


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


def save_uploads(
    files: list[Any] | None, session: Path, *, reasons: dict[str, str] | None = None
) -> tuple[list[Path], list[str]]:
    """Copy uploaded photos/clips into the session (safe unique names); (saved, refused names).

    Images are judged from their header (pixel limit) before anything decodes them; a refused upload is
    also removed from Gradio's cache. ``reasons`` (if given) gets a short reason per refused name.
    """
    saved, refused = [], []
    dst_dir = session / "unggahan"
    for f in files or []:
        src = Path(getattr(f, "name", None) or getattr(f, "path", None) or str(f))
        name = _safe_name(src.name)
        ok = src.suffix.lower() in MEDIA_EXT and src.is_file() and src.stat().st_size <= MAX_UPLOAD_MB * 2**20
        why = say(f"bukan foto/klip/rekaman, atau > {MAX_UPLOAD_MB} MB",
                  f"not a photo/clip/recording, or > {MAX_UPLOAD_MB} MB")  # fmt: skip
        dst = dst_dir / name
        k = 1
        while dst.exists():
            k += 1
            dst = dst_dir / f"{Path(name).stem}-{k}{Path(name).suffix}"
        if ok:
            ok, pixels = accept_image(src, dst)  # copies non-images and images within the pixel limit
            why = pixels or why
        if not ok:
            refused.append(src.name)
            if reasons is not None:
                reasons[src.name] = why
            forget_upload(src)
            continue
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
            ImageDraw.Draw(im).text((20, 100), say("suara", "voice"), fill=(255, 255, 255))
        elif path.suffix.lower() in (".jpg", ".jpeg", ".png", ".webp"):
            im = Image.open(path)  # within the pixel limit (checked on upload); JPEGs decode small
            im.draft("RGB", (640, 640))
            im = ImageOps.exif_transpose(im).convert("RGB")
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


def _styled(sb_json: str, style: str | None) -> str:
    """The storyboard with the participant's chosen style ("auto": one derived from the business)."""
    if not sb_json or not style:
        return sb_json
    from gigai.video import Storyboard

    return Storyboard.model_validate_json(sb_json).model_copy(update={"style": style}).model_dump_json()


def render_session(session: Path, root: Path, sb: Any, *, preset: str = "preview", voice: str = "offline",
                   music: str | None = "lofi", rate: int = 175, transition: str = "cut", ai_label: bool = True,
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
        hint = f"\n\n{say('Coba', 'Try')}: {exc.hint}" if exc.hint else ""
        return f"**{exc.code}** {say(exc.id, exc.en)}{hint}"
    return say("Terjadi kesalahan", "Something went wrong") + f": `{type(exc).__name__}`"


def _plan_text(sb: Any, rate: int) -> str:
    from gigai.video.planner import plan

    p = plan(sb, rate=int(rate))
    rows = " · ".join(f"{i}: {s:.1f} s" for i, s in enumerate(p.seconds, 1))
    warn = "".join(f"\n\n⚠️ {w}" for w in p.warnings)
    return f"**{say('Perkiraan', 'Predicted')}: {p.total:.1f} s** ({rows}){warn}"


def spends_nothing(provider: Any) -> bool:
    """True when ``provider`` is a Model that answers offline right now (the demo switched to offline)."""
    return (
        provider is not None
        and not isinstance(provider, str)
        and bool(getattr(provider, "is_offline", False))
    )


def without_spending(sb: Any, voice: str) -> tuple[Any, str, list[str]]:
    """The storyboard and voice with every billed part made offline: AI images become cards, paid voices offline."""
    notes: list[str] = []
    scenes = list(sb.scenes)
    ai = [i for i, sc in enumerate(scenes) if sc.visual.kind == "ai"]
    for i in ai:
        scenes[i] = scenes[i].model_copy(
            update={"visual": scenes[i].visual.model_copy(update={"kind": "card"})}
        )
    if ai:
        notes.append(say(f"Mode offline: {len(ai)} gambar AI diganti kartu teks.",
                         f"Offline mode: {len(ai)} AI image(s) replaced by text cards."))  # fmt: skip
    if voice.split(":", 1)[0] in PAID_VOICES:
        notes.append(say("Mode offline: suara offline dipakai (suara berbayar dimatikan).",
                         "Offline mode: the offline voice is used (paid voices are off)."))  # fmt: skip
        voice = "offline"
    return sb.model_copy(update={"scenes": scenes}), voice, notes


def studio_tab(*, provider: Any = None, work_dir: str | Path | None = None) -> None:
    """Build the Studio's components in the current Gradio context (a Blocks or a ``gr.Tab``).

    ``provider``: a preset name, or a Model whose current state decides (the demo's provider switch).
    """
    from gigai._deps import require

    gr = require("gradio")
    from gigai.apps.storyboard_cards import SceneCards
    from gigai.video.brief import Brief, brief_from_text
    from gigai.video.storyboard import Storyboard
    from gigai.video.templates import STYLES
    from gigai.video.writer import write_storyboard

    root = _workdir(work_dir)

    def ensure(session: str) -> Path:
        return Path(session) if session and Path(session).is_dir() else new_session(root)

    def on_upload(files, session, have):
        folder = ensure(session)
        reasons: dict[str, str] = {}
        saved, refused = save_uploads(files, folder, reasons=reasons)
        names = [*(have or []), *[p.name for p in saved]]
        gallery = [(str(thumbnail(folder / "unggahan" / n)), n) for n in names]
        note = (
            say(f"{len(names)} file siap: ", f"{len(names)} file(s) ready: ") + ", ".join(names)
            if names
            else ""
        )
        if any(n.lower().endswith(VOICE_EXT) for n in names):
            note += say("\n\nSuara sendiri: tulis nama file-nya di kolom **Suara sendiri** scene itu; caption "
                        "mengikuti rekamanmu.", "\n\nOwn voice: put the file name in that scene's **Own voice** "
                        "field; captions follow your recording.")  # fmt: skip
        if refused:
            listed = "; ".join(f"{n} ({reasons.get(n, '')})" for n in refused)
            note += say("\n\n⚠️ Tidak dipakai: ", "\n\n⚠️ Not used: ") + listed
        return gr.update(value=gallery, visible=bool(gallery)), str(folder), names, note

    def make_storyboard(text, product, business, price, benefits, cta, scenes, rate, session, names):
        folder = ensure(session)
        photos = [n for n in names or [] if n.lower().endswith(PICTURE_EXT)]
        skip = [gr.skip()] * (len(cards.outputs) + 1)
        try:
            if (text or "").strip() or not (product or "").strip():
                brief = brief_from_text(text if (text or "").strip() else EXAMPLE)
                brief = brief.model_copy(update={"photos": photos})
            else:
                brief = Brief(product=product.strip(), business=business or "", price=price or "",
                              benefits=[b.strip() for b in (benefits or "").split(",") if b.strip()],
                              cta=cta or "Cek link di bio, ya!", photos=photos)  # fmt: skip
            # a Model in offline state (the demo switched off) is passed as such: no upstream call
            sb = write_storyboard(brief, provider=provider, scenes=int(scenes))
        except Exception as exc:  # noqa: BLE001 - shown to the participant
            return (*skip, gr.skip(), _error_text(exc), str(folder))
        rows = sb.table()
        note = sb.notice or say(f"Naskah dari: {sb.source}", f"Script by: {sb.source}")
        if not (text or "").strip() and not (product or "").strip():
            note = say("Contoh brief dipakai. ", "The example brief was used. ") + note
        return (*cards.fill(rows), len(rows), sb.model_dump_json(), f"{note}\n\n{_plan_text(sb, rate)}",
                str(folder))  # fmt: skip

    def do_render(
        count, sb_json, session, voice, music, preset, rate, transition, ai_label, values, progress
    ):
        if not sb_json:
            return (
                gr.update(value=None),
                gr.update(value=None),
                say("Buat storyboard dulu.", "Make a storyboard first."),
                session,
            )
        folder = ensure(session)
        try:
            sb = Storyboard.model_validate_json(sb_json)
            if count:
                sb = sb.from_table(cards.rows(int(count), list(values)))
            notes: list[str] = []
            if spends_nothing(provider):
                sb, voice, notes = without_spending(sb, voice)
            path, stats = render_session(folder, root, sb, preset=preset, voice=voice,
                                         music=None if music == "tanpa musik" else music, rate=int(rate),
                                         transition=transition, ai_label=bool(ai_label),
                                         progress=lambda f, m: progress(f, desc=m))  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - shown to the participant
            return gr.update(value=None), gr.update(value=None), _error_text(exc), str(folder)
        loud = stats.get("loudness", {})
        new = f"{len(stats['segments']['encoded'])}/{stats['segments']['total']}"
        msg = say(f"Selesai: {stats['duration']:.1f} s, {stats['preset']}, render {stats['seconds']['total']:.1f} s; "
                  f"segmen baru: {new}; {loud.get('lufs', float('nan')):.1f} LUFS",
                  f"Done: {stats['duration']:.1f} s, {stats['preset']}, rendered in {stats['seconds']['total']:.1f} s; "
                  f"new segments: {new}; {loud.get('lufs', float('nan')):.1f} LUFS")  # fmt: skip
        for w in [*notes, *stats.get("warnings", []), *stats.get("notices", [])]:
            msg += f"\n\n⚠️ {w}"
        side = [
            str(path.with_suffix(".srt")),
            str(path.with_suffix(".vtt")),
            str(path.with_name(path.stem + ".credits.json")),
        ]
        return gr.update(value=str(path), visible=True), gr.update(value=side, visible=True), msg, str(folder)

    session = gr.State("")
    names = gr.State([])
    count = gr.State(0)
    gr.Markdown("## gigai Video Studio\n" + say(
        "Pesan klien atau brief + foto → storyboard → video promo (TikTok / Reels / Shorts)",
        "Client message or brief + photos → storyboard → promo video (TikTok / Reels / Shorts)"))  # fmt: skip
    with gr.Row():
        with gr.Column(scale=3, min_width=280):
            text = gr.Textbox(label=say("Pesan klien / brief bebas (maks 2.000 karakter)",
                                        "Client message / free brief (max 2,000 characters)"),
                              placeholder=EXAMPLE, lines=4, max_length=2000, elem_id="brief-text")  # fmt: skip
            with gr.Accordion(say("…atau isi per kolom", "…or field by field"), open=False):
                with gr.Row():
                    product = gr.Textbox(label=say("Produk / jasa", "Product / service"),
                                         placeholder="Kopi Susu Gula Aren", elem_id="product")  # fmt: skip
                    business = gr.Textbox(label=say("Nama usaha", "Business name"), placeholder="Kopi Kita")
                    price = gr.Textbox(label=say("Harga", "Price"), placeholder="Rp 18.000")
                with gr.Row():
                    benefits = gr.Textbox(label=say("Keunggulan (pisahkan dengan koma)", "Benefits (comma-separated)"),
                                          placeholder="manis pas, bikin melek")  # fmt: skip
                    cta = gr.Textbox(
                        label=say("Ajakan (CTA)", "Call to action"), placeholder="Pesan via GoFood"
                    )
        with gr.Column(scale=2, min_width=280):
            uploads = gr.File(label=say(f"Foto / klip / rekaman suara (maks {MAX_UPLOAD_MB} MB per file)",
                                        f"Photos / clips / voice recordings (max {MAX_UPLOAD_MB} MB each)"),
                              file_count="multiple", file_types=["image", "video", "audio"], height=120,
                              elem_id="uploads")  # fmt: skip
            # empty placeholders cost a phone a screenful: gallery, video and downloads appear when filled
            gallery = gr.Gallery(label=say("Unggahan", "Uploads"), columns=4, height=140, elem_id="uploads-gallery",
                                 visible=False)  # fmt: skip
            upload_note = gr.Markdown(elem_id="upload-note")
    with gr.Row():
        scenes = gr.Slider(3, 8, value=5, step=1, label=say("Jumlah scene", "Scenes"), min_width=160)
        rate = gr.Slider(130, 220, value=175, step=5, label=say("Kecepatan bicara (kata/menit)",
                                                                 "Speech rate (words/min)"), min_width=160)  # fmt: skip
    make_btn = gr.Button(say("1. Buat storyboard", "1. Make the storyboard"), variant="primary",
                         elem_id="make-storyboard")  # fmt: skip
    notice = gr.Markdown(elem_id="notice")
    cards = SceneCards(gr)
    sb_state = gr.State("")
    with gr.Row():
        voice = gr.Dropdown(VOICES, value="offline", label=say("Suara", "Voice"), min_width=140)
        music = gr.Dropdown(MUSIC, value="lofi", label=say("Musik", "Music"), min_width=140)
    with gr.Row():
        preset = gr.Radio(["9:16", "1:1", "16:9"], value="9:16", label="Format final", min_width=140)
        transition = gr.Radio(["cut", "zoom", "fade", "slide"], value="cut", label=say("Transisi", "Transition"),
                              min_width=140)  # fmt: skip
        style = gr.Dropdown(["auto", *STYLES], value="auto", label=say("Gaya video", "Video style"), min_width=140)
    ai_label = gr.Checkbox(True, label=say("Label AI: 'Dibuat dengan bantuan AI' di scene terakhir & caption",
                                           "AI label: 'Made with AI help' on the last scene & caption"))  # fmt: skip
    with gr.Row():
        preview_btn = gr.Button(say("2. Preview cepat (720p)", "2. Quick preview (720p)"), elem_id="preview")
        final_btn = gr.Button(say("3. Render final", "3. Final render"), variant="primary", elem_id="final")
    status = gr.Markdown(elem_id="status")
    video = gr.Video(label="Video", elem_id="video", height=400, visible=False)
    files = gr.File(label=say("Unduh: .srt, .vtt, credits", "Download: .srt, .vtt, credits"), file_count="multiple", visible=False,
                    elem_id="files")  # fmt: skip
    uploads.upload(
        on_upload, [uploads, session, names], [gallery, session, names, upload_note], api_name="upload"
    )
    make_btn.click(make_storyboard, [text, product, business, price, benefits, cta, scenes, rate, session, names],
                   [*cards.outputs, count, sb_state, notice, session], api_name="storyboard")  # fmt: skip

    # Gradio puts the progress tracker where its parameter stands: first, before the cards' many fields.
    def preview(progress=gr.Progress(), *args):  # noqa: B008
        c, s, ss, v, m, st, r, tr, ai, *values = args
        return do_render(c, _styled(s, st), ss, v, m, "preview", r, tr, ai, values, progress)

    def final(progress=gr.Progress(), *args):  # noqa: B008
        c, s, ss, v, m, st, pr, r, tr, ai, *values = args
        return do_render(c, _styled(s, st), ss, v, m, pr, r, tr, ai, values, progress)

    opts = [count, sb_state, session, voice, music, style]
    preview_btn.click(preview, [*opts, rate, transition, ai_label, *cards.inputs], [video, files, status, session],
                      api_name="preview")  # fmt: skip
    final_btn.click(final, [*opts, preset, rate, transition, ai_label, *cards.inputs],
                    [video, files, status, session], api_name="render")  # fmt: skip


def build_studio_app(*, provider: Any = None, work_dir: str | Path | None = None) -> Any:
    """Return the Video Studio as ``gr.Blocks`` (not launched; its launch() caps upload sizes)."""
    from gigai._deps import require
    from gigai.apps.uploads import limit_uploads

    gr = require("gradio")
    with gr.Blocks(title="gigai Video Studio") as demo:
        studio_tab(provider=provider, work_dir=work_dir)
    return limit_uploads(demo)


if __name__ == "__main__":
    import os

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    build_studio_app().launch()
