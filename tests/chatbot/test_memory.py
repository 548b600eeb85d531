from __future__ import annotations

from gigai.chatbot import count_tokens, trim_history


def _turns(n):
    out = []
    for i in range(n):
        out += [
            {"role": "user", "content": f"pertanyaan {i} " + "kata " * 50},
            {"role": "assistant", "content": f"jawaban {i} " + "kata " * 50},
        ]
    return out


def test_trim_drops_oldest_first_and_never_mutates():
    hist = _turns(10)
    before = [dict(m) for m in hist]
    kept = trim_history(hist, max_tokens=300)
    assert hist == before
    assert kept and kept[-1]["content"].startswith("jawaban 9")
    assert kept[0]["role"] == "user"
    assert sum(count_tokens(m["content"]) for m in kept) <= 300
    assert not any(m["content"].startswith("pertanyaan 0") for m in kept)


def test_trim_drops_system_and_sources_lines():
    hist = [
        {"role": "system", "content": "rahasia"},
        {"role": "user", "content": "hai"},
        {"role": "assistant", "content": "halo\n\n📎 Sumber: menu.md"},
    ]
    assert trim_history(hist) == [
        {"role": "user", "content": "hai"},
        {"role": "assistant", "content": "halo"},
    ]
