"""Writing a storyboard: the LLM when one is configured, else a deterministic template; photos placed.

    >>> sb = write_storyboard("Promo Kopi Susu Gula Aren di Kopi Kita cuma Rp 18.000! WA 0812-2233-4455")
    >>> sb.scenes[-1].on_screen_text
    'WA 0812-2233-4455'

A free-text brief (up to 2,000 characters, e.g. the client's WhatsApp message) becomes a :class:`Brief`
first: by the LLM's structured output online, by rules offline. The product photo goes on the product and
offer scenes, other photos and clips on the benefit scenes, on both paths.
Used in: Lab 6, Lab 7 (video), Lab 9 (pitch).
"""

from __future__ import annotations

import hashlib
import re

from gigai.errors import GigaiError
from gigai.lang import say
from gigai.video.brief import Brief, brief_from_text, check_brief_text
from gigai.video.hooks import hook as opening
from gigai.video.menu import join, menu_scenes, shorten
from gigai.video.planner import (
    LEAD,
    TAIL,
    fit_durations,
    speech_seconds,
)
from gigai.video.storyboard import MAX_SCENES, Scene, Storyboard, Visual
from gigai.video.wording import language
from gigai.video.wording import words as wording

_SYSTEM = (
    "Kamu penulis naskah video pendek TikTok/Reels untuk UMKM Indonesia. Bahasa Indonesia santai Gen-Z, "
    "kalimat pendek. Scene pertama adalah HOOK yang menarik perhatian dalam 2 detik pertama (pertanyaan "
    "atau pernyataan mengejutkan) yang menyebut produk, harga atau promo klien ini, bukan kalimat umum seperti "
    "'Lagi cari ini?'; ada harga coret: tulis harga lama lalu harga baru di teks layar. Scene terakhir berisi "
    "ajakan bertindak (call to action) yang jelas. "
    "Narasi tiap scene 6-18 kata; teks layar maksimal 6 kata dan tidak sama dengan narasi; durasi 3-9 "
    "detik; total 30-60 detik. Pakai SEMUA keunggulan. visual.kind 'card', atau 'image' dengan path foto "
    "dari daftar foto (foto pertama = produk, taruh di scene produk dan scene harga). Dari pesan klien: "
    "produk adalah barang/jasa yang dijual, bukan alamat, nama usaha, diskon, atau permintaan klien kepada "
    "kreator. Beberapa produk atau harga menjadi scene menu/harga. Setiap harga, tanggal/batas promo, "
    "jam, nomor, handle dan URL dari daftar fakta ditulis persis di narasi atau teks layar. Teks layar scene "
    "terakhir menampilkan kontak (nomor WA/handle)."
)


def _pick(options: list[str], seed: str, salt: str) -> str:
    h = int(hashlib.sha256(f"{salt}:{seed}".encode()).hexdigest(), 16)
    return options[h % len(options)]


def _mentions(a: str, b: str) -> bool:
    """True when the distinctive words of ``b`` already appear in ``a`` (avoids 'X di Toko Y dari Toko Y')."""
    generic = {"toko", "warung", "kedai", "bengkel", "motor", "kopi", "dan", "di", "dari", "yang", "the"}
    words = [w for w in re.findall(r"\w+", b.lower()) if len(w) >= 3 and w not in generic]
    return bool(words) and all(w in a.lower() for w in words)


def _chunks(items: list[str], n: int) -> list[list[str]]:
    if n <= 0:
        return []
    out: list[list[str]] = [[] for _ in range(min(n, len(items)))]
    for i, it in enumerate(items):
        out[i % len(out)].append(it)
    return [c for c in out if c]


SCENE_SPEECH = 6.0 - LEAD - TAIL  # seconds of narration one scene holds comfortably


def _pack(sentences: list[str]) -> list[str]:
    """Sentences grouped into narrations of at most ~6 s each (a sentence longer than that stays alone)."""
    out: list[str] = []
    for sent in sentences:
        if out and speech_seconds(f"{out[-1]} {sent}") <= SCENE_SPEECH:
            out[-1] = f"{out[-1]} {sent}"
        else:
            out.append(sent)
    return out


