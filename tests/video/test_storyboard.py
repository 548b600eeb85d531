import types

import pytest
from pydantic import ValidationError

import gigai
from gigai.errors import InputError, ProviderError
from gigai.video.storyboard import Brief, Scene, Storyboard, validate_storyboard
from gigai.video.writer import write_storyboard

BRIEF = Brief(
    product="Kopi Susu Gula Aren",
    business="Kopi Kita",
    audience="mahasiswa",
    price="Rp 18.000",
    cta="Pesan via GoFood",
)


def test_template_storyboard_offline_has_hook_and_cta():
    sb = write_storyboard(BRIEF, scenes=5)
    assert len(sb.scenes) == 5
    assert sb.source == "template" and "offline" in sb.notice
    assert sb.scenes[0].duration <= 4 and "?" in sb.scenes[0].narration  # a hook, said early
    assert "GoFood" in sb.scenes[-1].narration  # call to action last
    assert 20 <= sb.duration <= 60


@pytest.mark.parametrize("n", [1, 2, 3, 8])
def test_template_scene_counts(n):
    assert 1 <= len(write_storyboard("Jasa desain logo", scenes=n).scenes) <= n


def test_table_roundtrip_returns_new_storyboard():
    sb = write_storyboard(BRIEF, scenes=3)
    rows = sb.table()
    rows[1]["narasi"] = "Narasi baru."
    edited = sb.from_table(rows)
    assert edited.scenes[1].narration == "Narasi baru."
    assert sb.scenes[1].narration != "Narasi baru."  # caller's object untouched
    assert edited.source == "user"


def test_save_load(tmp_path):
    sb = write_storyboard(BRIEF)
    assert Storyboard.load(sb.save(tmp_path / "storyboard.json")) == sb
    with pytest.raises(InputError) as err:
        Storyboard.load(tmp_path / "nope.json")
    assert "tidak ditemukan" in err.value.id and "not found" in err.value.en


def _fake_model(offline):
    return types.SimpleNamespace(is_offline=offline, provider="fake")


def test_llm_path_uses_structured(monkeypatch):
    calls = []

    def structured(prompt, schema, **kw):
        calls.append(prompt)
        return schema(scenes=[Scene(narration="Halo!", on_screen_text="Halo", duration=3)])

    monkeypatch.setattr(gigai, "get_model", lambda provider=None: _fake_model(False), raising=False)
    monkeypatch.setattr(gigai, "structured", structured, raising=False)
    sb = write_storyboard(BRIEF, scenes=4)
    assert sb.source == "llm:fake" and sb.notice is None
    assert "Kopi Susu Gula Aren" in calls[0]


def test_llm_failure_falls_back_to_template(monkeypatch):
    def boom(*a, **k):
        raise ProviderError(id="Gagal.", en="Failed.")

    monkeypatch.setattr(gigai, "get_model", lambda provider=None: _fake_model(False), raising=False)
    monkeypatch.setattr(gigai, "structured", boom, raising=False)
    sb = write_storyboard(BRIEF)
    assert sb.source == "template" and "LLM" in sb.notice


def test_offline_model_uses_template(monkeypatch):
    monkeypatch.setattr(gigai, "get_model", lambda provider=None: _fake_model(True), raising=False)
    monkeypatch.setattr(gigai, "structured", lambda *a, **k: pytest.fail("must not call"), raising=False)
    assert write_storyboard(BRIEF).source == "template"


def test_ten_minute_script_is_refused_bilingually():
    long = Storyboard(scenes=[Scene(narration="halo", duration=50) for _ in range(12)])
    with pytest.raises(InputError) as err:
        validate_storyboard(long)
    assert "terlalu panjang" in err.value.id and "too long" in err.value.en
    with pytest.raises(ValidationError, match="maksimal"):
        Scene(narration="kata " * 1500)


def test_empty_scene_is_refused():
    with pytest.raises(InputError) as err:
        validate_storyboard(Storyboard(scenes=[Scene(narration="ok"), Scene()]))
    assert err.value.code == "E084" and "kosong" in err.value.id


@pytest.mark.parametrize("n", [3, 4, 5, 8])
def test_template_keeps_the_price(n):
    sb = write_storyboard(BRIEF, scenes=n)
    assert any("18.000" in s.narration for s in sb.scenes)


def test_from_table_follows_row_numbers_accepts_indonesian_kinds_and_keeps_voice():
    sb = write_storyboard(BRIEF, scenes=5)
    sb = sb.model_copy(
        update={"scenes": [sb.scenes[0].model_copy(update={"voice_file": "halo.m4a"}), *sb.scenes[1:]]}
    )
    rows = [r for r in sb.table() if r["no"] != 2]  # a participant deletes scene 2
    rows[1]["visual"], rows[1]["file_atau_prompt"] = "foto", "kopi.jpg"
    edited = sb.from_table(rows)
    assert [s.narration for s in edited.scenes] == [sb.scenes[i].narration for i in (0, 2, 3, 4)]
    assert edited.scenes[1].visual.kind == "image" and edited.scenes[0].voice_file == "halo.m4a"
    rows[2]["visual"] = "gif"
    with pytest.raises(InputError) as err:
        sb.from_table(rows)
    assert err.value.code == "E163" and "gif" in err.value.id


def test_storyboard_table_is_indonesian_with_comma_decimals(monkeypatch):
    from gigai.video import Scene, Storyboard, thumbnails

    monkeypatch.delenv("GIGAI_LANG", raising=False)
    sb = Storyboard(title="Laundry Bersih Kilat", scenes=[Scene(narration="Cucian numpuk?", on_screen_text="Numpuk?",
                                                                duration=3.5),
                                                          Scene(narration="Antar jemput gratis.", duration=20.2)])
    md = sb._repr_markdown_()
    assert "23,7 detik" in md and "| 3,5 detik |" in md and "2 adegan" in md, md
    assert " s (" not in md and "23.7" not in md and "template" in md
    offline = write_storyboard(BRIEF, provider="offline")
    assert "/" not in offline.notice and "Script" not in offline.notice, offline.notice
    monkeypatch.setenv("GIGAI_LANG", "en")
    assert "23.7 s" in sb._repr_markdown_()
    assert "Script from" in write_storyboard(BRIEF, provider="offline").notice
    pics = thumbnails(sb, width=90)
    assert [p.size for p in pics] == [(90, 160), (90, 160)]
    assert pics[0].getextrema() != pics[1].getextrema() or pics[0].tobytes() != pics[1].tobytes()
