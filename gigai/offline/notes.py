"""Internal notes: text a business writes for itself that no customer may see (costs, suppliers, codes).

    >>> public, held = split_notes("Buka jam 9.\\nnote buat admin, jgn dikasih tau ke cust: modal 6rb")
    >>> public, held
    ('Buka jam 9.', ['note buat admin, jgn dikasih tau ke cust: modal 6rb'])

A note is found by a MARKER (gigai.offline.notemarks) with a SCOPE (this module), or by its CONTENT
(gigai.offline.notecontent), read after look-alike letters, invisible characters and mistyped key words are undone
(gigai.offline.notecontent.read):

- markers say who may not read it: a warning not to tell or discuss it ("jangan/jgn/ga usah ... dikasih tau /
  bilang / dibahas / diumumin", "jangan sampe pelanggan denger", "belum ada yg tau"), a note addressed to the
  inside ("catatan/note/PS/rencana ... admin/owner/tim/aku doang"), insiders by their job ("buat asisten", "buat yg
  jaga toko", "anak2 warung baca ini:"), a restriction ("khusus/hanya ... kita/staf", "staff only"), privacy words
  ("internal", "(intern)", "rahasia", "catatan pribadi", "psst", "🤫") where they label something: a heading, a
  "Label:", the start of a line or sentence, "(...)".
- what a marker covers (README, "Notes for the staff only"):
  - a private heading (``#``, ``**bold**``, WhatsApp ``*BOLD*``): its section, to the next heading of its level or
    higher (a bold heading: to the next heading or bold line);
  - a label alone on its line ("Catatan admin:"): the lines below it, to the blank line;
  - a line that opens with a marker ("note buat admin: ..."): the rest of that line and its lowercase
    continuation lines; when the marker is the whole label and the line opens its paragraph, the whole paragraph;
    a line whose label names a thing ("rekening pribadi (intern): ..."), or one among public lines of a list, is
    one entry: the next line that starts a new entry is public;
  - a marker inside a sentence ("..., ga usah diinfoin ke pelanggan."): that sentence; a bare warning sentence
    ("Jangan bilang2 ya.") takes the sentence (or the line) before it too;
  - a Markdown table's private column ("| Menu | Harga | Modal |", "Catatan admin", "Ambil dari"): that column of
    every row;
  - an HTML comment: itself.
- register: in a block of three or more short lines typed for customers (capitalised, bullets, emoji), one
  lowercase sentence of six words or more that does not continue the line before is the owner's aside.
- register, learned (gigai.offline.noteregister): a line no rule above decided, of five words or more, that a model
  trained on notes and public business texts is very sure is written to the inside (debts, errands, staff matters).
- content, no marker needed (gigai.offline.notecontent.about_inside): one sentence whose subject is the owner's
  economics, suppliers (and a held supplier's phone on any other line), staff pay, roster, codes and troubles,
  the keys and codes of the premises, the staff's wifi, private accounts, logins, a named customer's affairs.
  Prices customers pay, the shop's own payment account, promos and the guests' wifi password stay public.

One detector for the Chatbot's knowledge loading (held back with a warning), the offline engine's facts
(gigai.offline.facts cuts notes with ``split_notes`` too) and the output filter (``NoteGuard``).
"""

from __future__ import annotations

import re

from gigai.offline import noteregister
from gigai.offline.lexicon import clean
from gigai.offline.notecontent import about_inside, clean_with_map, read, with_suppliers
from gigai.offline.noteguard import NoteGuard, amounts  # the output filter: re-exported for existing imports
from gigai.offline.notemarks import ADDRESSED as _ADDRESSED
from gigai.offline.notemarks import ANYWHERE as _ANYWHERE
from gigai.offline.notemarks import AUDIENCE as _AUDIENCE
from gigai.offline.notemarks import DOERS as _DOERS
from gigai.offline.notemarks import LEADING as _LEADING
from gigai.offline.notemarks import WORK_NOTES as _WORK_NOTES

