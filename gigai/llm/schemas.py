"""Structured output for every schema form LangChain's docs use, and the prompt-and-repair default.

Accepted: pydantic v2 classes, pydantic v1 classes (``pydantic.v1.BaseModel``), TypedDicts and JSON-schema
dicts (also OpenAI's ``{"name", "parameters"}`` function shape). Pydantic classes come back as instances,
TypedDicts and dicts as plain dicts. ``Model.structured`` calls :func:`prompt_and_repair`.
"""

from __future__ import annotations

import json
import re
import typing
from typing import Any

from gigai.errors import InputError, ProviderError

_INSTR = (
    "Jawab HANYA dengan satu objek JSON yang valid menurut JSON Schema ini, tanpa teks lain. / "
    "Reply ONLY with one JSON object valid for this JSON Schema:\n"
)


def _is_v2(spec: Any) -> bool:
    return isinstance(spec, type) and hasattr(spec, "model_validate") and hasattr(spec, "model_json_schema")


def _is_v1(spec: Any) -> bool:
    return isinstance(spec, type) and hasattr(spec, "parse_obj") and hasattr(spec, "__fields__")


def _is_typeddict(spec: Any) -> bool:
    if typing.is_typeddict(spec):
        return True
    try:
        import typing_extensions

        return bool(typing_extensions.is_typeddict(spec))
    except ImportError:  # pragma: no cover - pydantic depends on typing_extensions
        return False


class Schema:
    """One schema in any accepted form: its JSON schema, a validator, and a pydantic v2 model for offline."""

    def __init__(self, spec: Any) -> None:
        self.spec = spec
        if isinstance(spec, Schema):
            self.spec, self.kind = spec.spec, spec.kind
        elif isinstance(spec, dict) and ("properties" in spec or "parameters" in spec or "type" in spec):
            self.kind = "json"
        elif _is_v2(spec):
            self.kind = "pydantic"
        elif _is_v1(spec):
            self.kind = "pydantic_v1"
        elif _is_typeddict(spec):
            self.kind = "typeddict"
        else:
            raise InputError(
                "E032",
                "Skema harus kelas pydantic (v2/v1), TypedDict, atau dict JSON Schema.",
                "The schema must be a pydantic (v2/v1) class, a TypedDict or a JSON-schema dict.",
                hint="class Jawaban(BaseModel): ...  lalu gigai.structured(prompt, Jawaban)",
                value=repr(spec)[:80],
            )
        self._model: Any = None

    @property
    def name(self) -> str:
        if self.kind == "json":
            return str(self.spec.get("title") or self.spec.get("name") or "Output")
        return getattr(self.spec, "__name__", "Output")

    def json_schema(self) -> dict[str, Any]:
        if self.kind == "pydantic":
            return self.spec.model_json_schema()
        if self.kind == "pydantic_v1":
            return self.spec.schema()
        if self.kind == "typeddict":
            return self.model().model_json_schema()
        if "parameters" in self.spec and "properties" not in self.spec:
            return dict(self.spec["parameters"], title=self.name)
        return self.spec

    def model(self) -> Any:
        """A pydantic v2 class with the same fields (what the offline generator fills)."""
        if self.kind == "pydantic":
            return self.spec
        if self._model is None:
            if self.kind == "typeddict":
                self._model = _typeddict_model(self.spec)
            else:
                self._model = model_from_json_schema(self.json_schema(), self.name)
        return self._model

    def validate(self, data: Any) -> Any:
        if self.kind == "pydantic":
            return self.spec.model_validate(data)
        if self.kind == "pydantic_v1":
            return self.spec.parse_obj(data)
        obj = self.model().model_validate(data)
        return obj.model_dump(by_alias=True, exclude_unset=True)

    def dump(self, obj: Any) -> str:
        if hasattr(obj, "model_dump_json"):
            return obj.model_dump_json(by_alias=True)
        if hasattr(obj, "json") and self.kind == "pydantic_v1":
            return obj.json()
        return json.dumps(obj, ensure_ascii=False, default=str)


