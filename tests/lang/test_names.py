"""Names against vocabulary, with the real dictionary."""

import pytest
from tests.lang.reading import analyse

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


@pytest.mark.parametrize(
    ("sentence", "index", "short"),
    [
        # a surname after a first name or a form of address is no common noun
        ("Gestern sprach Helmut Kohl in Bonn .", 3, ()),
        ("Wir hörten Johann Sebastian Bach .", 4, ()),
        ("Gestern kam Frau Becker zu uns .", 3, ()),
        ("Herr Kommissar Winter kam .", 2, ()),  # after a rank: no season
        # … but an office addressed with no name is that office
        ("Sehr geehrter Herr Präsident , wir danken .", 3, ("president",)),
        ("Frau Ministerin , bitte kommen Sie .", 1, ("minister",)),
        # a title's name is no noun listed with the apposition's (*Chefin*)
        ("Frau Weber , Chefin eines Betriebs , sagte das .", 1, ()),
        ("Gestern sprach Donald Trump in Ohio .", 3, ()),  # nor an English word
        ("Gestern sprach Roman Herzog in Bonn .", 2, ()),  # a first name, no novel
        # a place keeps its English name; the one English names most comes first
        ("Wir wohnen in Wien .", 3, ("Vienna",)),
        # … also where a name's article reaches it: no quill of *der Kiel*
        ("Die Handballer des THW Kiel gewannen .", 4, ("Kiel",)),
        # Ding's only *Frankfurt* is *Frankfurt (Oder)*: another town, so none
        ("Wir wohnen in Frankfurt .", 3, ()),
        # a lone name is no town's adjective because Ding has a basin (*Becken*)
        ("Becker sagte das .", 0, ()),
        # a first name in -s is no genitive: *Hans* is no river *Han*'s, *Nils* no Nile's
        ("Dann kam Hans .", 2, ()),
        ("Dann kam Nils .", 2, ()),
    ],
)
def test_a_persons_name_is_not_glossed_as_the_nouns_it_sounds_like(
    sentence: str, index: int, short: tuple[str, ...], dictionary: Dictionary
) -> None:
    from tests.lang.reading import analyse

    from leseglas.gloss.lookup import Glosser

    gloss = Glosser(dictionary).lookup(analyse(sentence, dictionary)[index])
    assert gloss.short[: len(short) or None] == short


@pytest.mark.parametrize(
    ("sentence", "index", "first"),
    [
        ("Damals herrschte Kaiser Wilhelm .", 2, "emperor"),  # a title
        ("Sie fuhren über den Potomac River .", 5, "river (English)"),  # no person's
        ("Der Bach fließt .", 1, "brook"),
    ],
)
def test_a_word_beside_a_name_that_is_no_persons_keeps_its_gloss(
    sentence: str, index: int, first: str, dictionary: Dictionary
) -> None:
    from tests.lang.reading import analyse

    from leseglas.gloss.lookup import Glosser

    gloss = Glosser(dictionary).lookup(analyse(sentence, dictionary)[index])
    assert gloss.short[0] == first


@pytest.mark.parametrize(
    ("sentence", "index", "pos"),
    [
        # a word Ding lacks after a place named so is the name: no hard word
        ("Wir besuchten das Schloss Neuschwanstein im Mai .", 4, "PROPN"),
        ("Er arbeitet bei der Firma Plehnert in Kiel .", 5, "PROPN"),
        # a word Ding has stays a word: *ein Glas Apfelsaft*
        ("Er trank ein Glas Apfelsaft .", 4, "NOUN"),
    ],
)
def test_a_word_after_a_place_named_so_is_its_name(
    sentence: str, index: int, pos: str, dictionary: Dictionary
) -> None:
    from tests.lang.reading import analyse

    from leseglas.gloss.lookup import Glosser

    gloss = Glosser(dictionary).lookup(analyse(sentence, dictionary)[index])
    assert gloss.pos == pos
    assert gloss.proper is (pos == "PROPN")


def test_a_place_and_a_name_joined_by_a_hyphen_is_a_place(dictionary: Dictionary) -> None:
    """*Köln-Ehrenfeld* is a part of Cologne, a name, not "Cologne + honour + field";
    a place and a noun make a compound (*Berlin-Reise*)."""
    district = analyse("Ein Brand in Köln-Ehrenfeld verletzte drei Menschen .", dictionary)[3]
    assert (district.tag, district.pos) == ("NE", "PROPN")
    trip = analyse("Die Berlin-Reise war schön .", dictionary)[1]
    assert trip.pos == "NOUN"
