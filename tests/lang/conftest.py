"""What the analysis tests share: the real dictionary, opened once."""

import pytest

from leseglas.gloss.dictionary import Dictionary


@pytest.fixture(scope="session")
def dictionary() -> Dictionary:
    return Dictionary()
