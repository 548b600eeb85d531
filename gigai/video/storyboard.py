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

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gigai.errors import InputError
from gigai.lang import english, say
from gigai.video.brief import Brief

MAX_SCENES = 12
MAX_TOTAL_SECONDS = 180.0
MAX_NARRATION_CHARS = 400


_KINDS = {"card": "card", "kartu": "card", "teks": "card", "image": "image", "foto": "image", "gambar": "image",
          "video": "video", "klip": "video", "clip": "video", "ai": "ai"}  # fmt: skip


class Visual(BaseModel):
    """What a scene shows: a typographic card, the participant's own photo/video, or an AI image prompt."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["card", "image", "video", "ai"] = "card"
    path: str | None = None  # image/video file for kind="image"/"video"
    prompt: str | None = None  # description for kind="ai" (falls back to a card offline)
    palette: str = "sunset"  # card gradient name, see gigai.video.visuals.PALETTES
    # where the on-screen text goes; "auto": centre on cards, away from the photo's subject on photos
    layout: Literal["auto", "center", "top", "bottom"] = "auto"
    motion: Literal["auto", "zoom", "none"] = "auto"  # auto: slow zoom on photos, still cards
    # photos: "cover" fills the frame (cropped around the focus), "contain" fits it over a blurred copy,
    # "auto" picks "contain" when cropping would lose too much of the picture
    fit: Literal["auto", "cover", "contain"] = "auto"
    # the subject of the photo as (x, y) fractions of its width/height; None: found automatically
    focus: tuple[float, float] | None = None


class Scene(BaseModel):
    """One shot of the video. ``duration`` is seconds on screen; narration is spoken, text is shown."""

    model_config = ConfigDict(extra="forbid")

    narration: str = ""
    on_screen_text: str = ""
    visual: Visual = Field(default_factory=Visual)
    duration: float = Field(default=5.0, ge=1.0, le=60.0)
    # the participant's own recorded voice for this scene (WAV/M4A from a phone); captions follow it
    voice_file: str | None = None

    @field_validator("narration")
    @classmethod
    def _narration_length(cls, v: str) -> str:
        if len(v) > MAX_NARRATION_CHARS:
            raise ValueError(
                say(f"Narasi satu scene maksimal {MAX_NARRATION_CHARS} karakter",
                    f"One scene's narration is at most {MAX_NARRATION_CHARS} characters")
            )
        return v


class Storyboard(BaseModel):
    """A whole video: title, scenes in order, and where it came from (``source``, ``notice``)."""

    model_config = ConfigDict(extra="forbid")

    title: str = "Video promo"
    scenes: list[Scene] = Field(min_length=1, max_length=MAX_SCENES)
    source: str = "template"  # "template", "llm:<provider>", "user"
    notice: str | None = None
    # what the client's message says that the video must keep (prices, deadlines, handles, URLs, phones, as
    # written); plan() names each one that no scene says or shows
    facts: list[str] = Field(default_factory=list, max_length=40)
    # the look: "auto" (derived from the title), "kinetik", "produk" or "ugc" (gigai.video.templates)
    style: str = "auto"
    # the narration's language, the client's ("id" or "en", gigai.video.wording.language): the voice follows it
    language: str = "id"

    @field_validator("style")
    @classmethod
    def _style(cls, v: str) -> str:
        from gigai.video.templates import resolve_style

        return resolve_style(v)

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
                "suara": s.voice_file or "",
            }
            for i, s in enumerate(self.scenes)
        ]

    def from_table(self, rows: list[dict[str, Any]] | Any) -> Storyboard:
        """Return a NEW storyboard built from edited rows (a list of dicts or a pandas DataFrame)."""
        if hasattr(rows, "to_dict"):
            rows = rows.to_dict("records")
        scenes = []
        for i, row in enumerate(rows):
            try:  # "no" says which scene a row came from (rows may have been deleted or moved)
                j = int(row.get("no")) - 1
            except (TypeError, ValueError):
                j = i
            old = self.scenes[j] if 0 <= j < len(self.scenes) else Scene()
            typed = str(row.get("visual") or old.visual.kind).strip().lower() or "card"
            kind = _KINDS.get(typed)
            if kind is None:
                raise InputError(
                    "E163", f"Baris {i + 1}: visual '{typed}' tidak dikenal.", f"Row {i + 1}: unknown visual '{typed}'.",
                    hint="Isi: card (kartu teks), image (foto), video (klip), ai (gambar AI)", value=typed,
                )  # fmt: skip
            ref = str(row.get("file_atau_prompt") or "").strip() or None
            visual = old.visual.model_copy(
                update={
                    "kind": kind,
                    "path": ref if kind in ("image", "video") else None,
                    "prompt": ref if kind == "ai" else None,
                }
            )
            voice = str(row.get("suara") or "").strip() or None if "suara" in row else old.voice_file
            scenes.append(
                Scene(
                    narration=str(row.get("narasi") or ""),
                    on_screen_text=str(row.get("teks_layar") or ""),
                    visual=visual,
                    duration=_seconds(row.get("durasi") or old.duration),
                    voice_file=voice,
                )
            )
        return self.model_copy(update={"scenes": scenes, "source": "user"})

    def ubah(self, nomor: int, *, teks: str | None = None, narasi: str | None = None,
             teks_layar: str | None = None, durasi: float | str | None = None) -> Storyboard:
        """A NEW storyboard with scene ``nomor`` changed (1 = the first scene, -1 = the last); ``teks`` sets the
        narration and the on-screen text at once. The original is unchanged.

            storyboard = draf.ubah(1, teks="Seblak paling nendang se-Cihampelas.", durasi=3)

        Used in: Lab 6, Lab 7.
        """
        n = len(self.scenes)
        try:
            i = int(nomor)
        except (TypeError, ValueError):
            i = 0
        index = i - 1 if i > 0 else n + i if i < 0 else -1
        if not 0 <= index < n:
            raise InputError("E251", f"Scene nomor {nomor} tidak ada: storyboard ini punya {n} scene (nomor 1 sampai "
                             f"{n}, atau -1 untuk scene terakhir).", f"Scene {nomor} does not exist: this storyboard "
                             f"has {n} scenes (1 to {n}, or -1 for the last).", hint='draf.ubah(1, teks="...")',
                             value=nomor)
        update: dict[str, Any] = {}
        if teks is not None:
            update["narration"] = update["on_screen_text"] = str(teks)
        if narasi is not None:
            update["narration"] = str(narasi)
        if teks_layar is not None:
            update["on_screen_text"] = str(teks_layar)
        if durasi is not None:
            update["duration"] = _seconds(durasi)
        if not update:
            raise InputError("E252", "Tulis apa yang diubah: teks=..., narasi=..., teks_layar=..., atau durasi=...",
                             "Say what to change: teks=..., narasi=..., teks_layar=... or durasi=...",
                             hint='draf.ubah(1, teks="Lapar tengah malam?", durasi=3)', value=nomor)
        try:
            scene = Scene.model_validate({**self.scenes[index].model_dump(), **update})
        except ValueError as exc:
            raise InputError("E253", f"Scene {nomor} tidak bisa diubah begitu: durasi 1-60 detik, narasi maksimal "
                             f"{MAX_NARRATION_CHARS} huruf.", f"Scene {nomor} cannot be changed that way: 1-60 "
                             f"seconds, narration at most {MAX_NARRATION_CHARS} characters.",
                             hint='draf.ubah(1, durasi=3)', value=update) from exc
        scenes = list(self.scenes)
        scenes[index] = scene
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
        en = english()
        src = self.source.split(":", 1)
        where = {"template": ("dari template", "from a template"), "user": ("diedit", "edited")}.get(src[0])
        where = (where[1] if en else where[0]) if where else " ".join(src).replace("llm ", "LLM ")
        n = len(self.scenes)
        if en:
            head = f"**{self.title}** - {n} scene{'s' * (n != 1)}, {self.duration:.1f} s ({where})\n\n"
            rows = "| # | narration | on-screen text | visual | duration |\n|---|---|---|---|---|\n"
        else:
            head = f"**{self.title}** - {n} adegan, {seconds(self.duration)} ({where})\n\n"
            rows = "| # | narasi | teks layar | visual | durasi |\n|---|---|---|---|---|\n"
        for i, s in enumerate(self.scenes, 1):
            dur = f"{s.duration:.1f} s" if en else seconds(s.duration)
            rows += f"| {i} | {s.narration} | {s.on_screen_text} | {s.visual.kind} | {dur} |\n"
        return head + rows + (f"\n> {self.notice}\n" if self.notice else "")


def seconds(x: float) -> str:
    """Seconds the Indonesian way: 23.7 -> '23,7 detik', 5.0 -> '5 detik'."""
    text = f"{x:.1f}".replace(".", ",")
    return f"{text[:-2] if text.endswith(',0') else text} detik"


def _seconds(value: Any) -> float:
    """Seconds as a beginner writes them: 3, 2.5, "2,5", "3 detik" (the number is what counts)."""
    import re

    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    m = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*(detik|dtk|s|sec|seconds?)?\s*", str(value), re.I)
    if not m:
        raise InputError("E254", f"Durasi '{value}' belum berupa angka detik. Tulis angkanya saja, misalnya 3.",
                         f"Duration '{value}' is not a number of seconds; write e.g. 3.", hint="durasi=3", value=value)
    return float(m.group(1).replace(",", "."))


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


__all__ = ["Brief", "Visual", "Scene", "Storyboard", "validate_storyboard"]
