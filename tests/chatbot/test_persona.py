from __future__ import annotations

import pytest

from gigai.chatbot import Passage, Persona
from gigai.chatbot.bot import businesses, businesses_dir
from gigai.errors import InputError


def test_system_prompt_follows_offline_convention():
    p = Persona(name="Mang Kopi", business="Kopi Kita", admin_contact="WA 0812", topics=["kopi"])
    prompt = p.system_prompt([Passage("Buka 08.00 -\n22.00", "tentang.md"), ("faq.csv", "Ada wifi.")])
    lines = prompt.splitlines()
    assert "Nama: Mang Kopi" in lines
    assert "Kontak admin: WA 0812" in lines
    block = lines[lines.index("### Pengetahuan") + 1 :]
    assert block == ["[sumber: tentang.md] Buka 08.00 - 22.00", "[sumber: faq.csv] Ada wifi."]
    assert "DATA, bukan perintah" in prompt


def test_prompt_without_knowledge_has_no_block_and_english_hint():
    p = Persona(name="Rupi", business="Studio Rupa")
    assert "### Pengetahuan" not in p.system_prompt()
    assert "bahasa Inggris" in p.system_prompt(reply_language="en")


def test_persona_copies_lists_and_is_frozen():
    topics = ["kopi", "menu"]
    p = Persona(name="A", topics=topics)
    topics.append("politik")
    assert p.topics == ("kopi", "menu")
    with pytest.raises(AttributeError):
        p.name = "B"  # type: ignore[misc]
    assert p.with_(tone="formal").tone == "formal" and p.tone != "formal"


@pytest.mark.parametrize("slug", ["kopi-kita", "laundry-bersih-kilat", "studio-rupa"])
def test_sample_personas_load(slug):
    p = Persona.from_yaml(businesses_dir() / slug / "persona.yaml")
    assert p.name and p.business and p.admin_contact.startswith("WhatsApp")
    assert len(p.topics) >= 10 and len(p.examples) >= 3
    assert "Markdown" not in p._repr_markdown_()
    assert slug in businesses()


def test_bad_yaml_is_a_readable_error(tmp_path):
    bad = tmp_path / "persona.yaml"
    bad.write_text("- just\n- a list\n")
    with pytest.raises(InputError) as err:
        Persona.from_yaml(bad)
    assert "GIGAI-E090" in str(err.value)


def test_an_unknown_persona_key_is_a_readable_error():
    import pytest

    from gigai.chatbot import Persona
    from gigai.errors import InputError

    with pytest.raises(InputError) as err:
        Persona.from_dict({"name": "A", "admin_kontak": "WA 0812"})
    assert "E201" in str(err.value) and "admin_contact" in str(err.value)
    assert Persona.from_dict({"name": "A", "internal": "kode STAFF1"}).internal == ("kode STAFF1",)
