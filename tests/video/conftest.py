"""Fixtures for video tests: short storyboards, sample pictures, ffprobe-style checks."""

from __future__ import annotations

import pytest

from gigai.video.storyboard import Scene, Storyboard, Visual


def short_storyboard(n: int = 2, *, image: str | None = None) -> Storyboard:
    scenes = [
        Scene(
            narration="Eh, udah coba Kopi Susu Gula Aren? Cuma Rp 18.000!",
            on_screen_text="Udah coba?",
            duration=2.5,
        ),
        Scene(
            narration="Pesan sekarang yg banyak 🔥",
            on_screen_text="Pesan via GoFood",
            duration=2.0,
            visual=Visual(kind="image", path=image) if image else Visual(palette="ocean"),
        ),
        Scene(narration="Diskon 10% hari ini.", on_screen_text="Diskon 10%", duration=2.0),
    ]
    return Storyboard(title="Tes", scenes=scenes[:n])


@pytest.fixture
def photo(tmp_path):
    from PIL import Image

    path = tmp_path / "foto.jpg"
    Image.new("RGB", (800, 600), (200, 120, 40)).save(path)
    return path


@pytest.fixture
def sb2():
    return short_storyboard(2)
