"""The client-message table (issue 22): the product is the thing sold; no price, deadline or contact dropped silently."""

import re

import pytest

from gigai.video import brief_from_text, plan, write_storyboard
from gigai.video.entities import entities, facts, mentions
from tests.video.client_messages import (
    EIGHTH,
    ELEVENTH,
    FIFTEENTH,
    FIFTH,
    FOURTEENTH,
    FOURTH,
    FRESH,
    KNOWN_WRONG,
    NINTH,
    ROUND1,
    SEVENTH,
    SIXTH,
    TENTH,
    THIRD,
    THIRTEENTH,
    TWELFTH,
)

TABLE = (
    ROUND1
    + FRESH
    + THIRD
    + FOURTH
    + FIFTH
    + SIXTH
    + SEVENTH
    + EIGHTH
    + NINTH
    + TENTH
    + ELEVENTH
    + TWELFTH
    + THIRTEENTH
    + FOURTEENTH
    + FIFTEENTH
)
# what a product never is: a street, the client's words to the creator, a name clause, a discount, a price
NOT_A_PRODUCT = re.compile(r"\b(jl|jln|jalan|diskon|namanya|mau|promosi|promo|tolong|bikin\w*|rp|sy|saya|aku|kami|"
                           r"halo|kak)\b|\b\d")  # fmt: skip  # a number, not a model code ("PS5")


def product_ok(product: str, acceptable: list[str]) -> bool:
    low = product.lower()
    words = len(re.findall(r"\w+", low))  # "&" and "+" are not words
    return any(a in low and words <= len(a.split()) + 2 for a in acceptable) and not NOT_A_PRODUCT.search(low)


def test_the_table_is_big_and_new():
    assert len(TABLE) >= 20 and len({m for m, _, _ in TABLE}) == len(TABLE)


@pytest.mark.parametrize(
    "message, products",
    [pytest.param(m, p, marks=pytest.mark.xfail(strict=True, reason="known: see KNOWN_WRONG")) if m in KNOWN_WRONG
     else (m, p) for m, p, _ in TABLE],
    ids=[f"m{i:02d}" for i in range(len(TABLE))],
)  # fmt: skip
def test_the_product_is_the_thing_sold(message, products):
    brief = brief_from_text(message)
    assert product_ok(brief.product, products), (brief.product, products)


@pytest.mark.parametrize(
    "message, kept", [(m, k) for m, _, k in TABLE], ids=[f"m{i:02d}" for i in range(len(TABLE))]
)
def test_no_price_deadline_or_contact_is_dropped_silently(message, kept):
    sb = write_storyboard(message)
    said = " ".join(f"{s.narration} {s.on_screen_text}" for s in sb.scenes)
    warned = " ".join(plan(sb).warnings)
    dropped = [f for f in kept if not (mentions(said, f) or mentions(warned, f))]
    assert not dropped, (dropped, said)
    assert set(sb.facts) >= set(facts(message)) or len(sb.facts) == 40


@pytest.mark.parametrize(
    "message", [m for m, _, _ in TABLE if [e.kind for e in entities(m)].count("price") >= 3]
)
def test_several_products_or_prices_become_menu_scenes(message):
    """Every priced item the client lists is shown on screen (a menu/price scene), not only said. Conditions
    ("DP 100rb", "min. belanja 100rb") are said with their sentence, and an old price stays with its item."""
    brief = brief_from_text(message)
    said = " ".join([*brief.notes, brief.old_price, *[m.split(",")[-1] for m in brief.menu if "," in m]])
    items = [e.text for e in entities(message) if e.kind == "price" and not mentions(said, e.text)]
    assert len(brief.menu) >= 2 or len(items) < 3, (brief.menu, items)
    screens = " ".join(s.on_screen_text for s in write_storyboard(message).scenes)
    for item in brief.menu:
        price = [e.text for e in entities(item) if e.kind == "price"][-1]
        assert mentions(screens, price), (price, screens)