def _typeddict_model(spec: Any) -> Any:
    """A pydantic v2 class for a TypedDict; ``Annotated[T, default, "description"]`` as LangChain reads it."""
    from pydantic import Field, create_model

    hints = typing.get_type_hints(spec, include_extras=True)
    required = set(getattr(spec, "__required_keys__", hints))
    fields: dict[str, Any] = {}
    for key, tp in hints.items():
        default: Any = ... if key in required else None
        desc = None
        if typing.get_origin(tp) is typing.Annotated:
            tp, *meta = typing.get_args(tp)
            if meta and not isinstance(meta[0], str):
                default = meta.pop(0)
            desc = next((m for m in meta if isinstance(m, str)), None)
        fields[key] = (tp, Field(default, description=desc))
    return create_model(spec.__name__, __doc__=spec.__doc__, **fields)


# -- JSON schema -> pydantic v2 model ----------------------------------------------------------------------
_SIMPLE = {"string": str, "integer": int, "number": float, "boolean": bool}


def _type_of(sub: dict[str, Any], name: str, defs: dict[str, Any]) -> tuple[Any, bool]:
    """(python type, nullable) for one JSON-schema node."""
    from pydantic import create_model  # noqa: F401 - imported for nested models below

    if "$ref" in sub:
        key = sub["$ref"].rsplit("/", 1)[-1]
        return model_from_json_schema(defs.get(key, {}), key, defs), False
    if "enum" in sub:
        return typing.Literal[tuple(sub["enum"])], None in sub["enum"]
    if "const" in sub:
        return typing.Literal[sub["const"]], False
    for key in ("anyOf", "oneOf"):
        if key in sub:
            options = [o for o in sub[key] if o.get("type") != "null"]
            nullable = len(options) < len(sub[key])
            tp = _type_of(options[0], name, defs)[0] if options else str
            return tp, nullable
    if "allOf" in sub and len(sub["allOf"]) == 1:
        return _type_of(sub["allOf"][0], name, defs)
    kind = sub.get("type", "string")
    nullable = False
    if isinstance(kind, list):
        nullable = "null" in kind
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "array":
        item = _type_of(sub.get("items") or {}, name, defs)[0]
        return list[item], nullable
    if kind == "object":
        if sub.get("properties"):
            return model_from_json_schema(sub, sub.get("title") or name.title(), defs), nullable
        return dict[str, typing.Any], nullable
    return _SIMPLE.get(kind, str), nullable


def _constraints(sub: dict[str, Any]) -> dict[str, Any]:
    names = {
        "minLength": "min_length",
        "maxLength": "max_length",
        "minItems": "min_length",
        "maxItems": "max_length",
        "minimum": "ge",
        "maximum": "le",
        "exclusiveMinimum": "gt",
        "exclusiveMaximum": "lt",
        "pattern": "pattern",
    }
    return {py: sub[js] for js, py in names.items() if js in sub and not isinstance(sub[js], bool)}


def model_from_json_schema(
    js: dict[str, Any], name: str = "Output", defs: dict[str, Any] | None = None
) -> Any:
    """A pydantic v2 class for a JSON-schema object (required/optional fields, nesting, enums, $defs)."""
    from pydantic import Field, create_model

    defs = {**(defs or {}), **(js.get("$defs") or js.get("definitions") or {})}
    required = set(js.get("required") or [])
    fields: dict[str, Any] = {}
    for key, sub in (js.get("properties") or {}).items():
        sub = sub if isinstance(sub, dict) else {}
        tp, nullable = _type_of(sub, key, defs)
        ident = re.sub(r"\W", "_", key)
        if not ident.isidentifier() or ident.startswith("_") or ident != key:
            ident = "f_" + ident.strip("_")
        extra = {"alias": key} if ident != key else {}
        extra.update(_constraints(sub))
        desc = sub.get("description")
        if key in required:
            fields[ident] = (tp | None if nullable else tp, Field(..., description=desc, **extra))
        else:
            fields[ident] = (tp | None, Field(sub.get("default"), description=desc, **extra))
    clean = re.sub(r"\W", "_", name) or "Output"
    return create_model(clean if clean.isidentifier() else "Output", **fields)


