"""Video styles a participant picks from, and the brand colours that keep two clients' openings apart.

    kinetik  bold kinetic text: huge heavy headline, one key word boxed in the accent colour; text cards
             punch in with the picture; photos fill the frame under a dark top band
    produk   product hero: the photo as a big card (>= 86% of the width in 9:16, its own half in 16:9),
             the price as a sticker with the old price struck through ("Rp 25.000 Rp 18.000")
    ugc      caption-led UGC: the photo fills the frame, the headline on white TikTok-style labels

``Storyboard.style`` (or ``render(style=...)``) picks one; "auto" derives the style, one of 18 colour schemes and one
of 4 variants (colours flipped, capitals) from the storyboard's title, which names the product and the business
("Promo Seblak ceker · Dapur Teteh"): two businesses share a look about once in 216 pairs, and their hooks differ
anyway (gigai.video.hooks). The drawing is in gigai.video.looks; this module is only names and choices (no Pillow).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from gigai.errors import InputError

STYLES = ("kinetik", "produk", "ugc")
ALIASES = {"kinetic": "kinetik", "bold": "kinetik", "teks": "kinetik", "hero": "produk", "product": "produk",
           "harga": "produk", "caption": "ugc", "captions": "ugc", "auto": "auto"}  # fmt: skip
# brand schemes: (background, second background, accent, ink on the accent)
SCHEMES: tuple[tuple[str, str, str, str], ...] = (
    ("#1b1464", "#3a1c9c", "#ffd400", "#111111"),
    ("#0b3d2e", "#137a55", "#ffcf3f", "#111111"),
    ("#7a0b2e", "#c2185b", "#ffffff", "#c2185b"),
    ("#101820", "#243447", "#ff5a1f", "#ffffff"),
    ("#0a2a66", "#1565c0", "#ff4d6d", "#ffffff"),
    ("#3b1f0e", "#7b4a22", "#ffe8a3", "#3b1f0e"),
    ("#12002b", "#5b0e91", "#38f5c8", "#12002b"),
    ("#0f4c5c", "#2a9d8f", "#ffb703", "#111111"),
    ("#2b2d42", "#8d0801", "#edf2f4", "#8d0801"),
    ("#1a1a1a", "#3d3d3d", "#c6ff00", "#111111"),
    ("#4a0e4e", "#81267f", "#ffc93c", "#2a0a2c"),
    ("#003049", "#00607a", "#f77f00", "#ffffff"),
    ("#5c1a00", "#a63a00", "#ffd6a5", "#5c1a00"),
    ("#0d1b2a", "#1b4965", "#5fd4ff", "#0d1b2a"),
    ("#1e3d14", "#3f7d20", "#f2f230", "#1e3d14"),
    ("#6a040f", "#9d0208", "#ffba08", "#240002"),
    ("#22223b", "#4a4e69", "#f2e9e4", "#22223b"),
    ("#004d40", "#00897b", "#ff80ab", "#2b0014"),
)
VARIANTS = 4  # per style and scheme: two bits, colours flipped (1) and headlines in capitals (2), gigai.video.looks
MUSIC = {"kinetik": "upbeat", "produk": "upbeat", "ugc": "lofi"}  # a style's own bed for music="auto"


@dataclass(frozen=True)
class Look:
    """The style and colours one video is drawn with."""

    style: str
    bg: str
    bg2: str
    accent: str
    accent_ink: str
    variant: int = 0

    @property
    def flip(self) -> bool:
        """Colours the other way round: kinetik opens on its accent, gradients upside down, ugc labels in colour."""
        return bool(self.variant & 1)

    @property
    def caps(self) -> bool:
        """Headlines in capitals (prices, handles and addresses keep their case)."""
        return bool(self.variant & 2)

    def key(self) -> list[str]:
        return [self.style, self.bg, self.bg2, self.accent, self.accent_ink, *([f"v{self.variant}"] * bool(self.variant))]


def resolve_style(name: str | None) -> str:
    """A style name (or alias) -> its canonical name; unknown names are an error listing the choices."""
    n = (name or "auto").strip().lower()
    n = ALIASES.get(n, n)
    if n != "auto" and n not in STYLES:
        raise InputError(
            "E270", f"Gaya video '{name}' tidak dikenal.", f"Unknown video style '{name}'.",
            hint=f"Pilih / choose: auto, {', '.join(STYLES)}", value=name,
        )  # fmt: skip
    return n


def choose(style: str | None, seed: str) -> Look:
    """The look for a video: ``style`` (or one derived from ``seed`` for "auto"), a scheme and a variant from ``seed``.

    3 styles x 18 schemes x 4 variants: two different seeds share a look about once in 216 pairs.
    """
    st = resolve_style(style)
    h = int(hashlib.sha256(seed.strip().lower().encode()).hexdigest(), 16)
    if st == "auto":
        st = STYLES[h % len(STYLES)]
    h //= len(STYLES)
    bg, bg2, accent, ink = SCHEMES[h % len(SCHEMES)]
    return Look(st, bg, bg2, accent, ink, (h // len(SCHEMES)) % VARIANTS)


def seed_of(title: str, first_text: str) -> str:
    """What a video's look is derived from: its title (the product and the business), else its hook line.

    Not the hook when there is a title, so editing the hook re-renders one scene, not every scene.
    """
    t = title.strip()
    return t if t and t.lower() not in ("video promo", "promo") else first_text


__all__ = ["STYLES", "SCHEMES", "VARIANTS", "Look", "choose", "resolve_style", "seed_of", "MUSIC"]
