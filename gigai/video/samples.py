"""A ready sample promo per sample business: about 20-30 s, offline, preview quality, rendered in seconds.

    >>> sample_promo(Path("contoh.mp4"))          # Kopi Kita
    PosixPath('contoh.mp4')

The briefs are written the way a client writes on WhatsApp, so the sample also shows the free-text path.
Used in: the demo app (trainer), Lab 7.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from gigai.errors import InputError

BRIEFS = {
    "kopi-kita": (
        "Halo kak! Kopi Kita, kedai kopi di Dago Bandung. Promo Kopi Susu Gula Aren cuma Rp 18.000. "
        "Kelebihan kami: gula aren asli, wifi kencang dan banyak colokan. Buka tiap hari 08.00-22.00. "
        "Pesan via GoFood atau WA 0812-2233-4455."
    ),
    "laundry-bersih-kilat": (
        "Laundry Bersih Kilat, cuci setrika kiloan cuma Rp 8.000/kg, selesai 1 hari. Kelebihan: wangi tahan lama, "
        "antar jemput gratis. Buka setiap hari 07.00-21.00. Chat WA 0813-5566-7788 ya!"
    ),
    "studio-rupa": (
        "Studio Rupa, jasa desain logo dan feed Instagram buat UMKM. Paket logo mulai Rp 350.000, revisi 3x, "
        "selesai H+5. Kelebihan: desainer lokal, file siap cetak, konsultasi gratis. Follow @studiorupa.id"
    ),
}


def sample_promo(out: Path, business: str = "kopi-kita") -> Path:
    """Render the sample business's promo offline at preview quality to ``out`` and return its path."""
    from gigai.video.project import Project
    from gigai.video.writer import write_storyboard

    if business not in BRIEFS:
        raise InputError(
            "E167", f"Contoh usaha '{business}' tidak ada.", f"No sample business '{business}'.",
            hint=f"Pilih / choose: {', '.join(BRIEFS)}", value=business,
        )  # fmt: skip
    sb = write_storyboard(BRIEFS[business], provider="offline", scenes=5)  # each scene as long as its words
    out = Path(out)
    work = Path(tempfile.gettempdir()) / "gigai-sample" / business
    return Project(work).render(sb, out, preset="preview", progress=False)


__all__ = ["sample_promo", "BRIEFS"]
