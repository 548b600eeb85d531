"""How the offline reader reads a client's message (issue 22, item 2): one language for the narration, conditions
and specs kept out of the product and the benefits, an item's own old price shown struck through."""

import re

import pytest

from gigai.video import brief_from_text, plan, write_storyboard
from gigai.video.wording import language
from tests.video.test_client_messages import TABLE

# words only the Indonesian template says, and words only the English template says
INDONESIAN = re.compile(r"\b(?:Kenalin|Ini dia|Namanya|Pilihannya|Kenapa harus ini|Harganya|Lagi ada|Cobain|"
                        r"Promonya berlaku|Pesan via|Cocok banget|Lagi cari|Udah coba|Nemu|Ada juga)\b")  # fmt: skip
ENGLISH = re.compile(r"\b(?:Meet|Here's|Say hello|Choose from|Why this|Just|Only|There's also|Looking for|"
                     r"Tried|Made for you|Message us|Valid)\b")  # fmt: skip


def narration(message: str) -> str:
    return " ".join(s.narration for s in write_storyboard(message).scenes)


@pytest.mark.parametrize("message", [m for m, _, _ in TABLE], ids=[f"m{i:03d}" for i in range(len(TABLE))])
def test_the_narration_speaks_one_language(message):
    brief = brief_from_text(message)
    said = narration(message)
    if brief.language == "en":
        assert not INDONESIAN.search(said), said
    else:
        assert brief.language == "id" and not ENGLISH.search(said), said


@pytest.mark.parametrize(
    "message, lang",
    [
        ("We offer private yoga classes at your home in Canggu. Single session IDR 350K", "en"),
        ("Hello! I'm Dita, a certified dog walker in South Jakarta. Text me at +62 811-9090-1234", "en"),
        ("Open trip Bromo sunrise, meeting point Stasiun Malang. Harga 350rb/org udah termasuk jeep", "id"),
        ("Halo kak, jual seblak ceker 12rb. Order via WA ya", "id"),
    ],
)
def test_the_language_is_the_clients(message, lang):
    assert language(message) == lang and brief_from_text(message).language == lang


def test_an_english_message_gets_english_offer_words():
    b = brief_from_text(
        "We sell soy candles in Bandung, 20% off until end of May, from IDR 85K. Shop at candle.id"
    )
    assert b.discount == "20% off" and b.price.startswith("from ") and b.audience == "you", b
    assert b.cta.startswith("Visit candle.id") or "candle.id" in b.cta, b.cta


def test_a_minimum_spend_is_a_condition_not_an_item():
    b = brief_from_text("Keset kaki handmade dari kain perca. Minimal order 100rb. WA 0812 1111 2222")
    assert b.price == "" and b.menu == [] and any("100rb" in n for n in b.notes), b
    b = brief_from_text(
        "Ayam potong 42rb/ekor, ceker 20rb/kg. Free ongkir min. belanja 100rb. WA 0812 1111 2222"
    )
    assert not any("100rb" in m for m in b.menu), b.menu


def test_an_items_own_old_price_is_said_and_struck_on_the_menu_screen():
    message = (
        "PO kue kering! Nastar 120rb (normal 150rb), kastengel 110rb, putri salju 95rb. WA 0812 3333 4444"
    )
    sb = write_storyboard(message)
    screens = [s.on_screen_text for s in sb.scenes]
    assert any("~150rb~ 120rb" in x for x in screens), screens
    assert "150rb" in narration(message) and not plan(sb).warnings


@pytest.mark.parametrize(
    "message, spec",
    [
        ("Hoodie oversize 179rb. Size M/L/XL. Warna: sage, cream. WA 0812 5555 6666", ("size", "warna")),
        ("Photobooth for weddings IDR 3.5M (3 hours). Book 2 weeks ahead. IG @snap.box", ("3 hours",)),
        ("gaes!!! boba brown sugar cuma 12k. follow ig @bobakuy", ("gaes",)),
    ],
)
def test_specs_and_greetings_are_no_benefits(message, spec):
    benefits = [b.lower() for b in brief_from_text(message).benefits]
    assert not any(s in b for s in spec for b in benefits), benefits


@pytest.mark.parametrize(
    "message, product",
    [
        (
            "Bunda2 yg lg cari baju lebaran anak2, kami ada gamis anak2 mulai 85rb. WA 0852 7788 9900",
            "gamis anak-anak",
        ),
        ("Punten akang teteh 🙏 Cireng isi frozen 20rb. Order: 0838-4545-6767", "Cireng"),
        (
            "Namaku Yusuf dari Jepara. Aku bikin talenan kayu jati, kecil 45rb, besar 90rb. IG @jati.craft",
            "talenan",
        ),
        ("Jl. Veteran No. 88 Malang, samping Indomaret. Warung Penyetan Bu Sum: tempe penyet 8rb", "penyet"),
        ("Rental kamera Jogja ready! Sony A6400 150rb/hari. WA 0878 1111 5050", "Rental kamera"),
    ],
)
def test_vocatives_names_and_places_are_not_the_product(message, product):
    got = brief_from_text(message).product
    assert product.lower() in got.lower() and len(got.split()) <= len(product.split()) + 2, got


def test_a_shop_link_is_visited_not_whatsapped():
    b = brief_from_text("NEW DROP 🔥 Hoodie 179rb (normal 229rb). Shopee: shopee.co.id/kainkita")
    assert "WhatsApp" not in b.cta and "shopee.co.id/kainkita" in b.cta, b.cta


def test_the_storyboard_carries_the_language_for_the_voice_and_asks_a_model_for_it():
    from gigai.video.writer import _message_prompt

    english = "We bake sourdough in Ubud for the weekend market, IDR 85K a loaf. Order at @ubudloaf"
    assert (
        write_storyboard(english).language == "en"
        and write_storyboard("Jual seblak 12rb, WA 0812 1111 2222").language == "id"
    )
    assert "bahasa Inggris" in _message_prompt(english, [], 5)
    assert "bahasa Inggris" not in _message_prompt("Jual seblak 12rb, WA 0812 1111 2222", [], 5)
