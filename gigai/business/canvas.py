"""The Business Model Canvas as a pydantic model, drafted by an LLM or, offline, from the idea's own words.

    >>> canvas = draft_canvas("Jasa chatbot WhatsApp dan video promo untuk kedai kopi di Yogyakarta")
    >>> canvas.missing()          # [] when all nine blocks have content
    >>> better = canvas.edit(channels=["Instagram", "Komunitas UMKM Jogja"])   # a new Canvas

Used in: Lab 8.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from gigai.business._ideas import IdeaFacts, llm_label, read_idea
from gigai.errors import InputError

__all__ = ["Canvas", "BLOCKS", "draft_canvas", "template_canvas"]

# field name -> (Indonesian label, English label, guiding question)
BLOCKS: dict[str, tuple[str, str, str]] = {
    "key_partners": ("Kemitraan Utama", "Key Partners", "Siapa yang membantu kamu? (provider AI, komunitas)"),
    "key_activities": ("Aktivitas Utama", "Key Activities", "Pekerjaan terpenting apa yang kamu lakukan?"),
    "key_resources": ("Sumber Daya Utama", "Key Resources", "Aset apa yang kamu butuhkan? (skill, laptop)"),
    "value_propositions": ("Proposisi Nilai", "Value Propositions", "Masalah apa yang kamu selesaikan?"),
    "customer_relationships": ("Hubungan Pelanggan", "Customer Relationships", "Bagaimana kamu menjaga klien?"),
    "channels": ("Saluran", "Channels", "Lewat mana klien menemukan dan membeli jasamu?"),
    "customer_segments": ("Segmen Pelanggan", "Customer Segments", "Siapa klienmu, persisnya?"),
    "cost_structure": ("Struktur Biaya", "Cost Structure", "Biaya apa saja yang keluar?"),
    "revenue_streams": ("Arus Pendapatan", "Revenue Streams", "Dari mana uang masuk, dan berapa?"),
}


def _block(name: str) -> Any:
    label, en, question = BLOCKS[name]
    return Field(description=f"{label} ({en}): {question} 2-4 poin singkat dalam Bahasa Indonesia.")


class Canvas(BaseModel):
    """Nine blocks, each a short list of points. Labels in Indonesian: ``Canvas.label("channels") -> "Saluran"``."""

    model_config = ConfigDict(extra="ignore")

    idea: str = Field(description="Ide bisnis dalam satu kalimat.")
    customer_segments: list[str] = _block("customer_segments")
    value_propositions: list[str] = _block("value_propositions")
    channels: list[str] = _block("channels")
    customer_relationships: list[str] = _block("customer_relationships")
    revenue_streams: list[str] = _block("revenue_streams")
    key_resources: list[str] = _block("key_resources")
    key_activities: list[str] = _block("key_activities")
    key_partners: list[str] = _block("key_partners")
    cost_structure: list[str] = _block("cost_structure")

    _source: str = PrivateAttr(default="")

    @property
    def source(self) -> str:
        """Who drafted it: 'llm: <provider · model>', 'template offline', or '' when built by hand."""
        return self._source

    @staticmethod
    def label(field_name: str) -> str:
        return BLOCKS[field_name][0]

    def blocks(self) -> list[tuple[str, list[str]]]:
        """(Indonesian label, points) in the classic canvas order."""
        return [(BLOCKS[name][0], list(getattr(self, name))) for name in BLOCKS]

    def missing(self) -> list[str]:
        """Labels of blocks with no real content (empty, blank or placeholder points)."""
        out = []
        for name in BLOCKS:
            points = [p for p in getattr(self, name) if _is_content(p)]
            if not points:
                out.append(BLOCKS[name][0])
        return out

    @property
    def is_complete(self) -> bool:
        return not self.missing()

    def edit(self, **blocks: list[str] | str) -> Canvas:
        """A new Canvas with some blocks replaced (a str becomes one point); the original is untouched."""
        unknown = [k for k in blocks if k not in BLOCKS and k != "idea"]
        if unknown:
            raise InputError("E179", f"Blok kanvas tidak dikenal: {', '.join(unknown)}.",
                             f"Unknown canvas block: {', '.join(unknown)}.",
                             hint="nama blok: " + ", ".join(BLOCKS), value=unknown)
        update = {k: ([v] if isinstance(v, str) and k != "idea" else list(v) if k != "idea" else v)
                  for k, v in blocks.items()}
        new = self.model_copy(update=update, deep=True)
        new._source = (self._source + " + disunting" if self._source and "disunting" not in self._source
                       else self._source or "disunting")
        return Canvas.model_validate(new.model_dump())._with_source(new._source)

    def _with_source(self, source: str) -> Canvas:
        self._source = source
        return self

    def to_markdown(self) -> str:
        lines = [f"### Business Model Canvas: {self.idea}", ""]
        for label, points in self.blocks():
            lines.append(f"**{label}**")
            lines += [f"- {p}" for p in points] or ["- _(belum diisi)_"]
            lines.append("")
        if self.source:
            lines.append(f"_Sumber draf: {self.source}_")
        return "\n".join(lines).rstrip()

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def _repr_html_(self) -> str:
        # The classic 5-column canvas layout; Jupyter picks HTML over Markdown.
        import html

        def cell(name: str, rows: int = 1, cols: int = 1) -> str:
            points = getattr(self, name)
            items = "".join(f"<li>{html.escape(p)}</li>" for p in points) or "<li><i>(belum diisi)</i></li>"
            return (f'<td rowspan="{rows}" colspan="{cols}" style="vertical-align:top;border:1px solid #999;'
                    f'padding:6px;width:20%"><b>{BLOCKS[name][0]}</b><ul style="margin:4px 0 0 16px;'
                    f'padding:0">{items}</ul></td>')

        source = f"<p><i>Sumber draf: {html.escape(self.source)}</i></p>" if self.source else ""
        return (
            f"<h4>Business Model Canvas: {html.escape(self.idea)}</h4>"
            '<table style="border-collapse:collapse;font-size:90%">'
            f"<tr>{cell('key_partners', 2)}{cell('key_activities')}{cell('value_propositions', 2)}"
            f"{cell('customer_relationships')}{cell('customer_segments', 2)}</tr>"
            f"<tr>{cell('key_resources')}{cell('channels')}</tr>"
            f"<tr>{cell('cost_structure', 1, 2)}{cell('revenue_streams', 1, 3)}</tr></table>{source}"
        )

    def __str__(self) -> str:
        out = [f"Business Model Canvas: {self.idea}"]
        for label, points in self.blocks():
            out.append(f"[{label}] " + ("; ".join(points) if points else "(belum diisi)"))
        return "\n".join(out)


_PLACEHOLDERS = {"", "...", "-", "todo", "tbd", "isi di sini", "belum diisi", "lorem ipsum", "n/a", "xxx"}


def _is_content(point: Any) -> bool:
    text = str(point).strip().lower().strip(".…-_ ")
    return len(text) >= 3 and text not in _PLACEHOLDERS and "lorem ipsum" not in text and "____" not in text


# ----------------------------------------------------------------------------------------------------------
# Offline draft from the idea text


def template_canvas(idea: str) -> Canvas:
    """A sound, idea-specific canvas without any model: reads services, customers and city from ``idea``."""
    f = read_idea(idea)
    return Canvas(idea=idea.strip(), **_template_blocks(f))._with_source("template offline (tanpa LLM)")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _template_blocks(f: IdeaFacts) -> dict[str, list[str]]:
    seg, where = f.segment, f.where
    chatbot, video = "chatbot" in f.services, "video" in f.services
    value = [f"{_cap(f.service_phrase)} khusus untuk {seg}{where}"]
    if chatbot:
        value.append(f"Pertanyaan pelanggan soal {f.asks} terjawab 24 jam, admin tidak kewalahan")
    if video:
        value.append("Konten promo 9:16 siap unggah tiap minggu tanpa perlu studio atau kru")
    if not (chatbot or video):
        value.append(f"Hasil profesional untuk {seg} dengan harga terjangkau dan cepat selesai")
    value.append("Harga paket jelas dalam rupiah, bisa mulai dari paket Basic")
    activities = ["Riset kebutuhan klien dan contoh pertanyaan/produk mereka"]
    if chatbot:
        activities.append("Menyusun persona, basis pengetahuan, dan menguji chatbot")
    if video:
        activities.append("Menulis storyboard, membuat narasi, caption, dan merender video")
    activities.append("Revisi, serah terima, dan laporan hasil ke klien")
    partners = ["Provider AI (Gemini/OpenAI/Groq) dan pustaka open-source"]
    if video:
        partners.append("Sumber musik dan gambar berlisensi bebas")
    partners.append(f"Komunitas UMKM, asosiasi {seg}{where}, dan sesama freelancer untuk rujukan")
    resources = ["Laptop, koneksi internet, dan akun provider AI", "Skill prompt, Python, dan gigai"]
    resources.append("Portofolio: contoh chatbot/video untuk " + seg)
    costs = ["Biaya API LLM per bulan (per percakapan klien)", "Internet/kuota dan penyusutan laptop",
             "Waktu kerja (jam tertagih) dan pemasaran", "BPJS; pajak penghasilan (sering 0 di awal karena PTKP; lihat tax_facts())"]
    revenue = []
    if chatbot:
        revenue.append("Biaya setup chatbot per proyek (paket Basic/Standard/Premium)")
        revenue.append("Langganan bulanan: perawatan + biaya API")
    if video:
        revenue.append("Paket video per bulan (misalnya 4 atau 8 video)")
    revenue.append("Biaya revisi tambahan di luar paket")
    return {
        "customer_segments": [f"Pemilik {seg}{where} yang aktif jualan lewat WhatsApp/Instagram",
                              f"{_cap(seg)} yang kewalahan membalas chat atau membuat konten sendiri"],
        "value_propositions": value,
        "channels": ["Instagram dan TikTok (contoh hasil kerja)", "WhatsApp Business untuk konsultasi",
                     f"Datang langsung ke {seg}{where} dan grup komunitas UMKM"],
        "customer_relationships": ["Konsultasi gratis 15 menit", "Grup WhatsApp dukungan setelah serah terima",
                                   "Laporan bulanan singkat untuk klien langganan"],
        "revenue_streams": revenue,
        "key_resources": resources,
        "key_activities": activities,
        "key_partners": partners,
        "cost_structure": costs,
    }


_PROMPT = (
    "Buat Business Model Canvas untuk ide bisnis jasa digital berikut. Target: freelancer muda Indonesia "
    "yang menjual jasa berbasis AI (chatbot, video pendek) ke UMKM. Isi kesembilan blok dengan 2-4 poin "
    "singkat, konkret, dan realistis untuk Indonesia (harga dalam rupiah bila perlu).\n\nIde: {idea}"
)


def draft_canvas(idea: str, provider: str | None = None, *, model: str | None = None) -> Canvas:
    """Draft the nine blocks with ``gigai.structured`` (an LLM); offline or on failure, from the idea text.

    The result always has all nine blocks: empty blocks from the LLM are filled from the template.
    ``canvas.source`` tells which way it was made. Used in: Lab 8.
    """
    if not isinstance(idea, str) or len(idea.strip()) < 5:
        raise InputError("E178", "Tulis ide bisnismu dalam satu kalimat (minimal 5 huruf).",
                         "Describe your business idea in one sentence (5+ characters).",
                         hint='draft_canvas("Jasa chatbot WhatsApp untuk laundry di Bandung")', value=idea)
    template = template_canvas(idea)
    label = _llm_label(provider, model)
    if label is None:  # offline engine (or no LLM layer): the template is the honest answer
        return template
    try:
        import gigai

        drafted = gigai.structured(_PROMPT.format(idea=idea.strip()), Canvas, provider=provider, model=model)
        if not isinstance(drafted, Canvas):
            drafted = Canvas.model_validate(drafted.model_dump() if hasattr(drafted, "model_dump") else drafted)
    except Exception as exc:  # noqa: BLE001 - any provider problem: keep the workshop going
        return template._with_source(f"template offline (LLM gagal: {type(exc).__name__})")
    fill = {name: getattr(template, name) for name in BLOCKS
            if not [p for p in getattr(drafted, name) if _is_content(p)]}
    if not drafted.idea.strip():
        fill["idea"] = idea.strip()
    result = drafted.model_copy(update=fill) if fill else drafted
    note = f"llm: {label}" + (" (+ blok kosong diisi template)" if fill else "")
    return Canvas.model_validate(result.model_dump())._with_source(note)


_llm_label = llm_label  # module-level name: tests replace it to fake an online model
