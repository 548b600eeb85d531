"""The gateway's ordered list of upstreams: the cloud provider first, then a model on the trainer's laptop.

Each entry is a row of the LLM catalogue (``gigai.llm.registry``), which owns its URL, key variable, models
and prices; a local server (Ollama, llama.cpp) is priced there at Rp 0. Written on the command line as::

    --upstream gemini                                   # catalogue URL, key from GEMINI_API_KEY
    --upstream llamacpp,url=http://127.0.0.1:8080/v1    # another address for the same row
    --upstream ollama,model=qwen2.5:3b                  # the model that server answers with
    --upstream https://host/v1 --price-as openai        # one bare URL priced as a catalogue row

The first upstream answers with the participant's (allowed) model; a later one answers with its own model
(``model=``, else its row's default), because a laptop's llama.cpp does not serve ``gemini-2.5-flash-lite``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from gigai.lang import say

SPEC_KEYS = ("url", "model", "key_env")


@dataclass(frozen=True)
class Upstream:
    provider: str  # the catalogue row that prices the calls (and names the upstream on the console)
    base_url: str
    key: str | None = None
    model: str | None = None  # None: the participant's model (first upstream only)

    @property
    def local(self) -> bool:
        """A server on this laptop or the room's LAN (no internet needed)."""
        host = (urlsplit(self.base_url).hostname or "").lower()
        return (
            host in ("localhost", "::1")
            or host.startswith(("127.", "10.", "192.168."))
            or any(host.startswith(f"172.{n}.") for n in range(16, 32))
        )

    def label(self) -> str:
        return f"{self.provider} ({self.model})" if self.model else self.provider


def _bad_spec(text: str, why_id: str, why_en: str):
    from gigai.errors import ConfigError

    return ConfigError(
        "E304",
        f"Pilihan --upstream '{text}' tidak bisa dibaca: {why_id}.",
        f"Cannot read --upstream '{text}': {why_en}.",
        hint="--upstream gemini --upstream llamacpp,url=http://127.0.0.1:8080/v1  ("
        + say("kunci yang dikenal: ", "known keys: ")
        + ", ".join(SPEC_KEYS)
        + ")",
        value=text,
    )


def parse_spec(text: str) -> tuple[str, dict[str, str]]:
    """``"ollama,model=qwen2.5:3b"`` -> ``("ollama", {"model": "qwen2.5:3b"})``; a URL stays whole."""
    text = str(text).strip()
    if "://" in text.split(",", 1)[0]:
        head, rest = text.split(",", 1) if "," in text else (text, "")
    else:
        head, _, rest = text.partition(",")
    opts: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in rest.split(","))):
        k, eq, v = part.partition("=")
        k = k.strip().lower()
        if not eq or k not in SPEC_KEYS or not v.strip():
            raise _bad_spec(
                text, f"'{part}' bukan kunci=nilai yang dikenal", f"'{part}' is not a known key=value"
            )
        opts[k] = v.strip()
    if not head.strip():
        raise _bad_spec(text, "nama penyedia kosong", "no provider name")
    return head.strip(), opts


def resolve_upstream(
    upstream: str | None, upstream_key: str | None = None, *, price_as: str | None = None, first: bool = True
) -> Upstream:
    """One ``--upstream`` value -> its URL, key and model from the catalogue (a bare URL needs ``price_as``)."""
    from gigai.config import setting
    from gigai.errors import ConfigError
    from gigai.llm import registry

    upstream = upstream or setting("GIGAI_GATEWAY_UPSTREAM")
    if not upstream:
        raise ConfigError(
            "E010",
            "Gateway belum tahu penyedia AI mana yang dipakai.",
            "The gateway has no upstream provider.",
            hint="gigai gateway serve --upstream gemini   ("
            + say("atau", "or")
            + " --upstream https://.../v1 --price-as openai)",
        )
    head, opts = parse_spec(upstream)
    table = registry.presets()
    usable = [n for n, r in table.items() if r.get("kind") == "openai_compatible" and n != "gateway"]
    if "://" in head:
        if price_as not in usable:
            raise ConfigError(
                "E301",
                "Untuk alamat URL, gateway perlu tahu harga mana yang dipakai.",
                "With a URL upstream the gateway needs to know which prices apply.",
                hint=say("--price-as NAMA, salah satu dari: ", "--price-as NAME, one of: ")
                + ", ".join(usable)
                + say(
                    " (upstream berikutnya: --upstream NAMA,url=URL)",
                    " (later upstreams: --upstream NAME,url=URL)",
                ),
                value=price_as,
            )
        name, url = price_as, head
    else:
        name = head.lower()
        if name not in usable:
            raise ConfigError(
                "E308",
                f"Penyedia '{head}' tidak bisa dipakai gateway.",
                "Unknown upstream provider for the gateway.",
                hint=say("pakai salah satu: ", "use one of: ")
                + ", ".join(usable)
                + say(", atau URL dengan --price-as", ", or a URL with --price-as"),
                value=head,
            )
        url = opts.get("url") or registry.base_url(table[name])
    row = table[name]
    if not url or "://" not in str(url):
        raise ConfigError(
            "E014",
            f"Alamat server '{name}' belum diatur.",
            f"No base URL for '{name}'.",
            hint=f"--upstream {name},url=http://...:PORT/v1",
            value=name,
        )
    if opts.get("key_env"):
        key = upstream_key or setting(opts["key_env"])
        if not key:
            raise ConfigError("E012", f"Variabel {opts['key_env']} kosong.", f"{opts['key_env']} is empty.",
                              hint=f"{opts['key_env']}=... (.env)", value=opts["key_env"])  # fmt: skip
    elif "://" in head:
        key = upstream_key or setting("GIGAI_GATEWAY_KEY")
    else:
        key = upstream_key or registry.find_key(row)[1]
        if row.get("key_env") and not key:
            raise ConfigError(
                "E012",
                "Kunci API program belum diatur untuk gateway.",
                "The program's API key is not set.",
                hint=f"{row['key_env'][0]}=... " + say("di .env laptop trainer", "in the trainer's .env"),
                value=row["key_env"][0],
            )
    model = opts.get("model")
    if model is None and not first:
        model = row.get("default_model")
    if model:
        registry.check_model(name, model)
    return Upstream(name, str(url).rstrip("/"), key, model)


def resolve_chain(
    specs: Sequence[str] | str | None, upstream_key: str | None = None, *, price_as: str | None = None
) -> list[Upstream]:
    """Every ``--upstream`` in order; ``upstream_key`` and ``price_as`` belong to the first one."""
    from gigai.errors import ConfigError

    if isinstance(specs, str):
        specs = [specs]
    specs = list(specs or [None])
    chain = [
        resolve_upstream(
            s, upstream_key if i == 0 else None, price_as=price_as if i == 0 else None, first=i == 0
        )
        for i, s in enumerate(specs)
    ]
    seen = [u.base_url for u in chain]  # one server twice fails twice: list another server instead
    if len(set(seen)) != len(seen):
        raise ConfigError("E305", "Upstream yang sama disebut dua kali.", "The same upstream is listed twice.",
                          hint=say("setiap --upstream harus server lain", "each --upstream must be another server"),
                          value=[u.base_url for u in chain])  # fmt: skip
    return chain
