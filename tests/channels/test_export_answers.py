"""The exported bot's offline answers are the library's: the fact asked about, from gigai's own engine."""

from __future__ import annotations

import pytest

from gigai.chatbot import Chatbot
from gigai.deploy.export import export_app
from tests.channels.exported import exported_modules


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("servis cvt berapa?", "Rp 85.000"),
        ("Berapa biaya ganti oli?", "Rp 55.000"),
        ("Minggu buka gak?", "Minggu tutup"),
        ("alamat bengkelnya dimana?", "Slamet Riyadi No. 45"),
    ],
)
def test_one_fact_from_a_business_written_for_the_test(tmp_path, bengkel, question, wanted):
    library = Chatbot.from_business(bengkel, provider="offline").reply(question).with_sources()
    with exported_modules(export_app(tmp_path / "app", business=bengkel)) as mods:
        answer = mods["botcore"].answer(question)
    assert answer == library and wanted in answer, (answer, library)
    assert "JAYA-STAFF" not in answer


def test_kopi_kita_answers_its_opening_hours(tmp_path):
    """The earlier export's own engine answered this with the job-openings FAQ entry."""
    with exported_modules(export_app(tmp_path / "app", business="kopi-kita")) as mods:
        bot = mods["botcore"]
        hours = bot.answer("Jam berapa Kopi Kita buka?")
        assert "08.00" in hours and "lowongan" not in hours.lower(), hours
        sunday = bot.answer("Jam buka hari Minggu?")
        assert "07.00 - 23.00" in sunday, sunday
        assert "Juanda No. 128" in bot.answer("Alamatnya dimana?")
