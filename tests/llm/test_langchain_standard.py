"""LangChain's own conformance suites (langchain-tests) against gigai's LangChain adapter.

Two models: the offline engine and replay (a recorded cassette). Tool calling is declared unsupported (the
offline engine has none); everything else runs: invoke/stream/batch, async, usage metadata, stop
sequences, ``_get_ls_params`` and structured output from pydantic v2 and v1 classes, TypedDicts and
JSON-schema dicts, with optional fields.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("langchain_tests", reason="langchain-tests is in the [test] extra")

from langchain_tests.integration_tests import ChatModelIntegrationTests  # noqa: E402
from langchain_tests.unit_tests import ChatModelUnitTests  # noqa: E402

from gigai.llm.lc import chat_model_class  # noqa: E402

CASSETTE = Path(__file__).parent / "cassettes" / "standard.jsonl"


class _Offline:
    @property
    def chat_model_class(self) -> type:
        return chat_model_class()

    @property
    def chat_model_params(self) -> dict:
        return {"provider": "offline"}

    @property
    def has_tool_calling(self) -> bool:
        return False

    @property
    def has_structured_output(self) -> bool:
        return True

    @property
    def supports_json_mode(self) -> bool:
        return False

    @property
    def returns_usage_metadata(self) -> bool:
        return True


class _Replay(_Offline):
    @property
    def chat_model_params(self) -> dict:
        return {"provider": "replay", "cassette": str(CASSETTE)}


class TestOfflineUnit(_Offline, ChatModelUnitTests):
    pass


# The suites' async tests need pytest-asyncio's marker (the project runs it in strict mode); the same class
# mark on the sync tests is harmless, so its warning is silenced.
_ASYNC = [pytest.mark.asyncio, pytest.mark.filterwarnings("ignore:The test <Function:pytest.PytestWarning")]


@_ASYNC[0]
@_ASYNC[1]
class TestOfflineIntegration(_Offline, ChatModelIntegrationTests):
    pass


class TestReplayUnit(_Replay, ChatModelUnitTests):
    pass


@_ASYNC[0]
@_ASYNC[1]
class TestReplayIntegration(_Replay, ChatModelIntegrationTests):
    pass


def test_replay_serves_the_recording():
    model = chat_model_class()(provider="replay", cassette=str(CASSETTE))
    msg = model.invoke("Hello")
    assert msg.content == "Halo! Ada yang bisa saya bantu hari ini?"
    assert msg.usage_metadata["input_tokens"] == 8 and msg.response_metadata["model_name"].startswith(
        "gemini/"
    )