def _template(brief: Brief, scenes: int) -> Storyboard:
    """A sound, deterministic storyboard: hook, product, every benefit, the offer, a call to action."""
    name = brief.product.strip()
    title = _cap(name)
    words = name.split()
    if len(words) >= 2 and words[0][:1].isupper() and words[0][1:].islower() and words[1].islower():
        name = name[0].lower() + name[1:]  # "Cuci kiloan" said mid-sentence: "Kenalin, cuci kiloan ..."
    biz = brief.business.strip()
    w = wording(brief.language)
    conj = str(w["and"])
    who = brief.audience.strip() or w["you"]
    seed = name.lower()
    price, disc, hours, contact = (brief.price.strip(), brief.discount.strip(), brief.hours.strip(),
                                   brief.contact.strip())  # fmt: skip
    benefits = [b.strip() for b in brief.benefits if b.strip()] or [w["for_you"].format(who=who)]
    hook_line, hook_text = opening(
        brief
    )  # from the client's own product, price, offer, deadline (gigai.video.hooks)
    subject = name
    if biz.lower().startswith(
        name.lower()
    ):  # "Dimsum Mentai Mama Eny" names the product and the maker at once
        subject, biz = biz, ""
    from_biz = w["from"].format(biz=biz) if biz and not _mentions(name, biz) else ""
    intro_line = _pick([x.format(s=subject, frm=from_biz) for x in w["intro"]], seed, "intro")
    offer_bits = []
    old = brief.old_price.strip()
    if _starting(price):  # the client's own "mulai": a starting price, said as one
        offer_bits.append(w["price_from"].format(price=price))
    elif price and old:
        offer_bits.append(w["price_was"].format(old=old, price=price))
    elif price and not any(price in m for m in brief.menu):  # the menu scene already says it
        offer_bits.append(_pick([x.format(price=price) for x in w["price"]], seed, "p"))
    if disc:
        said = disc[0].lower() + disc[1:] if disc[1:2].islower() else disc
        offer_bits.append(w["offer"].format(d=said))
    deadline = brief.deadline.strip()
    if deadline:
        offer_bits.append(_deadline_line(deadline, w))
    if hours:
        opens = re.match(r"(?i)(?:buka|open)\b", hours)
        offer_bits.append(f"{_cap(hours)}." if opens else w["open"].format(h=hours))
    offer_bits += [_cap(n.rstrip(".!")) + "." for n in brief.notes if n.strip()]
    if not offer_bits:
        offer_bits.append(_pick([x.format(s=name) for x in w["try"]], seed, "o"))
    offer_text = price or disc or shorten(hours) or str(w["try_screen"])
    cta = brief.cta.strip() or str(w["order"])
    cta_line = cta if (not contact or contact in cta) else f"{cta} {_contact_phrase(contact, w=w)}"
    more = [x for x in brief.links if x.strip() and x not in cta_line]
    links = None
    if more:  # every other handle, URL and number is said and shown too, in a scene of its own
        said = " ".join(_contact_phrase(x, w=w) for x in more)
        screen = " · ".join(more)
        links = Scene(narration=f"{w['more_info']}{said[0].lower()}{said[1:]}", on_screen_text=screen if len(screen) <= 40
                      else more[0], visual=Visual(palette="ocean"), duration=4.0)  # fmt: skip
    # the contact is the point of the last scene: it is shown big, never replaced by a slogan
    cta_text = _contact_screen(contact) if contact else _pick(list(w["cta_screen"]), seed, "c")
    # Scene budget: hook + intro + offer + cta are the frame; benefits fill what is left, merged so none drops.
    slots = max(0, scenes - 4)
    groups = _chunks(benefits, slots)
    leftover = [] if groups or not benefits else benefits
    if leftover:  # no room for benefit scenes: the intro says them
        intro_line += f" {join(leftover, conj).capitalize()}."
    hook = Scene(narration=hook_line, on_screen_text=hook_text, visual=Visual(palette="sunset"), duration=3.0)
    intro = Scene(narration=_cap(intro_line), on_screen_text=shorten(title), visual=Visual(palette="ocean"),
                  duration=5.0)  # fmt: skip
    lead_ins = w["lead_ins"]
    body = [
        Scene(narration=f"{lead_ins[i % 4]}{_cap(join(g, conj)) if i == 0 else join(g, conj)}.", on_screen_text=shorten(_cap(g[0])),
              visual=Visual(palette=["forest", "grape", "candy"][i % 3]), duration=5.0)
        for i, g in enumerate(groups)
    ]  # fmt: skip
    offer_parts = _pack(offer_bits)
    hours_screen = re.sub(r"\s*-\s*", "-", re.sub(r"(?i)^buka\s+|\bjam\s+", "", hours))  # "9 pagi-11 malam"
    # each offer scene shows what it says: the price, the discount, or the hours
    # the old price stays next to the new one, so the produk style strikes it through on its price sticker
    shown = f"{old} {price}" if old and price and not _starting(price) else price
    screens = [(x, key) for x, key in ((shown, price), (disc, disc), (deadline, deadline),
                                       (shorten(hours_screen), hours)) if x]  # fmt: skip
    screens = screens or [(offer_text, offer_text)]
    shown_keys = [next((x for x, key in screens if key.lower() in part.lower()), "") for part in offer_parts]

    def offer_screen(i: int, part: str) -> str:
        if shown_keys[i]:
            return shown_keys[i]
        if i < len(screens) and screens[i][0] not in shown_keys:
            return screens[i][0]
        # a part no screen line belongs to ("Hasil H+3.") shows its own words, never the price a second time
        return part.rstrip(".!") if len(offer_parts) > 1 else screens[-1][0]

    offers = [
        Scene(narration=part, on_screen_text=_cap(shorten(offer_screen(i, part))),
              visual=Visual(palette="gold"), duration=5.0 if len(offer_parts) == 1 else 3.5)
        for i, part in enumerate(offer_parts)
    ]  # fmt: skip
    offer = offers[0].model_copy(update={"narration": " ".join(offer_bits)})
    # a benefit scene too long to say in ~6 s is split in two (every benefit kept)
    split_body: list[Scene] = []
    for sc in body:
        parts = re.split(r"(?<=,) (?=\S)", sc.narration)
        if speech_seconds(sc.narration) <= SCENE_SPEECH or len(parts) < 2:
            split_body.append(sc)
            continue
        half = len(parts) // 2
        first, second = (
            " ".join(parts[:half]).rstrip(",") + ".",
            _cap(
                re.sub(
                    rf"^(\S[^,]*), {conj} ", rf"\1 {conj} ", " ".join(parts[half:]).removeprefix(f"{conj} ")
                )
            ),
        )
        split_body += [sc.model_copy(update={"narration": first}),
                       sc.model_copy(update={"narration": second, "on_screen_text": shorten(_cap(re.split(rf",| {conj} ", second)[0].rstrip(".")))})]  # fmt: skip
    menu = menu_scenes(brief.menu, price, w)
    room = MAX_SCENES - 3 - len(offers) - len(menu)
    body = split_body if len(split_body) <= room else body
    end = Scene(
        narration=cta_line, on_screen_text=shorten(cta_text), visual=Visual(palette="sunset"), duration=5.0
    )
    if scenes >= 4:
        tail = [links, end] if links else [end]
        chosen = [hook, intro, *menu, *body, *offers, *tail]
        if len(chosen) > MAX_SCENES:  # a long menu: benefits give way, never a price
            chosen = [hook, intro, *menu, *offers][: MAX_SCENES - len(tail)] + tail
    elif scenes == 3:
        merged = offer.model_copy(update={"narration": f"{intro_line} {offer.narration}"})
        chosen = [hook, merged, end if not links else end.model_copy(
            update={"narration": f"{end.narration} {links.narration}"})]  # fmt: skip
    else:
        chosen = [hook, end][:scenes]
    title = title if title.lower().startswith("promo") else f"Promo {title}"
    return Storyboard(title=with_maker(title, brief.business), scenes=chosen, source="template",
                      language=brief.language)  # fmt: skip


