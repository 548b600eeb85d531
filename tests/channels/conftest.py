"""A business written for these tests (not one of the kit's samples): a motorbike workshop in Solo."""

from __future__ import annotations

import textwrap

import pytest


@pytest.fixture
def bengkel(tmp_path):
    folder = tmp_path / "bengkel jaya"  # a space in the path, as on many laptops
    folder.mkdir()
    (folder / "persona.yaml").write_text(
        textwrap.dedent(
            """\
            name: Pak Joko
            business: Bengkel Motor Jaya
            kind: bengkel motor di Solo
            admin_contact: WA 0813-7777-1212 (Mas Budi)
            greeting: Sugeng rawuh! Saya Pak Joko dari Bengkel Motor Jaya. Mau tanya servis atau harga?
            topics: [servis, oli, ban, harga, jam buka, lokasi, garansi, motor, bengkel]
            """
        ),
        encoding="utf-8",
    )
    (folder / "layanan.md").write_text(
        textwrap.dedent(
            """\
            # Harga servis
            - Ganti oli mesin: Rp 55.000 (sudah termasuk oli).
            - Servis CVT matic: Rp 85.000.

            # Jam buka
            Buka Senin sampai Sabtu pukul 08.00-17.00, hari Minggu tutup.

            # Lokasi
            Alamat: Jl. Slamet Riyadi No. 45, Solo, dekat Stadion Sriwedari.

            ## Catatan internal
            Diskon karyawan kode JAYA-STAFF-22, jangan dibagikan.
            """
        ),
        encoding="utf-8",
    )
    return folder
