"""A real provider that fails under a Chatbot: every surface (Chatbot.reply, Chatbot.stream, the lab chat app,
the exported folder) answers from the offline engine over the same persona and knowledge, whatever
GIGAI_FALLBACK says (=none: the error), never from the real model's whole-knowledge prompt.

A proper fallback answer names a source, shows no persona/prompt text, carries exactly one fallback notice and
none of the real model's half-written words. The provider is an OpenAI-compatible server on 127.0.0.1 that
answers HTTP 500, is stopped (nobody listens), or drops the connection mid-answer.

``python -m tests.chatbot.test_fallback_paths`` prints the figure per surface.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from gigai.chatbot import Chatbot
from gigai.errors import ProviderError

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "tests" / "eval" / "businesses"
MARKS = ("[fallback ke offline]", "[offline fallback]")
REAL = "Siap Kak, menurut catatan kami harganya"  # the real model's first words before the connection drops
# Written before the change (businesses and questions nobody tuned on): (business folder, question, a fact).
SCENARIOS = [
    ("toko-tani-subur", "Pupuk urea sekarung berapa?", "285.000"),
    ("sewa-camping-rimba", "Sewa tenda 4 orang 2 hari berapa?", "90.000"),
]
# Written after the change, run once for the figure that counts, then kept as a regression set.
FRESH = [
    ("studio-yoga-santi", "Paket 10 kelas harganya berapa kak?", "900.000"),
    ("toko-bunga-mekar", "Ongkir ke Batu berapa ya?", "25"),
]
MODES = ("500", "stopped", "drop")


class Failing:
    """An OpenAI-compatible address on 127.0.0.1 that fails as ``mode`` says (``stopped``: nobody listens)."""

    def __init__(self) -> None:
        owner = self
        self.mode = "500"

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):  # noqa: N802 - http.server's naming
                body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)) or b"{}")
                if owner.mode == "500":
                    data = json.dumps(
                        {"error": {"message": "internal error", "type": "server_error"}}
                    ).encode()
                    self.send_response(500)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                # drop: promise more than is sent, send the first words, hang up
                self.send_response(200)
                stream = bool(body.get("stream"))
                self.send_header("content-type", "text/event-stream" if stream else "application/json")
                self.send_header("content-length", "100000")
                self.end_headers()
                if stream:
                    for word in REAL.split(" ") * 12:
                        chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "m",
                                 "choices": [{"index": 0, "delta": {"content": word + " "}, "finish_reason": None}]}  # fmt: skip
                        self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                else:
                    self.wfile.write(
                        b'{"id": "x", "object": "chat.completion", "choices": [{"index": 0, "mess'
                    )
                self.wfile.flush()
                self.close_connection = True

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self._dead = s.getsockname()[1]

    def url(self, mode: str) -> str:
        self.mode = mode
        port = self._dead if mode == "stopped" else self._server.server_address[1]
        return f"http://127.0.0.1:{port}/v1"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _notices(text: str) -> int:
    return sum(text.count(m) for m in MARKS)


def verdict(bot: Chatbot, shown: str, fact: str) -> list[str]:
    """What is wrong with ``shown`` as a fallback answer ([] : proper)."""
    wrong = []
    if _notices(shown) != 1:
        wrong.append(f"{_notices(shown)} notices")
    if not any(p.source in shown for p in bot.knowledge.passages):
        wrong.append("no source")
    prompt = bot.persona.system_prompt()
    leaked = [ln for ln in prompt.splitlines() if len(ln.strip()) > 25 and ln.strip() in shown]
    if leaked or re.search(r"Topik utama|Kontak admin:|### Pengetahuan|\[sumber:", shown):
        wrong.append("prompt text")
    if REAL.split(",")[1].strip() in shown:
        wrong.append("real half-text kept")
    if fact not in shown:
        wrong.append("fact missing")
    return wrong


def _bot(slug: str) -> Chatbot:
    return Chatbot.from_business(EVAL / slug, provider="llamacpp", model="stand-in")


def via_reply(bot: Chatbot, question: str) -> str:
    answer = bot.reply(question)
    return answer.with_sources() + (f"\n\n{answer.notice}" if answer.notice else "")


def via_stream(bot: Chatbot, question: str) -> str:
    """What a notebook prints; words already printed cannot be taken back, so only what follows the notice
    is judged as the answer (and the conversation must keep only that)."""
    shown = "".join(bot.stream(question))
    last = bot.last_answer
    shown += last.with_sources()[len(last.text) :]
    shown += f"\n\n{last.notice}" if last.notice and last.notice not in shown else ""
    at = min((shown.index(m) for m in MARKS if m in shown), default=0)
    if at and REAL.split(",")[1].strip() in bot.history[-1]["content"]:
        return shown  # the half-written real text was kept as the answer
    return shown[at:]


def via_app(bot: Chatbot, question: str) -> str:
    pytest.importorskip("gradio")
    from gigai.apps.chat_app import chat_handler

    return list(chat_handler(bot)(question, []))[-1]


SURFACES = {"reply": via_reply, "stream": via_stream, "app": via_app}

DRIVER = """
import json, sys
sys.path.insert(0, ".")
import botcore
print(json.dumps([list(botcore.respond(q))[-1] for q in json.load(sys.stdin)]))
"""


def via_export(folder: Path, home: Path, questions: list[str], env: dict[str, str]) -> list[str]:
    """The exported web chat's last bubble for each question, from a fresh Python in the folder."""
    import os

    keep = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "GIGAI_LANG", "GIGAI_FALLBACK")}
    out = subprocess.run(
        [sys.executable, "-c", DRIVER], input=json.dumps(questions), cwd=folder, capture_output=True,
        text=True, encoding="utf-8", timeout=300, check=False,
        env={**keep, "GIGAI_HOME": str(home), "PYTHONNOUSERSITE": "1", "GRADIO_ANALYTICS_ENABLED": "False",
             "GIGAI_PROVIDER": "llamacpp", "GIGAI_MODEL": "stand-in", "GIGAI_RETRIES": "0", **env},
    )  # fmt: skip
    if out.returncode != 0:
        return [
            f"ERROR {out.stderr.strip().splitlines()[-1] if out.stderr.strip() else out.returncode}"
        ] * len(questions)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_all(
    tmp: Path, monkeypatch, scenarios=SCENARIOS
) -> dict[tuple[str, str], list[tuple[str, list[str]]]]:
    """{(surface, fallback setting): [(scenario name, what is wrong), ...]} over every mode and scenario."""
    from gigai.deploy.export import export_app

    server = Failing()
    results: dict[tuple[str, str], list[tuple[str, list[str]]]] = {}
    monkeypatch.setenv("GIGAI_RETRIES", "0")
    monkeypatch.delenv("GIGAI_LANG", raising=False)
    folders = {slug: export_app(tmp / slug, business=EVAL / slug) for slug, _, _ in scenarios}
    try:
        for setting in ("offline", "unset"):
            if setting == "unset":
                monkeypatch.delenv("GIGAI_FALLBACK", raising=False)
            else:
                monkeypatch.setenv("GIGAI_FALLBACK", setting)
            for mode in MODES:
                monkeypatch.setenv("LLAMACPP_BASE_URL", server.url(mode))
                for slug, question, fact in scenarios:
                    name = f"{mode}/{slug}"
                    for surface, ask in SURFACES.items():
                        bot = _bot(slug)
                        try:
                            shown = ask(bot, question)
                        except ProviderError as err:
                            shown = f"ERROR GIGAI-{err.code}"
                        row = results.setdefault((surface, setting), [])
                        row.append(
                            (name, ["raised"] if shown.startswith("ERROR") else verdict(bot, shown, fact))
                        )
                    env = {"LLAMACPP_BASE_URL": server.url(mode)}
                    if setting != "unset":
                        env["GIGAI_FALLBACK"] = setting
                    [shown] = via_export(folders[slug], tmp, [question], env)
                    wrong = (
                        ["raised: " + shown]
                        if shown.startswith("ERROR")
                        else verdict(_bot(slug), shown, fact)
                    )
                    results.setdefault(("export", setting), []).append((name, wrong))
    finally:
        server.stop()
    return results


