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


@pytest.mark.parametrize(
    ("sentence", "index", "proper"),
    [
        # Ding capitalises the English, but the parts are plain words: *früh* +
        # *mittelalterlich* "medieval", *fern* + *östlich* "east"
        ("In frühmittelalterlicher Zeit war das anders .", 1, False),
        ("Er liebt die fernöstliche Küche .", 3, False),
        # an adjective of a name stays one: its last part is a name's too (*afrikanisch*
        # "African"), or no part is a common word (*ger·manisch*)
        ("Die südafrikanische Regierung kam .", 1, True),
        ("Das ist ein germanischer Name .", 3, True),
        ("Die russische Armee kam .", 1, True),
    ],
)
def test_an_adjective_of_plain_words_is_vocabulary_however_ding_capitalises_it(
    sentence: str, index: int, proper: bool, dictionary: Dictionary
) -> None:
    from tests.lang.reading import analyse

    from leseglas.gloss.lookup import Glosser

    gloss = Glosser(dictionary).lookup(analyse(sentence, dictionary)[index])
    assert gloss.proper is proper
