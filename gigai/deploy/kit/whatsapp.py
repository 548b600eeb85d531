"""WhatsApp Business Cloud API webhook for the exported bot: GET /whatsapp (handshake), POST /whatsapp.

Settings (environment or .env): WHATSAPP_TOKEN, WHATSAPP_PHONE_NUMBER_ID (Meta's "Phone number ID";
the older name WHATSAPP_PHONE_ID is still read, with a notice), WHATSAPP_APP_SECRET, WHATSAPP_VERIFY_TOKEN;
GIGAI_WHATSAPP_API changes the Graph API address (tests use a fake one).

- The handshake answers hub.challenge only for hub.mode=subscribe and the right verify token.
- Every POST must carry X-Hub-Signature-256 = HMAC-SHA256 of the raw body with the app secret (constant-time
  compare); unsigned, forged or malformed signatures (any non-hex character) get 403 and the body is never
  read. Without an app secret nothing is accepted.
- Each message id is answered once, also after a restart (Meta retries deliveries; the ids are kept in
  .state/seen.sqlite, see conversations.py); only text is read, anything else gets a polite
  fixed reply; each phone number has its own short memory and rate limits, and the channel a daily total
  (CHAT_PER_DAY, CHAT_TOTAL_PER_DAY; see conversations.py).

Why plain FastAPI + httpx rather than pywa: the whole webhook is ~150 lines the participant can read, it
mounts on the same server as the web chat (one process, one free host), and both libraries are already
installed with gradio; pywa would add a dependency for the same two HTTP calls and the same HMAC check.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re

import botcore
from conversations import Conversations
from fastapi import APIRouter, BackgroundTasks, Request
from fastapi.responses import JSONResponse, PlainTextResponse

from gigai.lang import say

GRAPH_API = "https://graph.facebook.com/v23.0"
NOT_TEXT = say(
    "Maaf, saat ini saya baru bisa membaca pesan teks. Silakan ketik pertanyaannya ya 🙏",
    "Sorry, I can only read text messages for now. Please type your question 🙏",
)
WHATSAPP_LIMIT = 4096  # characters in one text message
MAX_BODY = 256_000  # bytes; Meta's webhook deliveries are a few KB (anything bigger is refused unread)

SETTINGS = ("WHATSAPP_TOKEN", "WHATSAPP_PHONE_NUMBER_ID", "WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN")
ALIASES = {"WHATSAPP_PHONE_ID": "WHATSAPP_PHONE_NUMBER_ID"}  # older name -> the one name used now
HEX_SIGNATURE = re.compile(r"sha256=([0-9a-fA-F]{64})")

router = APIRouter()
people = Conversations("whatsapp")


def setting(name, default=""):
    """A setting from the environment (or .env); the one name first, then an older name for the same thing."""
    names = [name, *(old for old, new in ALIASES.items() if new == name)]
    value = next((os.environ[n] for n in names if os.environ.get(n)), default)
    return value.strip()


def configured():
    """Names of the WhatsApp settings that are missing (empty list: ready)."""
    return [n for n in SETTINGS if not setting(n)]


def notices():
    """Older setting names in use (they still work): one line each for the start-up log."""
    return [
        f"{old} -> {new}" for old, new in ALIASES.items() if os.environ.get(old) and not os.environ.get(new)
    ]


def status():
    """The start-up line: active, or the settings still missing."""
    missing = configured()
    line = (
        say("WhatsApp: belum aktif (isi: ", "WhatsApp: not active (set: ") + ", ".join(missing) + ")"
        if missing
        else say("WhatsApp: webhook aktif di /whatsapp", "WhatsApp: webhook active at /whatsapp")
    )
    for rename in notices():
        line += "\n" + say(
            f"WhatsApp: nama lama dipakai, ganti: {rename}",
            f"WhatsApp: old setting name in use, rename: {rename}",
        )
    return line


def signature_ok(raw: bytes, header: str | None) -> bool:
    """X-Hub-Signature-256 is 'sha256=' and 64 hex digits of HMAC-SHA256(body, app secret); anything else is no."""
    secret = setting("WHATSAPP_APP_SECRET")
    found = HEX_SIGNATURE.fullmatch((header or "").strip()) if (header or "").isascii() else None
    if not secret or found is None:
        return False
    expected = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), found.group(1).lower().encode())


def history(number: str) -> list:
    return people.history(number)


def send_text(number: str, text: str) -> None:
    import httpx

    url = f"{setting('GIGAI_WHATSAPP_API', GRAPH_API).rstrip('/')}/{setting('WHATSAPP_PHONE_NUMBER_ID')}/messages"
    body = {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": number,
        "type": "text",
        "text": {"preview_url": False, "body": text[:WHATSAPP_LIMIT]},
    }
    headers = {"Authorization": f"Bearer {setting('WHATSAPP_TOKEN')}"}
    try:
        resp = httpx.post(url, json=body, headers=headers, timeout=20)
        if resp.status_code >= 400:
            print(f"[whatsapp] Graph API {resp.status_code}: {resp.text[:200]}")
    except httpx.HTTPError as exc:
        print("[whatsapp] " + say("kirim gagal: ", "send failed: ") + type(exc).__name__)


def handle(message: dict) -> None:
    """Answer one incoming message (runs after the webhook has already said 200 to Meta)."""
    number = str(message.get("from") or "")
    text = message.get("text")
    body = str((text if isinstance(text, dict) else {}).get("body") or "")
    refused = people.refusal(number, body) if number else ""
    if refused is not None:  # over a limit: one polite reply for a burst, then silence
        if refused:
            send_text(number, refused)
        return
    if message.get("type") != "text":
        send_text(number, NOT_TEXT)
        return
    reply = people.answer(number, body)
    send_text(number, botcore.for_customer(reply))


@router.get("/whatsapp")
def verify(request: Request):
    q = request.query_params
    token = setting("WHATSAPP_VERIFY_TOKEN")
    given = q.get("hub.verify_token") or ""
    if q.get("hub.mode") == "subscribe" and token and hmac.compare_digest(given.encode(), token.encode()):
        return PlainTextResponse(q.get("hub.challenge") or "")
    return PlainTextResponse("wrong verify token", status_code=403)


@router.post("/whatsapp")
async def receive(request: Request, background: BackgroundTasks):
    too_big = JSONResponse({"error": "too large"}, status_code=413)
    declared = request.headers.get("content-length") or ""
    if declared.isdigit() and int(declared) > MAX_BODY:
        return too_big
    chunks, size = [], 0
    async for chunk in request.stream():  # never hold more than MAX_BODY of a stranger's bytes in memory
        size += len(chunk)
        if size > MAX_BODY:
            return too_big
        chunks.append(chunk)
    raw = b"".join(chunks)
    if not signature_ok(raw, request.headers.get("X-Hub-Signature-256")):
        return JSONResponse({"error": "invalid signature"}, status_code=403)
    try:
        import json

        payload = json.loads(raw)
    except ValueError:
        return JSONResponse({"error": "not JSON"}, status_code=400)

    def items(obj, key):
        value = obj.get(key) if isinstance(obj, dict) else None
        return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []

    for entry in items(payload, "entry"):
        for change in items(entry, "changes"):
            for message in items(change.get("value"), "messages"):
                if people.first_time(str(message.get("id") or "")):
                    background.add_task(handle, message)
    return {"ok": True}  # statuses (sent/delivered/read) are acknowledged and ignored
