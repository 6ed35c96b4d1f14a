"""Names against vocabulary, with the real dictionary."""

import pytest

from leseglas.gloss.dictionary import Dictionary
from leseglas.lang.names import _prefixed_plural


@pytest.fixture(scope="module")
def dictionary() -> Dictionary:
    return Dictionary()


@pytest.mark.parametrize(
    ("word", "noun"),
    [
        ("Vorprodukten", "Vorprodukt"),  # vor + Produkte + n: Ding lacks the whole
        ("Nachfolgeprodukten", "Nachfolgeprodukt"),
        # names are not declined: none is a particle and a plural
        ("Ansorge", ""),
        ("Unterberger", ""),
        ("Auerbach", ""),
        ("Vorarlberg", ""),
        ("Umberto", ""),
        # a word Ding has is its own, not her + Bergen
        ("Herbergen", ""),
    ],
)
def test_a_particle_and_a_plural_make_a_noun_not_a_name(
    word: str, noun: str, dictionary: Dictionary
) -> None:
    assert _prefixed_plural(word, dictionary) == noun
