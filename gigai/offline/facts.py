"""Split any text into fact units: sentences, list items, table rows and Q/A pairs, each with its heading.

    >>> [f.text for f in split("Kamu asisten bengkel. Ganti oli Rp 55.000. Servis CVT Rp 85.000.")]
    ['Ganti oli Rp 55.000.', 'Servis CVT Rp 85.000.']

The forms people paste are read as they are: Markdown (``#`` headings, ``**bold**`` labels, lists, tables), a
WhatsApp menu (``*BOLD*`` headings, ``•``/emoji/``➕`` bullets, one price per line), prose, and Q/A pairs.

Sentences that instruct the assistant ("Kamu asisten ...", "Jawab singkat", ``Aturan:`` sections, ``Nama:``
lines) are not facts and are left out. A price list written as one sentence ("Bedcover single Rp 25.000,
bedcover besar Rp 35.000.") becomes one fact per priced item, so a question gets the one price it asks for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gigai.offline import notes
from gigai.offline.lexicon import clean


@dataclass(frozen=True)
class Fact:
    """One answerable unit: ``text`` is shown, ``question`` and ``context`` (headings) only help matching."""

    text: str
    source: str = "teks"
    context: str = ""
    question: str = ""
    row: str = ""  # a table row's name, shown before a later cell ("Honda Beat: Mingguan Rp 420.000.")


_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
# A line that is only a bold title: "**Harga**", "__Info__", or WhatsApp's "*MENU PAKET*" (emoji around it).
_BOLD_LINE = re.compile(r"^\s*(\*\*|__|\*)([^*]{2,60}?)(\*\*|__|\*)\s*:?\s*$")
_BOLD_LEAD = re.compile(r"^\s*(?:\*\*|__)([^*_]{2,40})(?:\*\*|__)\s*\(")
_LABEL_ONLY = re.compile(r"^\s*([^\d:|]{2,50}):\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+(.*)$")


# Emoji, dingbats, arrows and bullet signs that start the items of a pasted WhatsApp menu ("🌶", "➕", "✅", "•").
_SIGN = "\u2022\u25a0-\u25ff\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff"
_KEYCAP = "[0-9#*]\ufe0f?\u20e3"  # "1️⃣": a numbered WhatsApp item
_SIGNS = re.compile(rf"^(?:{_KEYCAP}|[\s{_SIGN}])+|[\s{_SIGN}]+$")
_AT_SIGN = re.compile(rf"(?<=[\w.!?,)])\s+(?=[{_SIGN}])")  # "... 15rb 🌶 Level 0": a new item


_LEADER = re.compile(
    r"(?<=[^\s|])\s*(?:\.{4,}|…{2,}|_{3,}|-{3,}|={3,})\s*(?=[^\s|])"
)  # "Creambath ..... Rp 80.000"


def _title(line: str) -> tuple[int, str] | None:
    """(level, title) of a heading line: "## Harga" -> (2, ...); "**Harga**", "*MENU*", "Harga:" -> (7, ...)."""
    if m := _HEADING.match(line):
        return len(m.group(1)), _strip_md(m.group(2))
    if m := _BOLD_LINE.match(line):
        return 7, _strip_md(m.group(2))
    return (7, _strip_md(m.group(1))) if (m := _LABEL_ONLY.match(line)) else None


def _bare(line: str) -> tuple[str, bool]:
    """The line without the signs around it, and whether it started with one: "🌶 Level 0" -> ("Level 0", True)."""
    text = _SIGNS.sub("", line)
    return text, bool(line.strip()) and _SIGNS.match(line.strip()) is not None


_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_QA_Q = re.compile(
    r"^\s*(?:\*\*)?(q|t|p|tanya|pertanyaan|question)\s*(?:\*\*)?\s*[:.]\s*(?:\*\*)?\s*(.+)$", re.I
)
_QA_A = re.compile(r"^\s*(?:\*\*)?(a|j|jawab|jawaban|answer)\s*(?:\*\*)?\s*[:.]\s*(?:\*\*)?\s*(.+)$", re.I)
_ABBR = frozenset(
    "jl jln ir h hj dr drg st rt rw kec kel kab gg tel telp hp wa pt cv tbk bpk sdr prof mr mrs ms vs a.n u.p "
    "ds ny tn drh drs dra".split()
)
_ABBR_BEFORE_NUMBER = frozenset("no km kg ltr maks max min rp nomor".split())  # "No. 128", "Km. 5"
_MONEY = re.compile(r"\b(?:rp\.?|idr)\s*\d[\d.,]*|\b\d+[.,]?\d*\s*(?:rb|ribu|k|jt|juta)\b", re.I)
_VALUE_WORDS = frozenset("harga biaya tarif ongkos mulai hanya cuma saja per sudah termasuk net nett".split())
_MODIFIERS = frozenset(
    "besar kecil sedang single double jumbo reguler regular panas dingin hot ice es large small".split()
)

# Sentences addressed to the assistant, not about the business.
_INSTRUCTION = re.compile(
    r"^\W*(kamu|anda|engkau|kau|you|your|jawab\w*|balas\w*|gunakan|pakai(lah)?|jangan|selalu|tolak\w*|berikan|"
    r"sapa\w*|tulis\w*|hindari|arahkan|pastikan|bersikap|bicaralah|respon\w*|answer|respond|always|never|"
    r"do not|don't|be|use|reply|act|keep|only|hanya jawab|ingat\w*|perhatikan|utamakan|sebutkan|tanyakan|"
    r"tawarkan|ajak|akhiri|mulailah|abaikan|ignore|bila ragu|jika ragu|kalau ragu|jika tidak tahu|"
    r"jika pelanggan|kalau pelanggan|pelanggan menulis|if the|when the|as an?)\b",
    re.I,
)
_PERSONA_LABEL = re.compile(
    r"^\W*(nama|name|bisnis|business|usaha|gaya bicara|gaya|tone|bahasa|language|topik( yang boleh dibahas)?|"
    r"topics?|aturan|rules|instruksi|instructions?|persona|peran|role|sapaan|greeting)\s*:",
    re.I,
)
_RULE_SECTION = re.compile(r"^\W*(aturan|rules|instruksi|instructions?|panduan menjawab|pedoman)\W*$", re.I)


def is_instruction(sentence: str) -> bool:
    """True for text that tells the assistant how to behave ("Jawab singkat.", "Kamu asisten bengkel.")."""
    return bool(_INSTRUCTION.match(sentence) or _PERSONA_LABEL.match(sentence))


def _strip_md(text: str) -> str:
    text = re.sub(r"(\*\*|__|`)", "", text)
    text = re.sub(r"(?<![\w*])\*([^*\s](?:[^*]*[^*\s])?)\*(?![\w*])", r"\1", text)  # WhatsApp *bold*
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)  # [label](url) -> label
    return " ".join(text.split())


def sentences(text: str) -> list[str]:
    """Split a paragraph on sentence ends, keeping 'Jl. Ir. H. Juanda No. 128' and 'Rp 18.000' whole."""
    pieces = re.split(r"(?<=[.!?])\s+(?=[\"'(\[*]?[A-Z0-9])", text.strip())
    pieces = [_bare(p)[0] for piece in pieces for p in _AT_SIGN.split(piece) if _bare(p)[0]]
    out: list[str] = []
    for piece in pieces:
        if out:
            prev = out[-1]
            last = re.findall(r"(?<![0-9A-Za-z])([A-Za-z][A-Za-z.]*)\.$", prev)  # not "35k." (a price)
            abbr = last[0].lower() if last else ""
            if (
                abbr in _ABBR
                or (abbr and len(abbr) == 1)
                or (abbr in _ABBR_BEFORE_NUMBER and piece[:1].isdigit())
                or re.fullmatch(r"\d{1,2}[.)]", prev)
            ):
                out[-1] = f"{prev} {piece}"
                continue
        out.append(piece)
    return [re.sub(r"^\d{1,2}[.)]\s+", "", s).strip() for s in out if s.strip()]


def _price_items(sentence: str) -> list[tuple[str, ...]]:
    """'A Rp 10.000, B Rp 12.000.' -> [('A Rp 10.000.', ''), ('B Rp 12.000.', '')] when every part names its
    own item; the second value is context a variant borrows from the first item ('isi penuh' of 'Isi freon')."""
    if len(_MONEY.findall(sentence)) < 2:
        return [(sentence, "")]
    body = sentence.rstrip(". ")
    parts = [p.strip() for p in re.split(r",\s+|;\s+|\s+dan\s+|\s+serta\s+", body) if p.strip()]
    parts = [re.sub(r"^(?:dan|serta|atau|juga)\s+", "", p, flags=re.I) for p in parts]  # ", dan SMA ..."
    lead = re.match(r".*:\s*(\w+)", parts[0])  # "Tenda 4 orang: 1 hari Rp 50.000, 2 hari ...": one table row
    if any(p[:1].isdigit() or (lead and p.split()[0] == lead.group(1)) for p in parts[1:]):
        return [(sentence, "")]
    for part in parts:
        m = _MONEY.search(part)
        before = re.findall(r"[A-Za-z]{3,}", part[: m.start()]) if m else []
        if not m or not [w for w in before if w.lower() not in _MODIFIERS]:
            return [(sentence, "")]
    # A later item that starts with a word the first item used is a variant of that item: "Tart diameter 20 cm
    # Rp 250.000, diameter 24 cm Rp 350.000", "Ongkir ke Depok ..., ke Bogor ...", "Isi freon Rp 150.000, isi
    # penuh Rp 300.000". It keeps the first item's name (in its text, or as context when it starts the same).
    first = parts[0].split()
    lowered = [w.lower() for w in first]
    name = _MONEY.split(parts[0])[0].strip(" :")
    out = [(parts[0], "")]
    # A table row "Honda Beat: harian Rp 70.000, ..." (after any heading "Tarif: "): the row's name.
    row = parts[0][: parts[0].rindex(":")].rsplit(":", 1)[-1].strip() if lead else ""
    for p in parts[1:]:
        word = p.split()[0].lower()
        if word in lowered[1:]:
            j = lowered.index(word, 1)
            out.append((f"{' '.join(first[:j])} {p}", ""))
        else:
            # "Biaya les privat SD Rp 75 ribu, SMP Rp 90 ribu": "SMP" is a les privat too (its context, not
            # its text); the first item's own last word ("SD") is left out. A table row's later cell shows the
            # row's name too ("Honda Beat: Mingguan Rp 420.000."), matched as context like any borrowed name.
            borrowed = name if word == lowered[0] else " ".join(name.split()[:-1])
            out.append((p, borrowed, row))
    return [(t[0].upper() + t[1:] + ".", *rest) for t, *rest in out]


_CONTRAST = re.compile(r"^\W*(sedangkan|sementara itu|tapi|tetapi|namun|but|however|whereas)\b", re.I)
_PLAIN_HEADERS = frozenset(
    "keterangan ket catatan note notes info deskripsi description detail details".split()
)


def _table_row(cells: list[str], header: list[str]) -> str:
    cells = [_strip_md(c) for c in cells]
    if not header or len(cells) < 2:
        return ", ".join(c for c in cells if c)
    if len(header) < 3:
        rest = [c for c in cells[1:] if c]
    else:  # "Umroh VIP: durasi 9 hari, hotel bintang 5, harga Rp 45 juta", "Tenda 4 orang: 1 hari Rp 50.000,
        # 2 hari Rp 90.000": the row keeps what each value is
        rest = []
        for h, c in zip([_strip_md(x).lower() for x in header[1:]], cells[1:]):
            if c and c.strip() not in ("-", "–", "—", "x"):  # "-": not offered in that column
                plain = not h or h in _PLAIN_HEADERS or c.lower().startswith(h) or len(h) > 30
                rest.append(c if plain else f"{h} {c}")
    # "| Paket | Harga |" over "| Premium | Rp 199.000 |": the row is "Paket Premium" (a one-word kind).
    kind = _strip_md(header[0])
    name = cells[0] if len(kind.split()) != 1 or kind.lower() in cells[0].lower() else f"{kind} {cells[0]}"
    return f"{name}: {', '.join(rest)}"


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def split(
    text: str, source: str = "teks", *, context: str = "", keep_instructions: bool = False, items: bool = True
) -> list[Fact]:
    """Fact units of ``text`` (Markdown or plain), each tagged with ``source`` and its headings.

    ``items=False`` keeps a price-list sentence whole (for text that will be split again later).
    """
    facts: list[Fact] = []
    headings: list[tuple[int, str]] = []
    label = ""  # a "Harga:" or **Harga** line heading the list below it
    in_rules, rule_lines = False, 0
    header: list[str] = []
    pending_q = ""
    block: list[str] = []

    def ctx() -> str:
        return " ".join([context, *(h for _, h in headings), label]).strip()

    def add(sentence: str, *, question: str = "") -> None:
        sentence = _strip_md(sentence)
        if not sentence or (not keep_instructions and is_instruction(sentence)):
            return
        if not re.search(r"[A-Za-z0-9]", sentence):
            return
        for unit, extra, *row in _price_items(sentence) if items and not question else [(sentence, "")]:
            facts.append(Fact(unit, source, f"{ctx()} {extra}".strip(), question, *row))

    def flush() -> None:
        nonlocal pending_q, rule_lines
        if not block:
            return
        para = " ".join(block)
        block.clear()
        if in_rules and not keep_instructions:
            rule_lines += 1
            return
        parts = sentences(para)
        # "Apakah ada wifi? Ada, gratis." is a Q/A pair: the answer is the fact, the question helps matching.
        if pending_q or (len(parts) > 1 and parts[0].endswith("?")):
            q = pending_q or parts.pop(0)
            pending_q = ""
            answer = " ".join(parts)
            if answer:
                add(answer, question=q)
            return
        if len(parts) == 1 and parts[0].endswith("?"):
            pending_q = parts[0]
            return
        for k in range(len(parts) - 1, 0, -1):  # "Harga Rp 2.650.000." names nothing: it is the sentence before's
            if _MONEY.search(parts[k]) and not set(re.findall(r"[a-z]{3,}", parts[k].lower())) - _VALUE_WORDS:
                parts[k - 1 : k + 1] = [f"{parts[k - 1]} {parts[k]}"]
            elif _CONTRAST.match(parts[k]):  # "Sedangkan ruang biasa ...", "Tapi ...": the subject is before
                parts[k - 1 : k + 1] = [f"{parts[k - 1]} {parts[k]}"]
        for s in parts:
            add(s)

    # Internal notes are never facts: the one detector (gigai.offline.notes) cuts them, with its scope rules.
    lines = clean(notes.split_notes(text)[0]).splitlines()
    for raw in lines:
        line, bulleted = _bare(_LEADER.sub(": ", raw))
        if bulleted and line[:1] not in "#|" and not _BOLD_LINE.match(line):
            line = f"- {line}"  # an emoji or sign-led line of a WhatsApp menu is a list item
        stripped = line.strip()
        if not stripped:
            flush()
            label, header = "", []
            in_rules = in_rules and not rule_lines  # a blank line after the rules ends them
            continue
        found = _title(stripped)
        if found:
            level, title = found
            flush()
            in_rules, rule_lines = bool(_RULE_SECTION.match(title)), 0
            if level < 7:  # a Markdown heading: the context of what follows, until one of its level
                headings = [(lv, t) for lv, t in headings if lv < level] + [(level, title)]
                label, header, pending_q = "", [], ""
            elif title.endswith("?"):  # "**Bisa COD?**": the question of the text below
                pending_q = title
            else:  # "**Harga**", "*MENU PAKET*", "Harga:": the label of the list below
                label = title
            continue
        if stripped.startswith("|"):
            flush()
            if _TABLE_SEP.match(stripped):
                continue
            cells = _cells(stripped)
            if not header:
                header = cells
                label = " ".join(cells)
                continue
            add(_table_row(cells, header))
            continue
        qa = _QA_Q.match(stripped)
        if qa:
            flush()
            pending_q = _strip_md(qa.group(2))
            continue
        qa = _QA_A.match(stripped)
        if qa and pending_q:
            add(_strip_md(qa.group(2)), question=pending_q)
            pending_q = ""
            continue
        lead = _BOLD_LEAD.match(stripped)
        if lead:  # "**Kelas grup** (gratis untuk member)": a label for the list below, and a fact itself
            flush()
            label = _strip_md(lead.group(1))
            block.append(stripped)
            flush()
            continue
        item = _ITEM.match(line)
        if item:
            flush()
            if in_rules and not keep_instructions:
                rule_lines += 1
                continue
            block.append(item.group(1).strip())
            flush()
            continue
        if block and not re.search(r"[.!?:]$", block[-1]) and stripped[:1].islower():
            block.append(stripped)  # a sentence wrapped onto the next line
            continue
        flush()
        block.append(stripped)
    flush()
    if pending_q and not facts:
        facts.append(Fact(pending_q, source, ctx()))
    return facts
