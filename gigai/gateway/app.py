"""The room gateway: an OpenAI-compatible proxy that holds the program's real key and hands out none of it.

Participants call ``POST /v1/chat/completions`` with their short token (``gg-xxxx-xxxx``); the gateway checks
the token, its rate limit and its rupiah budget, forwards to the real provider with the real key, streams the
answer back, and books the cost. The trainer reads ``/admin`` (loopback only by default).

Status codes a participant can meet (body: OpenAI error shape with bilingual text)::

    401 GIGAI-E061  token salah / wrong token            401 GIGAI-E067  token dicabut / revoked
    402 GIGAI-E062  budget habis / budget used up        429 GIGAI-E063  terlalu cepat / rate limited
    413 GIGAI-E064  permintaan terlalu besar / too large 400 GIGAI-E069  JSON tidak valid / bad request
    502 GIGAI-E065  penyedia tidak bisa dihubungi        504 GIGAI-E066  penyedia terlalu lama / timeout
    502 GIGAI-E068  kunci program ditolak penyedia (trainer must fix the upstream key)
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import time
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.background import BackgroundTask

from gigai.gateway.limits import TokenBucket, cost_idr, estimate_tokens, load_prices, usd_to_idr_rate
from gigai.gateway.tokens import TokenStore

log = logging.getLogger("gigai.gateway")

OFFLINE_MODEL = "gigai-offline"
_LOOPBACK = {"127.0.0.1", "::1", "localhost", "testclient"}


def _mask(secret: str | None) -> str:
    from gigai.config import mask

    return mask(secret)


def error_response(
    status: int, code: str, id_: str, en: str, hint: str | None = None, headers: dict | None = None
) -> JSONResponse:
    """OpenAI-shaped error body (SDKs show ``error.message``) carrying gigai's bilingual fields."""
    message = f"[GIGAI-{code}] {id_} / {en}" + (f" Coba / Try: {hint}" if hint else "")
    body = {
        "error": {
            "message": message,
            "type": "gigai_gateway_error",
            "code": f"GIGAI-{code}",
            "id": id_,
            "en": en,
            "hint": hint,
        }
    }
    return JSONResponse(body, status_code=status, headers=headers)


def _offline_text(messages: list[dict[str, Any]], reason: str) -> str:
    """An answer from gigai's offline engine, always labelled; never raises."""
    text = ""
    try:
        from gigai import get_model  # the LLM layer; may be absent in a stripped install

        text = get_model("offline").complete(messages).text
    except Exception:  # noqa: BLE001 - the fallback must never fail the request
        text = (
            "Maaf, penyedia AI kelas sedang tidak bisa dihubungi; ini jawaban cadangan. Coba lagi sebentar "
            "lagi atau tanya trainer. / The room's AI provider is unreachable; this is a fallback answer. "
            "Try again shortly or ask the trainer."
        )
    if not text.startswith("[mode offline]"):
        text = "[mode offline] " + text
    return f"{text}\n\n({reason})"


