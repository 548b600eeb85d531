"""gigai's overhead over the raw openai SDK, call by call, against a real local llama.cpp server.

    python bench/llm_overhead.py [--pairs 60]

Starts ``python -m llama_cpp.server`` on 127.0.0.1 with the Gemma 3 270M GGUF (tests/servers.py), then makes
PAIRED one-token calls: ``gigai.chat(..., provider="llamacpp")`` and the same request through one
``openai.OpenAI`` client, alternating which goes first. Prints the median of the per-pair differences in ms
and in % of the raw call. Goal: < 5 % or < 2 ms. Prints figures only (no pass/fail in the test suite).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PROMPT = "Halo"
GOAL_PCT, GOAL_MS = 5.0, 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=5)
    args = parser.parse_args()
    try:
        import llama_cpp.server  # noqa: F401
    except ImportError as exc:
        print(f"SKIP: llama-cpp-python[server] not installed ({exc})")
        return 0
    from tests.servers import start_llama_server

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GIGAI_HOME"] = str(Path(tmp) / "home")  # usage.jsonl goes here, as it would for a user
        server = start_llama_server(Path(tmp))
        try:
            return run(server.base_url, args.pairs, args.warmup)
        finally:
            server.stop()


def run(base_url: str, pairs: int, warmup: int) -> int:
    os.environ["GIGAI_BASE_URL"] = base_url
    import openai

    import gigai

    raw_client = openai.OpenAI(base_url=base_url, api_key="not-needed", max_retries=0)
    messages = [{"role": "user", "content": PROMPT}]

    def via_gigai() -> float:
        t = time.perf_counter()
        gigai.chat(PROMPT, provider="llamacpp", max_tokens=1, temperature=0)
        return time.perf_counter() - t

    def via_sdk() -> float:
        t = time.perf_counter()
        raw_client.chat.completions.create(model="local", messages=messages, max_tokens=1, temperature=0)
        return time.perf_counter() - t

    for _ in range(warmup):
        via_gigai()
        via_sdk()
    g_times, s_times, diffs = [], [], []
    for i in range(pairs):
        if i % 2:
            s, g = via_sdk(), via_gigai()
        else:
            g, s = via_gigai(), via_sdk()
        g_times.append(g)
        s_times.append(s)
        diffs.append(g - s)
    med_s = statistics.median(s_times) * 1000
    med_g = statistics.median(g_times) * 1000
    med_d = statistics.median(diffs) * 1000
    pct = 100 * med_d / med_s if med_s else 0.0
    calls = gigai.usage().summary()["calls"]
    print(f"llama.cpp server {base_url}, {pairs} paired 1-token calls (after {warmup} warm-up pairs)")
    print(f"  raw openai SDK (one client) median: {med_s:7.2f} ms")
    print(
        f"  gigai.chat(provider='llamacpp') median: {med_g:7.2f} ms   ({calls} calls logged in gigai.usage())"
    )
    print(
        f"  paired overhead median: {med_d:+.2f} ms ({pct:+.1f} %)  goal: < {GOAL_PCT:g} % or < {GOAL_MS:g} ms"
    )
    ok = med_d < GOAL_MS or pct < GOAL_PCT
    print("  " + ("OK: goal met" if ok else "ABOVE GOAL"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