_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*)$")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)  # an HTML comment never shows on the page: an aside
# A bold line ("**Rahasia**", WhatsApp "*CATATAN ADMIN* 📝") or a bare label ("Khusus staf:") heads a section.
_BOLD = re.compile(r"^\W*?(?:\*\*|__|\*|_)([^*_\n]{2,60})(?:\*\*|__|\*|_)[^\w]*$")
_LABEL = re.compile(r"^\s*(?:[-*+>•]\s*)?([^:\n]{2,50}):\s*$")
# A sentence ends at . ! ? or an emoji, but not after an abbreviation ("drg. Fajar", "Jl. Sudirman", "a.n. Toko").
_ABBREV = "".join(
    rf"(?<!\b(?i:{a}))"
    for a in r"dr drg jl jln gg no pt cv ud bpk kec kel kab tgl hj a\.n s\.d mr mrs ms".split()
)
_SENTENCE_END = re.compile(rf"{_ABBREV}[.!?](?=\s+\S)|[\u2600-\u27bf\U0001f000-\U0001faff](?=\s*\S)")
_CONTENT = re.compile(r"[A-Za-z0-9]{3,}")
# A list item or a WhatsApp line led by a bullet or an emoji: a note in one item ends at the next item.
_ITEM = re.compile(r"^\s*(?:[-*+•·>]|\d+[.)]|[\u2000-\u2bff\U0001f000-\U0001faff])")
# A new labelled entry ("Order: WA 0878-...", "Alamat: ...") after a note that was itself "Label: content".
_NEW_LABEL = re.compile(r"^\s*[A-Z][^:\n]{1,30}:\s*\S")
# A line that starts a new entry of a list of lines (not a lowercase continuation of the line before).
_NEW_LINE = re.compile(r"^\s*(?:[A-Z0-9]|[^\w\s])")


def _marker(text: str, *, heading: bool = False) -> re.Match | None:
    """The first marker in ``text`` (already cleaned): one that says "not for customers" anywhere, or one
    that labels (a heading, the start of a line or sentence, "(...)", the words before a colon)."""
    found = [m for m in (_ANYWHERE.search(text),) if m]
    for m in _LEADING.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        labels = (
            heading
            or not re.search(r"[A-Za-z0-9]", before)  # first words of the line
            or re.search(r"[.!?]\s*$", before) is not None  # first words of a sentence
            or ("(" in before and before.rfind("(") > before.rfind(")"))  # "(internal)", "(khusus staf)"
            or (
                ":" in after and ":" not in before and len(before) <= 50
            )  # "X internal: ...", "psst khusus kita:"
        )
        if labels or _bare(text, m):  # "... Ini cuma buat kita ya.": a sentence that is only the warning
            found.append(m)
            break
    return min(found, key=lambda m: m.start()) if found else None


_FILLER_WORDS = re.compile(_AUDIENCE + r"|yaa*|yah|kak|dong|deh|aja|saja|ini|itu|ok|oke|sih|loh|lho|gan|guys")


def _bare(text: str, m: re.Match) -> bool:
    """True when the sentence around ``m`` says nothing but the marker ('Ini cuma buat kita ya')."""
    start = _sentence_start(text, m.start())
    stop = next((e.end() for e in _SENTENCE_END.finditer(text, m.end())), len(text))
    if ":" in text[m.end() : stop]:
        return False
    rest = (text[start : m.start()] + " " + text[m.end() : stop]).lower()
    return len([w for w in _CONTENT.findall(rest) if not _FILLER_WORDS.fullmatch(w)]) <= 1


def _pure_label(line: str, m: re.Match) -> bool:
    """True when the words before the line's first colon (or before the mark, without one) are only the mark."""
    colon = line.find(":", m.start())
    label = line[: colon if colon >= 0 else m.end()]
    rest = (label[: m.start()] + " " + label[m.end() :]).lower()
    return len([w for w in _CONTENT.findall(rest) if not _FILLER_WORDS.fullmatch(w)]) == 0


def is_private_title(title: str) -> bool:
    """True for a heading that says its section is private ('Catatan internal', 'Khusus staf', 'Buat tim',
    'Buat yang masak')."""
    text = read(title)
    return (
        _marker(text, heading=True) is not None
        or _ADDRESSED.fullmatch(text) is not None
        or _DOERS.match(text) is not None
        or _WORK_NOTES.match(text) is not None
    )


def is_internal(line: str) -> bool:
    """True for a line that is, or starts, a note not for customers (a marker, or costs/codes)."""
    text = read(line)
    return _marker(text) is not None or _sensitive(text)


def _sensitive(text: str) -> bool:
    return bool(_sensitive_spans(text))


