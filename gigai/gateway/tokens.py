"""Participant tokens for the room gateway: short, random, revocable, each with a rupiah budget.

Tokens live in one SQLite file in the trainer's gigai home (``~/.gigai/gateway/gateway.db``), so the CLI
can issue or revoke while the gateway runs and the gateway sees it on the very next request.

    >>> from gigai.gateway import tokens
    >>> issued = tokens.issue(30, budget_idr=20_000, rpm=20)        # doctest: +SKIP
    >>> tokens.write_sheet(issued, "token-peserta.html", base_url="http://192.168.1.10:8787/v1")  # doctest: +SKIP
"""

from __future__ import annotations

import html
import secrets
import sqlite3
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

# No 0/O, 1/l/I: participants type these from a printed sheet or a projector.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"

DEFAULT_BUDGET_IDR = 20_000.0
DEFAULT_RPM = 20

_SCHEMA = """
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    budget_idr REAL NOT NULL,
    rpm INTEGER NOT NULL,
    spent_idr REAL NOT NULL DEFAULT 0,
    requests INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    prompt_tokens INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    revoked INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL,
    last_seen REAL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass
class TokenInfo:
    """One participant token and what it has used so far."""

    token: str
    name: str
    budget_idr: float
    rpm: int
    spent_idr: float = 0.0
    requests: int = 0
    errors: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    revoked: bool = False
    created: float = 0.0
    last_seen: float | None = None

    @property
    def remaining_idr(self) -> float:
        return max(0.0, self.budget_idr - self.spent_idr)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["remaining_idr"] = round(self.remaining_idr, 2)
        d["spent_idr"] = round(self.spent_idr, 2)
        return d


def default_store_path() -> Path:
    """``<gigai home>/gateway/gateway.db``."""
    from gigai import config

    path = config.home() / "gateway"
    path.mkdir(parents=True, exist_ok=True)
    return path / "gateway.db"


def new_token(prefix: str = "gg-", length: int = 8) -> str:
    """``gg-k7mp-2xqa``: short enough to type, ~40 random bits (wrong guesses only ever get a 401)."""
    body = "".join(secrets.choice(_ALPHABET) for _ in range(length))
    half = length // 2
    return f"{prefix}{body[:half]}-{body[half:]}"


class TokenStore:
    """SQLite-backed token table; safe to share between the gateway's threads and a CLI process."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_store_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=10)
        self._db.row_factory = sqlite3.Row
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            self._db.commit()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- reading ---------------------------------------------------------------------------------------
    def get(self, token: str) -> TokenInfo | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM tokens WHERE token = ?", (token,)).fetchone()
        return _row(row) if row else None

    def all(self) -> list[TokenInfo]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM tokens ORDER BY created, name").fetchall()
        return [_row(r) for r in rows]

    # -- writing ---------------------------------------------------------------------------------------
    def issue(
        self,
        n: int,
        *,
        budget_idr: float = DEFAULT_BUDGET_IDR,
        rpm: int = DEFAULT_RPM,
        prefix: str = "gg-",
        names: list[str] | None = None,
    ) -> list[TokenInfo]:
        if names is not None and len(names) != n:
            n = len(names)
        start = len(self.all())
        out: list[TokenInfo] = []
        now = time.time()
        with self._lock:
            for i in range(n):
                name = names[i] if names else f"peserta-{start + i + 1:02d}"
                info = TokenInfo(new_token(prefix), name, float(budget_idr), int(rpm), created=now)
                self._db.execute(
                    "INSERT INTO tokens (token, name, budget_idr, rpm, created) VALUES (?, ?, ?, ?, ?)",
                    (info.token, info.name, info.budget_idr, info.rpm, now),
                )
                out.append(info)
            self._db.commit()
        return out

    def revoke(self, token_or_name: str) -> int:
        """Revoke by token, by name, or ``"all"``; returns how many tokens were revoked."""
        with self._lock:
            if token_or_name == "all":
                cur = self._db.execute("UPDATE tokens SET revoked = 1")
            else:
                cur = self._db.execute(
                    "UPDATE tokens SET revoked = 1 WHERE token = ? OR name = ?",
                    (token_or_name, token_or_name),
                )
            self._db.commit()
            return cur.rowcount

    def set_budget(self, token_or_name: str, budget_idr: float) -> int:
        with self._lock:
            cur = self._db.execute(
                "UPDATE tokens SET budget_idr = ? WHERE token = ? OR name = ?",
                (float(budget_idr), token_or_name, token_or_name),
            )
            self._db.commit()
            return cur.rowcount

    def record(
        self,
        token: str,
        *,
        cost_idr: float = 0.0,
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
        error: bool = False,
    ) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE tokens SET spent_idr = spent_idr + ?, requests = requests + 1, errors = errors + ?,"
                " prompt_tokens = prompt_tokens + ?, completion_tokens = completion_tokens + ?, last_seen = ?"
                " WHERE token = ?",
                (cost_idr, int(error), prompt_tokens, completion_tokens, time.time(), token),
            )
            self._db.commit()

    # -- admin secret ----------------------------------------------------------------------------------
    def admin_secret(self, given: str | None = None) -> str:
        """The trainer's admin secret: ``given`` if passed (and stored), else the stored one, else a new one."""
        with self._lock:
            if given:
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('admin_secret', ?)", (given,))
                self._db.commit()
                return given
            row = self._db.execute("SELECT value FROM meta WHERE key = 'admin_secret'").fetchone()
            if row:
                return row[0]
            secret = "adm-" + secrets.token_urlsafe(12)
            self._db.execute("INSERT INTO meta VALUES ('admin_secret', ?)", (secret,))
            self._db.commit()
            return secret


