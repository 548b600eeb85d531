"""A missing optional package names the pip command that brings it (gigai's extra when there is one)."""

from __future__ import annotations

import sys

import pytest

from gigai import errors
from gigai._deps import require


@pytest.mark.parametrize(
    ("module", "command"),
    [("telegram.ext", 'pip install "python-telegram-bot"'), ("edge_tts", 'pip install "edge-tts"')],
)
def test_missing_package_names_its_extra(monkeypatch, module, command):
    top = module.split(".")[0]
    if top != module:
        monkeypatch.delitem(sys.modules, module, raising=False)
    monkeypatch.setitem(sys.modules, top, None)  # import now fails as if not installed
    with pytest.raises(errors.MissingDependency) as info:
        require(module)
    assert info.value.code == "E015" and info.value.hint == command


def test_telegram_channel_uses_the_shared_hint(monkeypatch):
    from gigai.channels import telegram

    monkeypatch.setitem(sys.modules, "telegram", None)
    monkeypatch.delitem(sys.modules, "telegram.ext", raising=False)
    with pytest.raises(errors.MissingDependency) as info:
        telegram._telegram()
    assert "python-telegram-bot" in str(info.value) and 'gigai[' not in info.value.hint
