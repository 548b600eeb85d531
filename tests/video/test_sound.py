"""Mastered sound (-14 LUFS, < -1 dBTP, stereo, music 12-15 dB under the voice, held across short pauses)
and subtitle files a platform accepts (42 characters x 2 lines, cues of 1-6 s)."""

import re

import numpy as np

from gigai.video.captions import parse_srt, subtitle_cues, to_srt
from gigai.video.mastering import duck_bed, measure_file
from gigai.video.media import SAMPLE_RATE, probe
from gigai.video.project import Project
from gigai.video.storyboard import Scene, Storyboard
from gigai.video.tts import Word

SR = SAMPLE_RATE


def test_render_is_mastered_to_minus_14_lufs_stereo(tmp_path):
    sb = Storyboard(scenes=[
        Scene(narration="Eh kak, udah coba Kopi Susu Gula Aren? Cuma Rp 18.000!", on_screen_text="Udah coba?",
              duration=3.0),
        Scene(narration="Pesan lewat WhatsApp 0812-2233-4455 ya.", on_screen_text="WA 0812-2233-4455", duration=3.0),
    ])  # fmt: skip
    proj = Project(tmp_path / "proj")
    out = proj.render(sb, tmp_path / "m.mp4", preset="preview", music="lofi", progress=False)
    m = measure_file(out)  # measured on the encoded AAC, as a platform would
    assert abs(m["lufs"] - (-14.0)) <= 1.0, m
    assert m["true_peak"] <= -1.0, m
    info = probe(out)
    assert info["channels"] == 2 and info["sample_rate"] == 48000
    assert 12.0 <= proj.stats["loudness"]["music_under_voice_db"] <= 15.0, proj.stats["loudness"]


def _tone(seconds, amp=0.3, f=220.0):
    t = np.arange(int(seconds * SR)) / SR
    return (amp * np.sin(2 * np.pi * f * t)).astype(np.float32)


def _level_db(x):
    return 20 * np.log10(np.sqrt(np.mean(np.square(x))) + 1e-9)


def test_duck_is_held_across_short_pauses_and_rises_in_long_ones():
    gap_short, gap_long = np.zeros(int(0.3 * SR), np.float32), np.zeros(int(2.0 * SR), np.float32)
    voice = np.concatenate([_tone(1.5), gap_short, _tone(1.5), gap_long, _tone(1.5)])
    bed = np.random.default_rng(0).normal(0, 0.2, (SR * 2, 2)).astype(np.float32)
    music = duck_bed(bed, voice).mean(axis=1)
    a = int(1.5 * SR)
    speech = _level_db(music[a - SR // 2 : a - SR // 10])
    short = _level_db(music[a + int(0.05 * SR) : a + int(0.25 * SR)])
    b = a + len(gap_short) + int(1.5 * SR)
    long_ = _level_db(music[b + int(0.8 * SR) : b + int(1.2 * SR)])
    assert abs(short - speech) < 1.0, (speech, short)  # no pumping between words
    assert long_ - speech > 3.0, (speech, long_)  # the bed comes up in a real pause
    assert 12.0 <= _level_db(voice[:a]) - speech <= 15.0


def test_subtitles_are_wrapped_and_timed_for_platforms():
    text = (
        "Eh kamu yang suka ngantuk pas kuliah pagi udah coba Kopi Susu Gula Aren dari Kopi Kita belum "
        "manisnya pas bikin melek dan harganya cuma delapan belas ribu rupiah aja pesan sekarang lewat GoFood"
    )
    words, t = [], 0.0
    for w in text.split():
        words.append(Word(w, round(t, 3), round(t + 0.3, 3)))
        t += 0.32
    words.append(Word("Oke.", 30.0, 30.2))  # a lone short word after a long pause
    cues = subtitle_cues(words)
    out = to_srt(cues)
    for block in out.strip().split("\n\n"):
        lines = block.splitlines()[2:]
        assert 1 <= len(lines) <= 2, lines
        assert all(len(x) <= 42 for x in lines), lines
    for c in parse_srt(out):
        assert 1.0 - 1e-6 <= c.end - c.start <= 6.0 + 1e-6, c
    assert " ".join(c.text for c in parse_srt(out)).split() == [w.text for w in words]
    assert not re.search(r"\w-\n", out)
