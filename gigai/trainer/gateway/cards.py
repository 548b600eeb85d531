"""Token cards: the printable sheet a trainer hands out, with each participant's full settings and a QR code.

gigai gateway tokens 30 --sheet token.html           # address: this laptop's LAN address, port 8787
"""

from __future__ import annotations

import html
from pathlib import Path

from gigai.trainer.gateway.tokens import TokenInfo

DEFAULT_PORT = 8787


def lan_base_url(port: int = DEFAULT_PORT) -> str | None:
    """``http://<LAN address>:<port>/v1`` of this laptop, or None when it has no LAN address (no wifi)."""
    from gigai.apps.sharing import lan_ip

    ip = lan_ip()
    if not ip or ip.startswith("127.") or ip == "0.0.0.0":
        return None
    return f"http://{ip}:{port}/v1"


def no_lan_warning(port: int = DEFAULT_PORT) -> str:
    return (
        "[GIGAI-E112] Laptop ini belum punya alamat LAN (wifi mati?); kartu memakai 127.0.0.1 yang hanya "
        "berlaku di laptop ini. / This laptop has no LAN address (wifi off?); the cards use 127.0.0.1, which "
        "works on this laptop only.\n"
        f"  Coba / Try: sambungkan ke wifi kelas lalu ulangi, atau / connect to the room wifi and rerun, or "
        f"--base-url http://IP-LAPTOP:{port}/v1"
    )


def participant_settings(token: str, base_url: str, model: str | None) -> str:
    """The lines a participant puts in ``.env`` (and what the QR code carries)."""
    lines = ["GIGAI_PROVIDER=gateway", f"GIGAI_BASE_URL={base_url}", f"GIGAI_API_KEY={token}"]
    if model:
        lines.append(f"GIGAI_MODEL={model}")
    return "\n".join(lines)


def write_sheet(
    infos: list[TokenInfo], out: str | Path, *, base_url: str, model: str | None = None, qr: bool = True
) -> Path:
    """Write a printable HTML sheet: one card per participant (name, settings, QR of the same settings).

    Tokens are stored hashed, so this sheet is the only place they are written down: print it, then delete
    the file (or keep it offline).
    """
    from gigai.business.money import rupiah

    out = Path(out)
    cards = []
    for t in infos:
        if not t.token:
            raise ValueError("write_sheet needs freshly issued tokens (they are stored hashed)")
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
    page = f"""<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Token peserta / Participant tokens</title>
<style>body{{font-family:sans-serif}} .card{{display:inline-block;width:30%;min-width:260px;margin:6px;
padding:8px;border:1px dashed #888;vertical-align:top;page-break-inside:avoid}}
pre{{white-space:pre-wrap;font-size:11px}} h2{{margin:2px 0}} code.tok{{font-size:18px;letter-spacing:1px}}</style></head><body>
<h1>Token gateway kelas / Room gateway tokens</h1>
<p>Tulis baris-baris ini di file <code>.env</code> di folder lab kamu (atau pindai QR-nya).
Jangan bagikan token kamu. / Put these lines in the <code>.env</code> file of your lab folder (or scan the QR).
Do not share your token.</p>
{"".join(cards)}
</body></html>"""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
