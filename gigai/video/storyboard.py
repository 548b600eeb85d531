"""The storyboard: a brief becomes scenes (narration, on-screen text, visual, duration) a learner can edit.

    >>> sb = write_storyboard(Brief(product="Kopi Susu Gula Aren", price="Rp 18.000"))
    >>> sb.scenes[0].on_screen_text
    'Ngantuk pas kuliah pagi?'

Offline (no key, or the LLM fails) the storyboard comes from a template, and says so in ``notice``.
Used in: Lab 6, Lab 7 (video), Lab 9 (pitch).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

from gigai.errors import GigaiError, InputError

MAX_SCENES = 12
MAX_TOTAL_SECONDS = 180.0
MAX_NARRATION_CHARS = 400


class Brief(BaseModel):
    """What the participant sells and to whom; every field but ``product`` is optional."""

    product: str = Field(min_length=1, max_length=200)
    business: str = ""
    audience: str = "anak muda"
    price: str = ""
    benefits: list[str] = Field(default_factory=list)
    cta: str = "Cek link di bio, ya!"
    tone: str = "santai, Gen-Z"
    language: str = "id"


class Visual(BaseModel):
    """What a scene shows: a typographic card, the participant's own photo/video, or an AI image prompt."""

    kind: Literal["card", "image", "video", "ai"] = "card"
    path: str | None = None  # image/video file for kind="image"/"video"
    prompt: str | None = None  # description for kind="ai" (falls back to a card offline)
    palette: str = "sunset"  # card gradient name, see gigai.video.visuals.PALETTES
    layout: Literal["center", "top", "bottom"] = "center"
    motion: Literal["auto", "zoom", "none"] = "auto"  # auto: slow zoom on photos, still cards


class Scene(BaseModel):
    """One shot of the video. ``duration`` is seconds on screen; narration is spoken, text is shown."""

    narration: str = ""
    on_screen_text: str = ""
    visual: Visual = Field(default_factory=Visual)
    duration: float = Field(default=5.0, ge=1.0, le=60.0)

    @field_validator("narration")
    @classmethod
    def _narration_length(cls, v: str) -> str:
        if len(v) > MAX_NARRATION_CHARS:
            raise ValueError(
                f"Narasi satu scene maksimal {MAX_NARRATION_CHARS} karakter / "
                f"one scene's narration is at most {MAX_NARRATION_CHARS} characters"
            )
        return v