def _deadline_line(deadline: str, w: dict | None = None) -> str:
    """'s/d 31 Des' -> 'Promonya berlaku s/d 31 Des.'; a date alone -> 'Berlaku 5-7 Des.'; anything else
    ('ditutup 12/1', 'Berlaku s/d 5 April', 'H-7') is said as the client wrote it."""
    w = w or wording("id")
    if re.match(
        r"(?i)(?:s/d|s\.d|sd\b|sampai|sampe|hingga|sebelum|sblm|until|till|through|before)", deadline
    ):
        return w["valid_until"].format(d=deadline)
    if re.match(r"(?i)(?:tgl|tanggal|\d)", deadline):
        return w["valid"].format(d=deadline)
    return f"{_cap(deadline)}."


def _starting(price: str) -> bool:
    """'mulai 95rb' or 'from IDR 55K': the client gave a starting price."""
    return bool(re.match(r"(?i)(?:mulai|from|starting)\s", price))


def with_maker(title: str, business: str) -> str:
    """'Promo Seblak · Dapur Teteh': the look is drawn from the title, so two shops selling one thing get two looks."""
    maker = business.strip()
    return f"{title} · {maker}" if maker and not _mentions(title, maker) else title


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _contact_phrase(contact: str, *, also: bool = False, w: dict | None = None) -> str:
    w = w or wording("id")
    if contact.startswith("@"):
        return w["or_follow" if also else "follow"].format(c=contact)
    if re.match(r"[+(0-9]", contact):
        return w["or_call" if also else "wa"].format(c=contact)
    return w["or_visit" if also else "visit"].format(c=contact)


