"""The doctor's verdict on a provider: status, what was found, the fix; and two URL helpers every probe uses.

Standard library only (the doctor runs in a broken install).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

OK, INFO, WARN, FAIL = "ok", "info", "warn", "fail"
_LOOPBACK = ("127.0.0.1", "localhost", "::1", "0.0.0.0")


@dataclass
class Verdict:
    """The active provider's state: status, what was found, the fix, and facts for the JSON report."""

    status: str
    detail: str
    fix: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def ready(self) -> bool:
        return self.status == OK


def is_local(url: str) -> bool:
    return (urlparse(url).hostname or "") in _LOOPBACK


def safe_url(url: str) -> str:
    """Host and path only: no user:password@, no query string (a gateway token could hide there)."""
    url = re.sub(r"//[^/@]*@", "//", url)
    return url.split("?")[0].split("#")[0]
