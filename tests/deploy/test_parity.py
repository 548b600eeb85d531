"""One engine everywhere: an exported folder, run in its own Python, answers the eval sets as the library does.

Fast lane: a sample, one eval business, and the two sets written for this check (one before the export
carried the library, one after). All eval sets: marked slow (``python -m tests.deploy.parity`` prints the
figure per set). Target: at most 2 differing answers per set; the export now gives 0.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.deploy import parity

FAST = [
    parity.ROOT / "tests/eval/questions/kopi-kita.yaml",
    parity.ROOT / "tests/eval/questions/bengkel-motor-jaya.yaml",
    *sorted(parity.FRESH.glob("*/*.yaml")),
]


@pytest.mark.parametrize("path", FAST, ids=lambda p: p.stem)
def test_exported_folder_answers_like_the_library(tmp_path, path):
    row = parity.compare(path, tmp_path)
    assert row.differ <= 2, row.examples
    assert row.export_correct >= row.library_correct - 2


@pytest.mark.slow
@pytest.mark.parametrize("path", parity.eval_sets(), ids=lambda p: p.stem)
def test_every_eval_set_through_an_exported_folder(tmp_path, path):
    row = parity.compare(path, tmp_path)
    assert row.differ <= 2, row.examples


def test_the_export_runs_its_own_copy_of_gigai(tmp_path):
    from gigai.deploy.export import export_app

    folder = export_app(tmp_path / "app", business="kopi-kita")
    answers, where = parity.export_answers(folder, ["Jam berapa Kopi Kita buka?"])
    for name in ("botcore", "gigai"):
        assert Path(where[name]).resolve().is_relative_to(folder.resolve()), where
    assert "08.00" in answers[0] and "lowongan" not in answers[0].lower(), answers[0]


def test_with_a_real_model_the_export_sends_the_prompt_the_library_sends(tmp_path, monkeypatch):
    """One engine also in front of a model: the same messages reach an OpenAI-compatible server."""
    from gigai.chatbot import Chatbot
    from gigai.deploy.export import export_app
    from tests.chatbot.standin import StandIn

    questions = ["Jam berapa Kopi Kita buka?", "Bisa bayar pakai QRIS?", "Kalau wiken buka jam brp?"]
    settings = {"GIGAI_PROVIDER": "llamacpp", "GIGAI_MODEL": "stand-in"}
    with StandIn(reply="Buka jam 08.00, Kak. (sumber: tentang.md)") as server:
        settings["LLAMACPP_BASE_URL"] = server.base_url
        for name, value in settings.items():
            monkeypatch.setenv(name, value)
        bot = Chatbot.from_business("kopi-kita", provider="llamacpp", model="stand-in")
        library = [bot.reply(q).with_sources() for q in questions]
        sent_by_library = [r["messages"] for r in server.requests]
        server.requests.clear()
        folder = export_app(tmp_path / "app", business="kopi-kita")
        exported, _ = parity.export_answers(folder, questions, **settings)
        sent_by_export = [r["messages"] for r in server.requests]
    assert len(sent_by_library) == len(questions) and sent_by_export == sent_by_library
    assert exported == library


def test_a_failing_provider_falls_back_to_the_offline_engine_with_a_plain_notice(tmp_path):
    """A customer of the exported bot never meets a provider error: the offline engine answers and says so."""
    import socket

    from gigai.deploy.export import export_app

    with socket.socket() as s:  # a port nobody listens on: the provider is down
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    folder = export_app(tmp_path / "app", business="kopi-kita")
    settings = {
        "GIGAI_PROVIDER": "llamacpp",
        "GIGAI_MODEL": "down",
        "LLAMACPP_BASE_URL": f"http://127.0.0.1:{port}/v1",
    }
    answers, _ = parity.export_answers(folder, ["Jam berapa Kopi Kita buka?"], **settings)
    assert "08.00" in answers[0], answers[0]
    assert "[mode offline]" in answers[0] and "Traceback" not in answers[0], answers[0]
    assert "GIGAI-E" not in answers[0]  # channels' customers get the answer; the notice goes to the log
    # GIGAI_FALLBACK=none is the owner's choice to see the failure instead
    with pytest.raises(RuntimeError):
        parity.export_answers(folder, ["Jam berapa Kopi Kita buka?"], GIGAI_FALLBACK="none", **settings)