def _contact_screen(contact: str) -> str:
    if contact.startswith("@") or not re.match(r"[+0-9]", contact):
        return contact
    return f"WA {contact}"


def place_photos(sb: Storyboard, brief: Brief) -> Storyboard:
    """A NEW storyboard with the brief's photos on scenes: product photo on the product and price scenes.

    Scenes that already show one of the photos keep theirs; the hook and the call to action stay cards
    unless there are more photos than middle scenes.
    """
    media = [p for p in brief.photos if p]
    if not media or len(sb.scenes) < 2:
        return sb
    used = {s.visual.path for s in sb.scenes if s.visual.kind in ("image", "video")}
    free = [p for p in media if p not in used]
    if not free:
        return sb
    product = brief.images[0] if brief.images else media[0]
    scenes = list(sb.scenes)
    n = len(scenes)
    middle = list(range(1, n - 1)) or [0]
    from gigai.video.stickers import PRICE

    # the offer scene is the one that shows the price (the produk style puts its sticker on the product card)
    priced = [i for i in middle[1:] if PRICE.search(scenes[i].on_screen_text)]
    offer_i = priced[0] if priced else n - 2 if n >= 3 else 0
    plan: dict[int, str] = {}
    if product in free:
        for i in {middle[0], offer_i}:
            plan[i] = product
    others = [p for p in free if p != product]
    for i in middle:
        if i not in plan and others:
            plan[i] = others.pop(0)
    for i in (0, n - 1):  # leftovers go on the hook, then the call to action
        if others and i not in plan:
            plan[i] = others.pop(0)
    for i, path in plan.items():
        s = scenes[i]
        if s.visual.kind in ("image", "video"):
            continue
        kind = (
            "video" if path.lower().endswith((".mp4", ".mov", ".m4v", ".webm", ".3gp", ".mkv")) else "image"
        )
        scenes[i] = s.model_copy(update={"visual": s.visual.model_copy(update={"kind": kind, "path": path})})
    return sb.model_copy(update={"scenes": scenes})


def brief_facts(brief: Brief) -> list[str]:
    """The facts a Brief carries (prices, menu, discount, deadline, hours, contacts), for plan() to check."""
    from gigai.video.entities import facts

    return facts(" | ".join([brief.price, brief.old_price, brief.discount, brief.deadline, brief.hours,
                             brief.contact, *brief.links, *brief.menu, *brief.notes]))  # fmt: skip


