"""``gigai record``: the day-before cassettes, recorded with the labs install alone (no pytest).

    gigai record --demo                          # the demo app's example questions (every sample business)
    gigai record --labs 2,3,4 --provider gemini  # run those lab notebooks, recording every real answer

Calls are paced under the provider's free-tier rate limit (requests per minute from the LLM catalogue's
``free_rpm``, else a careful default; ``--rpm`` overrides), and a 429 makes the recorder wait and resume the
same question instead of failing. Running it again skips what the cassette already answers, so an
interrupted evening continues where it stopped. In class: ``GIGAI_PROVIDER=replay`` with that cassette.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gigai.llm.base import Completion, Messages, Model
from gigai.llm.pacing import Pacer
from gigai.llm.wrappers import Wrapper

__all__ = ["Pacer", "PacedModel", "RecordReport", "free_rpm", "pace_kernel", "record_demo", "record_labs"]

DEFAULT_RPM = 10  # when the catalogue has no free-tier figure: slow enough for every free tier we know
MAX_RATE_WAITS = 6  # 429s in a row for one question before giving up on it
SAMPLE_BUSINESSES = ("kopi-kita", "laundry-bersih-kilat", "studio-rupa")


def default_cassette() -> Path:
    """Where replay looks by default (GIGAI_CASSETTE, else $GIGAI_HOME/cassettes/default.jsonl)."""
    from gigai.llm.replay import default_cassette as replay_default

    return replay_default()


def free_rpm(provider: str) -> int:
    """Requests per minute to stay under ``provider``'s free tier (catalogue row ``free_rpm``)."""
    from gigai.llm import registry

    value = registry.presets().get(provider, {}).get("free_rpm")
    try:
        return max(1, int(value)) if value else DEFAULT_RPM
    except (TypeError, ValueError):
        return DEFAULT_RPM


class PacedModel(Wrapper):
    """A model that waits its turn (Pacer) and, on a 429, waits and asks the same question again."""

    def __init__(self, inner: Model, pacer: Pacer, *, say: Callable[[str], None] = print,
                 sleep: Callable[[float], None] = time.sleep, max_waits: int = MAX_RATE_WAITS) -> None:  # fmt: skip
        super().__init__(inner)
        self.pacer = pacer
        self.say = say
        self.sleep = sleep
        self.max_waits = max_waits
        self.rate_limited = 0

    def _backoff(self, exc: Exception, attempt: int) -> None:
        from gigai.errors import RateLimitError

        if not isinstance(exc, RateLimitError) or attempt >= self.max_waits:
            raise exc
        self.rate_limited += 1
        wait = getattr(exc, "retry_after", None)
        wait = min(float(wait), 120.0) if wait is not None else min(5.0 * 2**attempt, 120.0)
        self.say(
            f"  429: batas {self.inner.provider} tercapai, tunggu {wait:.0f} detik lalu lanjut / "
            f"rate limit hit, waiting {wait:.0f} s, then resuming"
        )
        self.sleep(wait)

    def complete(self, messages: Messages, **params: Any) -> Completion:
        attempt = 0
        while True:
            self.pacer.wait()
            try:
                return self.inner.complete(messages, **params)
            except Exception as exc:  # noqa: BLE001 - only a 429 is retried, the rest re-raised
                self._backoff(exc, attempt)
                attempt += 1

    def events(self, messages: Messages, **params: Any) -> Iterator[str | Completion]:
        yield self.complete(messages, **params)  # whole answers: a 429 mid-stream cannot be resumed


