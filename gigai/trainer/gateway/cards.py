"""Token cards: the printable sheet a trainer hands out, with each participant's full settings and a QR code.

Printed by the running gateway on the day (console: "Cetak kartu", or ``gigai gateway cards 30``), so the
address on every card and QR code is the one participants can reach right now: the gateway's own LAN
address and port. ``gigai gateway tokens --sheet`` still writes a sheet offline, for a known address.
"""

from __future__ import annotations

import html
import ipaddress
from pathlib import Path

from gigai.lang import say
from gigai.trainer.gateway.tokens import TokenInfo

DEFAULT_PORT = 8787


def lan_ip() -> str | None:
    """This laptop's LAN address (no packet is sent), or None without one (wifi off)."""
    from gigai.apps.sharing import lan_ip as discover

    ip = discover()
    return None if not ip or is_loopback(ip) or ip == "0.0.0.0" else ip


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def lan_base_url(port: int = DEFAULT_PORT) -> str | None:
    """``http://<LAN address>:<port>/v1`` of this laptop, or None when it has no LAN address (no wifi)."""
    ip = lan_ip()
    return f"http://{ip}:{port}/v1" if ip else None


def serving_base_url(local_host: str, port: int, *, lan: bool) -> str | None:
    """The address participants use for a gateway that received a request on ``local_host:port``.

    None when the gateway listens on this laptop only (``lan`` False) or the laptop has no LAN address.
    A request that arrived over the LAN names the very address that reached the gateway.
    """
    if not lan:
        return None
    host = local_host if local_host and not is_loopback(local_host) and local_host != "0.0.0.0" else lan_ip()
    if not host:
        return None
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{port}/v1"


def no_lan_warning(port: int = DEFAULT_PORT) -> str:
    return "[GIGAI-E112] " + say(
        "Laptop ini belum punya alamat LAN (wifi mati?); kartu memakai 127.0.0.1 yang hanya berlaku di laptop "
        f"ini.\n  Coba: sambungkan ke wifi kelas lalu ulangi, atau --base-url http://IP-LAPTOP:{port}/v1",
        "This laptop has no LAN address (wifi off?); the cards use 127.0.0.1, which works on this laptop "
        f"only.\n  Try: connect to the room wifi and rerun, or --base-url http://LAPTOP-IP:{port}/v1",
    )


def participant_settings(token: str, base_url: str, model: str | None, *, fallback: bool = True) -> str:
    """The lines a participant puts in ``.env`` (and what the QR code carries).

    ``GIGAI_FALLBACK=offline``: when the room's router dies, the notebook answers offline instead of failing.
    """
    lines = ["GIGAI_PROVIDER=gateway", f"GIGAI_BASE_URL={base_url}", f"GIGAI_API_KEY={token}"]
    if model:
        lines.append(f"GIGAI_MODEL={model}")
    if fallback:
        lines.append("GIGAI_FALLBACK=offline")
    return "\n".join(lines)


def sheet_html(infos: list[TokenInfo], *, base_url: str, model: str | None = None, qr: bool = True) -> str:
    """A printable HTML page: one card per participant (name, settings, QR of the same settings)."""
    from gigai.business.money import rupiah

    cards = []
    for t in infos:
        if not t.token:
            raise ValueError("cards need freshly issued tokens (they are stored hashed)")
        env = participant_settings(t.token, base_url, model)
        svg = ""
        if qr:
            import segno  # in gigai's core dependencies

            svg = segno.make(env, error="m").svg_inline(scale=3)
        cards.append(
            f'<div class="card"><h2>{html.escape(t.name)}</h2>{svg}'
            f'<p>Token: <code class="tok">{html.escape(t.token)}</code><br>Budget: {rupiah(t.budget_idr)}</p>'
            f"<pre>{html.escape(env)}</pre></div>"
        )
    title = say("Token gateway kelas", "Room gateway tokens")
    intro = say(
        "Tulis baris-baris ini di file <code>.env</code> di folder lab kamu (atau pindai QR-nya). "
        "Jangan bagikan token kamu.",
        "Put these lines in the <code>.env</code> file of your lab folder (or scan the QR). Do not share your token.",
    )
    lang = "en" if title.startswith("Room") else "id"
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title>
<style>body{{font-family:sans-serif}} .card{{display:inline-block;width:30%;min-width:260px;margin:6px;
padding:8px;border:1px dashed #888;vertical-align:top;page-break-inside:avoid}}
pre{{white-space:pre-wrap;font-size:11px}} h2{{margin:2px 0}} code.tok{{font-size:18px;letter-spacing:1px}}
@media print {{ .noprint {{ display:none }} }}</style></head><body>
<h1>{title}</h1>
<p>{intro}</p>
<p class="noprint"><button onclick="window.print()">{say("Cetak", "Print")}</button> {html.escape(base_url)}</p>
{"".join(cards)}
</body></html>"""


def write_sheet(
    infos: list[TokenInfo], out: str | Path, *, base_url: str, model: str | None = None, qr: bool = True
) -> Path:
    """Write the printable sheet to ``out``. Tokens are stored hashed, so this sheet is the only place they
    are written down: print it, then delete the file (or keep it offline)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(sheet_html(infos, base_url=base_url, model=model, qr=qr), encoding="utf-8")
    return out
