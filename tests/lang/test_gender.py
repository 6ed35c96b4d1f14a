"""A noun's gender: from the dictionary, the article, the ending.

Against the real tagger and dictionary index."""

import pytest
from tests.lang.reading import analyse

from leseglas.gloss.dictionary import Dictionary
from leseglas.lang.gender import adjectival_noun_gender, guess_gender


def test_gender_guess(dictionary: Dictionary) -> None:
    assert guess_gender("Onlineapotheke", dictionary.lookup) == "f"
    assert guess_gender("Friteusenfett", dictionary.lookup) == "n"
    assert guess_gender("Xyzung", dictionary.lookup) == "f"
    assert guess_gender("klein", dictionary.lookup) == ""
    assert guess_gender("Bombenlegen", dictionary.lookup) == "n"  # a nominalised verb
    assert guess_gender("Xyzbla", dictionary.lookup, frozenset({"f", "pl"})) == "f"  # eine/der


@pytest.mark.parametrize(
    ("word", "article", "gender"),
    [
        ("Vorsitzende", "der", "m"),
        ("Vorsitzende", "die", "f"),
        ("Vorsitzenden", "die", "m"),  # plural: the generic masculine
        ("Angestellte", "eine", "f"),
        ("Bekannter", "ein", "m"),
        ("Gute", "das", "n"),
        ("Schlimmeres", "", "n"),
        ("Abgeordneten", "", "m"),
    ],
)
def test_nominalised_adjectives_take_gender_from_article_and_ending(
    word: str, article: str, gender: str
) -> None:
    assert adjectival_noun_gender(word, article) == gender


def test_a_language_is_a_neuter_noun(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    analysis = analyse("Sie spricht gut Deutsch und Französisch .", dictionary)[5]
    gloss = Glosser(dictionary).lookup(analysis)
    assert (analysis.lemma, gloss.gender, gloss.short) == ("Französisch", "n", ("French",))


def test_a_feminine_noun_ding_lists_only_as_masculine(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    partner = glosser.lookup(analyse("Er folgte seiner Partnerin .", dictionary)[3])
    assert (partner.gender, partner.plural, partner.short[0]) == ("f", "Partnerinnen", "partner")
    assert not partner.proper  # it had no gloss and counted as a name
    assert analyse("Die Partnerinnen kamen .", dictionary)[1].lemma == "Partnerin"