@dataclass
class RecordReport:
    """What one ``gigai record`` run did."""

    cassette: Path
    provider: str
    rpm: float
    recorded: int = 0
    skipped: int = 0
    rate_limited: int | None = 0  # None: waited out inside the notebook kernels, not counted here
    failed: list[str] = field(default_factory=list)
    notebooks: list[str] = field(default_factory=list)
    seconds: float = 0.0
    stopped: str = ""

    def __str__(self) -> str:
        lines = [
            f"Kaset / cassette: {self.cassette}",
            f"{self.provider} · maks / max {self.rpm:g} permintaan per menit / requests per minute",
            f"Direkam / recorded: {self.recorded} · sudah ada / already there: {self.skipped} · "
            f"429 ditunggu / waited: {'(di kernel / in the kernel)' if self.rate_limited is None else self.rate_limited}"
            f" · gagal / failed: {len(self.failed)}",
        ]
        lines += [f"  ! {f}" for f in self.failed]
        lines += [self.stopped] if self.stopped else []
        lines.append(f"{self.seconds:.0f} detik / seconds")
        lines.append(f"Di kelas / in class: GIGAI_PROVIDER=replay GIGAI_CASSETTE={self.cassette}")
        lines.append(f"Ke paket / into the pack: gigai pack build paket-gigai --cassettes {self.cassette}")
        return "\n".join(lines)


def _provider_and_rpm(provider: str | None, rpm: float | None) -> tuple[str, float]:
    from gigai.errors import ConfigError
    from gigai.llm import registry

    name, _ = registry.choose(provider)
    if registry.presets()[name].get("kind") in ("offline", "replay"):
        raise ConfigError(
            "E303",
            f"Merekam butuh provider sungguhan, bukan '{name}'.",
            f"Recording needs a real provider, not '{name}'.",
            hint="gigai record --provider gemini  (dengan / with GEMINI_API_KEY=... di file .env)",
            value=name,
        )
    return name, float(rpm) if rpm else float(free_rpm(name))


def record_demo(
    cassette: str | Path | None = None,
    *,
    provider: str | None = None,
    businesses: Iterable[str] = SAMPLE_BUSINESSES,
    questions: Iterable[str] | None = None,
    rpm: float | None = None,
    say: Callable[[str], None] = print,
    sleep: Callable[[float], None] = time.sleep,
) -> RecordReport:
    """Record the demo app's example questions (or ``questions``) for each business, as the chatbot asks them."""
    from gigai.chatbot import Chatbot
    from gigai.llm import registry
    from gigai.llm.replay import ReplayModel, recording

    t0 = time.monotonic()
    name, per_minute = _provider_and_rpm(provider, rpm)
    target = Path(cassette) if cassette else default_cassette()
    target.parent.mkdir(parents=True, exist_ok=True)
    model = PacedModel(
        registry.resolve(name, max_retries=0), Pacer(per_minute, sleep=sleep), say=say, sleep=sleep
    )
    report = RecordReport(target, name, per_minute)
    exhausted = 0
    wanted = list(questions) if questions is not None else None
    with recording(target):
        for slug in businesses:
            if report.stopped:
                break
            bot = Chatbot.from_business(slug, model=model)
            for q in wanted if wanted is not None else list(bot.persona.examples):
                messages, _, canned = bot.plan(q, [])
                if canned is not None or messages is None:
                    continue  # answered without a model (greeting, guardrail): nothing to record
                if target.exists() and ReplayModel(path=target).find(messages) is not None:
                    report.skipped += 1
                    continue
                say(f"  {slug}: {q}")
                try:
                    model.complete(messages)
                    report.recorded += 1
                    exhausted = 0
                except Exception as exc:  # noqa: BLE001 - one question failing must not end the evening
                    code = getattr(exc, "code", None) or type(exc).__name__
                    report.failed.append(f"{slug}: {q} ({code})")
                    exhausted = exhausted + 1 if code == "E023" else 0
                    if exhausted >= 2:  # still refused after every wait, twice: a daily quota, not a minute
                        report.stopped = (
                            "Berhenti: provider terus menolak (kuota harian habis?). Jalankan lagi besok atau "
                            "dengan provider lain; yang sudah terekam tetap ada. / Stopped: the provider keeps "
                            "refusing (daily quota?). Run again later or with another provider; what is recorded stays."
                        )
                        break
    report.rate_limited = model.rate_limited
    report.seconds = time.monotonic() - t0
    return report


