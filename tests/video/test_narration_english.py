"""English storyboards are said in English (issue 22 item 5): number words, prices, times, dates, percentages and
sizes through gigai.video.normalize_en, spoken by espeak's English voice (word timings still come from its WORD
events); Indonesian narration keeps its own reading, with the K/M suffixes after an amount fixed.

Each case is checked on what the voice is really asked to say (tts.spoken_segments, caption token by caption
token). The table was written before the change; on its first run the old code (Indonesian reading for every
storyboard) got 0 of the 16 English rows and 3 of the 6 suffix rows right. (Times are
written 'a.m.'/'p.m.': espeak's English voice says a bare 'am' as the verb.)
"""

import pytest

from gigai.video.tts import spoken_segments


def said(text: str, language: str) -> str:
    return " ".join(s for _, s in spoken_segments(text, language=language)).lower()


# (written, fragments the English voice must say, fragments it must never say)
ENGLISH = [
    ("Choose from Single session IDR 350K", ["single session three hundred fifty thousand rupiah"], ["ribu", " and "]),
    ("Full package IDR 3.5M", ["three point five million rupiah"], ["miliar", "billion"]),
    ("Only Rp 25.000 per cup", ["twenty-five thousand rupiah per cup"], ["ribu"]),
    ("Get 50% off this week", ["fifty percent off"], ["persen", "diskon"]),
    ("Open 10:00-22:00 every day", ["ten a.m. to ten p.m."], ["sampai", "pagi"]),
    ("Class starts at 19.00 WIB", ["seven p.m."], ["malam", "we i be"]),
    ("Doors open 9:30 am", ["nine thirty a.m."], ["setengah"]),
    ("Sizes S-XL available", ["s to xl"], ["sampai", "eks el"]),
    ("Prices from 75-120K", ["seventy-five to one hundred twenty thousand"], ["ribu", "sampai"]),
    ("Order before 12/1", ["twelfth of january"], ["januari", "per"]),
    ("Over 10.000+ happy customers", ["more than ten thousand happy customers"], ["lebih"]),
    ("Just $5 a slice", ["five dollars a slice"], ["$"]),
    ("Net weight 500gr, 1kg pack", ["five hundred grams", "one kilogram pack"], ["gram,", "kilogramme"]),
    ("Chat us on WA 0812-3456-7890", ["zero eight one two, three four five six, seven eight nine zero"], ["nol"]),
    ("Open 24/7, free ongkir w/ min. order", ["twenty-four seven", "free shipping with minimum order"], ["ongkos"]),
    ("Ranked 1st in Jogja, 2nd year running", ["first in jogja", "second year"], ["satu"]),
]

# A fresh set written after the change: its first run held every fragment (12/12), but read whole 3 lines were
# still wrong ("7K/kg" said "or kg", "$8/day" "or day", "every Sat" the verb); those are fixed and kept here.
ENGLISH += [
    ("Laundry kiloan IDR 7K/kg, done in 2 days", ["seven thousand rupiah per kilogram", "two days"], [" or "]),
    ("Wedding package starts at IDR 12.5M", ["twelve point five million rupiah"], ["miliar", "juta"]),
    ("Happy hour 3-5pm, 30% off all drinks", ["three to five p.m.", "thirty percent off"], ["sore", "persen"]),
    ("Yoga class every Sat 07:30", ["every saturday seven thirty a.m."], ["setengah", "pagi"]),
    ("Promo valid until 31/12", ["the thirty-first of december"], ["desember"]),
    ("Sizes M/L/XL, cotton 30s", ["m or l or xl"], ["atau"]),
    ("Book now: 0857 1122 3344", ["zero eight five seven, one one two two, three three four four"], ["nol"]),
    ("Rated 4.9 by 2,000+ guests", ["four point nine", "more than two thousand guests"], ["koma"]),
    ("Rent a scooter $8/day", ["eight dollars per day"], ["$", " or "]),
    ("Opening Dec 5th, 10am to 9pm", ["december fifth", "ten a.m. to nine p.m."], ["malam"]),
    ("Gym 2x/week, we sat down in the sun", ["two times per week", "we sat down in the sun"], ["saturday"]),
    # a second fresh set, first run after the change: 11 of 12 read right whole; the miss ("11.11" said as a time)
    ("Flash sale 11.11! Up to 70% off, ends 13/11", ["eleven eleven!", "seventy percent off", "thirteenth of november"],
     ["a.m."]),
    ("Villa for rent IDR 2.5M/night, sleeps 6", ["two point five million rupiah per night", "sleeps six"], []),
    ("Batik workshop Sun 2-4pm, only 12 seats left", ["sunday two to four p.m."], []),
]


@pytest.mark.parametrize("written,must,never", ENGLISH, ids=[c[0] for c in ENGLISH])
def test_english_narration_reads_as_english(written, must, never):
    got = said(written, "en")
    for frag in must:
        assert frag in got, (written, got)
    for frag in never:
        assert frag not in got, (written, got)


