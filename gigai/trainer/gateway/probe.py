"""The gateway checks its upstreams itself: ``GET /models`` on a timer, so the console is right with no traffic.

A probe spends no tokens (a model list, not a chat). An upstream that answered a participant within the last
interval is not probed (its traffic already tells); one that is down or idle is probed every interval, so
the console's health flips within one interval of the upstream dying or coming back.
"""

from __future__ import annotations

import asyncio
import logging
import time

import httpx

from gigai.trainer.gateway import forward
from gigai.trainer.gateway.context import Room

log = logging.getLogger("gigai.gateway")


async def probe(room: Room, i: int) -> None:
    """One probe of upstream ``i``; the result goes to ``room.health``."""
    up = room.upstreams[i]
    limit = min(5.0, room.first_byte_timeout)
    try:
        resp = await room.client().get(f"{up.base_url}/models", headers=room.upstream_headers(up),
                                       timeout=httpx.Timeout(limit, connect=limit))  # fmt: skip
    except httpx.TimeoutException:
        room.health.failed(i, forward.words_for("timeout", f"{limit:g} s"), kind="timeout", probe=True)
        return
    except httpx.HTTPError as exc:
        room.health.failed(i, forward.words_for("refused", type(exc).__name__), kind="refused", probe=True)
        return
    failure = forward.classify_status(resp.status_code, resp.headers)
    if resp.status_code == 200 and not _is_json(resp):  # a wifi login page answers every address with 200
        ctype = resp.headers.get("content-type", "?").split(";")[0]
        room.health.failed(i, forward.words_for("garbage", ctype), kind="garbage", probe=True)
    elif failure is None or resp.status_code == 404:  # answering at all is alive (some servers lack /models)
        room.health.ok(i, probe=True)
    else:
        room.health.failed(i, failure.words, kind=failure.kind, probe=True, retry_after=failure.retry_after)


def _is_json(resp: httpx.Response) -> bool:
    try:
        return isinstance(resp.json(), dict | list)
    except ValueError:
        return False


def due(room: Room, i: int, now: float) -> bool:
    """Up: no news for a whole interval. Down or unknown: a probe every interval."""
    s = room.health.statuses[i]
    last = s.last_probe or 0.0
    if s.up is True:
        last = max(last, s.last_used)
    return now - last >= room.probe_interval


async def probe_due(room: Room) -> None:
    """Probe every upstream that is due, all at once."""
    now = time.time()
    await asyncio.gather(*(probe(room, i) for i in range(len(room.upstreams)) if due(room, i, now)))


async def run(room: Room) -> None:
    """Probe at start, then each upstream whenever ``room.probe_interval`` seconds passed without news of it
    (a call or a probe), until cancelled. The timer ticks often; the network is used only when due."""
    tick = min(1.0, room.probe_interval / 3)
    while True:
        try:
            await probe_due(room)
        except Exception as exc:  # noqa: BLE001 - the prober must outlive any one bad probe
            log.warning("probe failed: %s", room.scrub(f"{type(exc).__name__}: {exc}"))
        await asyncio.sleep(tick)
