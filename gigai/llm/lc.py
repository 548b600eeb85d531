"""LangChain bridge: ``GigaiChatModel``, a conforming BaseChatModel over any resolved gigai Model.

``gigai.langchain_model()`` gives it for every preset, so LangChain calls get what every gigai call gets:
fallback to offline, recording, the usage log in rupiah, one client per model. It passes LangChain's standard
test suites (tests/llm/test_langchain_standard.py): invoke, stream (usage on the last chunk), async,
``_get_ls_params``, and ``with_structured_output`` for pydantic v2 and v1 classes, TypedDicts and JSON-schema
dicts. Tool calling is not offered; for that, :func:`openai_model` gives LangChain's own ChatOpenAI on the
same preset (without gigai's wrappers).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gigai._deps import require
from gigai.llm import registry
from gigai.llm.base import Completion, Model, text_of
from gigai.llm.params import MODEL_OPTIONS, MODEL_PARAMS, check

_ROLE = {
    "human": "user",
    "ai": "assistant",
    "system": "system",
    "tool": "tool",
    "chat": "user",
    "HumanMessageChunk": "user",
    "AIMessageChunk": "assistant",
}
# LangChain's own constructor keywords (BaseChatModel fields and ChatOpenAI's common ones).
LC_OPTIONS = frozenset(
    {
        "timeout",
        "max_retries",
        "stop",
        "streaming",
        "callbacks",
        "tags",
        "metadata",
        "verbose",
        "cache",
        "rate_limiter",
        "disable_streaming",
        "output_version",
        "model_kwargs",
        "top_p",
        "seed",
        "cassette",
    }
)


def to_dicts(messages: list[Any]) -> list[dict[str, Any]]:
    """LangChain messages -> gigai/OpenAI message dicts."""
    out = []
    for m in messages:
        role = getattr(m, "role", None) if getattr(m, "type", "") == "chat" else None
        out.append(
            {"role": role or _ROLE.get(getattr(m, "type", "human"), "user"), "content": text_of(m.content)}
        )
    return out


def _adapter_class() -> type:
    """Build the adapter class on first use, so importing gigai never imports langchain."""
    require("langchain_core")  # raises a bilingual MissingDependency if absent
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import AIMessage, AIMessageChunk
    from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
    from langchain_core.runnables import RunnableLambda
    from langchain_core.utils.function_calling import convert_to_json_schema
    from pydantic import ConfigDict, Field, model_validator

    from gigai.llm import schemas

    class GigaiChatModel(BaseChatModel):
        """LangChain chat model over a gigai Model (offline engine, replay, or any resolved provider).

        ``GigaiChatModel(provider="offline")``, ``GigaiChatModel(provider="replay", cassette="demo.jsonl")``.
        """

        model_config = ConfigDict(arbitrary_types_allowed=True, populate_by_name=True)
        provider: str | None = None
        model: str | None = Field(default=None, alias="model_name")
        temperature: float | None = None
        max_tokens: int | None = None
        timeout: float | None = None
        max_retries: int | None = None
        stop: list[str] | None = None
        top_p: float | None = None
        seed: int | None = None
        model_kwargs: dict[str, Any] = Field(default_factory=dict)
        streaming: bool = False
        cassette: str | None = None
        gigai_model: Any = Field(default=None, exclude=True)

        @model_validator(mode="after")
        def _resolve(self) -> GigaiChatModel:
            check(self.model_kwargs, MODEL_PARAMS, where="GigaiChatModel(model_kwargs=...)")
            if self.gigai_model is None:
                opts = {"path": self.cassette, "timeout": self.timeout, "max_retries": self.max_retries}
                opts = {k: v for k, v in opts.items() if v is not None}
                self.gigai_model = registry.resolve(self.provider, self.model, **opts)
            return self

        @property
        def _llm_type(self) -> str:
            return f"gigai-{self.gigai_model.provider}"

        @property
        def _identifying_params(self) -> dict[str, Any]:
            return {"provider": self.gigai_model.provider, "model": self.gigai_model.model_id}

        def _get_ls_params(self, stop: list[str] | None = None, **kwargs: Any) -> Any:
            params = super()._get_ls_params(stop=stop, **kwargs)
            params["ls_provider"] = "gigai"
            params["ls_model_name"] = kwargs.get("model") or self.gigai_model.model_id
            params["ls_model_type"] = "chat"
            temperature = kwargs.get("temperature", self.temperature)
            if temperature is not None:
                params["ls_temperature"] = temperature
            max_tokens = kwargs.get("max_tokens", self.max_tokens)
            if max_tokens is not None:
                params["ls_max_tokens"] = max_tokens
            stop = stop or kwargs.get("stop") or self.stop
            if stop:
                params["ls_stop"] = list(stop)
            return params

        def _params(self, stop: list[str] | None, kwargs: dict[str, Any]) -> dict[str, Any]:
            # a per-call ``model=`` override only names the trace (see _get_ls_params)
            kwargs = {k: v for k, v in kwargs.items() if k != "model"}
            check(kwargs, MODEL_PARAMS, where="GigaiChatModel.invoke")
            p: dict[str, Any] = {
                "temperature": self.temperature,
                "max_tokens": self.max_tokens,
                "top_p": self.top_p,
                "seed": self.seed,
                "stop": stop or self.stop or None,
                **self.model_kwargs,
                **kwargs,
            }
            return {k: v for k, v in p.items() if v is not None}

        def _message(self, comp: Completion) -> AIMessage:
            text = f"{comp.notice}\n\n{comp.text}" if comp.notice else comp.text
            return AIMessage(content=text, usage_metadata=_usage(comp), response_metadata=_meta(comp))

        def _generate(
            self, messages: list[Any], stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any
        ) -> ChatResult:
            schema = kwargs.pop("gigai_schema", None)
            params = self._params(stop, kwargs)
            msgs = to_dicts(messages)
            if schema is not None:
                return ChatResult(
                    generations=[ChatGeneration(message=self._structured(msgs, schema, params))]
                )
            return ChatResult(
                generations=[ChatGeneration(message=self._message(self.gigai_model.complete(msgs, **params)))]
            )

        def _structured(self, msgs: list[dict[str, Any]], schema: Any, params: dict[str, Any]) -> AIMessage:
            sch = schemas.Schema(schema)
            obj = self.gigai_model.structured(msgs, schema, **params)
            meta = {"model_name": self.gigai_model.model_id, "provider": self.gigai_model.provider}
            return AIMessage(content=sch.dump(obj), response_metadata=meta)

        def _stream(
            self, messages: list[Any], stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any
        ) -> Iterator[ChatGenerationChunk]:
            schema = kwargs.pop("gigai_schema", None)
            params = self._params(stop, kwargs)
            msgs = to_dicts(messages)
            if schema is not None:
                msg = self._structured(msgs, schema, params)
                yield ChatGenerationChunk(
                    message=AIMessageChunk(
                        content=msg.content, response_metadata=msg.response_metadata, chunk_position="last"
                    )
                )
                return
            for event in self.gigai_model.events(msgs, **params):
                if isinstance(event, Completion):
                    last = AIMessageChunk(
                        content="",
                        usage_metadata=_usage(event),
                        response_metadata=_meta(event),
                        chunk_position="last",
                    )
                    yield ChatGenerationChunk(message=last)
                    continue
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=event))
                if run_manager:
                    run_manager.on_llm_new_token(event, chunk=chunk)
                yield chunk

        def with_structured_output(self, schema: Any, *, include_raw: bool = False, **kwargs: Any) -> Any:
            """A Runnable returning ``schema`` objects (pydantic instance, or a dict for TypedDict/JSON schema).

            ``method``/``strict`` (LangChain's names) are accepted; gigai always uses its own prompt-and-repair
            (or the offline filler), so every method gives the same result.
            """
            check(kwargs, {"method", "strict", "tools"}, where="with_structured_output")
            sch = schemas.Schema(schema)
            fmt = {
                "kwargs": {"method": kwargs.get("method") or "gigai"},
                "schema": convert_to_json_schema(schema),
            }
            llm = self.bind(ls_structured_output_format=fmt, gigai_schema=schema)

            def parse(message: Any) -> Any:
                return sch.validate(schemas.extract_json(text_of(message.content)))

            def parse_raw(message: Any) -> dict[str, Any]:
                try:
                    return {"raw": message, "parsed": parse(message), "parsing_error": None}
                except Exception as exc:  # noqa: BLE001 - LangChain's include_raw contract
                    return {"raw": message, "parsed": None, "parsing_error": exc}

            name = f"gigai_structured_{sch.name}"
            return llm | RunnableLambda(parse_raw if include_raw else parse, name=name)

    return GigaiChatModel


def _usage(comp: Completion) -> dict[str, int]:
    return {
        "input_tokens": comp.usage.prompt_tokens,
        "output_tokens": comp.usage.completion_tokens,
        "total_tokens": comp.usage.total_tokens,
    }


def _meta(comp: Completion) -> dict[str, Any]:
    return {"model_name": comp.model, "provider": comp.provider}


_CLASS: type | None = None


def chat_model_class() -> type:
    """The ``GigaiChatModel`` class (built on first use so that ``import gigai`` stays light)."""
    global _CLASS
    if _CLASS is None:
        _CLASS = _adapter_class()
    return _CLASS


def adapter(model: Model, **kwargs: Any) -> Any:
    """Wrap any gigai Model as a LangChain BaseChatModel."""
    return chat_model_class()(gigai_model=model, **kwargs)


def langchain_model(
    provider: Any = None,
    model: str | None = None,
    *,
    temperature: float | None = None,
    max_tokens: int | None = None,
    **kwargs: Any,
) -> Any:
    """A LangChain chat model over the resolved gigai model (fallback, recording, usage included). Lab 4."""
    check(kwargs, LC_OPTIONS | MODEL_OPTIONS, where="gigai.langchain_model")
    options = {k: kwargs.pop(k) for k in list(kwargs) if k in MODEL_OPTIONS}
    if "cassette" in kwargs:
        options["path"] = kwargs["cassette"]
    for name in ("timeout", "max_retries"):
        if name in kwargs:
            options[name] = kwargs[name]
    m = provider if isinstance(provider, Model) else registry.resolve(provider, model, **options)
    return adapter(m, temperature=temperature, max_tokens=max_tokens, **kwargs)


def openai_model(
    provider: Any = None,
    model: str | None = None,
    *,
    temperature: float | None = None,
    max_tokens: int | None = None,
    **kwargs: Any,
) -> Any:
    """LangChain's own ChatOpenAI on the chosen networked preset (tool calling; no gigai fallback/usage log)."""
    m = provider if isinstance(provider, Model) else registry.resolve(provider, model)
    credentials = getattr(m, "credentials", None)
    if m.is_offline or credentials is None:
        from gigai.errors import ConfigError

        raise ConfigError(
            "E018",
            f"ChatOpenAI butuh provider jaringan; '{m.provider}' adalah mesin lokal gigai.",
            f"ChatOpenAI needs a networked provider; '{m.provider}' is gigai's local engine.",
            hint="pakai gigai.langchain_model() (offline/replay), atau atur kunci: gigai doctor",
            value=m.provider,
        )
    require("langchain_openai")
    from langchain_openai import ChatOpenAI

    url, key = credentials()
    preset = getattr(m, "preset", {}) or {}
    limit = max_tokens or preset.get("default_max_tokens")
    opts: dict[str, Any] = {
        "model": m.model_id,
        "base_url": url,
        "api_key": key,
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


def __getattr__(name: str) -> Any:
    if name == "GigaiChatModel":
        return chat_model_class()
    raise AttributeError(f"module 'gigai.llm.lc' has no attribute {name!r}")


__all__ = [
    "adapter",
    "chat_model_class",
    "langchain_model",
    "openai_model",
    "to_dicts",
]  # + GigaiChatModel (lazy)
