"""Video Studio: a Blocks builder and a tab builder, per-session folders, uploads confined, path probes refused."""

import json
import os
import threading
from pathlib import Path

import pytest
from PIL import Image

from gigai.errors import InputError
from gigai.video.storyboard import Scene, Storyboard, Visual


def test_build_returns_blocks_without_launching(tmp_path):
    import gradio as gr

    from gigai.apps.studio import build_studio_app

    demo = build_studio_app(work_dir=tmp_path)
    assert isinstance(demo, gr.Blocks)
    assert not getattr(demo, "is_running", False)


def test_studio_tab_builds_inside_a_tab_once(tmp_path):
    import gradio as gr

    from gigai.apps.studio import studio_tab

    with gr.Blocks() as demo:
        with gr.Tabs():
            with gr.Tab("Video Studio"):
                studio_tab(work_dir=tmp_path)
    ids = [getattr(b, "elem_id", None) for b in demo.blocks.values()]
    assert ids.count("make-storyboard") == 1 and ids.count("uploads") == 1


def test_demo_app_shows_the_studio_once(tmp_path, monkeypatch):
    monkeypatch.setenv("GIGAI_NO_OLLAMA_PROBE", "1")
    from gigai.apps.demo import build_demo_app

    demo = build_demo_app()
    ids = [getattr(b, "elem_id", None) for b in demo.blocks.values()]
    assert ids.count("make-storyboard") == 1


def _scene(path):
    return Storyboard(scenes=[Scene(narration="Halo kak.", on_screen_text="Halo", duration=1.5,
                                    visual=Visual(kind="image", path=str(path)))])  # fmt: skip


@pytest.fixture
def studio(tmp_path):
    from gigai.apps.studio import new_session

    root = tmp_path / "studio"
    root.mkdir()
    (root / "aset").mkdir()
    return root, new_session(root)


def test_path_probes_get_one_and_the_same_refusal(tmp_path, studio):
    from gigai.apps.studio import render_session

    root, session = studio
    secret = tmp_path / "home" / "KTP.jpg"  # a real picture outside the Studio (the participant's home)
    secret.parent.mkdir()
    Image.new("RGB", (64, 64), (200, 0, 0)).save(secret)
    (session / "unggahan" / "link.jpg").symlink_to(secret)
    (session / "unggahan" / "folder.jpg").mkdir()
    probes = [
        str(secret),
        "/dev/zero",
        "../../../home/KTP.jpg",
        "~/.bashrc",
        "/etc/passwd",
        "link.jpg",
        "folder.jpg",
        "tidak-ada.jpg",
        str(session / "unggahan" / ".." / ".." / ".." / "home" / "KTP.jpg"),
    ]
    messages = set()
    for probe in probes:
        with pytest.raises(InputError) as err:
            render_session(session, root, _scene(probe), music=None, ai_label=False)
        assert err.value.code == "E165", probe
        messages.add((err.value.id, err.value.en, err.value.hint))
    assert len(messages) == 1  # missing, device, folder, outside, link: indistinguishable
    assert not list(session.glob("video/*.mp4"))


def test_uploaded_and_app_folder_media_render_and_credits_show_no_paths(tmp_path, studio):
    from gigai.apps.studio import render_session, save_uploads

    root, session = studio
    photo = tmp_path / "IMG_2024 kopi (1).JPG"
    Image.new("RGB", (300, 400), (120, 80, 40)).save(photo, format="JPEG")
    (tmp_path / "notes.txt").write_text("x")
    saved, refused = save_uploads([str(photo), str(tmp_path / "notes.txt")], session)
    assert [p.name for p in saved] == ["IMG_2024-kopi-1.jpg"] and refused == ["notes.txt"]
    Image.new("RGB", (400, 300), (40, 80, 120)).save(root / "aset" / "logo.png")
    sb = Storyboard(scenes=[
        Scene(narration="Kopi kami.", on_screen_text="Kopi", duration=1.5, visual=Visual(kind="image", path=saved[0].name)),
        Scene(narration="Logo.", on_screen_text="Logo", duration=1.5,
              visual=Visual(kind="image", path=str(root / "aset" / "logo.png"))),
    ])  # fmt: skip
    path, stats = render_session(session, root, sb, music=None)
    assert path.parent == session / "video" and path.exists()
    text = path.with_name(path.stem + ".credits.json").read_text(encoding="utf-8")
    assert str(tmp_path) not in text and "/tmp" not in text and os.path.expanduser("~") not in text
    assert {"IMG_2024-kopi-1.jpg", "logo.png"} <= {a["path"] for a in json.loads(text)["assets"]}


