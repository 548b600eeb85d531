"""Every handler of an app fails quietly: one log line on the server, a message in the browser.

    demo = quiet_errors(build_demo_app())

Gradio prints a full traceback for any exception a handler raises, even ``gr.Error("Isi nama produk dulu")``
(a participant's input mistake), which fills the trainer's projected terminal. ``quiet_errors`` wraps each
handler (sync, async, generators alike): a ``gr.Error`` keeps its message but is not printed; a gigai error
becomes its message and hint (in the participant's language); anything else a short "something failed" with
the exception type.
Used in: the trainer's demo app.
"""

from __future__ import annotations

import functools
import inspect
import logging
from typing import Any

from gigai.lang import say

log = logging.getLogger("gigai.apps")


def _one_line(text: Any) -> str:
    return " ".join(str(text).split())[:200]


def _converted(exc: BaseException, name: str) -> BaseException:
    import gradio as gr

    from gigai.errors import GigaiError

    if isinstance(exc, gr.Error):
        log.warning("%s: %s", name, _one_line(exc.message))
        exc.print_exception = False
        return exc
    if isinstance(exc, GigaiError):
        log.warning("%s failed: GIGAI-%s", name, exc.code)
        hint = say(" Coba: ", " Try: ") + exc.hint if exc.hint else ""
        return gr.Error(f"[GIGAI-{exc.code}] {say(exc.id, exc.en)}{hint}", print_exception=False)
    log.warning("%s failed: %s", name, type(exc).__name__)
    kind = type(exc).__name__
    return gr.Error(
        say(f"Ada yang gagal ({kind}); coba lagi.", f"Something failed ({kind}); please try again."),
        print_exception=False,
    )


def _quiet(fn: Any) -> Any:
    name = getattr(fn, "__name__", "handler")
    if inspect.isasyncgenfunction(fn):

        @functools.wraps(fn)
        async def agen(*args: Any, **kwargs: Any):
            try:
                async for item in fn(*args, **kwargs):
                    yield item
            except Exception as exc:  # noqa: BLE001
                raise _converted(exc, name) from None

        wrapped = agen
    elif inspect.iscoroutinefunction(fn):

        @functools.wraps(fn)
        async def coro(*args: Any, **kwargs: Any):
            try:
                return await fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001
                raise _converted(exc, name) from None

        wrapped = coro
    elif inspect.isgeneratorfunction(fn):

        @functools.wraps(fn)
        def gen(*args: Any, **kwargs: Any):
            try:
                yield from fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001
                raise _converted(exc, name) from None

        wrapped = gen
    else:

        @functools.wraps(fn)
        def plain(*args: Any, **kwargs: Any):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001
                raise _converted(exc, name) from None

        wrapped = plain
    wrapped._gigai_quiet = True
    return wrapped


def quiet_errors(blocks: Any) -> Any:
    """Wrap every backend handler of ``blocks`` (built, not launched); returns the same Blocks."""
    for block_fn in getattr(blocks, "fns", {}).values():
        fn = getattr(block_fn, "fn", None)
        if fn is None or getattr(fn, "_gigai_quiet", False):
            continue
        block_fn.fn = _quiet(fn)
    return blocks
