"""Names told from nouns by the sentence and the dictionary.

HanTa tags an unknown capitalised word a noun as often as a name, and a known
noun a name now and then.  A name has no article, is used in German text
(wordfreq) but unknown to the dictionary, follows a first name or *Herr*/*Frau*;
a noun after an article that the dictionary knows is that noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from leseglas.lang.compounds import is_compound, plural_noun, split_compound
from leseglas.lang.difficulty import english_word, zipf
from leseglas.lang.model import Lexicon, Lookup, Sense, WordAnalysis
from leseglas.lang.tags import ATTRIBUTE_TAGS, DETERMINER_OR_CONTRACTION_TAGS, NAME_PART_TAGS
from leseglas.lang.units import is_measure
from leseglas.lang.words import ACADEMIC_DEGREES, ADDRESSES, PARTICLES_LONGEST_FIRST

NAME_MIN_ZIPF = 1.0
# Endings of German common nouns, never of names: an unknown *Einhausung* is a noun.
_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis", "tum")


def name_or_noun(analyses: list[WordAnalysis], index: int, lexicon: Lexicon) -> WordAnalysis:
    """A name HanTa tagged as a noun, or a noun it tagged as a name.

    A capitalised word with neither article nor attribute that the dictionary does
    not know, whole or as a compound, is a name (*Romina war*, *knurrte Jerome*),
    not a misspelt noun.  One with an article or attribute that the dictionary
    knows as a common noun is that noun (*das Mehl*, *ein mondäner Gong*).
    """
    analysis = analyses[index]
    word = analysis.text
    before = analyses[index - 1] if index > 0 else None
    # an article that reaches the word over a name's words makes it the name's
    # last word, not a common noun: *im Prevention Center*, *der Davis Cup*
    in_name = before is not None and before.tag in NAME_PART_TAGS
    attributed = (bool(analysis.article) and not in_name) or (
        before is not None
        and (
            before.tag in ATTRIBUTE_TAGS
            or is_measure(analyses, index - 1)  # *300g Mehl*
            or _which(before)  # *Welches Mehl nimmst du?*
        )
    )
    listed = attributed or _listed_with_nouns(analyses, index)
    titled = before is not None and before.title  # *Frau Weber, Chefin …*: no weaver
    if analysis.tag == "NE" and not titled:
        common = listed and not word.isupper() and _common_noun(word, analysis.lemma, lexicon)
        # a name has no plural: *Nutzer von Smartphones anderer Hersteller*
        headword = common or _common_plural(word, lexicon)
        if headword:
            return replace(analysis, lemma=headword, tag="NN", pos="NOUN")
    elif (
        analysis.tag in ("NN", "FM")
        and not attributed
        and (
            _unknown_name(word, analysis.lemma, lexicon)  # HanTa's "foreign": *Samsa war*
            or _surname(analyses, index, lexicon)
            or _after_title(analyses, index, lexicon)
            or _after_office(analyses, index, lexicon)
            or _listed_with_a_place(analyses, index, lexicon)
            or _district(word, lexicon)
        )
    ):
        return replace(analysis, lemma=word, tag="NE", pos="PROPN")
    return analysis


def _which(word: WordAnalysis) -> bool:
    """*welcher*, *welches* … before a noun, which HanTa may read as a pronoun."""
    return word.tag in ("PWAT", "PWS") and word.text.lower().startswith("welch")


def is_given_name(word: str) -> bool:
    """A first name people in some country are often given: *Helmut*, *Donald*,
    *Recep*; not one met once in a while (*Davis*, *Aldi*), nor one that is a
    German function word too (*Seit*, *Bei*, *Man*: the list has them)."""
    return word in _given_names() and zipf(word.lower()) < FUNCTION_WORD_ZIPF


FUNCTION_WORD_ZIPF = 5.5  # *Ernst* 5.2 is a name; *seit* 5.9, *bei* 6.7 are not


# A capitalised word after another (over an initial: *George W. Bush*), overlapping:
# *Johann Sebastian Bach* is two pairs
_NAME_PAIR = re.compile(r"(?=\b([A-ZÄÖÜ]\w+)\s+(?:[A-Z]\.\s+)?([A-ZÄÖÜ][a-zäöüß]+)\b)")
SURNAME_RULE = "name.surname-named-before"


def document_surnames(paragraphs: Iterable[str], lookup: Lookup | None = None) -> frozenset[str]:
    """The words a text uses as surnames: after a first name or *Herr*/*Frau*
    (*Helmut Kohl*, *Frau Becker*), and, with the dictionary, a word it lacks after
    an office (*Kollege Hartmann*, not *hart* + *Mann*).  Later, alone, they are
    the same person's name: *Kohl sagte* is no cabbage, *Hartmann kam* no man."""
    pairs = [pair for text in paragraphs for pair in _NAME_PAIR.findall(text)]
    return frozenset(
        surname
        for first, surname in pairs
        if (first.lower() in ADDRESSES and not surname.lower().endswith(_ADDRESSED_OFFICES))
        or (
            first[1:].islower()
            and is_given_name(first)
            and not noun_in_s(surname, lookup)
            and not _noun_plural(first, lookup)
        )
        or (lookup is not None and _name_after_office(first, surname, lookup))
    )


def noun_in_s(word: str, lookup: Lookup | None) -> bool:
    """A common noun's form in -s after a word that may be a first name is that
    noun, no surname: *Hack Forums* (*Forum*), though *Hack* is a name somewhere."""
    if lookup is None or not word.endswith("s"):
        return False
    return any(s.pos == "NOUN" and s.headword == word[:-1] for s in lookup(word[:-1]))


def _noun_plural(word: str, lookup: Lookup | None) -> bool:
    """A common noun's plural is no first name, though a name may be spelt so:
    *dreißig Tage Urlaub* (*Tage* is a Swedish name) names no Mr Urlaub."""
    return lookup is not None and any(s.matched_by == "plural" for s in lookup(word))


def _name_after_office(office: str, word: str, lookup: Lookup) -> bool:
    return (
        office.lower().endswith(_OFFICES)
        and _name_shaped(word)
        and not lookup(word)
        and zipf(word) >= NAME_MIN_ZIPF
    )


def mark_surnames(analyses: list[WordAnalysis], surnames: frozenset[str]) -> None:
    """A name the text uses as a surname is a word of that person's name where it
    stands alone, also in the genitive (*Kohls Nachfolger*); in place."""
    for index, analysis in enumerate(analyses):
        if analysis.name_part or not (
            analysis.tag == "NE" or (analysis.tag == "NN" and _bare(analyses, index))
        ):
            continue
        text = analysis.text
        # in another name: a title before one (*Kaiser Wilhelm*, whoever else is named
        # Kaiser), or after a word of one (*der Davis Cup*, after *Winston Cup*)
        beside = (analyses[i] for i in (index - 1, index + 1) if 0 <= i < len(analyses))
        if any(a.tag == "NE" and a.text.istitle() for a in beside):
            continue
        if text in surnames or (text.endswith("s") and text[:-1] in surnames):
            rules = (*analysis.rules, SURNAME_RULE)
            marked = replace(analysis, name_part=True, rules=rules)
            if analysis.tag == "NN":  # a surname HanTa took for a noun: *Curie*, *Bach*
                marked = replace(marked, tag="NE", pos="PROPN", lemma=text)
            analyses[index] = marked


# What makes a capitalised word a noun, not a name: an article, a determiner or an
# adjective before it (*der Bach*, *ein guter Koch*), not a surname (*Bach komponierte*)
_NOUN_OPENERS = DETERMINER_OR_CONTRACTION_TAGS | {"PIDAT"}


def _bare(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether a word HanTa read as a noun stands as a name does: no article, nor
    anything before it that opens a noun phrase (*erhielt Curie als erste Frau*)."""
    before = analyses[index - 1].tag if index > 0 else ""
    return not analyses[index].article and before not in _NOUN_OPENERS


_COMMON_SOMEWHERE = re.compile("[2-9A-D]")  # a frequency class in the list's columns


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """gender-guesser's first names (Jörg Michael's list, GFDL: about 48,000 names,
    each with how common it is in 54 countries on a scale of 1 to 13), read on
    first use.  A line: gender, the name in columns 3–28 (``+`` joins a name's
    words), then one column per country from column 30."""
    data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    return frozenset(
        line[3:29].rstrip()
        for line in data.read_text("utf-8").splitlines()
        if line[:1] not in "#=" and "+" not in line[3:29] and _COMMON_SOMEWHERE.search(line, 30)
    )


def _common_noun(word: str, lemma: str, lexicon: Lexicon) -> str:
    """The common noun the dictionary knows the word as, if it has one besides a
    place; not a sense rendered as an English name (*Kreml* "the Kremlin")."""
    headword = lexicon.noun_headword(word) or lexicon.noun_headword(lemma) or ""
    senses = [s for s in lexicon.lookup(headword) if s.headword == headword]
    common = [s for s in senses if "geogr." not in s.labels]
    if common and not _english_name(senses[0]) and not _english_name(common[0]):
        return headword  # *leckeres Essen* is food, though Essen is a city too
    return ""


_LIST_JOINERS = frozenset({",", "und", "oder"})


def _listed_with_nouns(analyses: list[WordAnalysis], index: int) -> bool:
    """A word listed with a common noun is one too: *Mehl, Salz und Hefe*, where
    HanTa tags *Mehl* a name (but *Kohl und Schröder* are both names, and *Roman
    Herzog und Bundeswehr-Generalinspekteur …* is a surname after a first name)."""
    if index > 0 and analyses[index - 1].tag == "NE":
        return False
    return any(
        0 <= index + 2 * step < len(analyses)
        and analyses[index + step].text in _LIST_JOINERS
        and analyses[index + 2 * step].tag == "NN"
        for step in (-1, 1)
    )


def _listed_with_a_place(analyses: list[WordAnalysis], index: int, lexicon: Lexicon) -> bool:
    """A compound Ding lacks, listed with a place, is a place too: *zwischen Oberdorf
    und Kirchheim* (not "upper + village").  Not a word Ding knows (*Kirchheim und
    Umgebung*), nor one whose head is inflected, as a name's is not: *zwischen Berlin
    und Nachbarorten*."""
    word = analyses[index].text
    if not _name_shaped(word) or lexicon.lookup(word):
        return False
    parts = split_compound(word, lexicon, "noun or verb")
    if parts is None or parts[-1].text != parts[-1].lemma:
        return False
    return any(
        0 <= index + 2 * step < len(analyses)
        and analyses[index + step].text in _LIST_JOINERS
        and _place(analyses[index + 2 * step].text, lexicon)
        for step in (-1, 1)
    )


def _district(word: str, lexicon: Lexicon) -> bool:
    """A place and a name the dictionary lacks, joined by a hyphen: a part of that
    place (*Köln-Ehrenfeld*, not "Cologne + honour + field"); not a compound of the
    place and a noun (*Berlin-Reise*)."""
    place, _, rest = word.partition("-")
    return bool(rest) and _place(place, lexicon) and _name_shaped(rest) and not lexicon.lookup(rest)


def _place(word: str, lexicon: Lexicon) -> bool:
    """A word the dictionary knows only as a place (*Kirchheim*, *Berlin*)."""
    senses = [s for s in lexicon.lookup(word) if s.headword == word]
    return bool(senses) and all("geogr." in s.labels for s in senses)


def _after_title(analyses: list[WordAnalysis], index: int, lexicon: Lexicon) -> bool:
    """A capitalised word after *Herr*, *Frau* (and *Dr.*, or a rank: *Kommissar*)
    is the name: *Herr Dr. Jäger* is no hunter, *Herr Kommissar Winter* no season.
    The rank itself is no name when a name follows it."""
    before = [a.text for a in analyses[max(0, index - 3) : index]]
    while before and (before[-1].lower() in ACADEMIC_DEGREES or _rank(before, lexicon)):
        before.pop()
    word = analyses[index].text
    address = word.lower() in ACADEMIC_DEGREES or word.lower() in (
        "doktor",
        "professor",
    )  # Frau Doktor
    following = analyses[index + 1].text if index + 1 < len(analyses) else ""
    ranked = lexicon.noun_headword(word) is not None and following.istitle()
    titled = bool(before) and before[-1].lower() in ADDRESSES
    addressed = word.lower().endswith(_ADDRESSED_OFFICES)  # *Herr Präsident,*: the office
    return titled and word.istitle() and not address and not ranked and not addressed


# Offices and kin that stand bare before a name: *Minister Lauterbach*, *Bundestrainer
# Nagelsmann*, *Tante Erna* (also as a compound's end: *Außenminister*, *Parteichef*).
_OFFICES = (
    "minister", "ministerin", "kanzler", "kanzlerin", "präsident", "präsidentin", "chef",
    "chefin", "trainer", "trainerin", "bürgermeister", "bürgermeisterin", "kommissar",
    "kommissarin", "professor", "professorin", "pfarrer", "pfarrerin", "senator",
    "senatorin", "richter", "richterin", "könig", "königin", "papst", "bischof", "kapitän",
    "general", "onkel", "tante", "kollege", "kollegin", "sprecher", "sprecherin",
)  # fmt: skip


# Offices *Herr* and *Frau* address with no name (*Sehr geehrter Herr Präsident*,
# *Frau Ministerin*): those of ``_OFFICES`` that are no common surname (*Frau Richter*,
# *Herr König* are people)
_ADDRESSED_OFFICES = (
    "präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin",
    "bürgermeister", "bürgermeisterin", "kommissar", "kommissarin", "professor",
    "professorin", "pfarrer", "pfarrerin", "senator", "senatorin",
)  # fmt: skip


# Places and houses named by a name right after them: *Schloss Neuschwanstein*, *Hotel
# Adlon*, *Firma Plehnert* (also as a compound's end: *Hauptbahnhof*, *Landgasthof*).
_NAMED_PLACES = (
    "schloss", "burg", "kloster", "festung", "hotel", "gasthof", "gasthaus", "restaurant",
    "firma", "verlag", "bahnhof", "flughafen", "gymnasium", "museum", "theater", "insel",
)  # fmt: skip


def _after_office(analyses: list[WordAnalysis], index: int, lexicon: Lexicon) -> bool:
    """A capitalised word Ding has no entry for, after an office or a place named
    so, is a name: *versucht Minister Lauterbach* (not *lauter* + *Bach*), *das
    Schloss Neuschwanstein* (not "new + swan + stone")."""
    if index == 0:
        return False
    office, word = analyses[index - 1], analyses[index].text
    bare_office = office.text.lower().endswith(_OFFICES) and not office.article
    place = office.text.lower().endswith(_NAMED_PLACES)  # *das Schloss …*, with its article
    return (
        office.tag == "NN"
        and (bare_office or place)
        and _name_shaped(word)
        and not any(s.headword == word for s in lexicon.lookup(word))
        and zipf(word) >= NAME_MIN_ZIPF
    )


def _rank(before: list[str], lexicon: Lexicon) -> bool:
    """A noun between *Herr*/*Frau* and the name: *Herr Kommissar Winter*."""
    return (
        len(before) > 1
        and before[-2].lower() in ADDRESSES
        and before[-1].istitle()
        and lexicon.noun_headword(before[-1]) is not None
    )


def _surname(analyses: list[WordAnalysis], index: int, lexicon: Lexicon) -> bool:
    """A word the dictionary lacks right after a name is a surname: *Tobias
    Stieler*, not HanTa's *Stiel* "stalk"; *Johannes Gutenberg*, not "good +
    mountain".  A known noun may follow a brand (*Philips Leuchten*) or a genitive
    (*Werders Trainer*); nor is it a surname after a place (*Gambia*), before a
    hyphen, or an English word (*Road Movie*)."""
    word = analyses[index].text
    before = analyses[index - 1] if index > 0 else None
    after = analyses[index + 1].text if index + 1 < len(analyses) else ""
    return (
        before is not None
        and before.tag == "NE"
        and before.text[1:].islower()
        and _name_shaped(word)
        and after != "-"
        and not lexicon.lookup(word)
        and not english_word(word)
        and not any("geogr." in s.labels for s in lexicon.lookup(before.text))
        # *Finanzriese* after a name is a noun; after a first name, a surname
        # whatever its parts (*Johannes Gutenberg*)
        and (is_given_name(before.text) or split_compound(word, lexicon, "noun or verb") is None)
    )


def _common_plural(word: str, lexicon: Lexicon) -> str:
    """The common noun whose plural this is: an -s plural the dictionary lists
    (*Smartphones*), or any plural of a compound (*bei Schlafproblemen*), since a
    name is not declined.  A German plural may be a name too: one the dictionary
    has as it stands (*Sachsen*), and one of a simple noun (*Ellen*), stay names."""
    if any(s.headword == word for s in lexicon.lookup(word)):
        return ""
    if word.endswith("s"):
        for sense in lexicon.lookup(word):
            if sense.pos == "NOUN" and sense.matched_by == "plural" and sense.headword == word[:-1]:
                return word[:-1]
    head = plural_noun(word, lexicon)
    if head is not None and is_compound(head, lexicon):
        return head
    return _prefixed_plural(word, lexicon)


MIN_PREFIXED_REST = 4


def _prefixed_plural(word: str, lexicon: Lexicon) -> str:
    """A plural of a noun with a particle in front, which Ding does not list:
    *Vor·produkten* (*Produkte* + n) is *Vorprodukt*.  A name is not declined.  A word
    Ding has is left to it (*Herbergen* is no *her·Bergen*)."""
    if lexicon.lookup(word):
        return ""
    lower = word.lower()
    for particle in PARTICLES_LONGEST_FIRST:
        rest = word[len(particle) :]
        if lower.startswith(particle) and len(rest) >= MIN_PREFIXED_REST:
            singular = plural_noun(rest.capitalize(), lexicon)
            if singular is not None:
                return word[: len(particle)] + singular.lower()
    return ""


FORM_NAME_MARGIN = 1.0  # Zipf: *Schalke* 4.2, the club, against *Schalk* "rogue" 2.9


def _english_name(sense: Sense) -> bool:
    """A sense Ding renders as an English name: *Kreml* "the Kremlin" (Ding's first
    sense: *Wolf* is "wolf", not the constellation "Lupus")."""
    return sense.translations[:1] != () and sense.translations[0].removeprefix("the ")[:1].isupper()


def _unknown_name(word: str, lemma: str, lexicon: Lexicon) -> bool:
    """A capitalised word the dictionary does not know, that German text uses
    (*Romina*, *Torsten*): a name.  One wordfreq has never seen is more likely a
    misspelt noun (*Perosnal*), left to the spelling correction."""
    return (
        _name_shaped(word)
        and not word.endswith(_NOUN_SUFFIXES)
        and zipf(word.lower()) >= NAME_MIN_ZIPF
        and not english_word(word)
        and not lexicon.lookup(word)
        # HanTa's lemma may be a known word the name is far commoner than (*Schalke*:
        # *Schalk*)
        and (not lexicon.lookup(lemma) or zipf(word.lower()) > zipf(lemma) + FORM_NAME_MARGIN)
        and not lexicon.lookup(word + ".")  # *Min* (Min.), *Tel* (Tel.)
        and not any(split_compound(w, lexicon, "noun or verb") for w in {word, lemma})
        and plural_noun(word, lexicon) is None  # a dative plural: *bei Schlafproblemen*
        and not _prefixed_plural(word, lexicon)  # *für Vorprodukten*
    )


PLACE_MIN_ZIPF = 2.0


def unknown_town(text: str, lookup: Lookup) -> str | None:
    """The town a capitalised *-er* adjective names when Ding lacks it but German
    text uses it: *Rheinsberger* → Rheinsberg, *Memminger* → Memmingen."""
    stem = text[:-2]
    if not (text.endswith("er") and _name_shaped(stem)):
        return None
    if lookup(text):
        return None
    if _ends_in_adjective(stem.lower(), lookup):
        return None  # a person, not a town: *ein Schwerkranker* (*krank*)
    places = (stem, text[:-1], stem + "en")  # *Hoffenheim·er*, *Schalke·r*, *Memming·er*
    if any(_known_place(place, lookup) for place in places):
        return None  # a town Ding knows: *Bremer* is Bremen's, not an unknown *Brem*'s
    if any(s.headword == stem and s.pos == "NOUN" for s in lookup(stem)):
        return None  # a person of a thing: *die Handballer* play handball, not of *Handballen*
    for place in places:
        known = any(s.headword == place for s in lookup(place))
        if not known and zipf(place) >= PLACE_MIN_ZIPF and not english_word(place):
            return place  # not *Keeper*: English *keep*
    return None


def _known_place(name: str, lookup: Lookup) -> bool:
    return any(s.headword == name and "geogr." in s.labels for s in lookup(name))


MIN_ADJECTIVE_END = 4  # *krank*, *taub*; not *alt*, *rot*, ends of many towns' names


def _ends_in_adjective(word: str, lookup: Lookup) -> bool:
    """Whether a word is an adjective or ends in one (*schwer·krank*, *todkrank*)."""
    return any(
        s.pos == "ADJ" and s.headword == word[cut:]
        for cut in range(len(word) - MIN_ADJECTIVE_END + 1)
        for s in lookup(word[cut:])
    )


def _name_shaped(word: str) -> bool:
    """Written as a name is: one capital, then lower-case letters only (*Romina*)."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


_ROMAN = re.compile(r"(X{0,3})(IX|IV|V?I{0,3})\.?")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_number(text: str) -> int | None:
    """The value of a Roman numeral up to 39, with or without its dot: *VI.* → 6.
    A lone letter counts only with its dot (*I* is no number, *I.* may be)."""
    match = _ROMAN.fullmatch(text)
    letters = text.removesuffix(".")
    if match is None or not letters or (len(letters) == 1 and letters == text):
        return None
    values = [_ROMAN_VALUES[c] for c in letters]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))
