"""The trainer's console: ``/admin`` (page, package data ``admin.html``) and its JSON endpoints.

Reachable from the trainer's laptop (loopback) without a key, from elsewhere only with the admin key.
Tokens are stored hashed: the console can reveal only a token issued by this gateway run (one at a time);
for anyone else "Ganti token" gives the participant a new token and keeps their spend and progress.
"""

from __future__ import annotations

import functools
import json
import time
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from gigai.lang import english
from gigai.trainer.gateway import cards
from gigai.trainer.gateway.context import Room
from gigai.trainer.gateway.tokens import TokenInfo
from gigai.trainer.gateway.usage import money
from gigai.trainer.gateway.wire import WireError, error_response


def page() -> str:
    return resources.files("gigai.trainer.gateway").joinpath("admin.html").read_text(encoding="utf-8")


def participant_row(room: Room, t: TokenInfo) -> dict[str, Any]:
    d = t.to_dict()
    d["spent_text"] = money(t.spent_idr)
    d["budget_text"] = money(t.budget_idr)
    d["held_idr"] = round(room.ledger.held(t.id), 4)
    d["revealable"] = t.id in room.revealable
    return d


def state(room: Room) -> dict[str, Any]:
    """Everything the console shows, without a single token character."""
    infos = room.store.all()
    spent = sum(t.spent_idr for t in infos)
    budget = sum(t.budget_idr for t in infos if not t.revoked)
    return {
        "room": room.store.meta("room") or "",
        "now": time.time(),
        "lang": "en" if english() else "id",
        "upstream": room.health.to_dict(),
        "policy": room.describe(),
        "totals": {
            "participants": len(infos),
            "active": sum(not t.revoked for t in infos),
            "requests": sum(t.requests for t in infos),
            "errors": sum(t.errors for t in infos),
            "spent_idr": round(spent, 4),
            "spent_text": money(spent),
            "budget_text": money(budget),
            "progress_records": room.book.count(),
        },
        "participants": [participant_row(room, t) for t in infos],
        "grid": room.book.grid(),
    }


def _fields(data: Any, allowed: dict[str, type | tuple[type, ...]]) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise WireError(400, "E069", "Isi permintaan harus objek JSON.", "The body must be a JSON object.")
    extra = sorted(set(data) - set(allowed))
    if extra:
        raise WireError(400, "E103", f"Kolom tidak dikenal: {extra}.", f"Unknown fields: {extra}.",
                        f"kolom yang diterima / accepted: {', '.join(allowed)}")  # fmt: skip
    for k, kind in allowed.items():
        if k in data and (isinstance(data[k], bool) and kind is not bool or not isinstance(data[k], kind)):
            raise WireError(400, "E101", f"Nilai '{k}' tidak valid.", f"Invalid '{k}'.", None)
    return data


LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1", "testserver"}  # testserver: Starlette's TestClient


def _hostname(value: str) -> str:
    """``127.0.0.1:8787`` / ``[::1]:8787`` / ``http://localhost:8787`` -> the bare, lower-case host name."""
    value = value.strip().lower().split("://", 1)[-1].split("/", 1)[0]
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def same_site(request: Request) -> JSONResponse | None:
    """The key-less (loopback) console only answers the trainer's own browser tab on the console itself.

    Refused: another name for 127.0.0.1 in ``Host`` (DNS rebinding: evil.example resolving to 127.0.0.1 would
    read the console), and for changes a page of another origin posting through the trainer's browser (CSRF:
    a participant's demo app the trainer opens) -- a foreign ``Origin``/``Sec-Fetch-Site`` or a body that is
    not ``application/json`` (a form or text/plain post needs no CORS preflight).
    """
    host = _hostname(request.headers.get("host", ""))
    bad = host not in LOOPBACK_NAMES
    if request.method not in ("GET", "HEAD"):
        origin = request.headers.get("origin")
        site = request.headers.get("sec-fetch-site", "same-origin").lower()
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        bad = bad or (origin is not None and _hostname(origin) not in LOOPBACK_NAMES)
        has_body = request.headers.get("content-length", "0") != "0" or "transfer-encoding" in request.headers
        bad = (
            bad or site not in ("same-origin", "none") or (ctype or has_body) and ctype != "application/json"
        )
    if not bad:
        return None
    return error_response(
        403, "E114", "Konsol menolak permintaan dari halaman atau alamat lain.",
        "The console refuses requests from another page or host name.",
        "buka konsol langsung di http://127.0.0.1:PORT/admin di laptop trainer / open the console directly at "
        "http://127.0.0.1:PORT/admin on the trainer's laptop",
    )  # fmt: skip


