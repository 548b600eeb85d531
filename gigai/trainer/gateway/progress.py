"""Exercise progress the room's notebooks send (``gigai.latihan.progress.send``): stored per token, shown as a grid.

A record is exactly ``{"lab": 2, "exercise": "q3", "outcome": "belum benar", "time": "<ISO 8601>"}``: no
code, no answers, no prompts. The grid keeps each participant's last outcome per exercise; the CSV a program
coordinator collects has one row per participant per day (room, date, name as on the token card, each
exercise's last outcome so far, completion).

    gigai gateway progress                    # grid in the terminal
    gigai gateway progress --csv kelas.csv    # for the program coordinator
"""

from __future__ import annotations

import csv
import functools
import re
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from gigai.trainer.gateway.tokens import TokenStore
from gigai.trainer.gateway.wire import WireError

OUTCOMES = ("belum dicoba", "belum benar", "benar")
SHORT = {"belum dicoba": "·", "belum benar": "✗", "benar": "✓", None: " "}
MAX_BODY = 512  # bytes; a real record is ~90
MAX_LAB = 99

_SCHEMA = """
CREATE TABLE IF NOT EXISTS progress (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token_id INTEGER NOT NULL,
    lab INTEGER NOT NULL,
    exercise TEXT NOT NULL,
    outcome TEXT NOT NULL,
    client_time REAL NOT NULL,
    received REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS progress_token ON progress (token_id, lab, exercise);
"""


def _refuse(what_id: str, what_en: str) -> WireError:
    return WireError(
        400,
        "E106",
        f"Catatan progres tidak valid: {what_id}.",
        f"Invalid progress record: {what_en}.",
        'kirim {"lab": 1, "exercise": "q1", "outcome": "benar", "time": "2026-12-01T09:00:00+07:00"} / '
        "send exactly these four fields",
    )


def parse(
    payload: Any, *, known: frozenset[tuple[int, str]] | None = None, now: float | None = None
) -> tuple[int, str, str, float]:
    """(lab, exercise, outcome, time) from a posted record; raises WireError (400 E106) on anything else.

    known: the (lab, exercise) pairs that exist (default: this install's ``gigai.latihan``); any other name
    is refused, so one token cannot widen the grid with made-up columns.
    """
    known = known_exercises() if known is None else known
    now = time.time() if now is None else now
    if not isinstance(payload, dict):
        raise _refuse("bukan objek JSON", "not a JSON object")
    extra = sorted(set(payload) - {"lab", "exercise", "outcome", "time"})
    if extra:
        raise _refuse(f"kolom tak dikenal {extra}", f"unknown fields {extra}")
    lab, exercise, outcome, when = (payload.get(k) for k in ("lab", "exercise", "outcome", "time"))
    if (
        isinstance(lab, bool)
        or not isinstance(lab, int)
        or not 1 <= lab <= MAX_LAB
        or not any(lb == lab for lb, _ in known)
    ):
        raise _refuse(f"'lab' harus angka 1..{MAX_LAB}", f"'lab' must be a number 1..{MAX_LAB}")
    if not isinstance(exercise, str) or (lab, exercise) not in known:
        names = ", ".join(sorted(e for lb, e in known if lb == lab)) or "-"
        raise WireError(
            400, "E235", f"Latihan '{str(exercise)[:24]}' tidak ada di lab {lab}.",
            f"There is no exercise '{str(exercise)[:24]}' in lab {lab}.", f"lab {lab}: {names}",
        )  # fmt: skip
    if outcome not in OUTCOMES:
        raise _refuse(f"'outcome' harus salah satu dari {OUTCOMES}", f"'outcome' must be one of {OUTCOMES}")
    stamp = now
    if isinstance(when, str) and len(when) <= 40:
        try:
            stamp = datetime.fromisoformat(when.replace("Z", "+00:00")).timestamp()
        except ValueError:
            raise _refuse("'time' bukan waktu ISO 8601", "'time' is not an ISO 8601 time") from None
    elif when is not None:
        raise _refuse("'time' bukan waktu ISO 8601", "'time' is not an ISO 8601 time")
    if not now - 86_400 <= stamp <= now + 300:  # a wrong laptop clock must not reorder the grid
        stamp = now
    return lab, exercise, outcome, stamp


@functools.lru_cache(maxsize=1)
def known_exercises() -> frozenset[tuple[int, str]]:
    """(lab, exercise) pairs of this install's ``gigai.latihan``: the only names the grid accepts."""
    from gigai.latihan import registry

    return frozenset(
        (int(name.removeprefix("lab")), ex.name) for name, lab in registry().items() for ex in lab.exercises
    )


def key(lab: int, exercise: str) -> str:
    return f"lab{lab}.{exercise}"


