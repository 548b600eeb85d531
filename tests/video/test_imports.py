import subprocess
import sys


def test_import_gigai_video_is_light():
    code = (
        "import sys, gigai.video; from gigai.video import Brief, Storyboard;"
        "heavy = [m for m in ('numpy', 'PIL', 'moviepy', 'gradio', 'imageio_ffmpeg') if m in sys.modules];"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_lazy_exports_resolve_to_functions():
    import gigai.video as v

    assert (
        callable(v.render) and callable(v.write_storyboard) and callable(v.normalize_id) and callable(v.probe)
    )
    assert set(v.PRESETS) == {"9:16", "1:1", "16:9", "preview"}
