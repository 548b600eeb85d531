"""Video Studio: brief in, editable storyboard, voice and style, preview and final render, downloads.

    from gigai.apps.studio import build_studio_app
    build_studio_app().launch()

Used in: Lab 7 (video). The builder never launches; run this file to try it: ``python -m gigai.apps.studio``.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

VOICES = ["offline", "edge:id-ID-GadisNeural", "edge:id-ID-ArdiNeural", "openai:nova"]
MUSIC = ["lofi", "upbeat", "calm", "tanpa musik"]
COLUMNS = ["no", "narasi", "teks_layar", "visual", "file_atau_prompt", "durasi"]


def _workdir(work_dir: str | Path | None) -> Path:
    # Under the temp dir by default: Gradio serves files from there without extra allowed_paths.
    path = Path(work_dir) if work_dir else Path(tempfile.gettempdir()) / "gigai-studio"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _error_text(exc: Exception) -> str:
    from gigai.errors import GigaiError

    if isinstance(exc, GigaiError):
        return f"**{exc.code}** {exc.id}\n\n{exc.en}\n\n{('Coba / Try: ' + exc.hint) if exc.hint else ''}"
    return f"Terjadi kesalahan / Something went wrong: `{exc}`"


def build_studio_app(*, provider: str | None = None, work_dir: str | Path | None = None) -> Any:
    """Return the Video Studio as ``gr.Blocks`` (not launched)."""
    from gigai._deps import require

    gr = require("gradio")
    from gigai.video.storyboard import Brief, Storyboard
    from gigai.video.writer import write_storyboard

    root = _workdir(work_dir)

    def make_storyboard(product, business, audience, price, benefits, cta, scenes):
        if not (product or "").strip():
            raise gr.Error("Isi nama produk dulu, ya. / Please enter a product name.")
        brief = Brief(
            product=product.strip(), business=business or "", audience=audience or "anak muda",
            price=price or "", benefits=[b.strip() for b in (benefits or "").split(",") if b.strip()],
            cta=cta or "Cek link di bio, ya!",
        )  # fmt: skip
        sb = write_storyboard(brief, provider=provider, scenes=int(scenes))
        rows = [[r[c] for c in COLUMNS] for r in sb.table()]
        note = sb.notice or f"Naskah dari / script by: {sb.source}"
        return rows, sb.model_dump_json(), f"{note}\n\nTotal: {sb.duration:.1f} detik / seconds"

    def do_render(table, sb_json, voice, music, preset, progress=gr.Progress()):  # noqa: B008 - Gradio idiom
        if not sb_json:
            raise gr.Error("Buat storyboard dulu. / Make a storyboard first.")
        from gigai.video.project import render

        sb = Storyboard.model_validate_json(sb_json)
        try:
            if table is not None:
                rows = table.to_dict("records") if hasattr(table, "to_dict") else [
                    dict(zip(COLUMNS, r)) for r in table
                ]  # fmt: skip
                sb = sb.from_table(rows)
            out = root / "out" / f"promo_{preset.replace(':', 'x')}_{int(time.time())}.mp4"
            path = render(
                sb, out=out, preset=preset, project_dir=root / "proyek", voice=voice,
                music=None if music == "tanpa musik" else music,
                progress=lambda f, m: progress(f, desc=m),
            )  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - shown to the participant, bilingual when ours
            return None, None, _error_text(exc)
        import json

        stats = json.loads((root / "proyek" / "render.json").read_text(encoding="utf-8"))
        msg = (
            f"Selesai / done: {stats['duration']:.1f} s, {stats['preset']}, "
            f"{stats['seconds']['total']:.1f} s render; scene dari cache / cached scenes: "
            f"{stats['cache_hits']}/{len(stats['scenes'])}"
        )
        if stats.get("notices"):
            msg += "\n\n" + "\n\n".join(stats["notices"])
        return str(path), [str(path.with_suffix(".srt")), str(path.with_suffix(".vtt")),
                           str(path.with_name(path.stem + ".credits.json"))], msg  # fmt: skip

    with gr.Blocks(title="gigai Video Studio") as demo:
        gr.Markdown(
            "## 🎬 gigai Video Studio\nBrief → storyboard → video promo 9:16 (TikTok / Reels / Shorts)"
        )
        with gr.Row():
            with gr.Column():
                product = gr.Textbox(
                    label="Produk / jasa", placeholder="Kopi Susu Gula Aren", elem_id="product"
                )
                business = gr.Textbox(label="Nama usaha", placeholder="Kopi Kita")
                audience = gr.Textbox(label="Target penonton", value="mahasiswa")
            with gr.Column():
                price = gr.Textbox(label="Harga", placeholder="Rp 18.000")
                benefits = gr.Textbox(
                    label="Keunggulan (pisahkan dengan koma)", placeholder="manis pas, bikin melek"
                )
                cta = gr.Textbox(label="Ajakan (CTA)", value="Pesan via GoFood")
                scenes = gr.Slider(3, 8, value=5, step=1, label="Jumlah scene")
        make_btn = gr.Button("1. Buat storyboard", variant="primary", elem_id="make-storyboard")
        notice = gr.Markdown(elem_id="notice")
        table = gr.Dataframe(
            headers=COLUMNS, datatype=["number", "str", "str", "str", "str", "number"],
            interactive=True, wrap=True, label="Storyboard (boleh diedit / editable)", elem_id="storyboard",
        )  # fmt: skip
        sb_state = gr.State("")
        with gr.Row():
            voice = gr.Dropdown(VOICES, value="offline", label="Suara / voice")
            music = gr.Dropdown(MUSIC, value="lofi", label="Musik")
            preset = gr.Radio(["9:16", "1:1", "16:9"], value="9:16", label="Format final")
        with gr.Row():
            preview_btn = gr.Button("2. Preview cepat (720p)", elem_id="preview")
            final_btn = gr.Button("3. Render final", variant="primary", elem_id="final")
        status = gr.Markdown(elem_id="status")
        video = gr.Video(label="Video", elem_id="video")
        files = gr.File(label="Unduh / download: .srt, .vtt, credits", file_count="multiple", elem_id="files")
        make_btn.click(
            make_storyboard, [product, business, audience, price, benefits, cta, scenes],
            [table, sb_state, notice], api_name="storyboard",
        )  # fmt: skip
        preview_btn.click(
            lambda t, s, v, m, p=gr.Progress(): do_render(t, s, v, m, "preview", p),  # noqa: B008
            [table, sb_state, voice, music], [video, files, status], api_name="preview",
        )  # fmt: skip
        final_btn.click(
            do_render, [table, sb_state, voice, music, preset], [video, files, status], api_name="render"
        )
    return demo


if __name__ == "__main__":
    import os

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    demo = build_studio_app()
    demo.launch()
