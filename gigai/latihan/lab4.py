"""Lab 4 exercises: a LangChain prompt template with variables, a structured-output schema, its result."""

from __future__ import annotations

from typing import Any

from gigai.latihan._util import get
from gigai.latihan.core import Exercise, Lab, expect, fail


def _template(prompt_template: Any) -> None:
    variables = get(prompt_template, "input_variables", default=None)
    expect(variables is not None, "Ini belum prompt template LangChain (tidak ada input_variables).",
           "This is not a LangChain prompt template (no input_variables).")
    variables = list(variables)
    expect(len(variables) >= 2, f"Template baru punya {len(variables)} variabel; pakai minimal 2, "
           "misalnya {produk} dan {target}.", "Use at least 2 variables, e.g. {produk} and {target}.")
    dummy = {v: f"<{v}>" for v in variables}
    fmt = get(prompt_template, "format", default=None)
    expect(callable(fmt), "Template tidak bisa di-format.", "The template cannot be formatted.")
    try:
        text = str(fmt(**dummy))
    except Exception as exc:  # noqa: BLE001
        fail(f"Template gagal diisi: {exc}", f"The template failed to format: {exc}")
    missing = [v for v in variables if f"<{v}>" not in text]
    expect(not missing, f"Variabel {missing} tidak muncul di teks prompt.", f"Variables {missing} are unused.")


def _is_model_class(obj: Any) -> bool:
    return isinstance(obj, type) and hasattr(obj, "model_fields") and hasattr(obj, "model_validate")


def _schema(OutputSchema: Any) -> None:  # noqa: N803 - the participant's class name
    expect(_is_model_class(OutputSchema), "`OutputSchema` harus class turunan pydantic BaseModel (bukan objek).",
           "`OutputSchema` must be a pydantic BaseModel subclass (the class, not an instance).")
    fields = OutputSchema.model_fields
    expect(len(fields) >= 3, f"Schema baru punya {len(fields)} field; buat minimal 3.",
           f"The schema has {len(fields)} fields; make at least 3.")
    no_desc = [n for n, f in fields.items() if not (f.description or "").strip()]
    expect(not no_desc, f"Tambahkan Field(description=...) untuk: {', '.join(no_desc)} (LLM membaca deskripsi ini).",
           f"Add Field(description=...) for: {', '.join(no_desc)} (the LLM reads them).")


def _result(result: Any, OutputSchema: Any = None) -> None:  # noqa: N803
    expect(hasattr(result, "model_dump"), "`result` harus objek hasil structured output (pydantic), bukan teks.",
           "`result` must be a structured-output object (pydantic), not text.")
    if _is_model_class(OutputSchema):
        expect(isinstance(result, OutputSchema), "`result` bukan objek dari `OutputSchema`-mu.",
               "`result` is not an instance of your `OutputSchema`.")
    data = result.model_dump()
    empty = [k for k, v in data.items() if v in (None, "", [], {})]
    expect(not empty, f"Field masih kosong: {', '.join(empty)}.", f"Empty fields: {', '.join(empty)}.")


q1 = Exercise("q1", "Prompt template dengan variabel", _template, vars=("prompt_template",), hints=[
    "Variabel ditulis dalam kurung kurawal: {produk}.",
    "`ChatPromptTemplate.from_messages([(\"system\", ...), (\"user\", \"... {produk} ... {target}\")])`",
], solution_code="from langchain_core.prompts import ChatPromptTemplate\n\n"
                 "prompt_template = ChatPromptTemplate.from_messages([\n"
                 "    (\"system\", \"Kamu copywriter UMKM. Bahasa santai Gen-Z.\"),\n"
                 "    (\"user\", \"Tulis caption promo {produk} untuk {target}.\"),\n])")
q2 = Exercise("q2", "Schema structured output", _schema, vars=("OutputSchema",), hints=[
    "Structured output = LLM mengisi formulir. Formulirnya class pydantic.",
    "Setiap field pakai `Field(description=\"...\")` supaya LLM tahu isinya.",
], solution_code="from pydantic import BaseModel, Field\n\n\nclass OutputSchema(BaseModel):\n"
                 "    caption: str = Field(description=\"Caption promo maksimal 2 kalimat\")\n"
                 "    hashtags: list[str] = Field(description=\"3-5 hashtag tanpa spasi\")\n"
                 "    cta: str = Field(description=\"Ajakan bertindak singkat\")")
q3 = Exercise("q3", "Hasil structured output terisi", _result, vars=("result", "OutputSchema?"), hints=[
    "Panggil `gigai.structured(prompt, OutputSchema)`.",
    "`result = gigai.structured(\"Caption untuk Kopi Susu Gula Aren\", OutputSchema)`",
], solution_code="import gigai\n\nresult = gigai.structured(\"Buat caption promo Kopi Susu Gula Aren\", OutputSchema)\n"
                 "result")

lab = Lab("lab4", "Lab 4: LangChain dan structured output", [q1, q2, q3])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "lab", "progress"]
