"""LangChain bridge: ChatOpenAI for networked presets, a real BaseChatModel adapter for offline/replay."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gigai._deps import require
from gigai.llm import registry
from gigai.llm.base import Model

_ROLE = {
    "human": "user",
    "ai": "assistant",
    "system": "system",
    "tool": "tool",
    "chat": "user",
    "HumanMessageChunk": "user",
    "AIMessageChunk": "assistant",
}


def to_dicts(messages: list[Any]) -> list[dict[str, Any]]:
    """LangChain messages -> gigai/OpenAI message dicts."""
    from gigai.llm.usage import text_of

    out = []
    for m in messages:
        role = getattr(m, "role", None) if getattr(m, "type", "") == "chat" else None
        out.append(
            {"role": role or _ROLE.get(getattr(m, "type", "human"), "user"), "content": text_of(m.content)}
        )
    return out


def _adapter_class() -> type:
    """Build the adapter class on first use, so importing gigai never imports langchain."""
    core = require("langchain_core")  # noqa: F841 - raises a bilingual MissingDependency if absent
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import AIMessage, AIMessageChunk
    from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
    from langchain_core.runnables import RunnableLambda
    from pydantic import ConfigDict

    class GigaiChatModel(BaseChatModel):
        """LangChain chat model over a gigai Model (offline engine, replay, or any other)."""

        model_config = ConfigDict(arbitrary_types_allowed=True)
        gigai_model: Any
        temperature: float | None = None
        max_tokens: int | None = None

        @property
        def _llm_type(self) -> str:
            return f"gigai-{self.gigai_model.provider}"

        @property
        def _identifying_params(self) -> dict[str, Any]:
            return {"provider": self.gigai_model.provider, "model": self.gigai_model.model_id}

        def _params(self, stop: list[str] | None) -> dict[str, Any]:
            p: dict[str, Any] = {"temperature": self.temperature, "max_tokens": self.max_tokens, "stop": stop}
            return {k: v for k, v in p.items() if v is not None}

        def _generate(
            self, messages: list[Any], stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any
        ) -> ChatResult:
            comp = self.gigai_model.complete(to_dicts(messages), **self._params(stop))
            text = f"{comp.notice}\n\n{comp.text}" if comp.notice else comp.text
            meta = {
                "input_tokens": comp.usage.prompt_tokens,
                "output_tokens": comp.usage.completion_tokens,
                "total_tokens": comp.usage.total_tokens,
            }
            msg = AIMessage(
                content=text,
                usage_metadata=meta,
                response_metadata={"model_name": comp.model, "provider": comp.provider},
            )
            return ChatResult(generations=[ChatGeneration(message=msg)])

        def _stream(
            self, messages: list[Any], stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any
        ) -> Iterator[ChatGenerationChunk]:
            for piece in self.gigai_model.stream(to_dicts(messages), **self._params(stop)):
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
                if run_manager:
                    run_manager.on_llm_new_token(piece, chunk=chunk)
                yield chunk

        def with_structured_output(self, schema: Any, *, include_raw: bool = False, **kwargs: Any) -> Any:
            """Offline: gigai's native structured generator; returns a Runnable like LangChain's own."""
            from gigai.llm import api

            def run(value: Any) -> Any:
                msgs = to_dicts(self._convert_input(value).to_messages())
                obj = api.structured(msgs, schema, provider=self.gigai_model)
                if include_raw:
                    return {
                        "raw": AIMessage(content=obj.model_dump_json()),
                        "parsed": obj,
                        "parsing_error": None,
                    }
                return obj

            return RunnableLambda(run, name=f"gigai_structured_{getattr(schema, '__name__', 'schema')}")

    return GigaiChatModel


_CLASS: type | None = None


def adapter(model: Model, **kwargs: Any) -> Any:
    """Wrap any gigai Model as a LangChain BaseChatModel."""
    global _CLASS
    if _CLASS is None:
        _CLASS = _adapter_class()
    return _CLASS(gigai_model=model, **kwargs)


def langchain_model(
    *,
    provider: Any = None,
    model: str | None = None,
    temperature: float | None = None,
    max_tokens: int | None = None,
    **kwargs: Any,
) -> Any:
    """ChatOpenAI on the chosen preset, or the gigai adapter when the choice is offline/replay."""
    from gigai.llm.api import get_model

    m = get_model(provider, model)
    if m.is_offline or not hasattr(m, "base_url"):
        return adapter(m, temperature=temperature, max_tokens=max_tokens)
    require("langchain_openai")
    from langchain_openai import ChatOpenAI

    preset = getattr(m, "preset", {}) or {}
    limit = max_tokens or preset.get("default_max_tokens")
    opts: dict[str, Any] = {
        "model": m.model_id,
        "base_url": m.base_url,
        "api_key": getattr(m, "_key", None) or "not-needed",
        "timeout": getattr(m, "timeout", 60.0),
        "max_retries": getattr(m, "max_retries", 2),
        "stream_usage": True,
    }
    if temperature is not None:
        opts["temperature"] = temperature
    if limit:
        # ChatOpenAI sends max_completion_tokens, which llama.cpp's server ignores; max_tokens in the body works.
        opts["extra_body"] = {"max_tokens": int(limit)}
    opts.update(kwargs)
    return ChatOpenAI(**opts)


__all__ = ["adapter", "langchain_model", "registry", "to_dicts"]