def _sensitive_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` whose content is internal (costs, codes, staff gossip), as (start, end)."""
    spans, start = [], 0
    for stop in [e.end() for e in _SENTENCE_END.finditer(text)] + [len(text)]:
        sentence = text[start:stop]
        if about_inside(sentence):
            lead = len(sentence) - len(sentence.lstrip())
            spans.append((start + lead, stop))
        start = stop
    return spans


def _sentence_start(text: str, pos: int) -> int:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _referential(sentence: str) -> bool:
    """'Jangan dikasih tau ke customer ya.', 'Ini cuma buat kita ya.': a bare warning about what precedes it."""
    m = _ANYWHERE.search(sentence) or _LEADING.search(sentence)
    return m is not None and _bare(sentence, m)


def _heading_of(line: str) -> tuple[int, str] | None:
    m = _HEADING.match(line)
    if m:
        return len(m.group(1)), m.group(2)
    m = _BOLD.match(line)
    if m:
        return 7, m.group(1)
    m = _LABEL.match(line)
    return (8, m.group(1)) if m else None  # a bare label heads its paragraph only


_PRIVATE_COLUMN = re.compile(
    r"\W*(?:harga\s+modal|modal|hpp|harga\s+pokok|harga\s+kulak\w*|kulakan|margin|markup|laba|profit|untung|"
    r"keuntungan|cost|cogs|supplier|pemasok|gaji|upah|vendor|kulak\w*|harga\s+(?:beli|ambil)|(?:ambil|beli|belanja)\s+"
    r"(?:dari|di|dr)|tempat\s+(?:beli|ambil|kulak))\b",
    re.IGNORECASE,
)


def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _private_columns(text: str) -> tuple[str, list[str]]:
    """A pasted spreadsheet's private column ("| Menu | Harga | Modal |", "Catatan admin") is cut out of its
    Markdown table; the rest of each row stays public. Returns (text without it, ["Es kopi: Modal 7rb", ...])."""
    lines, held = text.splitlines(), []
    for i, line in enumerate(lines[:-1]):
        if not (line.lstrip().startswith("|") and re.match(r"^\s*\|?\s*:?-{2,}", lines[i + 1])):
            continue
        header, end = _cells(line), i + 2
        while end < len(lines) and lines[end].lstrip().startswith("|"):
            end += 1
        rows = [_cells(r) for r in lines[i + 2 : end]]
        # private by its name, or by what it holds: every "header value" of it is internal by content
        drop = {
            j
            for j, c in enumerate(header)
            if _PRIVATE_COLUMN.match(read(c))
            or is_private_title(c)
            or (rows and all(_sensitive(read(f"{c} {r[j]}")) for r in rows if j < len(r) and r[j]))
        }
        if not drop or len(drop) == len(header):
            continue
        j = i
        while j < end:
            cells = _cells(lines[j])
            if j > i + 1:
                held.extend(
                    f"{cells[0]}: {header[k]} {cells[k]}" for k in sorted(drop) if k < len(cells) and cells[k]
                )
            lines[j] = "| " + " | ".join(c for k, c in enumerate(cells) if k not in drop) + " |"
            j += 1
    return "\n".join(lines), held


_OPEN_END = re.compile(
    r"(?:[,:;(&/+-]|\b(?:dan|atau|yang|yg|dengan|dgn|untuk|utk|di|ke|dari|sama|and|or|with))\s*$", re.I
)


def _asides(raws: list[str]) -> set[int]:
    """Indexes of lines written in another register than their block: in a block of three lines or more whose
    other lines are short and all start with a capital, a digit, a bullet or an emoji (a list typed for
    customers, not wrapped prose), a line of
    six words or more that starts with a lowercase letter and does not continue the line before it ("kayaknya ada
    yg ambil duit dari laci, cek cctv tiap malem" between two prices) is the owner's aside."""
    out: set[int] = set()
    block: list[int] = []
    for i in range(len(raws) + 1):
        if i < len(raws) and raws[i].strip():
            block.append(i)
            continue
        lines = [j for j in block if _heading_of(read(raws[j])) is None or raws[j].rstrip().endswith(":")]
        if len(lines) >= 3:
            # not "iPhone", "eSIM", nor "(tamu terakhir ...)": a bracketed line clarifies the one before
            low = [j for j in lines if re.match(r"[^\w(]*[a-z]+\b(?![-'])", read(raws[j]))]
            if len(low) == 1 and all(len(read(raws[k]).split()) <= 12 for k in lines if k != low[0]):
                j = low[0]
                before = read(raws[j - 1]).rstrip() if j - 1 in block else ""
                if len(read(raws[j]).split()) >= 6 and not (before and _OPEN_END.search(before)):
                    out.add(j)
        block = []
    return out


def split_notes(text: str) -> tuple[str, list[str]]:
    """``(public text, [held-back notes])``: every internal note cut out of ``text`` (Markdown, WhatsApp, prose)."""
    public: list[str] = []
    held: list[str] = []
    private_level: int | None = None
    in_note = False  # the rest of a paragraph whose sentence carried a marker
    note_item = False  # ... which was one list item: the next item is not part of it
    note_mid = False  # ... which stood among public lines of its paragraph: the next new line is public again
    para_start = 0  # index in ``public`` where the current paragraph began

    def hold(piece: str) -> None:
        if piece.strip():
            if in_note and held:
                held[-1] = f"{held[-1]}\n{piece.strip()}"
            else:
                held.append(piece.strip())

    text, held[:0] = _private_columns(text or "")
    held.extend(c.strip() for c in _COMMENT.findall(text) if _CONTENT.search(c))
    raws = _COMMENT.sub("", text or "").splitlines()
    asides = _asides(raws)
    for index, raw in enumerate(raws):
        line, where = clean_with_map(raw)
        head = _heading_of(line)
        if head is not None:
            level, title = head
            if private_level is not None and level <= private_level:
                private_level = None
            if private_level is None and is_private_title(title):
                private_level = level if level <= 7 else None
                in_note = False
                hold(raw)
                in_note = True
                continue
            if private_level is None:
                in_note = False
        if private_level is not None:
            hold(raw)
            continue
        if not line.strip():
            in_note = False
            public.append(raw)
            para_start = len(public)
            continue
        if (
            in_note
            and note_item
            and (_ITEM.match(line) or _NEW_LABEL.match(line) or (note_mid and _NEW_LINE.match(line)))
        ):
            in_note = False
        if in_note:
            hold(raw)
            continue
        if index in asides:  # a lowercase sentence among a block's capitalised entries: the owner's aside
            in_note = False
            hold(raw)
            continue
        m = _marker(line)
        if m is not None:

            def at(i: int, where: list[int] = where, raw: str = raw) -> int:  # raw index of cleaned index i
                return where[i] if i < len(where) else len(raw)

            start = _sentence_start(line, m.start())
            stop = next((e.end() for e in _SENTENCE_END.finditer(line, m.end())), len(line))
            # A label ("note buat admin:", "## Internal", "khusus kita aja:") opens a scope that runs to the end
            # of the paragraph; a warning after the content ("..., ga usah diinfoin ke pelanggan.") closes its
            # sentence, and what follows it is public again.
            referential = _referential(line[start:stop])
            opening = not referential and (
                m.re is _LEADING
                or ":" in line[m.end() : stop]
                or (stop >= len(line.rstrip()) and not _CONTENT.search(line[start : m.start()]))
            )
            if opening:
                stop = len(line)
            keep, note, tail = raw[: at(start)].rstrip(), raw[at(start) : at(stop)], raw[at(stop) :].strip()
            if tail and _referential(read(tail)):  # "... batas bawah kita. (jgn diforward)": one note
                note, tail = f"{note} {tail}", ""
            if referential:
                # A bare warning points back: take the sentence before it (or the line before it).
                cut = _sentence_start(keep, len(keep)) if keep.strip() else None
                if cut:
                    note, keep = keep[cut:] + " " + note.strip(), keep[:cut].rstrip()
                elif keep.strip():
                    note, keep = keep + " " + note.strip(), ""
                elif len(public) > para_start and public[-1].strip() and _heading_of(public[-1]) is None:
                    note = public.pop() + " " + note.strip()
            in_note = False
            hold(note)
            in_note = opening
            note_item = not line.rstrip().endswith(":")  # "Label: content" ends at the next item
            # In a list of lines (public lines above it in its paragraph) a labelled line is one entry; a
            # label that opens its paragraph heads the whole block when it is nothing but the mark ("note buat
            # admin: ...", "(khusus owner) ..."), not when it names a thing ("rekening pribadi (intern): ...").
            note_mid = (len(public) > para_start and bool(public[-1].strip())) or not _pure_label(line, m)
            rest = " ".join(part for part in (keep, tail) if part.strip())
            if rest.strip():
                public.append(rest)
            continue
        spans = _sensitive_spans(line)
        if spans:
            rest, last = [], 0
            for start, end in spans:
                a, b = (
                    (where[start] if start < len(where) else len(raw)),
                    (where[end - 1] + 1 if end else len(raw)),
                )
                rest.append(raw[last:a])
                hold(raw[a:b])
                last = b
            rest = " ".join(" ".join(rest + [raw[last:]]).split())
            if _CONTENT.search(rest):
                public.append(rest)
            continue
        if head is None and not line.lstrip().startswith("|") and noteregister.is_aside(line):
            # no rule decided it, and its register is the owner's own side (gigai.offline.noteregister)
            hold(raw)
            continue
        public.append(raw)
    with_suppliers(public, held)
    return "\n".join(public).strip("\n"), held


# Older names other modules import.
__all__ = ["NoteGuard", "amounts", "clean", "is_internal", "is_private_title", "split_notes"]
PRIVATE_RE = _LEADING
INTERNAL_LINE = _ANYWHERE
