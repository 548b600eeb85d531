"""Small pictures for the labs, shown instead of printed numbers: a coloured token split (Lab 1), a cost bar
chart in rupiah (Lab 2), a QR code of the address to open (Lab 5), and the short offline notice for cells
whose point is generation (every lab).

Every object renders as HTML in Jupyter/Colab and as readable text in a terminal. Nothing heavy is imported.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["TokenSplit", "token_split", "CostChart", "cost_chart", "Qr", "qr", "offline_notice", "Thumbnails",
           "thumbnails"]

_COLOURS = ("#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6", "#a0c4ff")
_PREFIXES = ("meng", "meny", "mem", "men", "me", "ber", "ter", "per", "pen", "pem", "di", "ke", "se")
_SUFFIXES = ("kannya", "nya", "kan", "lah", "kah", "an")
_VOWELS = set("aiueo")


def _pieces(word: str) -> list[str]:
    """An illustration of subword pieces: Indonesian affixes, then chunks of at most 4 letters.

    Real tokenizers learn their pieces from data and differ per model; this shows the idea offline.
    """
    if len(word) <= 4 or not word.isalpha():
        return [word]
    low, head, tail = word.lower(), "", ""
    for p in _PREFIXES:
        if low.startswith(p) and len(low) - len(p) >= 4:
            head, word, low = word[: len(p)], word[len(p):], low[len(p):]
            break
    for s in _SUFFIXES:
        if low.endswith(s) and len(low) - len(s) >= 3:
            tail, word = word[-len(s):], word[: -len(s)]
            break
    chunks, rest = [], word
    while len(rest) > 4:
        cut = 3 if rest[2].lower() in _VOWELS else 4
        if len(rest) - cut < 2:  # never leave a single letter behind
            break
        chunks.append(rest[:cut])
        rest = rest[cut:]
    chunks.append(rest)
    return [p for p in [head, *chunks, tail] if p]


@dataclass(frozen=True)
class TokenSplit:
    """Text cut into token-like pieces; ``len(split)`` is the number of pieces."""

    text: str
    pieces: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.pieces)

    def __str__(self) -> str:
        return "|".join(p.replace(" ", "·") for p in self.pieces) + f"  ({len(self)} token, ilustrasi)"

    __repr__ = __str__

    def _repr_html_(self) -> str:
        spans = "".join(
            f'<span style="background:{_COLOURS[i % len(_COLOURS)]};color:#111;padding:1px 2px;'
            f'margin:0 1px;border-radius:3px;font-family:monospace;white-space:pre">{html.escape(p)}</span>'
            for i, p in enumerate(self.pieces)
        )
        return (f'<div style="margin:4px 0">{spans} <span style="opacity:.7">&larr; {len(self)} token '
                "(ilustrasi)</span></div>")


def token_split(text: str) -> TokenSplit:
    """``token_split("Menyediakan layanan")`` shows how a text is cut into pieces (an illustration).

    Used in: Lab 1.
    """
    pieces: list[str] = []
    for m in re.finditer(r"\s*\w+|\s*[^\w\s]", str(text)):
        chunk = m.group(0)
        space = chunk[: len(chunk) - len(chunk.lstrip())]
        word_pieces = _pieces(chunk.strip())
        pieces.append(space + word_pieces[0])
        pieces.extend(word_pieces[1:])
    return TokenSplit(str(text), tuple(pieces))


def _rupiah(amount: float) -> str:
    from gigai.business.money import rupiah  # the one money format

    return rupiah(amount)


@dataclass(frozen=True)
class CostChart:
    """Horizontal bars of rupiah amounts, one per label (e.g. per model)."""

    title: str
    rows: tuple[tuple[str, float], ...]

    def __str__(self) -> str:
        width = max((len(label) for label, _ in self.rows), default=0)
        top = max((v for _, v in self.rows), default=0) or 1
        lines = [self.title]
        for label, value in self.rows:
            lines.append(f"{label:<{width}}  {'█' * max(1, round(30 * value / top)) if value else '':<30} "
                         f"{_rupiah(value)}")
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        top = max((v for _, v in self.rows), default=0) or 1
        bars = "".join(
            f'<div style="display:flex;align-items:center;margin:2px 0"><div style="width:20em;flex:none;'
            f'white-space:nowrap;font-family:monospace">{html.escape(label)}</div><div style="background:#4c8bf5;height:14px;'
            f'width:{max(0.3, 60 * value / top):.1f}%"></div><div style="margin-left:6px">{_rupiah(value)}</div></div>'
            for label, value in self.rows
        )
        return f'<div><b>{html.escape(self.title)}</b>{bars}</div>'


def cost_chart(rows: Iterable[tuple[str, float]], *, title: str = "Biaya dalam rupiah") -> CostChart:
    """``cost_chart([("model-a", 6682), ("model-b", 111375)])``: a bar chart of rupiah amounts.

    Used in: Lab 2.
    """
    return CostChart(title, tuple((str(label), float(value)) for label, value in rows))


@dataclass(frozen=True)
class Qr:
    """A QR code of an address, with the address written under it."""

    url: str

    def __str__(self) -> str:
        return f"Buka di HP: {self.url}"

    __repr__ = __str__

    def _repr_html_(self) -> str:
        try:
            import segno
        except ImportError:
            return f"<p>Buka di HP: <code>{html.escape(self.url)}</code></p>"
        svg = segno.make(self.url, micro=False).svg_inline(scale=4)
        return (f'<div style="text-align:center;display:inline-block">{svg}<div>Pindai dengan kamera HP atau buka '
                f"<code>{html.escape(self.url)}</code></div></div>")


def qr(url: str) -> Qr:
    """``qr("http://192.168.1.23:7860")``: a QR code classmates scan to open the app. Used in: Lab 5."""
    return Qr(str(url))


_last_notice: list[str] = []


def offline_notice(what: str = "jawaban ini", example: str = "") -> None:
    """Print one short Indonesian notice for an offline cell whose point is generation, with one line of what
    a real model would have shown (``example``, written by the lab's authors, labelled as such).

    The same sentence is never printed twice in a row: the second time it is shortened. Used in: Labs 1-7.
    """
    text = (f"🔌 Mode offline: {what} butuh LLM sungguhan. Dengan gateway trainer atau kunci API, sel ini "
            "menampilkan hasil aslinya.")
    if example:
        text += f"\n   Dengan model sungguhan kira-kira begini (contoh tulisan kami): {example}"
    if _last_notice and _last_notice[-1] == text:
        text = "🔌 (Masih mode offline: lihat ilustrasi di atas.)"
    _last_notice[:] = [text]
    print(text)


@dataclass(frozen=True)
class Thumbnails:
    """Small pictures of each scene of a storyboard, side by side, with its seconds and text."""

    cards: tuple[tuple[str, str], ...]  # (PNG as base64 or "", caption)

    def __str__(self) -> str:
        return "\n".join(f"[{i}] {caption}" for i, (_, caption) in enumerate(self.cards, 1))

    __repr__ = __str__

    def _repr_html_(self) -> str:
        items = "".join(
            '<figure style="margin:0 6px 6px 0;width:120px;display:inline-block;vertical-align:top">'
            + (f'<img src="data:image/png;base64,{png}" style="width:120px;border-radius:6px">' if png else
               '<div style="width:120px;height:213px;background:#333;border-radius:6px"></div>')
            + f'<figcaption style="font-size:11px;line-height:1.2">{html.escape(caption)}</figcaption></figure>'
            for png, caption in self.cards
        )
        return f"<div>{items}</div>"


def thumbnails(storyboard, *, width: int = 180) -> Thumbnails:
    """Scene cards of a storyboard at thumbnail size (9:16), to look at before rendering. Used in: Lab 6.

    The pictures come from the public ``gigai.video.thumbnails`` (the renderer's own stills).
    """
    import base64
    import io
    from types import SimpleNamespace

    from gigai.video import thumbnails as scene_pictures
    from gigai.video.storyboard import seconds

    scenes = list(getattr(storyboard, "scenes", []) or [])
    try:
        pictures = scene_pictures(storyboard, width=width)
    except Exception:  # noqa: BLE001 - one bad photo must not hide the other scenes: draw them one by one
        pictures = []
        for scene in scenes:
            try:
                pictures.append(scene_pictures(SimpleNamespace(scenes=[scene]), width=width)[0])
            except Exception:  # noqa: BLE001 - a missing picture must not stop the lab; the text still shows
                pictures.append(None)
    cards = []
    for i, (scene, picture) in enumerate(zip(scenes, pictures), 1):
        caption = f"{i}. {seconds(float(getattr(scene, 'duration', 0) or 0))} · {getattr(scene, 'on_screen_text', '') or ''}"
        png = ""
        if picture is not None:
            buf = io.BytesIO()
            picture.save(buf, format="PNG")
            png = base64.b64encode(buf.getvalue()).decode("ascii")
        cards.append((png, caption.strip(" ·")))
    return Thumbnails(tuple(cards))
