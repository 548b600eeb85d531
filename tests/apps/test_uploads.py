"""Bounded uploads: the server refuses oversized files and keeps nothing; images are judged from their header."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest
from PIL import Image

from gigai.apps import uploads
from tests.browser import free_port

ROOT = Path(__file__).resolve().parents[2]


def _bomb(path: Path, side: int = 12000) -> Path:
    """A tiny PNG that decodes to side x side pixels (12000^2 = 144 MP, ~430 MB as RGB)."""
    Image.new("1", (side, side)).save(path, optimize=True)
    return path


def test_pixel_limit_is_read_from_the_header_without_memory_growth(tmp_path):
    """A 12000x12000 PNG is refused and peak memory barely moves (decoding it would take ~430 MB)."""
    bomb = _bomb(tmp_path / "poster.png")
    assert bomb.stat().st_size < 500_000
    code = textwrap.dedent(f"""
        import json, resource, sys
        from pathlib import Path
        from gigai.apps import studio  # imports done before the baseline
        from gigai.apps.uploads import check_image
        import PIL.PngImagePlugin, PIL.JpegImagePlugin
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        session = studio.new_session(Path({str(tmp_path / "studio")!r}))
        ok, why = check_image({str(bomb)!r})
        saved, refused = studio.save_uploads([{str(bomb)!r}], session)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({{"ok": ok, "why": why, "saved": len(saved), "refused": refused,
                           "grew_kb": peak - base, "stored": [p.name for p in (session / "unggahan").iterdir()]}}))
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GIGAI_LANG": "id"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=True
    )
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["ok"] is False and "12000x12000" in got["why"] and "batas" in got["why"]
    assert got["saved"] == 0 and got["refused"] == ["poster.png"] and got["stored"] == []
    assert got["grew_kb"] * 1024 < 40 * 2**20, got  # bytes: under 40 MB, where decoding needs ~430 MB


def test_ordinary_photos_pass_and_a_huge_phone_jpeg_is_shrunk(tmp_path):
    ok_png = tmp_path / "menu.png"
    Image.new("RGB", (1200, 1600), (200, 120, 40)).save(ok_png)
    assert uploads.check_image(ok_png) == (True, "")
    clip = tmp_path / "dapur.mp4"
    clip.write_bytes(b"\x00" * 100)  # not an image: judged elsewhere, never by PIL
    assert uploads.check_image(clip) == (True, "")
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"not a jpeg at all")
    assert uploads.check_image(broken)[0] is False
    big = tmp_path / "hp-108mp.jpg"  # a phone's high-resolution mode, over the limit
    Image.new("L", (9000, 7000), 128).save(big, quality=60)
    assert uploads.check_image(big)[0] is False
    dst = tmp_path / "kecil.jpg"
    assert uploads.accept_image(big, dst) == (True, "")
    with Image.open(dst) as im:
        assert im.size[0] * im.size[1] <= uploads.MAX_PIXELS and im.size[0] >= 4000


def test_refused_upload_is_removed_from_gradios_cache(tmp_path, monkeypatch):
    from gigai.apps.studio import new_session, save_uploads

    cache = tmp_path / "gradio-cache"
    cache.mkdir()
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(cache))
    bomb = _bomb(cache / "bomb.png")
    notes = cache / "notes.txt"
    notes.write_text("x")
    saved, refused = save_uploads([str(bomb), str(notes)], new_session(tmp_path / "studio"))
    assert saved == [] and sorted(refused) == ["bomb.png", "notes.txt"]
    assert not bomb.exists() and not notes.exists()
    outside = _bomb(tmp_path / "mine.png")  # a file that is not in Gradio's cache is never deleted
    save_uploads([str(outside)], new_session(tmp_path / "studio"))
    assert outside.exists()


def test_the_server_refuses_an_oversized_upload_and_stores_nothing(tmp_path, monkeypatch):
    from gradio.utils import get_upload_folder

    from gigai.apps.studio import build_studio_app

    monkeypatch.setattr(uploads, "MAX_UPLOAD_MB", 1)
    demo = build_studio_app(work_dir=tmp_path / "studio")
    demo.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True, quiet=True)
    cache = Path(get_upload_folder())

    def big_files() -> set[Path]:
        return (
            {p for p in cache.rglob("*") if p.is_file() and p.stat().st_size > 2**20}
            if cache.exists()
            else set()
        )

    before = big_files()
    try:
        url = demo.local_url.rstrip("/") + "/gradio_api/upload"
        big = os.urandom(3 * 2**20)
        r = httpx.post(url, files={"files": ("besar.mp4", big, "video/mp4")}, timeout=60)
        assert r.status_code == 413, r.text
        small = httpx.post(
            url, files={"files": ("kecil.jpg", b"\xff\xd8" + b"0" * 1000, "image/jpeg")}, timeout=60
        )
        assert small.status_code == 200
    finally:
        demo.close()
    assert big_files() == before


def test_every_app_launch_carries_the_limit(tmp_path):
    from gigai.apps.chat_app import build_chat_app
    from gigai.apps.demo import build_demo_app
    from gigai.chatbot import Chatbot

    seen = []

    class Recorder:
        def launch(self, **kwargs):
            seen.append(kwargs.get("max_file_size"))

    uploads.limit_uploads(Recorder()).launch()
    uploads.limit_uploads(Recorder()).launch(max_file_size="5mb")  # the caller's own choice stands
    assert seen == [uploads.max_file_size(), "5mb"]
    for blocks in (build_chat_app(Chatbot.from_business("kopi-kita")), build_demo_app(providers=["offline"])):
        assert getattr(blocks, "_gigai_upload_limit", False)


@pytest.mark.parametrize("name", ["a.jpeg", "b.webp", "c.gif"])
def test_unreadable_images_are_refused_by_name_and_content(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\x00" * 64)
    ok, why = uploads.check_image(path)
    assert ok is False and why


def test_a_header_pil_will_not_even_describe_is_refused_with_its_real_size(tmp_path):
    """A 10 KB lossless WebP of 16383x16383 (268 MP): PIL refuses to open it; the reason still says 268 MP."""
    sticker = tmp_path / "stiker.webp"
    Image.new("L", (16383, 16383)).save(sticker, lossless=True)
    ok, why = uploads.check_image(sticker)
    assert ok is False and "268 MP" in why and "65536" not in why
