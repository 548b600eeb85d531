"""Captions never drop speech (issue 22): every narrated word in exactly one cue, no cue across a scene cut, no
orphan one-word cue unless the scene says one word. Built from storyboards written from several client messages,
with the offline voice's word timings (no render)."""

import pytest

from gigai.video import write_storyboard
from gigai.video.captions import paginate, render_states, scenes_of, subtitle_cues
from gigai.video.tts import Word, speak
from tests.video.client_messages import FRESH, ROUND1

MESSAGES = [ROUND1[1][0], ROUND1[9][0], ROUND1[17][0], FRESH[3][0], FRESH[5][0]]
LEAD, TAIL = 0.08, 0.12


def _timeline():
    """(scene word lists with scene-relative times, absolute words, scene start times) for every message."""
    out = []
    for msg in MESSAGES:
        sb = write_storyboard(msg)
        per_scene = [speak(s.narration).words for s in sb.scenes]
        starts, t = [], 0.0
        absolute = []
        for words in per_scene:
            starts.append(t)
            absolute += [
                Word(w.text, round(t + LEAD + w.start, 3), round(t + LEAD + w.end, 3)) for w in words
            ]
            t += LEAD + (words[-1].end if words else 1.0) + TAIL
        out.append((per_scene, absolute, starts, t))
    return out


TIMELINES = _timeline()


@pytest.mark.parametrize("explicit", [True, False], ids=["cuts-given", "cuts-inferred"])
def test_every_word_in_exactly_one_cue_and_no_cue_across_a_cut(explicit):
    for per_scene, words, starts, total in TIMELINES:
        cues = subtitle_cues(words, cuts=starts[1:] if explicit else None)
        assert " ".join(c.text for c in cues).split() == " ".join(w.text for w in words).split()
        for w in words:  # each word is on screen (in one cue) while it is spoken
            assert sum(c.start <= w.start + 1e-6 and w.start < c.end for c in cues) == 1, w
        bounds = [*starts, total]
        for c in cues:
            scene = max(i for i, s in enumerate(starts) if s <= c.start + 1e-6)
            assert c.end <= bounds[scene + 1] + 1e-6, (c, bounds[scene + 1])
        for c, scene in zip(cues, _scene_of(cues, starts)):
            if len(c.text.split()) == 1:
                assert len(per_scene[scene]) == 1, c  # an orphan only when the scene says one word


def _scene_of(cues, starts):
    return [max(i for i, s in enumerate(starts) if s <= c.start + 1e-6) for c in cues]


def test_scenes_are_found_from_the_pause_between_them():
    for per_scene, words, _starts, _ in TIMELINES:
        assert [len(g) for g in scenes_of(words)] == [len(s) for s in per_scene if s]


def test_burned_pages_caption_every_word_once_also_the_contact_shown_big(tmp_path):
    per_scene, _, _, _ = TIMELINES[0]
    sb = write_storyboard(MESSAGES[0])
    for i, (scene, words) in enumerate(zip(sb.scenes, per_scene)):
        states, cues = render_states(words, 540, 960, tmp_path / f"s{i}", screen_text=scene.on_screen_text)
        assert [s.start for s in states] == [
            w.start for w in words
        ]  # each word highlighted once, none skipped
        assert " ".join(c.text for c in cues).split() == " ".join(w.text for w in words).split()
        assert all(len(c.text.split()) > 1 for c in cues) or len(words) == 1
    last = sb.scenes[-1]
    assert "0813-2020-4545" in last.on_screen_text and "0813-2020-4545" in last.narration


@pytest.mark.parametrize(
    "texts, width, pages",
    [
        (["Senja."], 10, [[0]]),  # the scene says one word
        (["Kopi", "Senja.", "Enak", "banget", "buat", "pagi."], 3, [[0, 1], [2, 3, 4], [5]]),
        (["Yuk!", "Pesan", "sekarang", "juga."], 4, [[0, 1, 2, 3]]),
    ],
)
def test_paginate_keeps_order_and_avoids_orphans(texts, width, pages):
    got = paginate(texts, lambda idx: len(idx) <= width)
    assert [i for p in got for i in p] == list(range(len(texts)))
    if len(texts) > 1:
        assert all(len(p) > 1 for p in got) or got == pages


CTAS = ["Pesan via WA 0812-2233-4455", "Follow @kopiteduh.jogja", "Order di tokohijabku.my.id/katalog",
        "WA 081222334455", "Cek www.bengkelmotormajujaya.com", "DM @laundry.kilat sekarang"]  # fmt: skip


@pytest.mark.parametrize("w, h", [(1080, 1920), (1080, 1080), (1920, 1080)], ids=["9:16", "1:1", "16:9"])
def test_the_contact_is_clearly_bigger_than_the_caption_on_a_cta(w, h):
    """In 9:16 the caption line was about as tall as the phone number (66 px vs 87 px), so the contact was not
    clearly the biggest text; on a contact scene the caption is drawn smaller, in the same place."""
    from gigai.video.captions import caption_size
    from gigai.video.layout import caption_geometry
    from gigai.video.looks import draw_scene
    from gigai.video.templates import STYLES, choose

    usual = caption_geometry(w, h)[2]
    for text in CTAS:
        cap = caption_size(w, h, text)
        assert usual * 0.5 <= cap <= usual
        for style in STYLES:
            drawn = draw_scene(choose(style, text), w, h, text, captions=True, ai_label=None)
            contact = max(size for _, size, _ in drawn.parts)
            assert contact >= 1.5 * cap, (text, style, contact, cap)


def test_a_scene_without_a_contact_keeps_the_usual_caption_size():
    from gigai.video.captions import caption_size
    from gigai.video.layout import caption_geometry

    for text in ["Kopi Susu Gula Aren 20rb", "Buka 08.00-21.00", ""]:
        assert caption_size(1080, 1920, text) == caption_geometry(1080, 1920)[2]