@pytest.mark.parametrize("message", [m for m, _, _ in TABLE][::3])
def test_the_last_scene_shows_the_contact_big(message):
    brief = brief_from_text(message)
    last = write_storyboard(message).scenes[-1]
    if brief.contact:
        assert brief.contact in last.on_screen_text and "Yuk, sekarang" not in last.on_screen_text


def test_plan_names_what_an_edited_storyboard_dropped():
    message = ROUND1[1][0]  # the laundry: three prices, a deadline, a discount, a phone
    sb = write_storyboard(message)
    assert plan(sb).warnings == [] or not any("pesan klien" in w for w in plan(sb).warnings)
    cut = sb.model_copy(
        update={"scenes": [s for s in sb.scenes if "30rb/pcs" not in s.narration + s.on_screen_text]}
    )
    warned = [w for w in plan(cut).warnings if "30rb/pcs" in w]
    assert len(warned) == 1 and "pesan klien" in warned[0]


@pytest.mark.parametrize(
    "text, kind, fact",
    [
        ("Croffle Rp15.000/porsi", "price", "Rp15.000/porsi"),
        ("bed cover 35rb/pcs", "price", "35rb/pcs"),
        ("paket bulanan Rp150.000", "price", "Rp150.000"),
        ("promo s/d 31 Des ya", "deadline", "s/d 31 Des"),
        ("sampai akhir bulan ini", "deadline", "sampai akhir bulan ini"),
        ("buka 10.00-22.00 WIB", "hours", "10.00-22.00 WIB"),
        ("IG @kopi.kita_", "handle", "@kopi.kita_"),
        ("web www.kopikita.co.id/menu", "url", "www.kopikita.co.id/menu"),
        ("WA +62 812-3456-7890", "phone", "+62 812-3456-7890"),
        ("telp (0274) 556677", "phone", "(0274) 556677"),
        ("Jl. Kaliurang km 7, Sleman", "address", "Jl. Kaliurang km 7"),
        ("free ongkir", "deal", "free ongkir"),
        ("Buket snack 75-120rb", "price", "75-120rb"),
        ("harga Rp 20.000 - 35.000 aja", "price", "Rp 20.000 - 35.000"),
        ("cuma goceng!!", "price", "goceng"),
        ("kurma Ajwa 120rb/500gr dan", "price", "120rb/500gr"),
        ("Paket B Rp 28.000,-. PO", "price", "Rp 28.000,-"),
        ("Order H-3 sebelum wisuda", "lead", "H-3"),
        ("PO ditutup 12/1, kirim", "deadline", "ditutup 12/1"),
        ("20% off until end of March.", "deadline", "until end of March"),
        ("PO sampai Minggu, kirim Rabu", "deadline", "sampai Minggu"),
    ],
)
def test_entities_are_found_whole(text, kind, fact):
    assert (kind, fact) in [(e.kind, e.text) for e in entities(text)]


@pytest.mark.parametrize(
    "text",
    ["level pedas 0-5", "cuci AC 1/2-1 PK", "isi 12 pcs", "2 lokasi + video", "Buka Senin sampai Sabtu"],
)
def test_quantities_are_not_facts(text):
    assert facts(text) == []


def test_a_named_items_normal_price_waits_for_its_new_one():
    b = brief_from_text("Cuci sepatu: Unyellowing normal 75rb, sekarang 60rb. WA 0857-4433-2211")
    assert b.price == "60rb" and b.old_price == "75rb", (b.price, b.old_price)


def test_long_names_head_the_headline_and_stay_whole_in_the_menu():
    b = brief_from_text(FOURTH[1][0])  # "Paket Nasi Liwet Komplit Ayam Bakar Sambal Terasi Rp 35.000,- ..."
    assert b.product == "Nasi Liwet"
    assert b.menu[0].startswith("Paket Nasi Liwet Komplit Ayam Bakar Sambal Terasi")


