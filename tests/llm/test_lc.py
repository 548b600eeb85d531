"""LangChain bridge: every preset gets gigai's BaseChatModel (fallback, usage); openai_model() gives ChatOpenAI."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

import gigai
from tests.llm.conftest import KB, SECRET


def test_offline_adapter_chain_invoke_and_stream():
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.prompts import ChatPromptTemplate

    llm = gigai.langchain_model()
    assert isinstance(llm, BaseChatModel) and llm._llm_type == "gigai-offline"
    prompt = ChatPromptTemplate.from_messages([("system", KB), ("human", "{q}")])
    chain = prompt | llm | StrOutputParser()
    first = chain.invoke({"q": "Berapa harga kopi susu?"})  # may carry the once-per-session setup notice
    assert first.startswith("[mode offline]") and "18.000" in first
    out = chain.invoke({"q": "Berapa harga kopi susu?"})
    assert out.startswith("[mode offline]") and "18.000" in out
    pieces = list(chain.stream({"q": "Berapa harga kopi susu?"}))
    assert len(pieces) > 1 and "".join(pieces) == out
    msg = llm.invoke("Halo")
    assert msg.usage_metadata["output_tokens"] > 0


def test_offline_with_structured_output():
    class Produk(BaseModel):
        nama: str
        harga: int

    llm = gigai.langchain_model(provider="offline")
    obj = llm.with_structured_output(Produk).invoke("Produk: Kopi Susu\nHarga: Rp 18.000")
    assert isinstance(obj, Produk) and "Kopi Susu" in obj.nama and obj.harga == 18000


def test_networked_preset_gets_the_gigai_adapter_with_fallback_and_usage(monkeypatch, fake_model):
    import httpx2 as httpx

    from tests.llm.conftest import completion_body

    monkeypatch.setenv("GROQ_API_KEY", SECRET)
    llm = gigai.langchain_model(temperature=0)
    assert llm.gigai_model.provider == "groq" and llm.gigai_model.model_id == "llama-3.1-8b-instant"
    assert SECRET not in repr(llm)
    model = fake_model(
        lambda r: httpx.Response(200, json=completion_body("Halo dari groq", usage=(50, 5))), "groq"
    )
    msg = gigai.langchain_model(model).invoke("Halo")
    assert msg.content == "Halo dari groq" and msg.usage_metadata["input_tokens"] == 50
    assert gigai.usage().summary()["per_provider"]["groq"]["calls"] == 1

    def dead(request):
        raise httpx.ConnectError("no route", request=request)

    monkeypatch.setenv("GIGAI_FALLBACK", "offline")
    text = gigai.langchain_model(fake_model(dead, "groq", max_retries=0)).invoke("Halo").content
    assert text.startswith("[fallback ke offline]")


def test_openai_model_is_langchains_own_chat_openai(monkeypatch):
    from langchain_openai import ChatOpenAI

    from gigai.llm.lc import openai_model

    monkeypatch.setenv("GROQ_API_KEY", SECRET)
    llm = openai_model(temperature=0)
    assert isinstance(llm, ChatOpenAI)
    assert llm.model_name == "llama-3.1-8b-instant" and "groq.com" in str(llm.openai_api_base)
    assert SECRET not in repr(llm)
    assert openai_model("llamacpp").extra_body == {"max_tokens": 256}
    with pytest.raises(gigai.ConfigError) as info:
        openai_model("offline")
    assert info.value.code == "E018"


def test_unknown_provider_error():
    with pytest.raises(gigai.ConfigError):
        gigai.langchain_model(provider="nope")