@pytest.mark.parametrize(
    "scenarios", [SCENARIOS, pytest.param(FRESH, marks=pytest.mark.slow)], ids=["first", "fresh"]
)
def test_every_surface_answers_a_failing_provider_properly(tmp_path, monkeypatch, scenarios):
    results = run_all(tmp_path, monkeypatch, scenarios)
    for (surface, setting), rows in results.items():
        for name, wrong in rows:
            if surface in ("reply", "stream") and setting == "unset":
                assert wrong == ["raised"], (surface, setting, name, wrong)  # as gigai.chat(): the error
            else:
                assert wrong == [], (surface, setting, name, wrong)


def main() -> None:  # pragma: no cover - figures for the report
    import tempfile

    from _pytest.monkeypatch import MonkeyPatch

    mp = MonkeyPatch()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            results = run_all(Path(tmp), mp, FRESH if "--fresh" in sys.argv else SCENARIOS)
    finally:
        mp.undo()
    total = good = 0
    for (surface, setting), rows in results.items():
        ok = sum(1 for _, wrong in rows if not wrong)
        total, good = total + len(rows), good + ok
        print(f"{surface:7s} GIGAI_FALLBACK={setting:8s} proper {ok}/{len(rows)}")
        for name, wrong in rows:
            if wrong:
                print(f"    {name}: {', '.join(wrong)}")
    print(f"all: proper {good}/{total}")


if __name__ == "__main__":  # pragma: no cover
    main()
