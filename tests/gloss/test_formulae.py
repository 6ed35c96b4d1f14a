"""Formulae Ding lists (greetings, thanks, a letter's salutation and closing) read
as one where a text uses one on its own: from Ding's lines to the reader's gloss."""

import pytest
from tests.lang.reading import analyse

from leseglas.gloss.dictionary import Dictionary
from leseglas.gloss.ding import FORMULA, parse_formulae
from leseglas.gloss.lookup import Glosser


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser(Dictionary())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Vielen Dank! :: Many thanks!; Thanks a lot!", [("Vielen Dank!", "Many thanks!")]),
        ("Wie geht es Ihnen?; Wie geht es dir? :: How are you?",
         [("Wie geht es Ihnen?", "How are you?"), ("Wie geht es dir?", "How are you?")]),
        # a salutation with a slot for the name, Ding's English abbreviation dropped
        ("Sehr geehrter Herr …; Werter Herr … [veraltend] :: Dear Mr [Br.] / Mr. [Am.] …",
         [("Sehr geehrter Herr …", "Dear Mr …"), ("Werter Herr …", "Dear Mr …")]),
        ("Kein Problem! :: No problem! /NPB/ /no prob/", [("Kein Problem!", "No problem!")]),
        # a line on letters' formulae: its phrases are formulae without a ! too
        ("Grüße {pl} (in Schlussformeln) (Schriftverkehr) | mit freundlichen Grüßen /MfG/ "
         "[adm.] :: regards | Yours sincerely; Sincerely yours",
         [("mit freundlichen Grüßen", "Yours sincerely")]),
        # counter-examples: one word, an example sentence, object slots, a bound stem
        ("Meinetwegen! :: Fine by me!", []),
        ("Liebe {f} | die große Liebe :: love | love with a capital L", []),
        ("Hilf mir, etw. zu tun! :: Help me do sth.!", []),
        ("festlich; Fest… {adj} :: festive", []),
    ],
)  # fmt: skip
def test_formulae_from_dings_lines(line: str, expected: list[tuple[str, str]]) -> None:
    entries = list(parse_formulae(line))
    assert all(e.pos == FORMULA for e in entries)
    assert [(e.headword, e.translations[0]) for e in entries] == expected


@pytest.mark.parametrize(
    ("sentence", "index", "first"),
    [
        ("Vielen Dank !", 1, "Thanks a lot"),
        ("Sehr geehrte Damen und Herren ,", 2, "Dear Sir or Madam"),  # not "queen"
        ("Liebe Anna , wie geht es dir ?", 0, "Dear …"),  # before a name
        ("Liebe Anna , wie geht es dir ?", 4, "How are you?"),  # after a comma
        ("Sehr geehrter Herr Müller , danke .", 1, "Dear Mr …"),
        ("Mit freundlichen Grüßen", 2, "Yours sincerely"),
        ("Wer sind Sie ?", 1, "Who are you?"),  # the polite *Sie*, as Ding writes it
    ],
)
def test_a_formula_standing_alone_reads_as_one(
    sentence: str, index: int, first: str, glosser: Glosser
) -> None:
    gloss = glosser.lookup(analyse(sentence, glosser.dictionary)[index])
    assert (gloss.short[0], gloss.pos, gloss.gender) == (first, "INTJ", "")


@pytest.mark.parametrize(
    ("sentence", "index"),
    [
        ("Von mir aus gesehen ist das gut .", 0),  # *Von mir aus!* "Whatever!" is alone
        ("Vielen Dank für Ihre Hilfe !", 1),  # inside a longer sentence: its words
        ("Wer sind sie ?", 1),  # *Wer sind Sie?* "Who are you?" asks another
        ("Die Liebe ist blind .", 1),  # *Liebe …* "Dear …" goes before a name alone
    ],
)
def test_the_same_words_in_a_longer_sentence_are_no_formula(
    sentence: str, index: int, glosser: Glosser
) -> None:
    analysis = analyse(sentence, glosser.dictionary)[index]
    assert analysis.phrase == ""
    assert glosser.lookup(analysis).pos != "INTJ"


def test_the_name_after_a_salutation_stays_a_name(glosser: Glosser) -> None:
    name = analyse("Liebe Anna , wie geht es dir ?", glosser.dictionary)[1]
    assert name.phrase == ""
