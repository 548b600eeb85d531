"""Trainer controls for the trainer only, and a Studio that spends nothing while the demo is offline."""

from __future__ import annotations

import pytest

from gigai.apps import sharing
from gigai.errors import AppError
from tests.apps.standin import StandIn
from tests.browser import free_port

BRIEFS = [  # written as owners send them, none from the example sets
    "Halo kak, Laundry Wangi Cibiru, cuci kiloan Rp 7.000/kg, antar jemput gratis. WA 0813-1111-2222",
    "Sy mau promosi Martabak Bang Ucok, martabak telor spesial 35rb, buka jam 5 sore s/d 11 malam",
    "Tolong bikinin video: Jahit Bu Sri, permak jeans 15rb, kebaya custom mulai Rp350.000, IG @jahitbusri",
]


class FakeDemo:
    def __init__(self, share_url=None):
        self.kwargs = None
        self.share_url_value = share_url

    def launch(self, **kwargs):
        self.kwargs = kwargs
        self.server_port = kwargs["server_port"]
        self.share_url = self.share_url_value if kwargs["share"] else None


def test_share_login_is_the_participants_and_the_trainer_secret_is_never_printed(monkeypatch, capsys):
    monkeypatch.setattr(sharing, "reachable", lambda *a, **k: True)
    monkeypatch.setenv("GIGAI_TRAINER_SECRET", "kopi-pahit-sekali-2026")
    demo = FakeDemo("https://abc.gradio.live")
    info = sharing.launch_shared(demo, mode="share", port=7991, prevent_thread_lock=True, trainer_note=True)
    printed = capsys.readouterr().out
    logins = demo.kwargs["auth"]
    assert logins[0][0] == "peserta" and logins[1] == ("trainer", "kopi-pahit-sekali-2026")
    assert logins[0][1] in printed and "kopi-pahit-sekali-2026" not in printed + repr(info) + str(info)
    assert "login 'trainer'" in printed and info.auth == logins[0]
    assert demo.kwargs["max_file_size"]  # the server caps uploads
    monkeypatch.delenv("GIGAI_TRAINER_SECRET")
    plain = FakeDemo("https://abc.gradio.live")
    sharing.launch_shared(plain, mode="share", port=7990, prevent_thread_lock=True, quiet=True)
    assert isinstance(plain.kwargs["auth"], tuple)  # no secret set: no trainer login at all


def test_a_weak_or_reused_trainer_secret_is_refused(monkeypatch):
    from gigai.apps.trainer_gate import trainer_secret

    monkeypatch.setenv("GIGAI_TRAINER_SECRET", "1234")
    with pytest.raises(AppError, match="E240"):
        trainer_secret()
    monkeypatch.setenv("GIGAI_TRAINER_SECRET", "sama-dengan-peserta")
    with pytest.raises(AppError, match="E241"):
        trainer_secret("sama-dengan-peserta")
    assert trainer_secret("lain-sekali-123") == "sama-dengan-peserta"


def test_share_info_reads_as_text_in_a_notebook(monkeypatch):
    monkeypatch.setattr(sharing, "reachable", lambda *a, **k: False)
    info = sharing.launch_shared(FakeDemo(), mode="share", port=7989, prevent_thread_lock=True, quiet=True)
    shown = repr(info)
    assert "ShareInfo(" not in shown and "Di laptop ini" in shown and "127.0.0.1:7989" in shown
    assert info._repr_markdown_().startswith("- ")
    monkeypatch.setenv("GIGAI_LANG", "en")
    info = sharing.launch_shared(FakeDemo(), mode="share", port=7988, prevent_thread_lock=True, quiet=True)
    assert "On this laptop" in repr(info) and "Di laptop" not in repr(info)


@pytest.fixture
def laptop_default_is_a_paid_upstream(monkeypatch, tmp_path):
    """The laptop's default provider points at a stand-in that counts calls (as the trainer's key would)."""
    with StandIn() as up:
        monkeypatch.setenv("GIGAI_PROVIDER", "gateway")
        monkeypatch.setenv("GIGAI_BASE_URL", up.url)
        monkeypatch.setenv("GIGAI_API_KEY", "room-token-0000")
        yield up


def test_studio_spends_nothing_while_the_demo_is_offline(laptop_default_is_a_paid_upstream, tmp_path):
    gradio_client = pytest.importorskip("gradio_client")
    from gigai.apps.demo import build_demo_app

    up = laptop_default_is_a_paid_upstream
    demo = build_demo_app(provider="offline", providers=["offline", "gateway"], work_dir=tmp_path / "studio")
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        client = gradio_client.Client(f"http://127.0.0.1:{port}/", verbose=False)
        for brief in BRIEFS:
            out = client.predict(brief, "", "", "", "", "", 5, 175, "", [], api_name="/storyboard")
            assert "mode offline" in out[-1], out[-3:]  # the notice: a template script, said plainly
        assert up.calls == []  # three storyboards, zero upstream calls
        # the same clicks with the demo switched online do reach the upstream: the count above could fail
        assert client.predict("gateway", api_name="/set_provider")[1] == "gateway"
        client.predict(BRIEFS[0], "", "", "", "", "", 5, 175, "", [], api_name="/storyboard")
        assert len(up.calls) > 0
    finally:
        demo.close()


def test_offline_renders_make_billed_parts_offline():
    from gigai.apps.demo_model import DemoModel
    from gigai.apps.studio import spends_nothing, without_spending
    from gigai.video.storyboard import Scene, Storyboard, Visual

    sb = Storyboard(scenes=[Scene(narration="Halo.", visual=Visual(kind="ai", prompt="kopi susu di meja kayu")),
                            Scene(narration="Mampir ya.")])  # fmt: skip
    clean, voice, notes = without_spending(sb, "openai:nova")
    assert (
        [s.visual.kind for s in clean.scenes] == ["card", "card"] and voice == "offline" and len(notes) == 2
    )
    assert sb.scenes[0].visual.kind == "ai"  # the caller's storyboard is not changed
    assert without_spending(sb, "edge:id-ID-GadisNeural")[1] == "edge:id-ID-GadisNeural"  # free voice kept
    assert spends_nothing(DemoModel("offline")) and not spends_nothing("offline") and not spends_nothing(None)
