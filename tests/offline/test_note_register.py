"""The register model (gigai.offline.noteregister): deterministic, pure Python, one more input of split_notes."""

from __future__ import annotations

import json

from gigai.offline import noteregister
from gigai.offline.notes import split_notes


def test_the_model_file_is_small_json_with_a_threshold():
    model = json.loads(noteregister.MODEL.read_text(encoding="utf-8"))
    assert set(model) >= {"threshold", "prior", "weights"}
    assert model["threshold"] > 0 and all(isinstance(w, float) for w in model["weights"].values())


def test_scores_are_deterministic_and_read_the_cleaned_text():
    line = "Pak Budi masih ngutang 300rb dari bulan lalu, tagih pelan2 aja"
    assert noteregister.score(line) == noteregister.score(line)
    assert noteregister.features(line) == sorted(set(noteregister.features(line)))
    assert noteregister.features("nоte") == noteregister.features("note")  # Cyrillic о read as Latin o


def test_customer_lines_score_below_inside_lines():
    public = [
        "Potong rambut dewasa 35rb, anak-anak 25rb, buka setiap hari kak.",
        "Yuk pesan sekarang, gratis ongkir se-Depok min. belanja 100rb!",
        "Kami tidak menerima utang ya kak, bayar tunai atau QRIS.",
    ]
    for line in public:
        assert not noteregister.is_aside(line), line
        assert noteregister.score(line) < noteregister.score(
            "Kamar 4 (Dimas) udah nunggak 2 bulan, suruh cari kost lain"
        )


def test_short_lines_are_never_judged():
    assert not noteregister.is_aside("udah nunggak jgn")


def test_split_notes_holds_an_undecided_line_the_model_is_sure_of():
    note = "Kamar 4 (Dimas) udah nunggak 2 bulan, kalo sampe akhir bulan belum bayar suruh cari kost lain."  # a trained line
    assert noteregister.is_aside(note)
    text = f"Kost Melati, kamar 700rb/bulan, WiFi gratis.\n\n{note}"
    public, held = split_notes(text)
    assert "700rb" in public and "Dimas" not in public
    assert held and "Dimas" in held[0]


def test_the_shipped_json_matches_a_rebuild_setting():
    """The script that rebuilds the JSON names it (the rebuild itself: scripts/train_note_register.py --check)."""
    from pathlib import Path

    script = Path(__file__).parents[2] / "scripts" / "train_note_register.py"
    assert "noteregister" in script.read_text(encoding="utf-8")
