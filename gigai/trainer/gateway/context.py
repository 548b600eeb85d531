"""What the gateway's routes share: the room's settings, stores, limits, the upstreams and their connections."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse

from gigai.trainer.gateway.ledger import Ledger
from gigai.trainer.gateway.limits import FailureThrottle, TokenBucket
from gigai.trainer.gateway.progress import ProgressBook
from gigai.trainer.gateway.status import RoomHealth
from gigai.trainer.gateway.tokens import TokenInfo, TokenStore
from gigai.trainer.gateway.upstreams import Upstream
from gigai.trainer.gateway.wire import Policy, error_response

LOOPBACK = {"127.0.0.1", "::1", "localhost", "testclient"}
PROGRESS_RPM = 240  # a whole lab's checks in a burst is fine; a loop posting forever is not
PROGRESS_BURST = 60


@dataclass
class Room:
    upstreams: list[Upstream]  # in order: the cloud provider, then a model on this laptop (each priced)
    policy: Policy
    store: TokenStore
    ledger: Ledger
    book: ProgressBook
    health: RoomHealth
    offline_fallback: bool = False
    max_request_bytes: int = 256_000
    first_byte_timeout: float = 12.0  # an upstream that has not started answering by then is skipped
    answer_timeout: float = 45.0  # a whole answer, all upstreams included (clients wait 60 s)
    probe_interval: float = 15.0
    lan: bool = False  # listening on the room's LAN (room mode), not only on this laptop
    max_concurrency: int = 64
    transport: httpx.AsyncBaseTransport | None = None
    throttle: FailureThrottle = field(default_factory=FailureThrottle)
    buckets: dict[tuple[str, int], TokenBucket] = field(default_factory=dict)
    revealable: dict[int, str] = field(default_factory=dict)  # tokens issued by this run's console only
    clients: list[httpx.AsyncClient] | None = None
    turn: int = 0

    @property
    def provider(self) -> str:
        """The first upstream's catalogue row: it prices the allow-list."""
        return self.upstreams[0].provider

    # -- upstream ------------------------------------------------------------------------------------------
    def scrub(self, text: str) -> str:
        from gigai.config import mask

        for key in {u.key for u in self.upstreams if u.key}:
            # A key shorter than 8 characters is no secret worth the damage of replacing it inside every word.
            if len(key) >= 8 and key in text:
                text = text.replace(key, mask(key))
        return text

    @staticmethod
    def upstream_headers(up: Upstream) -> dict[str, str]:
        # Some local servers (llama.cpp, Ollama) need no key; send a harmless placeholder then.
        return {"Authorization": f"Bearer {up.key or 'no-key'}", "Content-Type": "application/json"}

    def client(self) -> httpx.AsyncClient:
        # Several small pools instead of one big one: httpcore's pool bookkeeping grows with the square of
        # its connections (measured: one 64-connection pool spent most of the CPU of a 50-person load test).
        if self.clients is None:
            per_pool = 8
            self.clients = [
                httpx.AsyncClient(
                    transport=self.transport,
                    timeout=httpx.Timeout(self.answer_timeout, connect=min(5.0, self.first_byte_timeout)),
                    limits=httpx.Limits(max_connections=per_pool, max_keepalive_connections=per_pool),
                )
                for _ in range(max(1, -(-self.max_concurrency // per_pool)))
            ]
        self.turn = (self.turn + 1) % len(self.clients)
        return self.clients[self.turn]

    async def close(self) -> None:
        for c in self.clients or []:
            await c.aclose()
        self.clients = None

    # -- participants --------------------------------------------------------------------------------------
    def authenticate(self, request: Request) -> tuple[TokenInfo | None, JSONResponse | None]:
        """The participant behind the request, or a bilingual 401/429. Guessing is throttled per address."""
        address = self.address(request)
        wait = self.throttle.wait(address)
        if wait > 0:
            return None, error_response(
                429,
                "E104",
                "Terlalu banyak token salah dari laptop ini; tunggu sebentar.",
                "Too many wrong tokens from this address; wait a moment.",
                f"tunggu {wait:.0f} detik, lalu salin token dari kartu dengan teliti / wait {wait:.0f} s, "
                "then copy the token from your card carefully",
                headers={"Retry-After": str(max(1, round(wait)))},
            )
        auth = request.headers.get("authorization", "")
        token = (
            auth[7:].strip() if auth.lower().startswith("bearer ") else request.headers.get("x-api-key", "")
        )
        info = self.store.find(token.strip()) if token.strip() else None
        if info is None:
            self.throttle.failed(address)
            return None, error_response(
                401,
                "E061",
                "Token gateway salah atau belum diisi.",
                "Gateway token is wrong or missing.",
                "cek GIGAI_API_KEY di .env sama persis dengan token di kartu kamu / check GIGAI_API_KEY "
                "matches your card",
            )
        if info.revoked:
            return None, error_response(
                401,
                "E067",
                "Token kamu sudah dicabut oleh trainer.",
                "Your token was revoked by the trainer.",
                "minta token baru ke trainer / ask the trainer for a new token",
            )
        return info, None

    def bucket(self, kind: str, info: TokenInfo) -> TokenBucket:
        rpm = info.rpm if kind == "chat" else PROGRESS_RPM
        b = self.buckets.get((kind, info.id))
        if b is None or b.rpm != rpm:
            burst = None if kind == "chat" else PROGRESS_BURST
            b = self.buckets[(kind, info.id)] = TokenBucket(rpm, burst=burst)
        return b

    @staticmethod
    def forwarded(request: Request) -> str | None:
        """The original client named by a proxy on this laptop (ngrok, cloudflared, caddy...), if any."""
        for name in ("x-forwarded-for", "x-real-ip", "forwarded"):
            value = request.headers.get(name)
            if value:
                # The proxy on this laptop APPENDS the client it saw: earlier entries are the client's own words.
                last = value.split(",")[-1].strip()
                return last.split("for=", 1)[-1].split(";")[0].strip('"[]') if name == "forwarded" else last
        return None

    def address(self, request: Request) -> str:
        """Who to throttle: the peer, or, behind a proxy on this very laptop, the client the proxy names."""
        peer = request.client.host if request.client else "?"
        if peer in LOOPBACK:
            return self.forwarded(request) or peer
        return peer  # a LAN peer's own X-Forwarded-For is not believed (it would dodge the throttle)

    def is_loopback(self, request: Request) -> bool:
        """The trainer's own laptop, and not a tunnel or proxy relaying someone else."""
        peer = request.client.host if request.client else ""
        return peer in LOOPBACK and self.forwarded(request) is None

    def describe(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "models": list(self.policy.models),
            "max_tokens": self.policy.max_tokens,
            "upstreams": [
                {"provider": u.provider, "model": u.model, "local": u.local} for u in self.upstreams
            ],
            "first_byte_timeout": self.first_byte_timeout,
            "probe_interval": self.probe_interval,
            "lan": self.lan,
        }
