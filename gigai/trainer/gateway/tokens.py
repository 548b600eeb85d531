"""Participant tokens for the room gateway: random, typed from a card, stored only as hashes, each with a budget.

Tokens live in one SQLite file in the trainer's gigai home (``~/.gigai/trainer/gateway/gateway.db``), so the CLI
can issue or revoke while the gateway runs and the gateway sees it on the very next request.

A token reads ``gg-k7mp-2xqa-9fhw-tcn4``: 16 letters from 31 without look-alikes (no 0/o, 1/l/i), about
79 random bits. Only its SHA-256 is stored; the plain token exists once, on the card printed at issue time.
Typing is forgiving: capitals, spaces and missing dashes are accepted.

    >>> from gigai.trainer.gateway import tokens
    >>> issued = tokens.issue(30, budget_idr=20_000, rpm=20)        # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # 31 letters: no 0/o, 1/l/i
GROUPS, GROUP_LEN = 4, 4
PREFIX = "gg-"
MASK = PREFIX + "-".join(["••••"] * GROUPS)  # the same for every token: no character is ever shown

DEFAULT_BUDGET_IDR = 20_000.0
DEFAULT_RPM = 20

_SCHEMA = """
CREATE TABLE IF NOT EXISTS tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    hash TEXT NOT NULL UNIQUE,
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


def new_token() -> str:
    """``gg-k7mp-2xqa-9fhw-tcn4``: 16 random letters (~79 bits) in groups of four."""
    body = "".join(secrets.choice(_ALPHABET) for _ in range(GROUPS * GROUP_LEN))
    return PREFIX + "-".join(body[i : i + GROUP_LEN] for i in range(0, len(body), GROUP_LEN))


def canonical(text: str) -> str | None:
    """The 16 letters of a token as typed (any case, spaces, dashes, with or without ``gg-``), else None."""
    raw = "".join(ch for ch in str(text).lower() if ch not in " -_\t\r\n")
    size = GROUPS * GROUP_LEN
    if len(raw) == size + 2 and raw.startswith("gg"):
        raw = raw[2:]
    if len(raw) != size or any(ch not in _ALPHABET for ch in raw):
        return None
    return raw


def token_hash(token: str) -> str | None:
    """SHA-256 of the canonical token (79 random bits make a slow hash unnecessary); None if malformed."""
    body = canonical(token)
    return hashlib.sha256(b"gigai-token:" + body.encode()).hexdigest() if body else None


def _secret_hash(secret: str) -> str:
    return hashlib.sha256(b"gigai-admin:" + secret.encode()).hexdigest()


@dataclass
class TokenInfo:
    """One participant (a token row) and what it has used. ``token`` is set only right after issuing."""

    id: int
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
    token: str | None = None

    @property
    def remaining_idr(self) -> float:
        return max(0.0, self.budget_idr - self.spent_idr)

    @property
    def masked(self) -> str:
        return MASK

    def to_dict(self) -> dict[str, Any]:
        """Everything but the token (use ``.token`` explicitly where a card needs it)."""
        d = asdict(self)
        d.pop("token")
        d["masked"] = MASK
        d["remaining_idr"] = round(self.remaining_idr, 4)
        d["spent_idr"] = round(self.spent_idr, 4)
        return d


def default_store_path() -> Path:
    """``<gigai home>/gateway/gateway.db``."""
    from gigai import config

    path = config.home() / "gateway"
    path.mkdir(parents=True, exist_ok=True)
    return path / "gateway.db"