class Storyboard(BaseModel):
    """A whole video: title, scenes in order, and where it came from (``source``, ``notice``)."""

    title: str = "Video promo"
    scenes: list[Scene] = Field(min_length=1, max_length=MAX_SCENES)
    source: str = "template"  # "template", "llm:<provider>", "user"
    notice: str | None = None

    @property
    def duration(self) -> float:
        """Total length in seconds (scenes play back to back; crossfades overlap inside that time)."""
        return round(sum(s.duration for s in self.scenes), 3)

    def table(self) -> list[dict[str, Any]]:
        """Rows for a notebook table or a Gradio Dataframe (edit, then :meth:`from_table`)."""
        return [
            {
                "no": i + 1,
                "narasi": s.narration,
                "teks_layar": s.on_screen_text,
                "visual": s.visual.kind,
                "file_atau_prompt": s.visual.path or s.visual.prompt or "",
                "durasi": s.duration,
            }
            for i, s in enumerate(self.scenes)
        ]

    def from_table(self, rows: list[dict[str, Any]] | Any) -> Storyboard:
        """Return a NEW storyboard built from edited rows (a list of dicts or a pandas DataFrame)."""
        if hasattr(rows, "to_dict"):
            rows = rows.to_dict("records")
        scenes = []
        for i, row in enumerate(rows):
            old = self.scenes[i] if i < len(self.scenes) else Scene()
            kind = str(row.get("visual") or old.visual.kind).strip() or "card"
            ref = str(row.get("file_atau_prompt") or "").strip() or None
            visual = old.visual.model_copy(
                update={
                    "kind": kind,
                    "path": ref if kind in ("image", "video") else None,
                    "prompt": ref if kind == "ai" else None,
                }
            )
            scenes.append(
                Scene(
                    narration=str(row.get("narasi") or ""),
                    on_screen_text=str(row.get("teks_layar") or ""),
                    visual=visual,
                    duration=float(row.get("durasi") or old.duration),
                )
            )
        return self.model_copy(update={"scenes": scenes, "source": "user"})

    def save(self, path: str | Path) -> Path:
        """Write storyboard.json (UTF-8, readable indentation)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.model_dump_json(indent=2), encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path) -> Storyboard:
        """Read a storyboard.json written by :meth:`save` (or by hand)."""
        path = Path(path)
        try:
            return cls.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError as exc:
            raise InputError(
                "E081", "File storyboard tidak ditemukan.", "Storyboard file not found.",
                hint="Periksa path-nya / check the path", value=str(path),
            ) from exc  # fmt: skip
        except ValueError as exc:
            raise InputError(
                "E082", "Isi storyboard tidak valid.", "The storyboard is not valid.",
                hint="Bandingkan dengan contoh storyboard.json / compare with a sample", value=str(exc)[:300],
            ) from exc  # fmt: skip

    def _repr_markdown_(self) -> str:
        head = f"**{self.title}** - {len(self.scenes)} scene, {self.duration:.1f} s ({self.source})\n\n"
        rows = "| # | narasi | teks layar | visual | durasi |\n|---|---|---|---|---|\n"
        for i, s in enumerate(self.scenes, 1):
            rows += f"| {i} | {s.narration} | {s.on_screen_text} | {s.visual.kind} | {s.duration:.1f} |\n"
        return head + rows + (f"\n> {self.notice}\n" if self.notice else "")


def validate_storyboard(sb: Storyboard) -> Storyboard:
    """Check limits a render needs (total length, scenes with nothing in them) with bilingual errors."""
    if sb.duration > MAX_TOTAL_SECONDS:
        raise InputError(
            "E083",
            f"Video terlalu panjang ({sb.duration:.0f} detik, maksimal {MAX_TOTAL_SECONDS:.0f}).",
            f"The video is too long ({sb.duration:.0f} s, at most {MAX_TOTAL_SECONDS:.0f}).",
            hint="Pendekkan naskah: video promo idealnya 30-60 detik / shorten the script to 30-60 s",
            value=sb.duration,
        )
    for i, s in enumerate(sb.scenes, 1):
        if not s.narration.strip() and not s.on_screen_text.strip() and s.visual.kind == "card":
            raise InputError(
                "E084",
                f"Scene {i} kosong: tidak ada narasi, teks, atau gambar.",
                f"Scene {i} is empty: no narration, text or picture.",
                hint="Isi narasi atau teks layar, atau hapus scene itu / fill it in or delete the scene",
                value=i,
            )
    return sb


# ---------------------------------------------------------------- writing a storyboard

_SYSTEM = (
    "Kamu penulis naskah video pendek TikTok/Reels untuk UMKM Indonesia. Bahasa Indonesia santai Gen-Z, "
    "kalimat pendek. Scene pertama adalah HOOK yang menarik perhatian dalam 2 detik pertama (pertanyaan "
    "atau pernyataan mengejutkan). Scene terakhir berisi ajakan bertindak (call to action) yang jelas. "
    "Narasi tiap scene 6-18 kata; teks layar maksimal 6 kata; durasi 3-9 detik; total 30-60 detik. "
    "visual.kind selalu 'card' kecuali diminta lain."
)


def _template(brief: Brief, scenes: int) -> Storyboard:
    """A sound, deterministic storyboard from the brief alone: hook, problem, product, benefits, CTA."""
    name = brief.product.strip()
    biz = brief.business.strip()
    who = brief.audience.strip() or "kamu"
    benefits = [b for b in brief.benefits if b.strip()] or ["praktis", "harganya bersahabat", "bikin nagih"]
    price = f" Cuma {brief.price.strip()}!" if brief.price.strip() else ""
    hook = Scene(
        narration=f"Eh, {who}! Udah coba {name}?",
        on_screen_text="Udah pernah coba?",
        visual=Visual(palette="sunset", layout="center"),
        duration=3.0,  # the hook: viewers decide to scroll within ~3 s (Lab 6 checks it)
    )
    intro = Scene(
        narration=f"Kenalin, {name}{' dari ' + biz if biz else ''}. Dibuat khusus buat {who}.",
        on_screen_text=name,
        visual=Visual(palette="ocean", layout="center"),
        duration=6.0,
    )
    body = [
        Scene(
            narration=f"Kenapa harus {name}? Karena {b}.",
            on_screen_text=b[:40],
            visual=Visual(palette=["forest", "grape", "candy"][i % 3], layout="center"),
            duration=5.0,
        )
        for i, b in enumerate(benefits)
    ]
    offer = Scene(
        narration=f"Yang penting, kualitasnya juara.{price}",
        on_screen_text=brief.price.strip() or "Kualitas juara",
        visual=Visual(palette="gold", layout="center"),
        duration=5.0,
    )
    cta = Scene(
        narration=f"Tunggu apa lagi? {brief.cta.strip()}",
        on_screen_text=brief.cta.strip()[:40] or "Pesan sekarang!",
        visual=Visual(palette="sunset", layout="center"),
        duration=5.0,
    )
    if scenes >= 4:  # the price/offer always survives; benefits fill the middle
        chosen = [hook, *[intro, *body][: scenes - 3], offer, cta]
    elif scenes == 3:
        chosen = [hook, offer if brief.price.strip() else intro, cta]
    else:
        chosen = [hook, cta][:scenes]
    return Storyboard(title=f"Promo {name}", scenes=chosen, source="template")


def write_storyboard(brief: Brief | str, *, provider: str | None = None, scenes: int = 5) -> Storyboard:
    """Ask the LLM for an Indonesian Gen-Z script (hook in 2 s, a call to action); template when offline.

    The LLM answers through ``gigai.structured()``; if no model is configured, it is the offline engine,
    or the call fails, the storyboard comes from a template and ``notice`` says why.
    """
    if isinstance(brief, str):
        brief = Brief(product=brief)
    scenes = max(1, min(int(scenes), MAX_SCENES))
    model = None
    notice = None
    try:
        import gigai

        model = gigai.get_model(provider)
    except (ImportError, AttributeError):
        notice = "[mode offline] Lapisan LLM belum tersedia, naskah dari template. / LLM layer unavailable."
    except GigaiError as exc:
        notice = f"[mode offline] Provider tidak siap, naskah dari template. / Provider not ready: {exc.en}"
    if model is None or getattr(model, "is_offline", True):
        sb = _template(brief, scenes)
        notice = notice or "[mode offline] Naskah dari template gigai (tanpa LLM). / Script from a template."
        return sb.model_copy(update={"notice": notice})
    prompt = (
        f"Buat storyboard {scenes} scene untuk video promo vertikal.\n"
        f"Produk: {brief.product}\nUsaha: {brief.business}\nTarget: {brief.audience}\n"
        f"Harga: {brief.price}\nKeunggulan: {', '.join(brief.benefits)}\nAjakan: {brief.cta}\n"
        f"Gaya: {brief.tone}"
    )
    try:
        sb = gigai.structured(prompt, Storyboard, provider=provider, system=_SYSTEM)
    except (GigaiError, ValueError) as exc:
        sb = _template(brief, scenes)
        msg = exc.en if isinstance(exc, GigaiError) else str(exc)[:120]
        return sb.model_copy(
            update={"notice": f"[mode offline] LLM gagal, naskah dari template. / LLM failed: {msg}"}
        )
    label = getattr(model, "provider", provider or "llm")
    return sb.model_copy(update={"source": f"llm:{label}", "notice": None})


__all__ = ["Brief", "Visual", "Scene", "Storyboard", "write_storyboard", "validate_storyboard"]