def _row(row: sqlite3.Row) -> TokenInfo:
    d = dict(row)
    d["revoked"] = bool(d["revoked"])
    return TokenInfo(**d)


# -- module-level helpers the CLI wires (`gigai gateway tokens ...`) -------------------------------------
def issue(
    n: int,
    *,
    budget_idr: float = DEFAULT_BUDGET_IDR,
    rpm: int = DEFAULT_RPM,
    prefix: str = "gg-",
    names: list[str] | None = None,
    store_path: str | Path | None = None,
) -> list[TokenInfo]:
    """Issue ``n`` participant tokens (named ``peserta-01``...) and store them. Used in: trainer notes."""
    store = TokenStore(store_path)
    try:
        return store.issue(n, budget_idr=budget_idr, rpm=rpm, prefix=prefix, names=names)
    finally:
        store.close()


def revoke(token_or_name: str, *, store_path: str | Path | None = None) -> int:
    """Revoke a token (by token, name or ``"all"``); a running gateway refuses it on the next request."""
    store = TokenStore(store_path)
    try:
        return store.revoke(token_or_name)
    finally:
        store.close()


def list_tokens(*, store_path: str | Path | None = None) -> list[TokenInfo]:
    """Every token with its usage so far."""
    store = TokenStore(store_path)
    try:
        return store.all()
    finally:
        store.close()


def format_table(infos: list[TokenInfo]) -> str:
    """Plain-text table for the terminal or a printout."""
    lines = [
        f"{'nama/name':<14} {'token':<16} {'Rp terpakai/spent':>18} {'Rp batas/budget':>16} {'req':>5}  status"
    ]
    for t in infos:
        status = "DICABUT/revoked" if t.revoked else "aktif/active"
        lines.append(
            f"{t.name:<14} {t.token:<16} {t.spent_idr:>18,.0f} {t.budget_idr:>16,.0f} {t.requests:>5}  {status}"
        )
    return "\n".join(lines)


def write_sheet(infos: list[TokenInfo], out: str | Path, *, base_url: str, qr: bool = True) -> Path:
    """Write a printable HTML sheet: one card per participant with the two lines to put in ``.env`` + a QR.

    The QR holds the same two lines, so a participant can scan it with a phone and send it to the laptop.
    """
    out = Path(out)
    cards = []
    for t in infos:
        env = f"GIGAI_PROVIDER=gateway\nGIGAI_BASE_URL={base_url}\nGIGAI_API_KEY={t.token}"
        svg = ""
        if qr:
            import segno  # in gigai's core dependencies

            svg = segno.make(env, error="m").svg_inline(scale=3)
        cards.append(
            f'<div class="card"><h2>{html.escape(t.name)}</h2>{svg}'
            f"<p>Token: <code>{html.escape(t.token)}</code><br>Budget: Rp {t.budget_idr:,.0f}</p>"
            f"<pre>{html.escape(env)}</pre></div>"
        )
    page = f"""<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Token peserta / Participant tokens</title>
<style>body{{font-family:sans-serif}} .card{{display:inline-block;width:30%;min-width:260px;margin:6px;
padding:8px;border:1px dashed #888;vertical-align:top;page-break-inside:avoid}}
pre{{white-space:pre-wrap;font-size:11px}} h2{{margin:2px 0}}</style></head><body>
<h1>Token gateway kelas / Room gateway tokens</h1>
<p>Tulis tiga baris ini di file <code>.env</code> di folder lab kamu (atau jalankan <code>set</code>/<code>export</code>).
Jangan bagikan token kamu. / Put these three lines in the <code>.env</code> file of your lab folder.
Do not share your token.</p>
{"".join(cards)}
</body></html>"""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