def add_routes(app: FastAPI, room: Room) -> None:
    """Console routes on ``app``."""

    def check_admin(request: Request) -> JSONResponse | None:
        if room.is_loopback(request):
            return same_site(request)
        address = room.address(request)
        wait = room.throttle.wait(address)
        if wait > 0:
            return error_response(429, "E104", "Terlalu banyak kunci salah; tunggu sebentar.",
                                  "Too many wrong keys; wait a moment.", f"tunggu / wait {wait:.0f} s",
                                  headers={"Retry-After": str(max(1, round(wait)))})  # fmt: skip
        given = request.headers.get("x-admin-key", "")
        auth = request.headers.get("authorization", "")
        if not given and auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if room.store.admin_ok(given):
            return None
        room.throttle.failed(address)
        return error_response(
            401, "E113", "Konsol hanya untuk laptop trainer atau dengan kunci admin.",
            "The console answers the trainer's laptop, or with the admin key.",
            "buka http://127.0.0.1:PORT/admin di laptop trainer, atau isi kunci admin (GIGAI_GATEWAY_ADMIN_KEY "
            "di .env laptop trainer) / open it on the trainer's laptop, or enter the admin key the trainer set "
            "as GIGAI_GATEWAY_ADMIN_KEY",
        )  # fmt: skip

    async def body(request: Request, allowed: dict[str, Any]) -> dict[str, Any]:
        raw = await request.body()
        if len(raw) > 16_000:
            raise WireError(413, "E064", "Permintaan terlalu besar.", "Request too large.")
        try:
            data = json.loads(raw or b"{}")
        except (ValueError, RecursionError):  # bad syntax, bad bytes, or nested deep enough to recurse
            raise WireError(400, "E069", "Isi bukan JSON.", "The body is not JSON.") from None
        return _fields(data, allowed)

    def participant(id_: int) -> TokenInfo:
        info = room.store.get(id_)
        if info is None:
            raise WireError(404, "E108", f"Peserta #{id_} tidak ada.", f"No participant #{id_}.")
        return info

    def confirmed(info: TokenInfo, d: dict[str, Any]) -> None:
        if d.get("confirm") != info.name:
            raise WireError(400, "E109", f"Konfirmasi dulu: ketik nama peserta '{info.name}'.",
                            f"Confirm first: type the participant's name '{info.name}'.",
                            '{"confirm": "<nama / name>"}')  # fmt: skip

    def guarded(fn):
        @functools.wraps(fn)  # FastAPI reads the path parameters from fn's signature
        async def run(request: Request, **kw: Any) -> Response:
            if err := check_admin(request):
                return err
            try:
                return await fn(request, **kw)
            except WireError as exc:
                return exc.response()

        return run

    @app.get("/admin", response_class=HTMLResponse)
    async def admin_page() -> str:
        return page()  # holds no data and no secret; everything comes from /admin/state

    @app.get("/admin/state")
    async def admin_state(request: Request) -> Response:
        if err := check_admin(request):
            return err
        return JSONResponse(state(room))

    async def wanted(request: Request) -> tuple[int, list[str] | None, float, int]:
        """(how many, names, budget, rpm) of a token request, checked."""
        d = await body(request, {"n": int, "names": list, "budget_idr": (int, float), "rpm": int})
        n, names = d.get("n", 1), d.get("names")
        if names is not None and not all(isinstance(x, str) and 0 < len(x.strip()) <= 40 for x in names):
            raise WireError(
                400, "E101", "Nama peserta harus teks 1..40 huruf.", "Names must be 1..40 characters."
            )
        if not 1 <= (len(names) if names else n) <= 200:
            raise WireError(400, "E101", "Jumlah token 1..200.", "Between 1 and 200 tokens.")
        budget = float(d.get("budget_idr", 20_000))
        rpm = d.get("rpm", 20)
        if not 0 <= budget <= 10_000_000 or not 1 <= rpm <= 600:
            raise WireError(
                400, "E101", "Budget 0..10.000.000, rpm 1..600.", "Budget 0..10,000,000, rpm 1..600."
            )
        return n, names, budget, rpm

    def issue_now(n: int, names: list[str] | None, budget: float, rpm: int) -> list[TokenInfo]:
        issued = room.store.issue(n, budget_idr=budget, rpm=rpm, names=names)
        for t in issued:
            room.revealable[t.id] = t.token
        return issued

    async def issue(request: Request) -> Response:
        issued = issue_now(*await wanted(request))
        return JSONResponse({"issued": [{"id": t.id, "name": t.name} for t in issued]})

    async def print_cards(request: Request) -> Response:
        """New tokens as a printable sheet, addressed the way participants reach THIS gateway now."""
        asked = await wanted(request)
        local_host, port = (request.scope.get("server") or ("", 0))[:2]
        url = cards.serving_base_url(str(local_host or ""), int(port or 0), lan=room.lan)
        if url is None:
            raise WireError(
                409, "E233",
                "Kartu tidak bisa dibuat: gateway hanya bisa dihubungi dari laptop ini." if not room.lan else
                "Kartu tidak bisa dibuat: laptop ini belum punya alamat LAN (wifi kelas belum tersambung?).",
                "No cards: the gateway listens on this laptop only." if not room.lan else
                "No cards: this laptop has no LAN address (room wifi not connected?).",
                "gigai gateway serve --upstream ... (tanpa / without --host 127.0.0.1)" if not room.lan else
                "sambungkan wifi kelas, lalu coba lagi / connect to the room wifi and retry",
            )  # fmt: skip
        issued = issue_now(*asked)
        page = cards.sheet_html(issued, base_url=url, model=room.policy.models[0])
        return HTMLResponse(page, headers={"Cache-Control": "no-store", "X-Gigai-Base-Url": url})

    async def reveal(request: Request, id_: int) -> Response:
        info = participant(id_)
        token = room.revealable.get(info.id)
        if not token:
            raise WireError(
                404, "E108", "Token ini disimpan sebagai hash dan tidak bisa ditampilkan lagi.",
                "This token is stored hashed and cannot be shown again.",
                "pakai 'Ganti token' (budget dan progres tetap) / use 'New token' (spend and progress stay)",
            )  # fmt: skip
        return JSONResponse({"id": info.id, "name": info.name, "token": token})

    async def replace(request: Request, id_: int) -> Response:
        info = participant(id_)
        confirmed(info, await body(request, {"confirm": str}))
        new = room.store.replace(info.id)
        room.revealable[info.id] = new.token
        return JSONResponse({"id": info.id, "name": info.name, "replaced": True})

    async def top_up(request: Request, id_: int) -> Response:
        from gigai.business.money import rupiah

        info = participant(id_)
        d = await body(request, {"add_idr": (int, float)})
        add = float(d.get("add_idr", 0))
        if not 0 < add <= 10_000_000:
            raise WireError(
                400, "E101", "Tambahan budget harus 1..10.000.000.", "Top-up must be 1..10,000,000."
            )
        room.store.top_up(info.id, add)
        fresh = room.store.get(info.id)
        return JSONResponse(
            {"id": info.id, "budget_idr": fresh.budget_idr, "budget_text": rupiah(fresh.budget_idr)}
        )

    async def revoke(request: Request, id_: int) -> Response:
        info = participant(id_)
        confirmed(info, await body(request, {"confirm": str}))
        room.store.revoke(info.id)
        room.revealable.pop(info.id, None)
        return JSONResponse({"id": info.id, "revoked": True})

    app.post("/admin/tokens")(guarded(issue))
    app.post("/admin/cards")(guarded(print_cards))
    app.post("/admin/participants/{id_}/reveal")(guarded(reveal))
    app.post("/admin/participants/{id_}/replace")(guarded(replace))
    app.post("/admin/participants/{id_}/topup")(guarded(top_up))
    app.post("/admin/participants/{id_}/revoke")(guarded(revoke))
