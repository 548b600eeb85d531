"""gigai record against a local OpenAI-compatible server that answers 429 twice: it waits, resumes, and a
second run skips what is already recorded. Notebooks run with the labs install alone (nbclient, no pytest)."""

from __future__ import annotations

import http.server
import json
import threading

import pytest
from typer.testing import CliRunner

from gigai.cli.main import app


class _Limited(http.server.BaseHTTPRequestHandler):
    """POST /v1/chat/completions: the first two requests get 429 (Retry-After: 1), then real answers."""

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        srv = self.server
        with srv.lock:
            srv.calls += 1
            n = srv.calls
        if n <= srv.limit_first:
            raw = json.dumps({"error": {"message": "Rate limit reached", "type": "rate_limit"}}).encode()
            self.send_response(429)
            self.send_header("Retry-After", "1")
        else:
            question = body["messages"][-1]["content"]
            text = f"Jawaban rekaman #{n} untuk: {question[-40:]}"
            raw = json.dumps({
                "id": f"c{n}", "object": "chat.completion", "created": 0, "model": body.get("model"),
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
            }).encode()  # fmt: skip
            self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args):
        pass


@pytest.fixture
def limited_server(monkeypatch):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Limited)
    server.calls, server.limit_first, server.lock = 0, 2, threading.Lock()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("LLAMACPP_BASE_URL", f"http://127.0.0.1:{server.server_address[1]}/v1")
    yield server
    server.shutdown()
    server.server_close()


def test_record_demo_waits_out_two_429s_and_resumes(limited_server, tmp_path):
    cassette = tmp_path / "kelas.jsonl"
    args = ["record", "--demo", "--provider", "llamacpp", "--rpm", "600", "--cassette", str(cassette)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.output.count("429") >= 2 and "gagal / failed: 0" in result.output
    lines = cassette.read_text(encoding="utf-8").splitlines()
    from gigai.chatbot import Chatbot

    asked = sum(
        len(Chatbot.from_business(s).persona.examples)
        for s in ("kopi-kita", "laundry-bersih-kilat", "studio-rupa")
    )
    assert 0 < len(lines) <= asked
    assert limited_server.calls == len(lines) + 2  # every question answered once, after two refusals

    # In class: replay answers the demo's own question from the cassette, with no server at all.
    from gigai.llm.replay import ReplayModel

    bot = Chatbot.from_business("kopi-kita", model=ReplayModel(path=cassette))
    question = bot.persona.examples[0]
    assert "Jawaban rekaman #" in bot.reply(question, []).text

    # A second run (an interrupted evening) asks nothing again.
    before = limited_server.calls
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0 and "Direkam / recorded: 0" in again.output, again.output
    assert limited_server.calls == before


def test_record_paces_under_the_rate(monkeypatch):
    from gigai.trainer.record import Pacer

    waits: list[float] = []
    pacer = Pacer(30, sleep=waits.append)  # 30 per minute: one every 2 s
    for _ in range(4):
        pacer.wait()
    assert len(waits) == 3 and all(1.9 < w <= 2.0 * 3 for w in waits)


def test_record_needs_a_real_provider_and_a_choice():
    result = CliRunner().invoke(app, ["record", "--demo", "--provider", "offline"])
    assert result.exit_code == 1 and "GIGAI-E303" in result.output
    result = CliRunner().invoke(app, ["record"])
    assert result.exit_code == 1 and "GIGAI-E096" in result.output and "--demo" in result.output


def test_record_labs_runs_a_notebook_with_the_labs_install(limited_server, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    pytest.importorskip("nbclient")
    labs = tmp_path / "labs"
    labs.mkdir()
    nb = nbformat.v4.new_notebook()
    marker = tmp_path / "server-started"
    nb.cells = [
        nbformat.v4.new_code_cell("import gigai\nprint(gigai.chat('Halo dari lab dua'))"),
        nbformat.v4.new_code_cell(f"# NBVAL_SKIP\nopen({str(marker)!r}, 'w').write('launched')"),
    ]
    nbformat.write(nb, labs / "02_prompt_pertama.ipynb")
    cassette = tmp_path / "kaset.jsonl"
    result = CliRunner().invoke(
        app,
        [
            "record",
            "--labs",
            "2",
            "--provider",
            "llamacpp",
            "--rpm",
            "600",
            "--cassette",
            str(cassette),
            "--labs-dir",
            str(labs),
        ],  # fmt: skip
    )
    assert result.exit_code == 0, result.output
    entries = [json.loads(line) for line in cassette.read_text(encoding="utf-8").splitlines()]
    assert len(entries) == 1 and "Halo dari lab dua" in json.dumps(entries[0])
    assert limited_server.calls == 3  # two 429s waited out inside the kernel, then the answer
    assert not marker.exists()  # cells the lab tests skip (servers, final renders) are skipped here too


def test_record_stops_when_the_provider_keeps_refusing(limited_server, tmp_path):
    """A daily quota: 429 after every wait. Two questions exhausted, then it stops instead of waiting all night."""
    from gigai.trainer.record import record_demo

    limited_server.limit_first = 10_000
    waited: list[float] = []
    report = record_demo(
        tmp_path / "k.jsonl", provider="llamacpp", rpm=6000, say=lambda _m: None, sleep=waited.append
    )
    assert report.recorded == 0 and len(report.failed) == 2 and "Berhenti" in report.stopped
    assert limited_server.calls == 2 * 7  # two questions, each asked once plus six waits
    assert "Berhenti" in str(report)


def test_pace_kernel_uses_the_models_pacing_option(monkeypatch):
    """No private method patched: the kernel's models are paced through GIGAI_RPM."""
    from gigai.llm import openai_compat, registry
    from gigai.trainer.record import pace_kernel

    monkeypatch.delenv("GIGAI_RPM", raising=False)
    before = openai_compat.OpenAICompatible.__dict__["_call"]
    pace_kernel(12)
    import os

    assert os.environ["GIGAI_RPM"] == "12"
    assert openai_compat.OpenAICompatible.__dict__["_call"] is before
    model = registry.resolve("llamacpp", base_url="http://127.0.0.1:9/v1").unwrap()
    assert model.pacer is not None and model.pacer.interval == pytest.approx(5.0)
    monkeypatch.delenv("GIGAI_RPM")
