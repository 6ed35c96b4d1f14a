"""German's closed word classes, and a headword cited with its article."""

import pytest

from leseglas.app.screens.review import prompt_for
from leseglas.deck.store import Card
from leseglas.gloss.dictionary import Dictionary
from leseglas.lang.words import cited


@pytest.mark.parametrize(
    ("article", "headword", "plural", "expected"),
    [
        ("der", "Naher Osten", False, "der Nahe Osten"),  # nah: an adjective Ding has
        ("das", "Rotes Kreuz", False, "das Rote Kreuz"),
        ("der", "Atlantischer Ozean", False, "der Atlantische Ozean"),
        ("die", "Vereinte Nationen", True, "die Vereinten Nationen"),
        # left alone: a feminine, a town's adjective, a single word, no article
        ("die", "Rote Armee", False, "die Rote Armee"),
        ("der", "Prager Frühling", False, "der Prager Frühling"),
        ("das", "Leipziger Allerlei", False, "das Leipziger Allerlei"),
        ("der", "Machthaber", False, "der Machthaber"),
        ("", "zu Fuß", False, "zu Fuß"),
    ],
)
def test_a_name_s_adjective_is_declined_after_its_article(
    article: str, headword: str, plural: bool, expected: str, dictionary: Dictionary
) -> None:
    assert cited(article, headword, plural, dictionary.is_adjective) == expected


def test_a_card_is_asked_with_its_declined_headword() -> None:
    card = Card(id=1, lemma="Atlantischer Ozean", pos="NOUN", article="der", plural="",
                gloss="Atlantic Ocean", sentence="", document="", tags="", created=0.0,
                state="{}", due=0.0, suspended=False)  # fmt: skip
    assert "der Atlantische Ozean" in str(prompt_for(card, False, 0).front)


def test_a_texts_level_is_where_a_reader_knows_95_percent_of_its_words() -> None:
    from leseglas.lang.difficulty import text_level

    assert text_level(["A1"] * 95 + ["C2"] * 5) == "A1"
    assert text_level(["A1"] * 90 + ["B1"] * 6 + ["C2"] * 4) == "B1"
    assert text_level(["A1"] * 80 + ["C2"] * 20) == "C2"
    assert text_level([]) == ""