class ProgressBook:
    """Progress records in the gateway's SQLite file, next to the tokens they belong to."""

    def __init__(self, store: TokenStore, exercises: frozenset[tuple[int, str]] | None = None) -> None:
        self.store = store
        self.exercises = known_exercises() if exercises is None else exercises
        with store.lock:
            store.db.executescript(_SCHEMA)
            store.db.commit()

    def parse(self, payload: Any) -> tuple[int, str, str, float]:
        return parse(payload, known=self.exercises)

    def add(self, token_id: int, lab: int, exercise: str, outcome: str, client_time: float) -> None:
        with self.store.lock:
            self.store.db.execute(
                "INSERT INTO progress (token_id, lab, exercise, outcome, client_time, received)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (token_id, lab, exercise, outcome, client_time, time.time()),
            )
            self.store.db.commit()
        self.store.touch(token_id)

    def count(self) -> int:
        with self.store.lock:
            return self.store.db.execute("SELECT COUNT(*) FROM progress").fetchone()[0]

    def records(self) -> list[dict[str, Any]]:
        with self.store.lock:
            rows = self.store.db.execute(
                "SELECT token_id, lab, exercise, outcome, client_time FROM progress ORDER BY client_time, id"
            ).fetchall()
        return [dict(r) for r in rows]

    def grid(self) -> dict[str, Any]:
        """Participants x exercises (last outcome each), exercises ordered most-stuck first."""
        recs = self.records()
        last: dict[tuple[int, str], str] = {}
        active: dict[int, float] = {}
        order: dict[str, tuple[int, str]] = {}
        for r in recs:  # chronological: later records overwrite earlier ones
            k = key(r["lab"], r["exercise"])
            last[(r["token_id"], k)] = r["outcome"]
            active[r["token_id"]] = max(active.get(r["token_id"], 0.0), r["client_time"])
            order.setdefault(k, (r["lab"], r["exercise"]))
        stuck = {k: sum(1 for (_, kk), o in last.items() if kk == k and o == "belum benar") for k in order}
        done = {k: sum(1 for (_, kk), o in last.items() if kk == k and o == "benar") for k in order}
        exercises = sorted(order, key=lambda k: (-stuck[k], order[k][0], _natural(order[k][1])))
        people = []
        for t in self.store.all():
            cells = {k: last.get((t.id, k)) for k in exercises}
            people.append(
                {
                    "id": t.id,
                    "name": t.name,
                    "revoked": t.revoked,
                    "last_activity": active.get(t.id),
                    "cells": cells,
                    "correct": sum(1 for v in cells.values() if v == "benar"),
                }
            )
        return {
            "exercises": [{"key": k, "stuck": stuck[k], "correct": done[k]} for k in exercises],
            "participants": people,
        }

    def csv_rows(self, room: str) -> list[dict[str, Any]]:
        """One row per participant per day with activity: each exercise's last outcome up to that day."""
        recs = self.records()
        names = {t.id: t.name for t in self.store.all()}
        exercises = sorted({key(r["lab"], r["exercise"]) for r in recs}, key=_exercise_order)
        by_person: dict[int, list[dict[str, Any]]] = {}
        for r in recs:
            by_person.setdefault(r["token_id"], []).append(r)
        rows: list[dict[str, Any]] = []
        for tid in sorted(by_person):
            state: dict[str, str] = {}
            days: dict[str, dict[str, str]] = {}
            for r in by_person[tid]:
                state[key(r["lab"], r["exercise"])] = r["outcome"]
                days[time.strftime("%Y-%m-%d", time.localtime(r["client_time"]))] = dict(state)
            for day, snapshot in days.items():
                correct = sum(1 for v in snapshot.values() if v == "benar")
                row: dict[str, Any] = {"room": room, "date": day, "participant": names.get(tid, f"#{tid}")}
                row.update({k: snapshot.get(k, "") for k in exercises})
                row["correct"] = correct
                row["exercises"] = len(exercises)
                row["completion_pct"] = round(100 * correct / len(exercises)) if exercises else 0
                rows.append(row)
        return rows

    def write_csv(self, out: str | Path, room: str) -> Path:
        rows = self.csv_rows(room)
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        fields = (
            list(rows[0])
            if rows
            else ["room", "date", "participant", "correct", "exercises", "completion_pct"]
        )
        with open(out, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=fields)
            w.writeheader()
            w.writerows(rows)
        return out


def _natural(name: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name))


def _exercise_order(k: str) -> tuple:
    lab, _, ex = k.partition(".")
    return (int(lab[3:]) if lab[3:].isdigit() else 0, _natural(ex))


def format_grid(grid: dict[str, Any]) -> str:
    """Terminal grid: ✓ benar, ✗ belum benar, · belum dicoba (most-stuck exercise first)."""
    exs = [e["key"] for e in grid["exercises"]]
    if not exs:
        return "Belum ada progres masuk. / No progress received yet."
    width = max([len("peserta/participant")] + [len(p["name"]) for p in grid["participants"]])
    head = f"{'peserta/participant':<{width}}  " + " ".join(f"{k:>9}" for k in exs) + "  benar  terakhir/last"
    lines = [head]
    for p in grid["participants"]:
        cells = " ".join(f"{SHORT[p['cells'].get(k)]:>9}" for k in exs)
        seen = time.strftime("%H:%M", time.localtime(p["last_activity"])) if p["last_activity"] else "-"
        lines.append(f"{p['name']:<{width}}  {cells}  {p['correct']:>5}  {seen}")
    stuck = " ".join(f"{e['key']}={e['stuck']}" for e in grid["exercises"] if e["stuck"])
    lines.append("✓ benar  ✗ belum benar / not yet  · belum dicoba / not attempted")
    if stuck:
        lines.append(f"Paling macet / most stuck: {stuck}")
    return "\n".join(lines)
