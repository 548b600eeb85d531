from __future__ import annotations

import pytest

from gigai.chatbot import Chatbot
from tests.chatbot.fakes import GroundedFake, MockModel


@pytest.fixture
def fake():
    return GroundedFake()


@pytest.fixture
def kopi(fake):
    return Chatbot.from_business("kopi-kita", model=fake)


@pytest.fixture
def mock():
    return MockModel()
