"""Lab 4 exercises: a LangChain prompt template with variables, a structured-output schema, its result."""

from __future__ import annotations

import re
from typing import Any

from gigai.latihan._util import get
from gigai.latihan.core import Exercise, Lab, expect, fail, is_placeholder, untouched
from gigai.latihan.judge import language_problem, words

SOLUTION_Q1 = """\
template_saya = ChatPromptTemplate.from_messages([
    ("system", "Kamu copywriter untuk Thrift Kece, toko baju bekas di Bandung. Bahasa santai, maksimal 2 kalimat."),
    ("user", "Tulis caption promo {produk} untuk {target}."),
])
chain_saya = template_saya | llm | StrOutputParser()
print(chain_saya.invoke({"produk": "jaket denim thrift", "target": "mahasiswa baru"}))"""
SOLUTION_Q2 = """\
class SkemaSaya(BaseModel):
    caption: str = Field(description="caption promo maksimal 2 kalimat")
    hashtags: list[str] = Field(description="3-5 hashtag tanpa spasi")
    ajakan: str = Field(description="ajakan bertindak singkat dengan kanalnya")"""
SOLUTION_Q3 = """\
hasil_saya = gigai.structured("Buat caption promo jaket denim thrift Rp 85.000 untuk mahasiswa baru. "
                              "Ajak pembeli DM Instagram @thriftkece.", SkemaSaya)
hasil_saya"""
EXAMPLE_PHRASES = ("copywriter media sosial untuk UMKM Indonesia", "Tulis satu caption Instagram untuk produk")
EXAMPLE_FIELDS = {"nama", "harga_rupiah", "kata_kunci"}


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
    rest = text
    for v in variables:
        rest = rest.replace(f"<{v}>", " ")
    expect(len(words(rest)) >= 3, "Template-mu hanya berisi variabel. Tulis juga instruksinya, misalnya "
           "\"Tulis caption promo {produk} untuk {target}\".", "The template is only variables; write the instruction too.")
    problem = language_problem(rest, "Template-mu")
    expect(problem is None, problem or "", problem or "")
    expect(not all(p.lower() in text.lower() for p in EXAMPLE_PHRASES),
           "Ini masih template contoh dari bagian 2. Tulis template untuk usahamu sendiri.",
           "This is still the example template from part 2; write one for your own business.")


def _is_model_class(obj: Any) -> bool:
    return isinstance(obj, type) and hasattr(obj, "model_fields") and hasattr(obj, "model_validate")


def _schema(OutputSchema: Any) -> None:  # noqa: N803 - the participant's class name
    expect(_is_model_class(OutputSchema), "`SkemaSaya` harus class turunan pydantic BaseModel (bukan objek).",
           "`OutputSchema` must be a pydantic BaseModel subclass (the class, not an instance).")
    fields = OutputSchema.model_fields
    expect(len(fields) >= 3, f"Schema baru punya {len(fields)} field; buat minimal 3.",
           f"The schema has {len(fields)} fields; make at least 3.")
    expect(set(fields) != EXAMPLE_FIELDS, "Ini masih `InfoProduk` contoh dari bagian 4. Buat formulir untuk "
           "kebutuhanmu sendiri (misalnya caption, hashtag, ajakan).", "This is still the example InfoProduk schema.")
    blank = [n for n, f in fields.items() if is_placeholder(f.description or "x") or "____" in n
             or (f.description is not None and not re.sub(r"[^a-zA-Z]", "", f.description))]
    if blank:
        untouched(f"Deskripsi kolom masih `____`/`...`: {', '.join(blank)}. Tulis apa isi setiap kolom.",
                  f"Field descriptions are still placeholders: {', '.join(blank)}.")
    no_desc = [n for n, f in fields.items() if not (f.description or "").strip()]
    expect(not no_desc, f"Tambahkan Field(description=...) untuk: {', '.join(no_desc)} (LLM membaca deskripsi ini).",
           f"Add Field(description=...) for: {', '.join(no_desc)} (the LLM reads them).")
    vague = [n for n, f in fields.items() if len(re.sub(r"[^a-zA-Z]", "", f.description or "")) < 4]
    expect(not vague, f"Deskripsi kolom {', '.join(vague)} terlalu singkat: tulis apa isi kolom itu, misalnya "
           "\"caption promo maksimal 2 kalimat\".", f"Describe the fields {', '.join(vague)} in a few words.")


def _result(result: Any, OutputSchema: Any = None) -> None:  # noqa: N803
    expect(hasattr(result, "model_dump"), "`hasil_saya` harus objek hasil gigai.structured(...) (pydantic), bukan teks.",
           "`result` must be a structured-output object (pydantic), not text.")
    if _is_model_class(OutputSchema):
        expect(isinstance(result, OutputSchema), "`hasil_saya` bukan objek dari `SkemaSaya`-mu.",
               "`result` is not an instance of your `OutputSchema`.")
    data = result.model_dump()
    empty = [k for k, v in data.items() if _empty(v)]
    expect(not empty, f"Field masih kosong: {', '.join(empty)}.", f"Empty fields: {', '.join(empty)}.")


def _empty(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip() or is_placeholder(value)
    if isinstance(value, (list, tuple, set, dict)):
        items = list(value.values()) if isinstance(value, dict) else list(value)
        return not items or all(_empty(v) for v in items)
    return value is None


q1 = Exercise("q1", "Prompt template dengan variabel", _template, vars=("template_saya",), hints=[
    "Lihat lagi `template_caption` di bagian 2: bagian mana yang berubah-ubah untuk setiap produk?",
    "Variabel ditulis dalam kurung kurawal, misalnya `{produk}` dan `{target}`; pakai minimal dua, untuk usahamu.",
    '`ChatPromptTemplate.from_messages([("system", "Kamu copywriter ..."), ("user", "... {produk} ... {target}")])`',
], solution_code=SOLUTION_Q1)
q2 = Exercise("q2", "Skema output terstruktur", _schema, vars=("SkemaSaya",), hints=[
    "Output terstruktur = LLM mengisi formulir. Kolom apa yang ingin kamu dapatkan untuk promosi usahamu?",
    "Buat class turunan `BaseModel` seperti `InfoProduk`, tapi dengan kolommu sendiri; setiap kolom pakai "
    "`Field(description=\"...\")` supaya LLM tahu isinya.",
], solution_code=SOLUTION_Q2)
q3 = Exercise("q3", "Hasil output terstruktur terisi", _result, vars=("hasil_saya", "SkemaSaya?"), hints=[
    "Di bagian 4 ada fungsi gigai yang mengisi formulir dari sebuah teks. Berikan teks tentang produkmu.",
    '`hasil_saya = gigai.structured("Buat caption promo untuk ...", SkemaSaya)`',
], solution_code=SOLUTION_Q3)

lab = Lab("lab4", "Lab 4: LangChain dan output terstruktur", [q1, q2, q3])
progress = lab.progress
__all__ = ["q1", "q2", "q3", "lab", "progress"]