def _message_prompt(text: str, facts: list[str], scenes: int) -> str:
    listed = "\n".join(f"- {f}" for f in facts) or "(tidak ada)"
    english = language(text) == "en"  # one language for the whole narration: the client's
    return (
        f"Tulis storyboard {scenes} scene (boleh lebih bila ada menu/harga) untuk video promo vertikal dari pesan "
        f"klien ini:\n<<<\n{text}\n>>>\nFakta yang wajib muncul persis seperti tertulis, di narasi atau teks layar:"
        f"\n{listed}"
        + (
            "\nKlien menulis dalam bahasa Inggris: tulis SEMUA narasi dan teks layar dalam bahasa Inggris, "
            'dan isi field language dengan "en".'
            if english
            else ""
        )
    )


def write_storyboard(brief: Brief | str, *, provider: str | None = None, scenes: int = 5) -> Storyboard:
    """Ask the LLM for an Indonesian Gen-Z script (hook in 2 s, a call to action); template when offline.

    ``brief`` is a :class:`Brief` or the client's own words (up to 2,000 characters). From words, the model
    writes the storyboard from the message itself; offline, gigai.video.reader reads it first. Either way
    the storyboard's ``facts`` list what the message says, so ``plan()`` names anything left out.
    """
    text = check_brief_text(brief) if isinstance(brief, str) else None
    scenes = max(1, min(int(scenes), MAX_SCENES))
    model, notice = None, None
    try:
        import gigai

        model = gigai.get_model(provider)
    except (ImportError, AttributeError):
        notice = say(
            "[mode offline] Lapisan LLM belum tersedia, naskah dari template.",
            "[offline mode] LLM layer unavailable; script from a template.",
        )
    except GigaiError as exc:
        notice = say(
            "[mode offline] Provider tidak siap, naskah dari template.",
            f"[offline mode] Provider not ready: {exc.en}",
        )
    offline = model is None or getattr(model, "is_offline", True)
    if text is not None:
        from gigai.video.entities import facts as message_facts

        facts = message_facts(text)
    else:
        assert isinstance(brief, Brief)
        facts = brief_facts(brief)

    def from_template(note: str) -> Storyboard:
        b = brief_from_text(text) if text is not None else brief
        assert isinstance(b, Brief)
        sb = fit_durations(place_photos(_template(b, scenes), b).model_copy(update={"facts": facts[:40]}))
        return sb.model_copy(update={"notice": note})

    if offline:
        return from_template(notice or say("[mode offline] Naskah dari template gigai (tanpa LLM).",
                                           "[offline mode] Script from a gigai template (no LLM)."))  # fmt: skip
    if text is not None:
        prompt = _message_prompt(text, facts, scenes)
    else:
        assert isinstance(brief, Brief)
        photos = "\n".join(f"- {p}" for p in brief.photos) or "(tidak ada)"
        prompt = (
            f"Buat storyboard {scenes} scene untuk video promo vertikal.\n"
            f"Produk: {brief.product}\nUsaha: {brief.business}\nTarget: {brief.audience}\n"
            f"Harga: {brief.price}\nHarga normal: {brief.old_price}\nPromo: {brief.discount}\n"
            f"Berlaku: {brief.deadline}\nJam buka: {brief.hours}\nKontak: {', '.join([brief.contact, *brief.links])}\n"
            f"Menu: {'; '.join(brief.menu)}\nCatatan: {'; '.join(brief.notes)}\n"
            f"Keunggulan: {', '.join(brief.benefits)}\nAjakan: {brief.cta}\nGaya: {brief.tone}\nFoto:\n{photos}"
        )
    try:
        sb = gigai.structured(prompt, Storyboard, provider=provider, system=_SYSTEM)
    except (GigaiError, ValueError) as exc:
        msg = exc.en if isinstance(exc, GigaiError) else str(exc)[:120]
        return from_template(
            say("[mode offline] LLM gagal, naskah dari template.", f"[offline mode] LLM failed: {msg}")
        )
    label = getattr(model, "provider", provider or "llm")
    if isinstance(brief, Brief):
        sb = place_photos(sb, brief)
    maker = brief.business if isinstance(brief, Brief) else brief_from_text(text or "").business
    lang = language(text) if text is not None else brief.language  # type: ignore[union-attr]
    return sb.model_copy(update={"source": f"llm:{label}", "notice": None, "facts": facts[:40],
                                 "title": with_maker(sb.title, maker), "language": lang})  # fmt: skip


__all__ = ["write_storyboard", "place_photos", "shorten", "brief_facts"]
