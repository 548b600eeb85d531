"""Record real calls to a JSONL cassette and serve them back later, so a demo survives the venue wifi.

Record: ``GIGAI_RECORD=1`` (cassette: GIGAI_CASSETTE or $GIGAI_HOME/cassettes/default.jsonl) or::

    with gigai.llm.recording("demo.jsonl"):
        gigai.chat("Halo!")

Serve: ``GIGAI_PROVIDER=replay``. Prompts match ignoring case and whitespace; no match -> offline + notice.
Cassettes hold messages, params, text and usage; never keys or headers.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gigai import config
from gigai.llm.base import Completion, Messages, Model, Usage, text_of

_active: list[Path] = []
_lock = threading.Lock()


def default_cassette() -> Path:
    env = config.setting("GIGAI_CASSETTE")
    return Path(env) if env else config.home() / "cassettes" / "default.jsonl"


@contextlib.contextmanager
def recording(path: str | Path | None = None) -> Iterator[Path]:
    """Record every real provider call made inside the block. Used in: Lab 1 (demo tanpa wifi)."""
    target = Path(path) if path else default_cassette()
    _active.append(target)
    try:
        yield target
    finally:
        _active.remove(target)


def _norm(text: Any) -> str:
    return re.sub(r"\s+", " ", text_of(text)).strip().lower()


def normalise(messages: Messages) -> list[dict[str, str]]:
    return [{"role": str(m.get("role", "user")), "content": _norm(m.get("content"))} for m in messages]


def _last_user(norm: list[dict[str, str]]) -> str:
    return next((m["content"] for m in reversed(norm) if m["role"] == "user"), "")


def targets() -> list[Path]:
    """The cassettes a real call is written to now (empty when recording is off)."""
    active = list(_active)
    if not active and config.setting("GIGAI_RECORD") in ("1", "true", "yes"):
        active = [default_cassette()]
    return active


def maybe_record(model: Model, messages: Messages, params: dict[str, Any], comp: Completion) -> None:
    """Append one real call to the active cassette(s), if recording is on."""
    paths = targets()
    if not paths:
        return
    safe = {
        k: v
        for k, v in params.items()
        if k in ("temperature", "max_tokens", "response_format", "top_p", "seed")
    }
    row = {
        "v": 1,
        "provider": model.provider,
        "model": model.model_id,
        "messages": normalise(messages),
        "params": safe,
        "text": comp.text,
        "usage": {
            "prompt_tokens": comp.usage.prompt_tokens,
            "completion_tokens": comp.usage.completion_tokens,
            "estimated": comp.usage.estimated,
        },
    }
    line = json.dumps(row, ensure_ascii=False)
    with _lock:
        for target in paths:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "a", encoding="utf-8") as fh:
                fh.write(line + "\n")


def load(path: str | Path) -> list[dict[str, Any]]:
    path = Path(path)
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line:
            try:
                rows.append(json.loads(line))
            except ValueError:  # one broken line must not kill the whole demo
                continue
    return rows


class ReplayModel(Model):
    """Serves recorded answers; falls back to the offline engine (with a notice) when nothing matches."""

    provider = "replay"
    is_offline = True
    context_window = 128000

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_cassette()
        self.model_id = self.path.name

    def find(self, messages: Messages) -> dict[str, Any] | None:
        norm = normalise(messages)
        rows = load(self.path)
        for row in reversed(rows):  # the latest recording of a prompt wins
            if row.get("messages") == norm:
                return row
        last = _last_user(norm)
        for row in reversed(rows):
            if last and _last_user(row.get("messages", [])) == last:
                return row
        return None

    def complete(self, messages: Messages, **params: Any) -> Completion:
        row = self.find(messages)
        if row is None:
            from gigai.offline.engine import OfflineEngine

            comp = OfflineEngine().complete(messages, **params)
            comp.notice = (
                "[replay] Tidak ada rekaman untuk pertanyaan ini; jawaban dari mesin offline. / "
                "No recording matches this prompt; answered by the offline engine."
            )
            return comp
        u = row.get("usage") or {}
        # Replayed calls cost nothing now (the replay preset is free); the original token counts are kept.
        used = Usage(
            int(u.get("prompt_tokens") or 0),
            int(u.get("completion_tokens") or 0),
            estimated=bool(u.get("estimated")),
        )
        return Completion(
            text=row.get("text", ""),
            provider="replay",
            model=f"{row.get('provider')}/{row.get('model')}",
            usage=used,
            finish_reason="stop",
        )

    def events(self, messages: Messages, **params: Any) -> Iterator[str | Completion]:
        comp = self.complete(messages, **params)
        text = f"{comp.notice}\n\n{comp.text}" if comp.notice else comp.text
        for i, word in enumerate(text.split(" ")):
            yield word if i == 0 else " " + word
        yield comp

    def structured(self, messages: Messages, schema: Any, **params: Any) -> Any:
        """The recorded structured answer for this prompt and schema, else the offline filler."""
        from gigai.llm import schemas

        row = self.find(schemas.instructed(messages, schema))
        if row is not None:
            try:
                return schemas.Schema(schema).validate(schemas.extract_json(row.get("text", "")))
            except Exception:  # noqa: BLE001, S110 - a bad recording falls through to the offline filler
                pass
        from gigai.offline.engine import OfflineEngine

        return schemas.offline_structured(OfflineEngine(), messages, schema)
