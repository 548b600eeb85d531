"""The brief: what the participant sells, to whom, for how much, and the photos to show.

A brief is either a :class:`Brief` or the client's own words (a WhatsApp message, up to 2,000 characters):

    >>> b = brief_from_text("Promo Kopi Susu Gula Aren di Kopi Kita cuma Rp 18.000! WA 0812-2233-4455")
    >>> b.product, b.price, b.contact
    ('Kopi Susu Gula Aren', 'Rp 18.000', '0812-2233-4455')

Offline, :func:`brief_from_text` reads product, business, prices, menu, discounts, deadline, hours and
contacts with rules (gigai.video.reader); online, ``write_storyboard`` has the model write the storyboard from
the message itself.
Used in: Lab 6, Lab 7 (video), Lab 9 (pitch).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from gigai.errors import InputError

MAX_BRIEF_CHARS = 2000
IMAGE_EXT = (".jpg", ".jpeg", ".png", ".webp", ".bmp")
CLIP_EXT = (".mp4", ".mov", ".m4v", ".webm", ".3gp", ".mkv")


def _bilingual_validation(exc: ValidationError, what: str) -> InputError:
    """One readable bilingual error for the first problem pydantic found."""
    err = exc.errors()[0]
    field = ".".join(str(x) for x in err.get("loc", ())) or what
    if err.get("type") == "extra_forbidden":
        return InputError(
            "E161", f"{what}: kolom '{field}' tidak dikenal.", f"{what}: unknown field '{field}'.",
            hint=f"Kolom yang ada / known fields: {', '.join(Brief.model_fields)}", value=field,
        )  # fmt: skip
    return InputError(
        "E162", f"{what}: isi kolom '{field}' tidak valid.", f"{what}: field '{field}' is not valid.",
        hint=str(err.get("msg", ""))[:160], value=str(err.get("input", ""))[:120],
    )  # fmt: skip


class Brief(BaseModel):
    """What the participant sells and to whom; every field but ``product`` is optional.

    ``photos``: the participant's own pictures (and short clips), product photo first.
    Unknown fields are refused (a typo must not silently drop the photos).
    """

    model_config = ConfigDict(extra="forbid")

    product: str = Field(min_length=1, max_length=200)
    business: str = Field(default="", max_length=120)
    audience: str = Field(default="anak muda", max_length=120)
    price: str = Field(default="", max_length=80)
    discount: str = Field(default="", max_length=120)
    hours: str = Field(default="", max_length=120)
    contact: str = Field(default="", max_length=120)
    benefits: list[str] = Field(default_factory=list, max_length=8)
    cta: str = Field(default="Cek link di bio, ya!", max_length=120)
    # more of the client's facts: the price before the discount, until when the offer runs, other contacts,
    # a menu ("Croffle Rp15.000/porsi"), and sentences with a fact no other field holds ("Weekend wajib DP 50%")
    old_price: str = Field(default="", max_length=80)
    deadline: str = Field(default="", max_length=80)
    links: list[str] = Field(default_factory=list, max_length=6)
    menu: list[str] = Field(default_factory=list, max_length=8)
    notes: list[str] = Field(default_factory=list, max_length=4)
    tone: str = "santai, Gen-Z"
    language: str = "id"
    photos: list[str] = Field(default_factory=list, max_length=12)

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise _bilingual_validation(exc, "Brief") from None

    @property
    def images(self) -> list[str]:
        return [p for p in self.photos if not p.lower().endswith(CLIP_EXT)]

    @property
    def clips(self) -> list[str]:
        return [p for p in self.photos if p.lower().endswith(CLIP_EXT)]


def brief_from_text(text: str) -> Brief:
    """Rules, no LLM: turn the client's message into a Brief (see gigai.video.reader for how it reads)."""
    from gigai.video.reader import read

    check_brief_text(text)
    return Brief(**read(text))


def check_brief_text(text: str) -> str:
    """A free-text brief is 1..2,000 characters; otherwise one bilingual error (never a pydantic dump)."""
    if not isinstance(text, str) or not text.strip():
        raise InputError(
            "E160", "Brief kosong.", "The brief is empty.",
            hint='write_storyboard("Promo Kopi Susu Gula Aren Rp 18.000 ...")', value=text,
        )  # fmt: skip
    if len(text) > MAX_BRIEF_CHARS:
        raise InputError(
            "E168",
            f"Brief terlalu panjang ({len(text)} karakter, maksimal {MAX_BRIEF_CHARS}).",
            f"The brief is too long ({len(text)} characters, at most {MAX_BRIEF_CHARS}).",
            hint="Ringkas pesan klien: produk, harga, promo, jam buka, kontak / keep the essentials",
            value=text[:60] + "...",
        )
    return text


__all__ = ["Brief", "brief_from_text", "check_brief_text", "MAX_BRIEF_CHARS", "IMAGE_EXT", "CLIP_EXT"]
