"""Adjectives in a degree of comparison read in that degree, in German and English."""

import subprocess
import sys
from pathlib import Path

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


@pytest.mark.parametrize(
    ("word", "degree", "form"),
    [
        ("old", "comparative", "older"),
        ("good", "superlative", "best"),  # another stem
        ("big", "superlative", "biggest"),  # a doubled consonant
        ("important", "comparative", ""),  # English says "more important"
        ("modern", "comparative", ""),  # lemminflect's "moderner" is no English in use
    ],
)
def test_english_degrees_are_in_the_index(
    word: str, degree: str, form: str, glosser: Glosser
) -> None:
    assert glosser.dictionary.english_degree(word, degree) == form


def test_reading_a_comparative_loads_no_english_lexicon() -> None:
    """The index keeps English's degrees, so glossing one imports no lemminflect."""
    script = (
        "import sys\n"
        "from tests.lang.reading import analyse\n"
        "from leseglas.gloss.dictionary import Dictionary\n"
        "from leseglas.gloss.lookup import Glosser\n"
        "glosser = Glosser(Dictionary())\n"
        "token = analyse('Die älteren Menschen kamen .', glosser.dictionary)[1]\n"
        "print(glosser.lookup(token).short[0], 'lemminflect' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["older", "False"]