# -- prompt and repair -------------------------------------------------------------------------------------
def extract_json(text: str) -> Any:
    text = re.sub(r"^```(?:json)?\s*|\s*```$", "", text.strip(), flags=re.IGNORECASE | re.MULTILINE)
    start = min((i for i in (text.find("{"), text.find("[")) if i >= 0), default=-1)
    if start < 0:
        raise ValueError("no JSON object in the answer")
    end = max(text.rfind("}"), text.rfind("]"))
    return json.loads(text[start : end + 1])


def _text(content: Any) -> str:
    if isinstance(content, list):
        return "\n".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    return "" if content is None else str(content)


def instructed(messages: list[dict[str, Any]], schema: Any) -> list[dict[str, Any]]:
    """A NEW message list asking for JSON of ``schema`` (appended to the last user turn)."""
    spec = json.dumps(Schema(schema).json_schema(), ensure_ascii=False)
    out = [dict(m) for m in messages]
    # Appended to the last user turn: some chat templates (gemma) silently drop system messages.
    users = [i for i, m in enumerate(out) if m.get("role") == "user"]
    if users:
        out[users[-1]]["content"] = f"{_text(out[users[-1]]['content'])}\n\n{_INSTR}{spec}"
    else:
        out.append({"role": "user", "content": _INSTR + spec})
    return out


def response_format(model: Any, schema: Schema) -> dict[str, Any] | None:
    mode = (getattr(model, "preset", None) or {}).get("structured")
    if mode == "json_schema":
        return {
            "type": "json_schema",
            "json_schema": {"name": schema.name, "schema": schema.json_schema(), "strict": False},
        }
    if mode == "json_object":
        # llama.cpp's server turns "schema" into a grammar; other servers ignore the extra key.
        rf: dict[str, Any] = {"type": "json_object"}
        if getattr(model, "provider", "") == "llamacpp":
            rf["schema"] = schema.json_schema()
        return rf
    return None


def prompt_and_repair(model: Any, messages: list[dict[str, Any]], schema: Any, **params: Any) -> Any:
    """Ask ``model`` for JSON of ``schema``; if it does not validate, show it the error once and ask again."""
    sch = Schema(schema)
    ask = instructed(messages, sch)
    params = {"temperature": 0, "max_tokens": 512, **params}
    rf = response_format(model, sch)
    extra = {"response_format": rf} if rf else {}
    try:
        comp = model.complete(ask, **params, **extra)
    except ProviderError as err:
        if not rf or getattr(err, "status", None) not in (400, 422):
            raise
        extra = {}  # the server rejected response_format: prompt-only JSON
        comp = model.complete(ask, **params)
    text = comp.text
    for attempt in range(2):
        try:
            return sch.validate(extract_json(text))
        except Exception as exc:  # noqa: BLE001 - JSON or validation error, repaired once below
            if attempt == 1:
                raise ProviderError(
                    "E028",
                    f"{model.provider} tidak menghasilkan JSON yang sesuai skema (setelah 1x perbaikan).",
                    f"{model.provider} did not return JSON matching the schema (after one repair).",
                    hint="pakai model yang lebih besar, atau GIGAI_FALLBACK=offline",
                    value=f"{model.provider}/{model.model_id}",
                ) from None
            repair = [
                *ask,
                {"role": "assistant", "content": text},
                {
                    "role": "user",
                    "content": f"JSON itu tidak valid / that JSON is invalid: {str(exc)[:400]}\n"
                    "Kirim ulang HANYA JSON yang benar. / Send ONLY the corrected JSON.",
                },
            ]
            text = model.complete(repair, **params, **extra).text
    raise AssertionError("unreachable")


def offline_structured(engine: Any, messages: list[dict[str, Any]], schema: Any) -> Any:
    """The offline engine's heuristic filler (pydantic v2 only) for any accepted schema form."""
    sch = Schema(schema)
    obj = engine.structured(messages, sch.model())
    if sch.kind == "pydantic":
        return obj
    return sch.validate(obj.model_dump(by_alias=True))
