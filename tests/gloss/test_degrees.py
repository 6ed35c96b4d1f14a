"""Adjectives in a degree of comparison read in that degree, in German and English."""

import pytest
from tests.lang.reading import analyse

from leseglas.gloss.dictionary import Dictionary
from leseglas.gloss.lookup import Glosser
from leseglas.lang.lemmas import degree


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser(Dictionary())


@pytest.mark.parametrize(
    ("text", "lemma", "predicative", "expected"),
    [
        ("ältere", "alt", False, "comparative"),  # an umlaut
        ("dunkleren", "dunkel", False, "comparative"),  # an -e- dropped
        ("leisere", "leise", False, "comparative"),
        ("besser", "gut", True, "comparative"),  # another stem
        ("größte", "groß", False, "superlative"),  # -t after a sibilant
        ("ältesten", "alt", False, "superlative"),
        ("höchste", "hoch", False, "superlative"),
        ("schneller", "schnell", True, "comparative"),  # *ist schneller*
        # the positive's own endings
        ("schneller", "schnell", False, ""),  # *ein schneller Wagen*
        ("teurer", "teuer", False, ""),  # *ein teurer Wagen*
        ("großen", "groß", False, ""),
        ("letzten", "letzt", False, ""),
        ("schöner", "schön", False, ""),  # an umlaut the positive has
    ],
)
def test_the_degree_of_an_adjective_as_written(
    text: str, lemma: str, predicative: bool, expected: str
) -> None:
    assert degree(text, lemma, predicative) == expected


@pytest.mark.parametrize(
    ("sentence", "index", "first"),
    [
        ("Er hat ältere Menschen betrogen .", 2, "older"),
        ("Die ältesten Bäume stehen hier .", 1, "oldest"),
        ("Berlin ist die größte Stadt .", 3, "biggest"),
        ("Sie ist schneller als er .", 2, "faster"),
        ("Das ist die wichtigste Frage .", 3, "most important"),  # no English -est
        ("Europa müsse stärker und unabhängiger werden .", 4, "more independent"),
        ("Das war ein wichtiger zusätzlicher Impuls .", 3, "important"),  # before a noun
        ("Ein schneller Wagen kam .", 1, "fast"),  # the positive
        ("Die weiteren Schritte folgen .", 1, "further"),  # Ding's own comparative
    ],
)
def test_an_adjective_in_a_degree_is_glossed_in_it(
    sentence: str, index: int, first: str, glosser: Glosser
) -> None:
    token = analyse(sentence, glosser.dictionary)[index]
    assert glosser.lookup(token).short[0] == first