# After an amount, K is thousand and M (written after a currency, or with a dot decimal) is million = juta;
# only B/bn/miliar says miliar. Indonesian readings.
SUFFIXES = [
    ("Paket lengkap IDR 3.5M", ["tiga koma lima juta rupiah"], ["miliar"]),
    ("Mulai Rp 1,2 jt", ["satu koma dua juta rupiah"], ["miliar"]),
    ("Cuma IDR 85K", ["delapan puluh lima ribu rupiah"], []),
    ("Omzet tembus 1.2B", ["satu koma dua miliar"], ["meter"]),
    ("Harga 2,5 miliar", ["dua koma lima miliar"], []),
    ("Harga 3.5M saja", ["tiga koma lima juta"], ["meter", "miliar"]),
]


@pytest.mark.parametrize("written,must,never", SUFFIXES, ids=[c[0] for c in SUFFIXES])
def test_indonesian_amount_suffixes(written, must, never):
    got = said(written, "id")
    for frag in must:
        assert frag in got, (written, got)
    for frag in never:
        assert frag not in got, (written, got)


def test_indonesian_is_the_default_and_unchanged():
    assert said("Cuma Rp 25.000, diskon 10%!", "id") == said("Cuma Rp 25.000, diskon 10%!", "id")
    assert "dua puluh lima ribu rupiah" in " ".join(s for _, s in spoken_segments("Cuma Rp 25.000"))


def test_english_gets_the_english_offline_voice_with_word_timings():
    from gigai.video.tts import _espeak_synth, speak

    sp = speak("Choose from Single session IDR 350K, 50% off!", language="en")
    assert sp.voice == "offline:en-us"
    assert [w.text for w in sp.words] == ["Choose", "from", "Single", "session", "IDR 350K,", "50% off!"]
    assert all(b.start > a.start for a, b in zip(sp.words, sp.words[1:]))  # WORD events, in order
    assert sp.words[-1].end == round(sp.duration, 3)
    # the same words are really said by a different voice than the Indonesian one
    en, _, _ = _espeak_synth("session", voice="en-us")
    id_, _, _ = _espeak_synth("session", voice="id")
    assert len(en) != len(id_) or (en != id_).any()
    assert speak("Cuma Rp 18.000!").voice == "offline"


@pytest.mark.parametrize(
    "asked,language,got",
    [
        ("offline", "en", "offline:en-us"),
        ("offline", "id", "offline"),
        ("offline:en-us", "id", "offline"),
        ("edge", "en", "edge:en-US-JennyNeural"),
        ("edge:id-ID-ArdiNeural", "en", "edge:en-US-GuyNeural"),
        ("edge:en-GB-SoniaNeural", "en", "edge:en-GB-SoniaNeural"),
        ("edge:en-US-JennyNeural", "id", "edge:id-ID-GadisNeural"),
        ("openai:nova", "en", "openai:nova"),
    ],
)
def test_voice_follows_the_language(asked, language, got):
    from gigai.video.tts import voice_for

    assert voice_for(asked, language) == got


def test_online_english_voice_falls_back_to_the_offline_english_voice(monkeypatch):
    import gigai.video.tts as tts

    def broken(*a, **k):
        raise RuntimeError("403")

    monkeypatch.setattr(tts, "_speak_edge", broken)
    sp = tts.speak("Open 10:00-22:00", voice="edge", language="en")
    assert sp.voice == "offline:en-us" and sp.notice and sp.words


def test_narration_cache_key_includes_the_voice(tmp_path):
    from gigai.video.scenes import SceneMaker
    from gigai.video.storyboard import Scene

    maker = SceneMaker(tmp_path, None, None)
    scene = Scene(narration="Only IDR 85K today", on_screen_text="IDR 85K")
    assert maker.speech_key(scene, "offline", 175) != maker.speech_key(scene, "offline:en-us", 175)


@pytest.mark.slow
def test_an_english_storyboard_renders_with_the_english_voice(tmp_path):
    import json
    import subprocess

    from gigai.video.project import render
    from gigai.video.storyboard import Scene, Storyboard

    sb = Storyboard(title="Bali Glow Spa", language="en",
                    scenes=[Scene(narration="Only IDR 85K, open 10:00-22:00.", on_screen_text="IDR 85K")])  # fmt: skip
    out = render(sb, tmp_path / "en.mp4", preset="preview", music=None, progress=False)
    info = json.loads((tmp_path / "en_proyek" / "render.json").read_text(encoding="utf-8"))
    assert info["voice"] == "offline:en-us"
    srt = out.with_suffix(".srt").read_text(encoding="utf-8")
    assert "IDR 85K" in srt and "10:00-22:00" in srt  # captions keep the written form
    speech = next((tmp_path / "en_proyek" / "speech").glob("*/speech.json"))
    words = [w["text"] for w in json.loads(speech.read_text(encoding="utf-8"))["words"]]
    assert words == ["Only", "IDR 85K,", "open", "10:00-22:00."]
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "stream=codec_type", "-of", "csv=p=0", str(out)],
                           capture_output=True, text=True, check=True).stdout.split()  # fmt: skip
    assert sorted(probe) == ["audio", "video"]
