"""A small fake Telegram Bot API on 127.0.0.1: getMe, getUpdates (long poll), sendMessage, deleteWebhook.

The real python-telegram-bot library talks to it over HTTP exactly as it talks to api.telegram.org
(``GIGAI_TELEGRAM_API=http://127.0.0.1:PORT``). Customers are simulated with ``push(chat_id, text)``;
what the bot sent is in ``sent``.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class FakeTelegram:
    def __init__(self, token: str, username: str = "toko_test_bot") -> None:
        self.token = token
        self.username = username
        self.updates: list[dict] = []
        self.sent: list[dict] = []
        self.calls: list[str] = []
        self.params: dict[str, dict] = {}  # the last parameters of each method
        self.bad_token_calls = 0
        self._cond = threading.Condition()
        self._next_update = 1
        self._next_message = 100
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):
                self.do_POST()

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                status, payload = fake.handle(self.path, body, self.headers.get("Content-Type", ""))
                raw = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                try:
                    self.wfile.write(raw)
                except (BrokenPipeError, ConnectionResetError):  # the client stopped long polling
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # ----- lifecycle ---------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakeTelegram:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        with self._cond:
            self._cond.notify_all()
        self.server.shutdown()
        self.server.server_close()

    # ----- the customer side ---------------------------------------------------------------------
    def push(self, chat_id: int, text: str, *, name: str = "Pelanggan") -> None:
        message = {
            "message_id": self._next_message,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": name},
            "from": {"id": chat_id, "is_bot": False, "first_name": name},
        }
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        else:
            message["sticker"] = {
                "file_id": "s1", "file_unique_id": "u1", "width": 512, "height": 512,
                "is_animated": False, "is_video": False, "type": "regular",
            }  # fmt: skip
        with self._cond:
            self.updates.append({"update_id": self._next_update, "message": message})
            self._next_update += 1
            self._next_message += 1
            self._cond.notify_all()

    def wait_sent(self, count: int, timeout: float = 30.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.sent) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"bot sent {len(self.sent)} messages, expected {count}: {self.sent}")
                self._cond.wait(left)
            return list(self.sent)

    def replies_to(self, chat_id: int) -> list[str]:
        return [m["text"] for m in self.sent if int(m["chat_id"]) == chat_id]

    # ----- the Bot API side ----------------------------------------------------------------------
    def handle(self, path: str, body: bytes, ctype: str) -> tuple[int, dict]:
        parts = path.split("?")[0].strip("/").split("/")
        if len(parts) != 2 or not parts[0].startswith("bot"):
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        token, method = parts[0][3:], parts[1]
        self.calls.append(method)
        if token != self.token:
            self.bad_token_calls += 1
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        if "json" in ctype:
            params = json.loads(body or b"{}")
        else:
            params = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        self.params[method] = params
        if method == "getMe":
            return 200, {"ok": True, "result": {
                "id": 999, "is_bot": True, "first_name": "Toko Bot", "username": self.username,
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False,
            }}  # fmt: skip
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            wait = min(float(params.get("timeout") or 0), 1.0)
            deadline = time.monotonic() + wait
            with self._cond:
                while True:
                    fresh = [u for u in self.updates if u["update_id"] >= offset]
                    left = deadline - time.monotonic()
                    if fresh or left <= 0:
                        return 200, {"ok": True, "result": fresh}
                    self._cond.wait(left)
        if method == "sendMessage":
            with self._cond:
                self.sent.append({"chat_id": params["chat_id"], "text": params["text"]})
                self._next_message += 1
                msg_id = self._next_message
                self._cond.notify_all()
            chat = {"id": int(params["chat_id"]), "type": "private"}
            return 200, {"ok": True, "result": {
                "message_id": msg_id, "date": int(time.time()), "chat": chat, "text": params["text"],
                "from": {"id": 999, "is_bot": True, "first_name": "Toko Bot"},
            }}  # fmt: skip
        return 200, {"ok": True, "result": True}  # deleteWebhook, sendChatAction, close, ...
