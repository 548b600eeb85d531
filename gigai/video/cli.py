"""``gigai video ...``: render a storyboard from the terminal."""

from __future__ import annotations

from pathlib import Path

import typer

from gigai.cli_support import guard, show

video_app = typer.Typer(help="Video AI: storyboard -> mp4.", no_args_is_help=True)


@video_app.command("render")
@guard
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

    show(render(Storyboard.load(storyboard), out=out, preset=preset))