def test_two_sessions_rendering_at_once_get_their_own_videos(tmp_path, studio):
    from gigai.apps.studio import new_session, render_session

    root, s1 = studio
    s2 = new_session(root)
    results, errors = {}, []

    def go(name, session, text):
        try:
            sb = Storyboard(scenes=[Scene(narration=f"Ini {text}.", on_screen_text=text, duration=1.5)])
            results[name] = render_session(session, root, sb, music=None, ai_label=False)[0]
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [
        threading.Thread(target=go, args=("a", s1, "Bakso")),
        threading.Thread(target=go, args=("b", s2, "Sate")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=240)
    assert not errors, errors
    a, b = results["a"], results["b"]
    assert a != b and a.parent == s1 / "video" and b.parent == s2 / "video"
    assert "Bakso" in a.with_suffix(".srt").read_text() and "Sate" in b.with_suffix(".srt").read_text()
    assert "Sate" not in a.with_suffix(".srt").read_text()


def test_sample_promo_for_the_demo(tmp_path):
    from gigai.video import probe, sample_promo

    out = sample_promo(tmp_path / "contoh.mp4", business="laundry-bersih-kilat")
    info = probe(out)
    # a short promo; its length follows the narration (pacing from the words), so a range, not 30 s exactly
    assert 15 <= info["duration"] <= 40 and (info["width"], info["height"]) == (720, 1280)
    with pytest.raises(InputError, match="E167"):
        sample_promo(tmp_path / "x.mp4", business="warung-tidak-ada")
    assert Path(out).with_suffix(".srt").exists()


def test_own_voice_note_from_the_uploads_drives_a_scene(tmp_path, studio):
    import subprocess

    import numpy as np

    from gigai.apps.studio import render_session, save_uploads
    from gigai.video.media import ffmpeg_exe, write_wav
    from gigai.video.tts import speak

    root, session = studio
    wav = tmp_path / "rekaman.wav"
    write_wav(
        wav, np.concatenate([np.zeros(12000, np.float32), speak("Halo, ini suara saya.", rate=120).samples])
    )
    note = tmp_path / "PTT-20261201-WA0003.opus"  # a WhatsApp voice note
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(wav), "-c:a", "libopus", str(note)], check=True, timeout=60
    )
    saved, _ = save_uploads([str(note)], session)
    sb = Storyboard(scenes=[Scene(narration="Halo, ini suara saya.", on_screen_text="Halo", duration=1.5)])
    rows = sb.table()
    rows[0]["suara"] = saved[0].name
    path, stats = render_session(session, root, sb.from_table(rows), music=None, ai_label=False)
    assert stats["scenes"][0]["duration"] > 2.0  # the slower recording, not the 1.5 s written
    assert "Halo," in path.with_suffix(".srt").read_text(encoding="utf-8")
    rows[0]["suara"] = str(wav)  # outside the uploads: refused like any other path
    with pytest.raises(InputError, match="E165"):
        render_session(session, root, sb.from_table(rows), music=None, ai_label=False)


def test_old_session_folders_are_cleaned_up(tmp_path):
    from gigai.apps.studio import new_session

    root = tmp_path / "studio"
    old = new_session(root)
    os.utime(old, (0, 0))
    fresh = new_session(root)
    assert not old.exists() and fresh.exists()
