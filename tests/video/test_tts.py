import io
import sys
import types
import wave

import numpy as np

from gigai.video import tts
from gigai.video.tts import caption_tokens, speak


def test_offline_voice_gives_written_words_with_increasing_times():
    sp = speak("Eh, udah coba? Cuma Rp 18.000 yg bikin melek 🔥")
    assert sp.voice == "offline" and sp.notice is None
    assert [w.text for w in sp.words] == ["Eh,", "udah", "coba?", "Cuma", "Rp 18.000", "yg", "bikin", "melek"]
    starts = [w.start for w in sp.words]
    assert starts == sorted(starts) and starts[0] == 0.0
    assert all(w.end > w.start for w in sp.words)
    # "Rp 18.000" is spoken as four words: it takes longer than "yg"
    money = sp.words[4]
    assert money.end - money.start > sp.words[5].end - sp.words[5].start
    assert abs(sp.words[-1].end - sp.duration) < 0.01


def test_loudness_is_normalised():
    sp = speak("Halo semuanya, ini suara offline.")
    x = sp.samples[np.abs(sp.samples) > 0.01]
    rms_db = 20 * np.log10(np.sqrt(np.mean(x**2)))
    assert -19 < rms_db < -13
    assert np.max(np.abs(sp.samples)) <= 0.9


def test_caption_tokens_keep_money_and_drop_emoji():
    assert caption_tokens("Cuma Rp 25.000 🔥 jam 19.00 WIB") == ["Cuma", "Rp 25.000", "jam", "19.00 WIB"]


def _wav_bytes(seconds=1.0, sr=24000):
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        t = np.arange(int(seconds * sr)) / sr
        w.writeframes((0.3 * np.sin(2 * np.pi * 220 * t) * 32767).astype("<i2").tobytes())
    return buf.getvalue()


def test_edge_voice_with_word_boundaries(monkeypatch):
    class Communicate:
        def __init__(self, text, voice, rate="+0%", boundary="SentenceBoundary"):
            assert boundary == "WordBoundary" and voice == "id-ID-GadisNeural" and rate == "+0%"
            self.words = text.split()

        async def stream(self):
            yield {"type": "audio", "data": _wav_bytes(1.2)}
            for i, _ in enumerate(self.words):
                yield {"type": "WordBoundary", "offset": int(i * 0.2 * 1e7), "duration": 1, "text": "x"}

    monkeypatch.setitem(sys.modules, "edge_tts", types.SimpleNamespace(Communicate=Communicate))
    sp = speak("Harga Rp 5.000 saja", voice="edge")
    assert sp.voice == "edge:id-ID-GadisNeural" and sp.notice is None
    # "Harga"=word 0, "Rp 5.000"= "lima ribu rupiah" (words 1-3), "saja" = word 4
    assert [(w.text, w.start) for w in sp.words] == [("Harga", 0.0), ("Rp 5.000", 0.2), ("saja", 0.8)]
    assert abs(sp.duration - 1.2) < 0.05


def test_edge_failure_falls_back_to_offline(monkeypatch):
    class Communicate:
        def __init__(self, *a, **k):
            raise RuntimeError("403 Forbidden")

    monkeypatch.setitem(sys.modules, "edge_tts", types.SimpleNamespace(Communicate=Communicate))
    sp = speak("Halo kak", voice="edge:id-ID-ArdiNeural")
    assert sp.voice == "offline" and "gagal" in sp.notice and "failed" in sp.notice
    assert len(sp.words) == 2


def test_openai_voice_and_fallback(monkeypatch):
    class Speech:
        @staticmethod
        def create(**kw):
            assert kw["voice"] == "nova"
            return types.SimpleNamespace(read=lambda: _wav_bytes(1.0))

    class OpenAI:
        def __init__(self, **kw):
            self.audio = types.SimpleNamespace(speech=Speech)

    monkeypatch.setitem(sys.modules, "openai", types.SimpleNamespace(OpenAI=OpenAI))
    sp = speak("Halo kak semua", voice="openai")
    assert sp.voice == "openai:nova" and [w.text for w in sp.words] == ["Halo", "kak", "semua"]

    def broken(**kw):
        raise ConnectionError("no network")

    monkeypatch.setitem(sys.modules, "openai", types.SimpleNamespace(OpenAI=broken))
    assert speak("Halo", voice="openai").voice == "offline"


def test_unknown_voice_falls_back():
    assert speak("Halo", voice="robot").voice == "offline"


def test_wav_roundtrip(tmp_path):
    x = np.linspace(-0.5, 0.5, 1000, dtype=np.float32)
    assert np.allclose(tts.read_wav(tts.write_wav(tmp_path / "a.wav", x)), x, atol=1e-4)


def test_own_recording_drives_the_captions(tmp_path):
    """A participant's phone recording (M4A, with silence around it) replaces the voice; captions follow it."""
    import json
    import subprocess

    from gigai.video.captions import parse_srt
    from gigai.video.media import ffmpeg_exe
    from gigai.video.project import LEAD, render
    from gigai.video.storyboard import Scene, Storyboard

    sp = speak(
        "Halo kak, ini suara saya sendiri, pesan lewat WhatsApp ya.", rate=120
    )  # slower than the default
    wav = tmp_path / "rekaman.wav"
    silence = np.zeros(int(0.8 * tts.SAMPLE_RATE), np.float32)
    tts.write_wav(wav, np.concatenate([silence, sp.samples * 0.3, silence]))
    m4a = tmp_path / "rekaman.m4a"
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(wav), "-c:a", "aac", str(m4a)], check=True, timeout=60
    )
    sb = Storyboard(scenes=[
        Scene(narration="Halo kak, ini suara saya sendiri, pesan lewat WhatsApp ya.", on_screen_text="Halo!",
              duration=2.0, voice_file=str(m4a)),
        Scene(narration="Makasih!", on_screen_text="Makasih", duration=2.0),
    ])  # fmt: skip
    out = render(sb, out=tmp_path / "suara.mp4", preset="preview", progress=False, music=None)
    stats = json.loads((tmp_path / "suara_proyek" / "render.json").read_text())
    first = stats["scenes"][0]["duration"]
    assert abs(first - (LEAD + sp.duration + 0.35)) < 0.4  # the scene grew to hold the recording
    cues = parse_srt(out.with_suffix(".srt").read_text(encoding="utf-8"))
    scene1 = [c for c in cues if c.start < first]
    assert scene1[0].start < LEAD + 0.3 and abs(scene1[-1].end - (LEAD + sp.duration)) < 0.4
    credits = json.loads(out.with_name("suara.credits.json").read_text(encoding="utf-8"))
    assert any(a["path"] == "rekaman.m4a" for a in credits["assets"])
