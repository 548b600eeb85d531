"""A price written right before a deadline ("225rb s/d 15 Des") is a price of its own, not half of a range that the
deadline swallowed: the new price of a promo reaches the storyboard, never the old one in its place."""

from gigai.video import brief_from_text, write_storyboard
from gigai.video.entities import entities


def test_a_price_before_a_deadline_keeps_its_own_fact():
    found = [(e.kind, e.text) for e in entities("harga normal 275rb sekarang 225rb s/d 15 Des!")]
    assert found == [("price", "275rb"), ("price", "225rb"), ("deadline", "s/d 15 Des")]
    assert [(e.kind, e.text) for e in entities("harga 75-120rb s/d 31 Des")] == [
        ("price", "75-120rb"),
        ("deadline", "s/d 31 Des"),
    ]


def test_the_promo_price_is_said_and_the_normal_price_is_the_old_one():
    message = (
        "OPEN ORDER hampers natal isi cookies 3 toples + kartu ucapan, harga normal 275rb sekarang 225rb "
        "s/d 15 Des! IG @dapurkue.lia"
    )
    brief = brief_from_text(message)
    assert (brief.price, brief.old_price) == ("225rb", "275rb")
    said = " ".join(s.narration for s in write_storyboard(message).scenes)
    assert "225rb" in said