def find_labs(numbers: Iterable[int], labs_dir: str | Path | None = None) -> list[Path]:
    """Notebook paths for lab numbers: ``labs/NN_*.ipynb`` in ``labs_dir``, ./labs, or the source tree."""
    from gigai.errors import InputError

    candidates = (
        [Path(labs_dir)] if labs_dir else [Path("labs"), Path(__file__).resolve().parents[2] / "labs"]
    )
    folder = next((c for c in candidates if c.is_dir()), None)
    out = []
    for n in numbers:
        found = sorted(folder.glob(f"{int(n):02d}_*.ipynb")) if folder else []
        if not found:
            raise InputError(
                "E095",
                f"Notebook lab {n} tidak ditemukan.",
                f"Lab {n}'s notebook was not found.",
                hint="jalankan dari folder yang berisi labs/, atau / or: gigai record --labs-dir PATH",
                value=str(folder or candidates[0]),
            )
        out.append(found[0])
    return out


KERNEL_SETUP = "import gigai.trainer.record as _gigai_record\n_gigai_record.pace_kernel({rpm!r})\n"


def pace_kernel(rpm: float) -> None:
    """Inside a notebook kernel run by ``record_labs``: pace every provider request under ``rpm``.

    Uses the models' own pacing option (``GIGAI_RPM``): every attempt, retries included, waits its turn.
    """
    from gigai.llm import registry

    os.environ["GIGAI_RPM"] = f"{float(rpm):g}"
    registry.clear_cache()  # models built before this line are built again, paced


def record_labs(
    numbers: Iterable[int],
    cassette: str | Path | None = None,
    *,
    provider: str | None = None,
    rpm: float | None = None,
    labs_dir: str | Path | None = None,
    timeout: int = 900,
    say: Callable[[str], None] = print,
) -> RecordReport:
    """Run lab notebooks (copies, in a temp folder) with recording on; outputs are thrown away."""
    import nbformat
    from nbclient import NotebookClient

    t0 = time.monotonic()
    name, per_minute = _provider_and_rpm(provider, rpm)
    target = (Path(cassette) if cassette else default_cassette()).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    before = _count(target)
    report = RecordReport(target, name, per_minute)
    env = {
        "GIGAI_RECORD": "1",
        "GIGAI_CASSETTE": str(target),
        "GIGAI_PROVIDER": name,
        "GIGAI_RETRIES": str(MAX_RATE_WAITS),
        "GIGAI_RETRY_MAX_WAIT": "65",  # a free tier's window is a minute
        "GIGAI_RPM": f"{per_minute:g}",  # the models' own pacing (pace_kernel sets it again in the kernel)
    }
    for path in find_labs(numbers, labs_dir):
        say(f"  {path.name} ...")
        with tempfile.TemporaryDirectory(prefix="gigai-record-") as tmp:
            work = Path(tmp) / path.name
            shutil.copy2(path, work)
            nb = nbformat.read(work, as_version=4)
            # Cells the lab tests skip (servers, final renders) are not needed for the cassette.
            nb.cells = [c for c in nb.cells if "NBVAL_SKIP" not in "".join(c.get("source", ""))]
            nb.cells.insert(0, nbformat.v4.new_code_cell(KERNEL_SETUP.format(rpm=per_minute)))
            client = NotebookClient(
                nb, timeout=timeout, allow_errors=True, resources={"metadata": {"path": tmp}}
            )
            saved = {k: os.environ.get(k) for k in env}
            os.environ.update(env)  # the kernel inherits this process's environment
            try:
                client.execute()
            except Exception as exc:  # noqa: BLE001 - the next notebook still runs
                report.failed.append(f"{path.name} ({type(exc).__name__})")
            finally:
                for k, v in saved.items():
                    if v is None:
                        os.environ.pop(k, None)
                    else:
                        os.environ[k] = v
            errors = [o for c in nb.cells if c.get("cell_type") == "code" for o in c.get("outputs", [])
                      if o.get("output_type") == "error" and "RateLimit" in str(o.get("ename", ""))]  # fmt: skip
            report.failed += [f"{path.name}: 429 ({len(errors)}x)"] if errors else []
        report.notebooks.append(path.name)
    report.recorded = _count(target) - before
    report.rate_limited = None
    report.seconds = time.monotonic() - t0
    return report


def _count(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open(encoding="utf-8") as fh:
        return sum(1 for line in fh if line.strip())