class TokenStore:
    """SQLite-backed token table; safe to share between the gateway's threads and a CLI process."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_store_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.lock = threading.RLock()
        self.db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=10)
        self.db.row_factory = sqlite3.Row
        with self.lock:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate_plain_tokens()
            self.db.executescript(_SCHEMA)
            self.db.commit()

    def _migrate_plain_tokens(self) -> None:
        """The first version stored tokens in plain text: hash them in place (old cards keep working)."""
        cols = [r[1] for r in self.db.execute("PRAGMA table_info(tokens)").fetchall()]
        if "token" not in cols:
            return
        old = [dict(r) for r in self.db.execute("SELECT * FROM tokens").fetchall()]
        self.db.execute("ALTER TABLE tokens RENAME TO tokens_v1")
        self.db.executescript(_SCHEMA)
        for r in old:
            digest = hashlib.sha256(b"gigai-token-v1:" + r["token"].encode()).hexdigest()
            self.db.execute(
                "INSERT INTO tokens (hash, name, budget_idr, rpm, spent_idr, requests, errors, prompt_tokens,"
                " completion_tokens, revoked, created, last_seen) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    digest,
                    r["name"],
                    r["budget_idr"],
                    r["rpm"],
                    r["spent_idr"],
                    r["requests"],
                    r["errors"],
                    r["prompt_tokens"],
                    r["completion_tokens"],
                    r["revoked"],
                    r["created"],
                    r["last_seen"],
                ),
            )
        self.db.execute("DROP TABLE tokens_v1")
        self.db.execute("DELETE FROM meta WHERE key = 'admin_secret'")  # was plain text too

    def close(self) -> None:
        with self.lock:
            self.db.close()

    # -- reading ---------------------------------------------------------------------------------------
    def find(self, token: str) -> TokenInfo | None:
        """The participant holding ``token`` (revoked ones included), or None."""
        digest = token_hash(token)
        if digest is None:
            legacy = hashlib.sha256(b"gigai-token-v1:" + str(token).strip().encode()).hexdigest()
            digest = legacy if str(token).startswith(PREFIX) and len(str(token)) == 12 else None
        if digest is None:
            return None
        with self.lock:
            row = self.db.execute("SELECT * FROM tokens WHERE hash = ?", (digest,)).fetchone()
        return _row(row) if row else None

    def get(self, id_: int) -> TokenInfo | None:
        with self.lock:
            row = self.db.execute("SELECT * FROM tokens WHERE id = ?", (int(id_),)).fetchone()
        return _row(row) if row else None

    def all(self) -> list[TokenInfo]:
        with self.lock:
            rows = self.db.execute("SELECT * FROM tokens ORDER BY id").fetchall()
        return [_row(r) for r in rows]

    def ids(self, who: str | int) -> list[int]:
        """Row ids for a participant id, name, full token or ``"all"``."""
        if isinstance(who, int) or str(who).isdigit():
            return [int(who)] if self.get(int(who)) else []
        if who == "all":
            return [t.id for t in self.all()]
        found = self.find(str(who))
        if found:
            return [found.id]
        with self.lock:
            rows = self.db.execute("SELECT id FROM tokens WHERE name = ?", (str(who),)).fetchall()
        return [r[0] for r in rows]

    # -- writing ---------------------------------------------------------------------------------------
    def issue(
        self,
        n: int,
        *,
        budget_idr: float = DEFAULT_BUDGET_IDR,
        rpm: int = DEFAULT_RPM,
        names: list[str] | None = None,
    ) -> list[TokenInfo]:
        """New participants; the returned infos carry the plain ``token`` (shown once, then only hashed)."""
        names = [str(x).strip() for x in names if str(x).strip()] if names else None
        count = len(names) if names else int(n)
        out: list[TokenInfo] = []
        now = time.time()
        with self.lock:
            start = self.db.execute("SELECT COUNT(*) FROM tokens").fetchone()[0]
            for i in range(count):
                name = names[i] if names else f"peserta-{start + i + 1:02d}"
                token = new_token()
                cur = self.db.execute(
                    "INSERT INTO tokens (hash, name, budget_idr, rpm, created) VALUES (?, ?, ?, ?, ?)",
                    (token_hash(token), name, float(budget_idr), int(rpm), now),
                )
                out.append(
                    TokenInfo(cur.lastrowid, name, float(budget_idr), int(rpm), created=now, token=token)
                )
            self.db.commit()
        return out

    def replace(self, id_: int) -> TokenInfo | None:
        """A new token for the same participant (lost card): the old one stops working, spend and progress stay."""
        token = new_token()
        with self.lock:
            cur = self.db.execute(
                "UPDATE tokens SET hash = ?, revoked = 0 WHERE id = ?", (token_hash(token), int(id_))
            )
            self.db.commit()
        if not cur.rowcount:
            return None
        info = self.get(id_)
        info.token = token
        return info

    def revoke(self, who: str | int) -> int:
        """Revoke by id, token, name, or ``"all"``; returns how many tokens were revoked."""
        ids = self.ids(who)
        with self.lock:
            for i in ids:
                self.db.execute("UPDATE tokens SET revoked = 1 WHERE id = ?", (i,))
            self.db.commit()
        return len(ids)

    def set_budget(self, who: str | int, budget_idr: float) -> int:
        ids = self.ids(who)
        with self.lock:
            for i in ids:
                self.db.execute("UPDATE tokens SET budget_idr = ? WHERE id = ?", (float(budget_idr), i))
            self.db.commit()
        return len(ids)

    def top_up(self, who: str | int, add_idr: float) -> int:
        ids = self.ids(who)
        with self.lock:
            for i in ids:
                self.db.execute(
                    "UPDATE tokens SET budget_idr = budget_idr + ? WHERE id = ?", (float(add_idr), i)
                )
            self.db.commit()
        return len(ids)

    def record(
        self,
        id_: int,
        *,
        cost_idr: float = 0.0,
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
        error: bool = False,
    ) -> None:
        with self.lock:
            self.db.execute(
                "UPDATE tokens SET spent_idr = spent_idr + ?, requests = requests + 1, errors = errors + ?,"
                " prompt_tokens = prompt_tokens + ?, completion_tokens = completion_tokens + ?, last_seen = ?"
                " WHERE id = ?",
                (
                    float(cost_idr),
                    int(error),
                    int(prompt_tokens),
                    int(completion_tokens),
                    time.time(),
                    int(id_),
                ),
            )
            self.db.commit()

    def touch(self, id_: int) -> None:
        with self.lock:
            self.db.execute("UPDATE tokens SET last_seen = ? WHERE id = ?", (time.time(), int(id_)))
            self.db.commit()

    # -- room settings and the admin secret (hashed) -----------------------------------------------------
    def meta(self, key: str, value: str | None = None) -> str | None:
        with self.lock:
            if value is not None:
                self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
                self.db.commit()
                return value
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_admin_secret(self, given: str | None = None) -> str:
        """Store the hash of ``given`` (or of a new random secret) and return the plain secret once."""
        secret = given or "adm-" + secrets.token_urlsafe(12)
        self.meta("admin_hash", _secret_hash(secret))
        return secret

    def admin_ok(self, given: str) -> bool:
        stored = self.meta("admin_hash")
        return bool(given and stored) and hmac.compare_digest(_secret_hash(given), stored)


def _row(row: sqlite3.Row) -> TokenInfo:
    d = dict(row)
    d.pop("hash", None)
    d["revoked"] = bool(d["revoked"])
    return TokenInfo(**d)


# -- module-level helpers the CLI wires (`gigai gateway tokens ...`) -------------------------------------
def issue(
    n: int,
    *,
    budget_idr: float = DEFAULT_BUDGET_IDR,
    rpm: int = DEFAULT_RPM,
    names: list[str] | None = None,
    store_path: str | Path | None = None,
) -> list[TokenInfo]:
    """Issue ``n`` participant tokens (named ``peserta-01``... unless ``names``). Used in: trainer notes."""
    store = TokenStore(store_path)
    try:
        return store.issue(n, budget_idr=budget_idr, rpm=rpm, names=names)
    finally:
        store.close()


def revoke(who: str, *, store_path: str | Path | None = None) -> int:
    """Revoke a token (by token, name or ``"all"``); a running gateway refuses it on the next request."""
    store = TokenStore(store_path)
    try:
        return store.revoke(who)
    finally:
        store.close()


def list_tokens(*, store_path: str | Path | None = None) -> list[TokenInfo]:
    """Every participant with its usage so far (no tokens: they are stored hashed)."""
    store = TokenStore(store_path)
    try:
        return store.all()
    finally:
        store.close()
