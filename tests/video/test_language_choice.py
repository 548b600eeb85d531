"""The narration's language is the client's: an English offer stated without any question word is English, a mostly
Indonesian message with a few English words stays Indonesian; the planner times English narration with the
English voice."""

import pytest

from gigai.video.wording import language


@pytest.mark.parametrize(
    "message, expected",
    [
        (
            "We sell handmade batik tote bags from Pekalongan, small IDR 85K, large IDR 120K. DM @batiktote.pkl",
            "en",
        ),
        ("Fresh sourdough baked every morning in Canggu, we deliver to your villa by 8am", "en"),
        ("New menu alert! Es kopi susu aren 18rb, only at Kopi Kita", "id"),
        ("Open trip Bromo, udah termasuk jeep ya", "id"),
        ("PROMO 50% off semua hijab sampai 31 Des, cek IG @hijabku.id", "id"),
    ],
)
def test_the_narration_language_is_the_messages(message, expected):
    assert language(message) == expected


def test_the_plan_times_english_narration_with_the_english_voice():
    from gigai.video.planner import speech_seconds

    line = "Open ten a.m. to ten p.m., three hundred fifty thousand rupiah"
    assert speech_seconds(line, language="en") != speech_seconds(line, language="id")
