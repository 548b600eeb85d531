"""Lab 9 checks against right, wrong, placeholder and copied-sample answers."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass

import pytest

from gigai.business import (
    EXAMPLE_MONTHLY_COSTS,
    draft_contract,
    draft_proposal,
    invoice_for,
    pdf_preview,
    quote,
    rate_calculator,
)
from gigai.latihan import lab9
from gigai.latihan.core import CORRECT, INCORRECT, NOT_ATTEMPTED

OK, NO, TODO = CORRECT, INCORRECT, NOT_ATTEMPTED
BRIEF = ("Klien: Bengkel Jaya Motor\nMas, bengkel motor saya di Medan sering ditanya antrean servis lewat WA. "
         "Mau chatbot, selesai 10 hari, budget 2 juta.")
SAMPLE_BRIEF = ("Klien: Laundry Bersih Kilat\nHalo kak, kami laundry di Bandung. Mau dibuatkan chatbot WhatsApp dan "
                "3 video TikTok promo.")


def status(ex, *args, ns=None):
    return ex.evaluate(*args, ns=ns if ns is not None else {}).status


@pytest.fixture()
def answers(tmp_path):
    rate = rate_calculator(3_000_000, 15, EXAMPLE_MONTHLY_COSTS)
    p = draft_proposal(BRIEF, rate=rate, freelancer="Putri", contact="WA 0813-1111-2222")
    q = quote([("Chatbot antrean servis", 1, 1_200_000), ("Hosting + API bulan pertama", 1, "bulan", 110_000)])
    final = p.with_quote(q)
    return {"proposal_saya": p, "penawaran_saya": q, "proposal_final": final,
            "perjanjian": draft_contract(final, client_rep="Pak Jaya (pemilik)", city="Medan"),
            "invoice_dp": invoice_for(final, "dp", bank="Mandiri 1234567890 a.n. Putri"),
            "pdf_proposal": final.to_pdf(tmp_path / "proposal.pdf")}


def test_untouched_notebook_passes_nothing():
    ns = {name: None for name in ("proposal_saya", "penawaran_saya", "proposal_final", "perjanjian", "invoice_dp",
                                  "pdf_proposal", "video_pitch")}
    ns["brief_klien"] = "Klien: ____\n____"
    assert [r.status for r in lab9.lab.results(ns=ns)] == [TODO] * 7


def test_right_answers_pass(answers):
    assert [r.status for r in lab9.lab.results(ns=answers)][:6] == [OK] * 6


def test_q1_proposal_for_own_client(answers):
    assert status(lab9.q1, answers["proposal_saya"]) == OK
    sample = draft_proposal(SAMPLE_BRIEF, rate=70_000, freelancer="Putri")
    assert status(lab9.q1, sample) == NO
    assert status(lab9.q1, draft_proposal(BRIEF, rate=70_000)) == NO  # no freelancer name
    assert status(lab9.q1, answers["proposal_saya"].model_copy(update={"scope": []})) == NO
    assert status(lab9.q1, draft_proposal("Klien: ____\nMau chatbot untuk usaha saya", rate=70_000,
                                          freelancer="Putri")) == TODO


def test_q2_quote_consistent_and_own(answers):
    assert status(lab9.q2, answers["penawaran_saya"]) == OK
    assert status(lab9.q2, quote([("Setup chatbot FAQ laundry", 1, 850_000),
                                  ("Video promo TikTok 9:16", 3, 150_000)])) == NO  # the notebook's example

    @dataclass
    class HandQuote:
        lines: list
        total: int
        discount: int = 0
        ppn_rate: float = 0.0

    assert status(lab9.q2, HandQuote(answers["penawaran_saya"].lines, 1_000_000)) == NO
    assert status(lab9.q2, quote([("Chatbot", 100_000)], ppn=0.2)) == NO
    assert status(lab9.q2, quote([("Chatbot Kopi Kita", 900_000)])) == NO
    assert status(lab9.q2, quote([("____", 1, 0)])) == TODO


def test_q3_terms_follow_the_quote(answers):
    assert status(lab9.q3, answers["proposal_final"], answers["penawaran_saya"]) == OK
    # the lab 9 bug: the old proposal (old DP amounts) next to a replaced quote
    assert status(lab9.q3, answers["proposal_saya"], answers["penawaran_saya"]) == NO

    class Typed:  # payment terms typed by hand, stale
        quote = answers["penawaran_saya"]
        dp, revisions = 0.5, 2
        payment_terms = ["DP 50% (Rp 577.500) dibayar di awal", "Pelunasan 50% (Rp 577.500) saat serah terima"]

    assert status(lab9.q3, Typed(), answers["penawaran_saya"]) == NO
    greedy = answers["proposal_final"].model_copy(update={"dp": 0.95})
    assert status(lab9.q3, greedy, answers["penawaran_saya"]) == NO
    assert status(lab9.q3, answers["proposal_final"]) == NO  # quote missing
    assert status(lab9.q3) == TODO


def test_q4_contract(answers):
    final = answers["proposal_final"]
    assert status(lab9.q4, answers["perjanjian"], final) == OK
    assert status(lab9.q4, draft_contract(final), final) == NO  # nobody signs for the client
    old = draft_contract(answers["proposal_saya"], client_rep="Pak Jaya")
    assert status(lab9.q4, old, final) == NO  # built from the proposal before the new quote
    assert status(lab9.q4, "Saya kerjakan, nanti bayar ya", final) == NO
    sample = draft_contract(draft_proposal(SAMPLE_BRIEF, rate=70_000, freelancer="Putri"), client_rep="Bu Ani")
    assert status(lab9.q4, sample) == NO
    assert status(lab9.q4, draft_contract(final, client_rep="____")) == TODO


def test_q5_invoice(answers):
    final = answers["proposal_final"]
    assert status(lab9.q5, answers["invoice_dp"], final) == OK
    assert status(lab9.q5, invoice_for(final, "dp"), final) == NO  # no account to pay into
    assert status(lab9.q5, invoice_for(final, "penuh", bank="BCA 1234567"), final) == NO
    assert status(lab9.q5, invoice_for(answers["proposal_saya"], "dp", bank="BCA 1234567"), final) == NO
    assert status(lab9.q5, invoice_for(final, "dp", bank="____")) == TODO


def test_q6_pdf(answers, tmp_path):
    assert status(lab9.q6, answers["pdf_proposal"]) == OK
    (tmp_path / "fake.pdf").write_text("bukan pdf" * 200)
    assert status(lab9.q6, tmp_path / "fake.pdf") == NO
    assert status(lab9.q6, tmp_path / "tidak-ada.pdf") == NO
    pytest.importorskip("pypdfium2", reason="reading PDF text needs pypdfium2 (labs extra)")
    sample = draft_proposal(SAMPLE_BRIEF, rate=70_000, freelancer="Putri").to_pdf(tmp_path / "sample.pdf")
    assert status(lab9.q6, sample) == NO
    assert len(pdf_preview(answers["pdf_proposal"]).images) >= 1


def test_q7_pitch(tmp_path):
    import imageio_ffmpeg

    def clip(name, seconds, audio=True):
        out = tmp_path / name
        cmd = [imageio_ffmpeg.get_ffmpeg_exe(), "-y", "-loglevel", "error", "-f", "lavfi", "-i",
               f"color=c=blue:s=180x320:d={seconds}:r=10"]
        if audio:
            cmd += ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}", "-shortest"]
        subprocess.run(cmd + ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(out)], check=True)
        return out

    assert status(lab9.q7, clip("ok.mp4", 15)) == OK
    assert status(lab9.q7, clip("short.mp4", 3)) == NO
    assert status(lab9.q7, clip("silent.mp4", 15, audio=False)) == NO
    assert status(lab9.q7) == TODO
