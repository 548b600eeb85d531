"""Storyboard.facts: what the client's message says that the video must keep (prices, deadlines, contacts)."""

import pytest

from gigai.errors import InputError
from gigai.video.storyboard import Scene, Storyboard


def test_facts_default_empty_and_survive_save_and_load(tmp_path):
    assert Storyboard(scenes=[Scene(narration="Halo")]).facts == []
    sb = Storyboard(
        scenes=[Scene(narration="Croffle Rp15.000/porsi")], facts=["Rp15.000/porsi", "s/d 31 Des"]
    )
    again = Storyboard.load(sb.save(tmp_path / "storyboard.json"))
    assert again.facts == ["Rp15.000/porsi", "s/d 31 Des"]


def test_facts_are_bounded_and_typed(tmp_path):
    with pytest.raises(ValueError):
        Storyboard(scenes=[Scene()], facts=[f"{i}rb" for i in range(41)])
    bad = tmp_path / "sb.json"
    bad.write_text('{"scenes": [{"narration": "x"}], "facts": "Rp 10.000"}', encoding="utf-8")
    with pytest.raises(InputError):
        Storyboard.load(bad)
