"""The exported bot's offline answers: the one fact asked about, not the whole section."""

from __future__ import annotations

import pytest

from gigai.deploy.export import export_app
from tests.channels.exported import exported_modules


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        ("servis cvt berapa?", "Rp 85.000", "Rp 55.000"),
        ("Berapa biaya ganti oli?", "Rp 55.000", "Rp 85.000"),
        ("Minggu buka gak?", "Minggu tutup", "Rp"),
        ("alamat bengkelnya dimana?", "Slamet Riyadi No. 45", "Rp"),
    ],
)
def test_one_fact_from_a_business_written_for_the_test(tmp_path, bengkel, question, wanted, unwanted):
    with exported_modules(export_app(tmp_path / "app", business=bengkel)) as mods:
        answer = mods["botcore"].answer(question)
    assert wanted in answer and unwanted not in answer, answer
    assert answer.count("📎 Sumber: layanan.md") == 1


def test_one_fact_from_a_sample(tmp_path):
    with exported_modules(export_app(tmp_path / "app", business="kopi-kita")) as mods:
        bot = mods["botcore"]
        sunday = bot.answer("Jam buka hari Minggu?")
        assert "07.00 - 23.00" in sunday and "08.00 - 22.00" not in sunday
        assert "Juanda No. 128" in bot.answer("Alamatnya dimana?")  # 'Jl.' and 'No.' do not end a sentence
        whole = bot.answer("Jam berapa buka?")  # the section's own topic: the whole section
        assert "08.00 - 22.00" in whole and "07.00 - 23.00" in whole
