"""structured(): offline heuristics for arbitrary schemas; JSON + one repair retry on networked presets."""

from __future__ import annotations

import json
from enum import Enum
from typing import Literal

import httpx2 as httpx
import pytest
from pydantic import BaseModel, Field

import gigai
from tests.llm.conftest import completion_body


class Tone(str, Enum):
    santai = "santai"
    formal = "formal"


class Scene(BaseModel):
    narration: str = Field(min_length=10, max_length=200)
    visual: str
    seconds: int = Field(ge=2, le=10)


class Storyboard(BaseModel):
    title: str
    product: str
    price: int = Field(ge=0)
    tone: Tone
    platform: Literal["tiktok", "instagram", "youtube"]
    scenes: list[Scene] = Field(min_length=3, max_length=6)
    hashtags: list[str]
    cta: str | None = None


class Profile(BaseModel):
    name: str
    skills: list[str] = Field(min_length=2)
    rate_per_hour: float = Field(gt=0, le=1_000_000)
    years: int


class Review(BaseModel):
    sentiment: Literal["positif", "negatif", "netral"]
    score: int = Field(ge=1, le=5)
    recommend: bool
    summary: str = Field(max_length=40)


BRIEF = """Buat storyboard video promosi 5 adegan untuk Instagram.
Produk: Kopi Susu Gula Aren
Harga: Rp 18.000
Audiens: mahasiswa, gaya santai.
CTA: Pesan via GoFood
Durasi tiap adegan 6 detik."""


def test_offline_storyboard_nested_list_enum():
    sb = gigai.structured(BRIEF, Storyboard)
    assert isinstance(sb, Storyboard)
    assert sb.product == "Kopi Susu Gula Aren" and sb.price == 18000
    assert sb.tone is Tone.santai and sb.platform == "instagram"
    assert len(sb.scenes) == 5 and all(s.seconds == 6 for s in sb.scenes)
    assert sb.cta == "Pesan via GoFood"


def test_offline_profile_numbers_and_lists():
    p = gigai.structured(
        "Saya Budi, desainer grafis freelance 3 tahun. Keahlian: logo, poster, feed Instagram. "
        "Tarif Rp 75.000 per jam.",
        Profile,
    )
    assert p.name == "Budi" and p.skills == ["logo", "poster", "feed Instagram"]
    assert p.rate_per_hour == 75000 and p.years == 3


def test_offline_constraints_are_respected():
    r = gigai.structured("Ulasan: kopinya enak, pelayanan cepat, pasti balik lagi, bintang 9 dari 10", Review)
    assert 1 <= r.score <= 5 and len(r.summary) <= 40


def test_offline_is_deterministic():
    assert gigai.structured(BRIEF, Storyboard) == gigai.structured(BRIEF, Storyboard)


def test_invalid_schema_is_input_error():
    for bad in (
        dict,
        Storyboard(
            title="a",
            product="b",
            price=1,
            tone="santai",
            platform="tiktok",
            scenes=[Scene(narration="x" * 10, visual="v", seconds=2)] * 3,
            hashtags=[],
        ),
        "x",
    ):
        with pytest.raises(gigai.InputError):
            gigai.structured("halo", bad)


class Small(BaseModel):
    answer: str
    confidence: float = Field(ge=0, le=1)


def test_remote_valid_json_first_try(fake_model):
    bodies = []

    def handler(request):
        bodies.append(json.loads(request.read()))
        return httpx.Response(200, json=completion_body('```json\n{"answer": "ya", "confidence": 0.9}\n```'))

    obj = gigai.structured("Apakah kopi enak?", Small, provider=fake_model(handler))
    assert obj == Small(answer="ya", confidence=0.9)
    assert bodies[0]["response_format"]["type"] == "json_schema"  # gemini preset supports it
    assert "JSON" in bodies[0]["messages"][-1]["content"]


def test_remote_repair_retry_then_success(fake_model):
    replies = iter(['{"answer": "ya", "confidence": 7}', '{"answer": "ya", "confidence": 0.7}'])
    bodies = []

    def handler(request):
        bodies.append(json.loads(request.read()))
        return httpx.Response(200, json=completion_body(next(replies)))

    obj = gigai.structured("Apakah kopi enak?", Small, provider=fake_model(handler))
    assert obj.confidence == 0.7 and len(bodies) == 2
    assert "tidak valid" in bodies[1]["messages"][-1]["content"]


def test_remote_gives_up_after_one_repair(fake_model):
    calls = []

    def handler(request):
        calls.append(1)
        return httpx.Response(200, json=completion_body("maaf saya tidak tahu"))

    with pytest.raises(gigai.ProviderError) as info:
        gigai.structured("Apakah kopi enak?", Small, provider=fake_model(handler))
    assert len(calls) == 2 and info.value.code == "E028"
    obj = gigai.structured("Apakah kopi enak?", Small, provider=fake_model(handler), fallback="offline")
    assert isinstance(obj, Small)


def test_remote_rejecting_response_format_falls_back_to_prompt_only(fake_model):
    seen = []

    def handler(request):
        body = json.loads(request.read())
        seen.append("response_format" in body)
        if "response_format" in body:
            return httpx.Response(400, json={"error": {"message": "response_format not supported"}})
        return httpx.Response(200, json=completion_body('{"answer": "ok", "confidence": 1}'))

    assert gigai.structured("x?", Small, provider=fake_model(handler)).answer == "ok"
    assert seen == [True, False]


def test_offline_leaves_optional_fields_the_prompt_does_not_mention():
    from pydantic import BaseModel, Field

    class InfoProduk(BaseModel):
        nama: str = Field(description="nama produk")
        harga: int = Field(description="harga rupiah")
        kategori: str | None = None

    assert gigai.structured("Es Teh Manis harganya Rp 5.000", InfoProduk).kategori is None
    filled = gigai.structured("Es Teh Manis Rp 5.000, kategori: minuman dingin", InfoProduk)
    assert filled.kategori and "minuman dingin" in filled.kategori and filled.harga == 5000


def test_offline_keyword_list_is_distinct_phrases_not_the_sentence_repeated():
    # Lab 4's example (a participant's own product sentence): the list field must not repeat the input.
    from pydantic import BaseModel, Field

    class InfoProduk(BaseModel):
        nama: str = Field(description="nama produk")
        harga_rupiah: int = Field(description="harga dalam rupiah, angka saja")
        kata_kunci: list[str] = Field(description="3 kata kunci untuk pemasaran")

    for prompt in (
        "Produk kami: Kopi Susu Gula Aren, harga Rp 18.000, manis, creamy, cocok untuk nugas.",
        "Jasa laundry kiloan Bersih Kilat di Jatinangor. Rp 7.000 per kg, selesai 1 hari, bisa antar jemput ke kos.",
        "Kami jual madu hutan asli dari Sumbawa seharga 85 ribu per botol, tanpa campuran gula",
    ):
        info = gigai.structured(prompt, InfoProduk, provider="offline")
        kws = info.kata_kunci
        assert len(kws) == 3, kws
        assert len({k.lower() for k in kws}) == 3, kws
        assert all(len(k.split()) <= 6 and k.rstrip(".") != prompt.rstrip(".") for k in kws), kws
        assert len(info.nama.split()) <= 8 and "," not in info.nama, info.nama
    info = gigai.structured(
        "Produk kami: Kopi Susu Gula Aren, harga Rp 18.000, manis, creamy, cocok untuk nugas.", InfoProduk,
        provider="offline",
    )
    assert info.nama == "Kopi Susu Gula Aren"
    assert info.harga_rupiah == 18000