def _completion_body(text: str, model: str) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-gigai-{int(time.time() * 1000)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


def _sse_chunks(text: str, model: str, *, with_usage: bool = False) -> list[bytes]:
    base = {
        "id": f"chatcmpl-gigai-{int(time.time() * 1000)}",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
    }
    words = text.split(" ")
    pieces = [w if i == 0 else " " + w for i, w in enumerate(words)]
    out = [
        dict(
            base, choices=[{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]
        )
    ]
    for i in range(0, len(pieces), 8):
        out.append(
            dict(
                base,
                choices=[
                    {"index": 0, "delta": {"content": "".join(pieces[i : i + 8])}, "finish_reason": None}
                ],
            )
        )
    out.append(dict(base, choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}]))
    if with_usage:
        out.append(
            dict(base, choices=[], usage={"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0})
        )
    return [f"data: {json.dumps(c)}\n\n".encode() for c in out] + [b"data: [DONE]\n\n"]


def create_app(
    upstream_base_url: str,
    upstream_key: str | None = None,
    *,
    store_path: str | Path | None = None,
    offline_fallback: bool = False,
    max_request_bytes: int = 256_000,
    max_tokens_cap: int | None = 1024,
    force_model: str | None = None,
    prices: dict[str, Any] | None = None,
    usd_to_idr: float | None = None,
    admin_secret: str | None = None,
    admin_loopback_only: bool = True,
    timeout: float = 60.0,
    max_concurrency: int = 64,
    transport: httpx.AsyncBaseTransport | None = None,
) -> FastAPI:
    """Build the gateway ASGI app. ``upstream_base_url`` ends in ``/v1`` (e.g. Gemini's OpenAI endpoint).

    offline_fallback: when the upstream fails, answer from gigai's offline engine (labelled ``[mode offline]``)
    instead of a 502/504. max_tokens_cap: clamp each request's ``max_tokens`` (protects budgets).
    force_model: send every request to this model whatever the participant asked for.
    """
    base = upstream_base_url.rstrip("/")
    key = upstream_key or ""
    store = TokenStore(store_path)
    admin = store.admin_secret(admin_secret)
    price_table = load_prices(prices)
    usd_to_idr = usd_to_idr if usd_to_idr is not None else usd_to_idr_rate()
    buckets: dict[str, TokenBucket] = {}
    state: dict[str, Any] = {"client": None}

    def scrub(text: str) -> str:
        return text.replace(key, _mask(key)) if key and key in text else text

    def upstream_headers() -> dict[str, str]:
        # Some local servers (llama.cpp, Ollama) need no key; send a harmless placeholder then.
        return {"Authorization": f"Bearer {key or 'no-key'}", "Content-Type": "application/json"}

    def client() -> httpx.AsyncClient:
        # Several small pools instead of one big one: httpcore's pool bookkeeping grows with the square of
        # its connections (measured: one 64-connection pool spent most of the CPU of a 50-person load test).
        if state["client"] is None:
            per_pool = 8
            state["client"] = [
                httpx.AsyncClient(
                    transport=transport,
                    timeout=httpx.Timeout(timeout, connect=min(10.0, timeout)),
                    limits=httpx.Limits(max_connections=per_pool, max_keepalive_connections=per_pool),
                )
                for _ in range(max(1, -(-max_concurrency // per_pool)))
            ]
        state["turn"] = (state.get("turn", 0) + 1) % len(state["client"])
        return state["client"][state["turn"]]

    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        for c in state["client"] or []:
            await c.aclose()
        state["client"] = None

    app = FastAPI(
        title="gigai room gateway", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None
    )
    app.state.store = store
    app.state.admin_secret = admin

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.error("gateway error: %s", scrub(f"{type(exc).__name__}: {exc}"))
        return error_response(
            500,
            "E060",
            "Gateway mengalami kesalahan internal.",
            "The gateway hit an internal error.",
            "coba lagi / try again; trainer: lihat log gateway / check the gateway log",
        )

    # -- participant side ---------------------------------------------------------------------------------
    def participant_token(request: Request) -> str:
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return auth[7:].strip()
        return request.headers.get("x-api-key", "").strip()

    def check_token(request: Request):
        token = participant_token(request)
        info = store.get(token) if token else None
        if info is None:
            return None, error_response(
                401,
                "E061",
                "Token gateway salah atau belum diisi.",
                "Gateway token is wrong or missing.",
                "cek GIGAI_API_KEY di .env sama persis dengan token di kartu kamu / check GIGAI_API_KEY matches "
                "your card",
            )
        if info.revoked:
            return None, error_response(
                401,
                "E067",
                "Token ini sudah dicabut trainer.",
                "This token has been revoked by the trainer.",
                "minta token baru ke trainer / ask the trainer for a new token",
            )
        return info, None

    @app.get("/health")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "gateway": "gigai", "offline_fallback": offline_fallback}

    @app.get("/v1/models")
    async def models(request: Request) -> Response:
        info, err = check_token(request)
        if err:
            return err
        if force_model:
            return JSONResponse(
                {
                    "object": "list",
                    "data": [{"id": force_model, "object": "model", "owned_by": "gigai-gateway"}],
                }
            )
        try:
            r = await client().get(f"{base}/models", headers=upstream_headers())
            if r.status_code == 200:
                return Response(scrub(r.text), media_type="application/json")
        except httpx.HTTPError:
            pass
        if offline_fallback:
            return JSONResponse(
                {"object": "list", "data": [{"id": OFFLINE_MODEL, "object": "model", "owned_by": "gigai"}]}
            )
        return upstream_down(502)

    def upstream_down(status: int, detail: str = "") -> JSONResponse:
        if status == 504:
            return error_response(
                504,
                "E066",
                "Penyedia AI terlalu lama menjawab.",
                "The AI provider timed out.",
                "coba lagi dengan pertanyaan lebih pendek / try again with a shorter prompt",
            )
        return error_response(
            502,
            "E065",
            "Penyedia AI kelas tidak bisa dihubungi.",
            "The room's AI provider is unreachable.",
            "coba lagi sebentar lagi, atau pakai GIGAI_PROVIDER=offline / try again shortly, or use the offline "
            "mode" + (f" ({detail})" if detail else ""),
        )

    async def read_body(request: Request) -> bytes | None:
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_request_bytes:
                return None
            chunks.append(chunk)
        return b"".join(chunks)

    def too_large() -> JSONResponse:
        return error_response(
            413,
            "E064",
            f"Permintaan terlalu besar (maks {max_request_bytes:,} byte).",
            f"Request too large (max {max_request_bytes:,} bytes).",
            "pendekkan riwayat chat atau dokumen pengetahuan / shorten the chat history or knowledge text",
        )

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request) -> Response:
        started = time.monotonic()
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_request_bytes:
            return too_large()
        info, err = check_token(request)
        if err:
            return err
        if info.spent_idr >= info.budget_idr:
            store.record(info.token, error=True)
            return error_response(
                402,
                "E062",
                f"Budget token ini habis (Rp {info.spent_idr:,.0f} dari Rp {info.budget_idr:,.0f}).",
                "This token's budget is used up.",
                "minta tambahan budget ke trainer, atau pakai GIGAI_PROVIDER=offline / ask the trainer for more "
                "budget, or use the offline mode",
            )
        bucket = buckets.get(info.token)
        if bucket is None or bucket.rpm != info.rpm:
            bucket = buckets[info.token] = TokenBucket(info.rpm)
        wait = bucket.take()
        if wait > 0:
            return error_response(
                429,
                "E063",
                f"Terlalu banyak permintaan (batas {info.rpm}/menit).",
                f"Too many requests (limit {info.rpm}/minute).",
                f"tunggu {wait:.0f} detik lalu coba lagi / wait {wait:.0f} s and retry",
                headers={"Retry-After": str(max(1, round(wait)))},
            )
        raw = await read_body(request)
        if raw is None:
            return too_large()
        try:
            payload = json.loads(raw or b"{}")
            if not isinstance(payload, dict) or not isinstance(payload.get("messages"), list):
                raise ValueError("messages")
        except ValueError:
            return error_response(
                400,
                "E069",
                "Permintaan bukan JSON chat yang valid (butuh 'messages').",
                "Request is not a valid chat JSON body ('messages' is required).",
                "pakai openai SDK atau gigai.chat() / use the openai SDK or gigai.chat()",
            )
        messages = payload["messages"]
        if force_model or not payload.get("model"):
            payload["model"] = force_model or payload.get("model") or "default"
        if max_tokens_cap:
            for k in ("max_tokens", "max_completion_tokens"):
                if isinstance(payload.get(k), int):
                    payload[k] = min(payload[k], max_tokens_cap)
            if "max_tokens" not in payload and "max_completion_tokens" not in payload:
                payload["max_tokens"] = max_tokens_cap
        stream = bool(payload.get("stream"))
        wants_usage = bool((payload.get("stream_options") or {}).get("include_usage"))
        if stream:
            payload["stream_options"] = {**(payload.get("stream_options") or {}), "include_usage": True}
        prompt_chars = sum(len(str(m.get("content") or "")) for m in messages if isinstance(m, dict))

        def book(model: str, usage: dict | None, completion_chars: int, error: bool = False) -> None:
            if usage and isinstance(usage.get("prompt_tokens"), int):
                pt, ct = usage.get("prompt_tokens") or 0, usage.get("completion_tokens") or 0
            else:
                pt, ct = estimate_tokens(prompt_chars), estimate_tokens(completion_chars)
            cost = 0.0 if model == OFFLINE_MODEL else cost_idr(model, pt, ct, price_table, usd_to_idr)
            store.record(info.token, cost_idr=cost, prompt_tokens=pt, completion_tokens=ct, error=error)
            log.info(
                "%s %s %s tokens=%d+%d Rp%.2f %.0fms",
                info.name,
                model,
                "stream" if stream else "json",
                pt,
                ct,
                cost,
                (time.monotonic() - started) * 1000,
            )

        async def failed(status: int, reason_id: str, reason_en: str, detail: str = "") -> Response:
            if not offline_fallback:
                book(payload["model"], {"prompt_tokens": 0, "completion_tokens": 0}, 0, error=True)
                return upstream_down(status, detail)
            text = await asyncio.to_thread(_offline_text, messages, f"{reason_id} / {reason_en}")
            book(OFFLINE_MODEL, None, 0, error=True)
            headers = {"X-Gigai-Notice": "offline-fallback"}
            if stream:
                return StreamingResponse(
                    iter(_sse_chunks(text, OFFLINE_MODEL, with_usage=wants_usage)),
                    media_type="text/event-stream",
                    headers=headers,
                )
            return JSONResponse(_completion_body(text, OFFLINE_MODEL), headers=headers)

        async def send(body: dict[str, Any]) -> httpx.Response:
            c = client()
            req = c.build_request("POST", f"{base}/chat/completions", json=body, headers=upstream_headers())
            return await c.send(req, stream=True)

        down = ("penyedia AI kelas tidak bisa dihubungi", "the room's AI provider is unreachable")
        slow = ("penyedia AI kelas terlalu lama menjawab", "the room's AI provider timed out")
        try:
            resp = await send(payload)
            if stream and resp.status_code in (400, 422) and not wants_usage:
                # Older OpenAI-compatible servers reject stream_options: retry once without it.
                await resp.aclose()
                payload.pop("stream_options", None)
                resp = await send(payload)
        except httpx.TimeoutException:
            return await failed(504, *slow)
        except httpx.HTTPError as exc:
            return await failed(502, *down, detail=type(exc).__name__)

        if resp.status_code != 200:
            body_text = scrub((await resp.aread()).decode("utf-8", "replace"))
            await resp.aclose()
            if resp.status_code >= 500:
                return await failed(502, *down, detail=f"upstream HTTP {resp.status_code}")
            book(payload["model"], {"prompt_tokens": 0, "completion_tokens": 0}, 0, error=True)
            if resp.status_code in (401, 403):
                return error_response(
                    502,
                    "E068",
                    "Kunci API program ditolak oleh penyedia AI.",
                    "The program's API key was rejected by the AI provider.",
                    "beri tahu trainer / tell the trainer (gigai gateway serve --key ...)",
                )
            if resp.status_code == 429:
                return error_response(
                    429,
                    "E063",
                    "Penyedia AI sedang sibuk untuk seluruh kelas.",
                    "The AI provider is rate-limiting the whole room.",
                    "tunggu sebentar lalu coba lagi / wait a moment and retry",
                    headers={"Retry-After": "10"},
                )
            # Other 4xx (unknown model, bad parameter): pass the provider's explanation through, key-free.
            return Response(body_text, status_code=resp.status_code, media_type="application/json")

        if not stream:
            try:
                raw_text = scrub((await resp.aread()).decode("utf-8", "replace"))
            except httpx.HTTPError as exc:
                await resp.aclose()
                return await failed(502, *down, detail=type(exc).__name__)
            await resp.aclose()
            try:
                data = json.loads(raw_text)
                text = "".join(
                    str((c.get("message") or {}).get("content") or "") for c in data.get("choices", [])
                )
                book(data.get("model") or payload["model"], data.get("usage"), len(text))
            except (ValueError, AttributeError, TypeError):
                book(payload["model"], None, len(raw_text))
            return Response(raw_text, media_type="application/json")

        async def relay():
            usage: dict | None = None
            model = payload["model"]
            chars = 0
            skip_blank = False
            failed_mid = False
            try:
                async for line in resp.aiter_lines():
                    if not line:
                        if skip_blank:
                            skip_blank = False
                            continue
                        yield b"\n"
                        continue
                    if line.startswith("data:"):
                        data = line[5:].strip()
                        if data == "[DONE]":
                            break
                        try:
                            obj = json.loads(data)
                        except ValueError:
                            obj = None
                        if isinstance(obj, dict):
                            model = obj.get("model") or model
                            if obj.get("usage"):
                                usage = obj["usage"]
                            choices = obj.get("choices") or []
                            for ch in choices:
                                chars += len(str((ch.get("delta") or {}).get("content") or ""))
                            if not choices and obj.get("usage") and not wants_usage:
                                skip_blank = True
                                continue
                    yield (scrub(line) + "\n").encode()
            except httpx.HTTPError as exc:
                failed_mid = True
                log.warning("%s upstream failed mid-stream: %s", info.name, type(exc).__name__)
                if offline_fallback:
                    note = _offline_text(messages, "koneksi ke penyedia terputus / provider connection lost")
                    for chunk in _sse_chunks("\n\n" + note, OFFLINE_MODEL)[1:-2]:
                        yield chunk
                else:
                    err = {
                        "error": {
                            "message": "[GIGAI-E065] Koneksi ke penyedia AI terputus di tengah jawaban. / "
                            "The AI provider connection dropped mid-answer.",
                            "code": "GIGAI-E065",
                            "type": "gigai_gateway_error",
                        }
                    }
                    yield f"data: {json.dumps(err)}\n\n".encode()
            finally:
                await resp.aclose()
                book(model, usage, chars, error=failed_mid)
            yield b"data: [DONE]\n\n"

        return StreamingResponse(
            relay(), media_type="text/event-stream", background=BackgroundTask(resp.aclose)
        )

    # -- trainer side ---------------------------------------------------------------------------------------
    def check_admin(request: Request) -> JSONResponse | None:
        host = request.client.host if request.client else ""
        if admin_loopback_only and host not in _LOOPBACK:
            return error_response(
                403,
                "E060",
                "Halaman admin hanya dari laptop trainer.",
                "Admin endpoints answer only on the trainer's laptop (loopback).",
            )
        given = request.headers.get("x-admin-key", "")
        auth = request.headers.get("authorization", "")
        if not given and auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if not given or not hmac.compare_digest(given.encode(), admin.encode()):
            return error_response(
                401,
                "E061",
                "Kunci admin salah.",
                "Wrong admin key.",
                "lihat kunci admin yang dicetak saat gateway dimulai / see the admin key printed at start",
            )
        return None

    @app.get("/admin/usage")
    async def admin_usage(request: Request) -> Response:
        if err := check_admin(request):
            return err
        infos = store.all()
        return JSONResponse(
            {
                "upstream": {"base_url": base, "key": _mask(key) if key else "(tanpa kunci / no key)"},
                "offline_fallback": offline_fallback,
                "totals": {
                    "tokens": len(infos),
                    "active": sum(not t.revoked for t in infos),
                    "requests": sum(t.requests for t in infos),
                    "errors": sum(t.errors for t in infos),
                    "spent_idr": round(sum(t.spent_idr for t in infos), 2),
                },
                "participants": [t.to_dict() for t in infos],
            }
        )

    async def admin_json(request: Request) -> dict[str, Any]:
        try:
            data = json.loads(await request.body() or b"{}")
            return data if isinstance(data, dict) else {}
        except ValueError:
            return {}

    @app.post("/admin/tokens")
    async def admin_issue(request: Request) -> Response:
        if err := check_admin(request):
            return err
        d = await admin_json(request)
        infos = store.issue(
            int(d.get("n", 1)),
            budget_idr=float(d.get("budget_idr", 20_000)),
            rpm=int(d.get("rpm", 20)),
            names=d.get("names"),
        )
        return JSONResponse({"issued": [t.to_dict() for t in infos]})

    @app.post("/admin/tokens/revoke")
    async def admin_revoke(request: Request) -> Response:
        if err := check_admin(request):
            return err
        d = await admin_json(request)
        target = str(d.get("token") or d.get("name") or "")
        if not target:
            return error_response(400, "E069", "Sebutkan 'token' atau 'name'.", "Give 'token' or 'name'.")
        n = store.revoke(target)
        for t in list(buckets):
            if target in ("all", t):
                buckets.pop(t, None)
        return JSONResponse({"revoked": n})

    @app.post("/admin/tokens/budget")
    async def admin_budget(request: Request) -> Response:
        if err := check_admin(request):
            return err
        d = await admin_json(request)
        n = store.set_budget(str(d.get("token") or d.get("name") or ""), float(d.get("budget_idr", 0)))
        return JSONResponse({"updated": n})

    @app.get("/admin", response_class=HTMLResponse)
    async def admin_page() -> str:
        return _ADMIN_PAGE

    return app


# The page holds no data and no secret: it asks for the admin key and polls /admin/usage with it.
_ADMIN_PAGE = """<!doctype html><html lang="id"><head><meta charset="utf-8"><title>gigai gateway - admin</title>
<style>body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}td,th{border:1px solid #ccc;
padding:3px 8px;text-align:right}td:first-child,th:first-child{text-align:left}.rev{color:#999}</style></head>
<body><h1>Pemakaian kelas / Room usage</h1>
<p>Kunci admin / admin key: <input id="k" type="password" size="30"> <span id="s"></span></p>
<div id="t"></div>
<script>
const k=document.getElementById('k');k.value=sessionStorage.getItem('gk')||'';
async function rev(tok){await fetch('/admin/tokens/revoke',{method:'POST',headers:{'X-Admin-Key':k.value,
'Content-Type':'application/json'},body:JSON.stringify({token:tok})});load();}
async function load(){sessionStorage.setItem('gk',k.value);if(!k.value)return;
const r=await fetch('/admin/usage',{headers:{'X-Admin-Key':k.value}});const d=await r.json();
if(!r.ok){document.getElementById('s').textContent=d.error.message;return;}
const T=d.totals;document.getElementById('s').textContent=`${T.active}/${T.tokens} aktif, ${T.requests} req,
Rp ${T.spent_idr.toLocaleString('id-ID')}`;
let h='<table><tr><th>nama</th><th>token</th><th>Rp terpakai</th><th>Rp batas</th><th>req</th><th>error</th>'+
'<th>token in/out</th><th></th></tr>';
for(const p of d.participants){h+=`<tr class="${p.revoked?'rev':''}"><td>${p.name}</td><td>${p.token}</td>`+
`<td>${p.spent_idr.toFixed(0)}</td><td>${p.budget_idr.toFixed(0)}</td><td>${p.requests}</td><td>${p.errors}</td>`+
`<td>${p.prompt_tokens}/${p.completion_tokens}</td><td>${p.revoked?'dicabut':
`<button onclick="rev('${p.token}')">cabut / revoke</button>`}</td></tr>`;}
document.getElementById('t').innerHTML=h+'</table>';}
k.onchange=load;load();setInterval(load,5000);
</script></body></html>"""
