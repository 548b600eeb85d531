"""LangChain bridge: offline adapter is a real BaseChatModel; networked presets get ChatOpenAI."""

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


def test_networked_preset_gets_chat_openai(monkeypatch):
    from langchain_openai import ChatOpenAI

    monkeypatch.setenv("GROQ_API_KEY", SECRET)
    llm = gigai.langchain_model(temperature=0)
    assert isinstance(llm, ChatOpenAI)
    assert llm.model_name == "llama-3.1-8b-instant" and "groq.com" in str(llm.openai_api_base)
    assert SECRET not in repr(llm)
    local = gigai.langchain_model(provider="llamacpp")
    assert local.extra_body == {"max_tokens": 256}


def test_unknown_provider_error():
    with pytest.raises(gigai.ConfigError):
        gigai.langchain_model(provider="nope")
