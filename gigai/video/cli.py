"""``gigai video ...``: plan and render a storyboard from the terminal."""

from __future__ import annotations

from pathlib import Path

import typer

from gigai.cli.support import guard, show

video_app = typer.Typer(help="Video AI: storyboard -> mp4.", no_args_is_help=True)


def _load(storyboard: Path):
    if not storyboard.exists():
        from gigai.errors import InputError

        raise InputError("E081",
            id="File storyboard tidak ditemukan.",
            en="Storyboard file not found.",
            value=str(storyboard),
            hint="gigai video render path/ke/storyboard.json",
        )
    from gigai.video import Storyboard

    return Storyboard.load(storyboard)


@video_app.command("render")
@guard
def video_render(
    storyboard: Path = typer.Argument(..., help="File storyboard .json"),
    out: Path = typer.Option(Path("promo.mp4"), "--out", "-o", help="File video / output file"),
    preset: str = typer.Option("9:16", "--preset", help="9:16, 1:1, 16:9 atau / or preview"),
    transition: str = typer.Option("cut", "--transition", help="cut, zoom, fade atau / or slide"),
    style: str = typer.Option("auto", "--style", help="auto, kinetik, produk atau / or ugc"),
    rate: int = typer.Option(175, "--rate", help="Kecepatan bicara (kata/menit) / speech rate"),
    ai_label: bool = typer.Option(True, "--ai-label/--no-ai-label", help="Kartu 'Dibuat dengan bantuan AI'"),
) -> None:
    """Render storyboard jadi video / render a storyboard to video."""
    from gigai.video import render

    defaults = {"transition": "cut", "rate": 175, "ai_label": True, "style": "auto"}
    chosen = {"transition": transition, "rate": rate, "ai_label": ai_label, "style": style}
    extra = {k: v for k, v in chosen.items() if v != defaults[k]}  # only what the trainer changed
    show(render(_load(storyboard), out=out, preset=preset, **extra))


@video_app.command("plan")
@guard
def video_plan(
    storyboard: Path = typer.Argument(..., help="File storyboard .json"),
    rate: int = typer.Option(175, "--rate", help="Kecepatan bicara (kata/menit) / speech rate"),
) -> None:
    """Perkiraan durasi per scene dan peringatan / predicted length per scene and warnings."""
    from gigai.video import plan

    p = plan(_load(storyboard), rate=rate)
    lines = [
        f"{r['no']:>2}. ditulis {r['durasi_tulis']:.1f} s -> perkiraan {r['durasi_perkiraan']:.1f} s"
        for r in p.table()
    ]
    lines.append(f"Total: {p.total:.1f} s")
    lines += [f"! {w}" for w in p.warnings]
    show("\n".join(lines))
