"""Lab 6's edit is one obvious call: ``draf.ubah(nomor, teks=..., durasi=...)`` (issue 21)."""

from __future__ import annotations

import pytest

from gigai.errors import InputError
from gigai.video import Scene, Storyboard


def _draf():
    return Storyboard(title="Seblak Teh Euis", source="template",
                      scenes=[Scene(narration="Pernah nyobain seblak?", duration=4), Scene(narration="Isi"),
                              Scene(narration="Pesan via GoFood!")])


def test_ubah_changes_one_scene_and_returns_a_new_storyboard():
    draf = _draf()
    sb = draf.ubah(1, teks="Seblak paling nendang se-Cihampelas.", durasi="3 detik").ubah(-1, narasi="DM @teheuis")
    assert sb.scenes[0].narration == sb.scenes[0].on_screen_text == "Seblak paling nendang se-Cihampelas."
    assert sb.scenes[0].duration == 3 and sb.scenes[-1].narration == "DM @teheuis" and sb.source == "user"
    assert draf.scenes[0].narration == "Pernah nyobain seblak?" and draf.source == "template"  # untouched


@pytest.mark.parametrize(("args", "code"), [((9,), "E251"), ((0,), "E251"), ((1,), "E252")])
def test_ubah_says_what_is_wrong(args, code):
    kwargs = {"teks": "x"} if code == "E251" else {}
    with pytest.raises(InputError) as err:
        _draf().ubah(*args, **kwargs)
    assert code in str(err.value) and " / " not in str(err.value).splitlines()[0]


@pytest.mark.parametrize(("durasi", "code"), [("tiga", "E254"), (90, "E253")])
def test_beginner_durations_get_a_friendly_error(durasi, code):
    with pytest.raises(InputError) as err:
        _draf().ubah(1, durasi=durasi)
    assert code in str(err.value)
    rows = _draf().table()
    rows[0]["durasi"] = "3 detik"
    assert _draf().from_table(rows).scenes[0].duration == 3