@pytest.mark.parametrize(
    "text, price, old",
    [
        ("Sneakers kanvas 89rb, dari 120rb. WA 0812-1234-5678", "89rb", "120rb"),
        ("Kemeja flanel Rp95.000, dari Rp120.000!", "Rp95.000", "Rp120.000"),
        ("Totebag kanvas sebelumnya 45rb skrg 35rb", "35rb", "45rb"),
        ("Es teh jumbo harga normal 35rb sekarang cuma 28rb", "28rb", "35rb"),
        ("Dompet kulit harga coret 90rb, promo 65rb", "65rb", "90rb"),
        ("Scented candle 85K, was 120K", "85K", "120K"),
        ("Blender portable 90rb, sekarang 65rb aja. WA 0812 7272 8383", "65rb", "90rb"),
        ("Hand cream normally IDR 75K, now IDR 55K this week only", "Rp 55K", "Rp 75K"),
    ],
)
def test_two_prices_tied_by_an_old_new_marker_are_one_item(text, price, old):
    b = brief_from_text(text)
    assert (b.price, b.old_price, b.menu) == (price, old, []), (b.product, b.price, b.old_price, b.menu)
    assert not re.search(r"(?i)\b(?:skrg|sekarang|normal|coret|sebelumnya|dari|promo)\b", b.product)


@pytest.mark.parametrize(
    "text, product",
    [
        ("PROMO AKHIR TAHUN!!! Sepatu lari lokal 199rb", "Sepatu lari"),
        ("LEBARAN SALE 🌙 mukena katun Jepang 150rb", "mukena katun Jepang"),
        ("Kami jual kopi arabika Garut. Kemasan 200gr Rp55.000, 1kg Rp240.000", "kopi arabika Garut"),
        (
            "We sell handmade batik tote bags from Pekalongan, small IDR 85K, large IDR 120K",
            "batik tote bags",
        ),
        ("Sabtu ini buka booth minuman! Es kopi gula aren cuma 10k, lemon tea 8k", "Es kopi gula aren"),
        ("Jasa les bahasa Inggris online untuk SD-SMP, 100rb/sesi", "Jasa les bahasa Inggris"),
    ],
)
def test_headings_variants_categories_and_compounds_are_not_the_product(text, product):
    assert brief_from_text(text).product.lower().startswith(product.lower())


def test_english_prices_are_prices():
    assert facts("small IDR 85K, large IDR 120K, pack IDR 1.5jt") == ["IDR 85K", "IDR 120K", "IDR 1.5jt"]


def test_the_deadline_is_said_as_written():
    said = " ".join(
        s.narration for s in write_storyboard("PO nastar 95rb. PO ditutup 12/1. WA 0812-1111-2222").scenes
    )
    assert "Ditutup 12/1." in said and "Berlaku ditutup" not in said


def test_long_menu_names_are_cut_on_screen_and_said_whole():
    sb = write_storyboard(FOURTH[1][0])
    menu = [s for s in sb.scenes if "Paket Nasi Liwet Komplit Ayam Bakar" in s.narration]
    assert menu and not any("terlalu panjang" in w or "too long" in w for w in plan(sb).warnings)
    assert len({s.on_screen_text for s in sb.scenes if "Paket Nasi Liwet" in s.narration}) >= 2


def test_idr_and_rp_are_the_same_money():
    assert mentions("Harganya Rp 55K per pax", "IDR 55K per pax")


@pytest.mark.parametrize(
    "text, product",
    [
        ("DISKON 12.12 ‼️ Tumbler stainless 500ml custom nama, Rp89.000 jadi Rp69.000", "Tumbler stainless"),
        ("Sambal bawang kemasan jar 150gr, harga normal 30rb, bulan ini cuma 25rb", "Sambal bawang"),
    ],
)
def test_emoji_sizes_and_time_words_stay_out_of_the_product(text, product):
    assert brief_from_text(text).product == product


def test_no_menu_screen_is_too_long_to_read():
    long = []
    for message, _, _ in TABLE:
        warned = [
            w for w in plan(write_storyboard(message)).warnings if "terlalu panjang" in w or "too long" in w
        ]
        long += warned
    assert not long, long[:3]
