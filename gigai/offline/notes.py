"""Internal notes: text a business writes for itself that no customer may see (codes, margins, staff notes).

    >>> is_internal("**Internal:** kode STAFF50")
    True
    >>> is_private_title("Khusus staf")
    True

One rule for the Chatbot's knowledge loading (held back with a warning) and the offline engine's facts
(never used as an answer), so the same note is private wherever it is written.
"""

from __future__ import annotations

import re

from gigai.offline.lexicon import clean

# Words that mark a note as not for customers, in headings and in labels ("**Internal:**", "Khusus staf:").
PRIVATE = (
    r"internal|rahasia|confidential|staff only|staf only|"
    # "privat" alone names a product ("les privat", "kolam renang privat"); as a marker it needs a note word
    # or stands alone as the whole title or label ("## Private", "Privat: ...").
    r"(?:catatan|info|note|notes)\s+priva(?:t|te)|priva(?:t|te)\s+(?:notes?|only|saja)|"
    r"^\W*priva(?:t|te)(?=\W*(?::|$))|"
    r"khusus\s+(?:staf|staff|karyawan|pegawai|admin|pemilik|owner|tim|internal|kru|crew)|"
    r"untuk\s+(?:staf|staff|karyawan|pegawai|admin|tim)(?:\s+saja)?|hanya\s+untuk\s+(?:staf|staff|karyawan|admin|tim)|"
    r"catatan\s+(?:admin|pemilik|owner|staf|staff|karyawan|dapur|tim)|jangan\s+(?:dibagikan|disebar\w*|dibocorkan|"
    r"dikasih\s+tahu|diberitahukan)|tidak\s+untuk\s+(?:pelanggan|publik|umum|dibagikan)|do\s+not\s+share|"
    r"not\s+for\s+customers"
)
PRIVATE_RE = re.compile(rf"\b(?:{PRIVATE})\b", re.IGNORECASE)
# A label line: "internal: ...", "**Internal:** ...", "Catatan internal (jangan dibagikan): ...", "- Khusus staf: ...".
INTERNAL_LINE = re.compile(
    rf"^\s*(?:[-*+>]\s*)?(?:\*\*|__)?\s*(?:catatan\s+|info\s+|note\s+)?(?:{PRIVATE})\b[^:\n]{{0,40}}?"
    rf"(?:\*\*|__)?\s*:",
    re.IGNORECASE,
)
_MARKED = re.compile(
    r"\((?:jangan\s+dibagikan|internal|rahasia|khusus\s+sta(?:f|ff)|confidential)\)", re.IGNORECASE
)


def is_internal(line: str) -> bool:
    """True for a line that marks itself as not for customers (a label, or an explicit '(jangan dibagikan)')."""
    text = clean(line)
    return bool(INTERNAL_LINE.match(text) or _MARKED.search(text))


def is_private_title(title: str) -> bool:
    """True for a heading that says its section is private ('Catatan internal', 'Khusus staf', 'Rahasia')."""
    return bool(PRIVATE_RE.search(clean(title)))
