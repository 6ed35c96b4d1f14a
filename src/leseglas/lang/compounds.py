"""Split German compounds the dictionary lacks into parts it knows.

*Bündnisnetz* → *Bündnis* + *Netz*; linking elements (*-s-*, *-es-*, *-n-*,
*-en-*, *-er-*, *-e-*) are recognised (*Verteidigungs·minister*).  The last
part is the head: it gives the compound its gender and plural.  Among the
possible splits the one with the fewest parts wins, then the one with much
more common parts, then the longest head.
A modifier Ding uses only in compounds (*Mindest*·) is taken when no word fits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal, Protocol

from leseglas.lang.difficulty import zipf
from leseglas.lang.model import Sense

LINKS = ("", "s", "es", "n", "en", "er", "e", "ns", "ens")  # *Name·ns*, *Herz·ens*
# The adverbs that open noun compounds; any adverb would split names (Nur·sultan).
ADVERB_MODIFIERS = frozenset({"nicht", "selbst", "außen", "innen"})
MIN_PART = 3
# Two-letter nouns that open compounds; any two letters would split too much.
SHORT_MODIFIER = 2
SHORT_NOUNS = frozenset({"Öl", "Ei"})
BOUND_MIN_PART = 4
# Among equally short splits, one whose parts are far more common wins (Koehn &
# Knight 2003): *Decken·ecken*, not *Decke·necken*; else the longest head.
COMMON_PARTS_MARGIN = 0.5


class NounLexicon(Protocol):
    def noun(self, word: str) -> Sense | None: ...

    def bound_modifier(self, stem: str) -> Sense | None: ...

    def lookup(self, form: str) -> tuple[Sense, ...]: ...

    def __hash__(self) -> int: ...  # parts are cached per dictionary


@dataclass(frozen=True, slots=True)
class Part:
    text: str  # as written in the compound, linking element included: "Verteidigungs"
    lemma: str  # dictionary headword: "Verteidigung"
    link: str  # linking element: "s"
    sense: Sense


Head = Literal["noun", "noun or verb", "verb"]


def split_compound(word: str, lexicon: NounLexicon, head: Head = "noun") -> tuple[Part, ...] | None:
    """Parts of a noun compound, or None when no split into known words exists.

    The head may be a verb's infinitive (when no noun fits, or the word is known
    to be a nominalised infinitive): such a compound (*Bomben·legen*, "bomb
    laying") is neuter, like every nominalised infinitive."""
    if not _splittable(word):
        return None
    best = None if head == "verb" else _split(word, lexicon, head_only=False)
    if best is None and head != "noun" and word.endswith("n"):
        best = _split(word, lexicon, head_only=False, verb_head=True)
    return best if best is not None and len(best) > 1 else None


def split_listed(word: str, lexicon: NounLexicon) -> tuple[Part, ...] | None:
    """The parts of a noun the dictionary also lists whole, as ``split_compound``
    would split it were it unknown: *Volks·medizin*."""
    return _split(word, lexicon, head_only=False, whole=False) if _splittable(word) else None


def _splittable(word: str) -> bool:
    return len(word) >= 2 * MIN_PART and word[:1].isupper() and word.isalpha()


def _split(
    rest: str, lexicon: NounLexicon, head_only: bool, verb_head: bool = False, whole: bool = True
) -> tuple[Part, ...] | None:
    candidates: list[tuple[Part, ...]] = []
    head = _verb_head(rest, lexicon) if verb_head else _head(rest, lexicon)
    if head is not None and whole:
        candidates.append((head,))
    for cut in range(len(rest) - MIN_PART, SHORT_MODIFIER - 1, -1):
        modifier = _modifier(rest[:cut], lexicon)
        if modifier is None:
            continue
        tail = _split(rest[cut:].capitalize(), lexicon, True, verb_head)
        if tail is not None:
            candidates.append((modifier, *tail))
    if not candidates:
        return None
    fewest = min(_split_size(c) for c in candidates)
    candidates = [c for c in candidates if _split_size(c) == fewest]
    surest = min(_doubtful_links(c, lexicon) for c in candidates)
    candidates = [c for c in candidates if _doubtful_links(c, lexicon) == surest]
    common = max(_mean_zipf(c) for c in candidates) - COMMON_PARTS_MARGIN
    candidates = [c for c in candidates if _mean_zipf(c) >= common]
    in_use = max(_rarest_zipf(c) for c in candidates) - COMMON_PARTS_MARGIN
    return max((c for c in candidates if _rarest_zipf(c) >= in_use), key=lambda c: len(c[-1].text))


@lru_cache(maxsize=100_000)
def is_compound(word: str, lexicon: NounLexicon) -> bool:
    """Whether a noun is made of parts, also one the dictionary lists whole
    (*Feuerlöscher*: *Feuer* + *Löscher*)."""
    return next(possible_heads(word, lexicon), None) is not None


def possible_heads(word: str, lexicon: NounLexicon) -> Iterator[Part]:
    """Every noun a split of the word into a known front and a noun ends in:
    *Fremdenverkehrs·amt* and *Fremdenverkehr·samt*."""
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        if _modifier(word[:cut], lexicon) is not None:
            head = _head(word[cut:].capitalize(), lexicon)
            if head is not None:
                yield head


def _split_size(parts: tuple[Part, ...]) -> tuple[int, int]:
    """Fewest parts, then fewest bound modifiers (*Einzelhandels*·konzern before
    *Einzel*·handelskonzern)."""
    return len(parts), sum(p.sense.matched_by == "bound modifier" for p in parts)


def _mean_zipf(parts: tuple[Part, ...]) -> float:
    return sum(zipf(p.lemma) for p in parts) / len(parts)


def _doubtful_links(parts: tuple[Part, ...], lexicon: NounLexicon) -> int:
    """Linking elements that only may be the noun's plural (``_link_fit``): *Selbst·er*."""
    return sum(_link_fit(p.lemma, p.link, lexicon) == 1 for p in parts if p.link)


def _rarest_zipf(parts: tuple[Part, ...]) -> float:
    """How common a split's rarest part is.  Of splits as common on average, those
    whose rarest part is about as common as the best's: all of their parts are words
    in use (*Festsaal·miete*, *Aktivkohle·filter*, not *Fest·saalmiete*); of these,
    the longest head (*Schlaf·stube*, not *Schlaf·s·tube*)."""
    return min(zipf(p.lemma) for p in parts)


@lru_cache(maxsize=100_000)  # the same parts recur across a text's compounds
def _head(text: str, lexicon: NounLexicon) -> Part | None:
    """The last part: a noun, or a listed form of one (*Staaten* → *Staat*).

    When the form is also a rarer headword, the common noun wins: *Ecken* is the
    plural of *Ecke*, not *das Ecken* (techn. "skewing")."""
    senses = [
        s
        for s in lexicon.lookup(text)
        if s.pos == "NOUN"
        and s.gender
        and not _acronym_of(s.headword, text)
        # an abbreviation only as written: *Amiens* ends in no ENS
        and not (s.matched_by == "abbreviation" and not text.isupper())
    ]
    if not senses and text.endswith("en"):  # a dative plural: *Niedrig·preisen* (Preise + n)
        senses = [
            s for s in lexicon.lookup(text[:-1]) if s.pos == "NOUN" and s.matched_by == "plural"
        ] or _weak_masculine(text[:-1], lexicon)
    singular = [s for s in senses if s.gender != "pl"] or senses
    if not singular:
        return None
    headword = max({s.headword for s in singular}, key=lambda h: (zipf(h), h == text))
    best = [s for s in singular if s.headword == headword]
    genders = Counter(s.gender for s in best)  # *Teller*: m (plate) thrice, n (dish) once
    best.sort(key=lambda s: (not s.plural, -genders[s.gender]))
    return Part(text, best[0].headword, "", best[0])


def _acronym_of(headword: str, text: str) -> bool:
    """An acronym the text does not write as one: *Parfüm·eur* has no *EUR*."""
    return len(headword) > 1 and headword.isupper() and not text.isupper()


def plural_noun(word: str, lexicon: NounLexicon) -> str | None:
    """The noun whose plural, or dative plural, this word is (*Schlafproblemen*
    → *Schlafproblem*); None for a singular or a word the dictionary lacks."""
    head = _head(word, lexicon)
    if head is None or head.sense.matched_by != "plural" or head.lemma == word:
        return None
    return head.lemma


def _weak_masculine(stem: str, lexicon: NounLexicon) -> list[Sense]:
    """A masculine noun in *-e* whose other cases add *-n*, which Ding does not list:
    *Durchhalte·willen* (*Wille*), *Kampfes·willen*."""
    if not stem.endswith("e"):
        return []
    return [
        s
        for s in lexicon.lookup(stem)
        if s.pos == "NOUN" and s.headword == stem and s.gender == "m"
    ]


NOMINALISED_VERB = "nominalised verb"


@lru_cache(maxsize=100_000)
def _verb_head(text: str, lexicon: NounLexicon) -> Part | None:
    """The last part as a nominalised infinitive: *Legen* from *legen*; not a
    noun's dative plural (*Diät·versuchen*: *Versuche* + n)."""
    if any(s.pos == "NOUN" and s.matched_by == "plural" for s in lexicon.lookup(text[:-1])):
        return None
    infinitive = text.lower()
    for sense in lexicon.lookup(infinitive):
        if sense.pos == "VERB" and sense.headword == infinitive:
            noun = replace(sense, gender="n", matched_by=NOMINALISED_VERB)
            return Part(text, infinitive, "", noun)
    return None


@lru_cache(maxsize=100_000)
def _modifier(text: str, lexicon: NounLexicon) -> Part | None:
    """An earlier part: a noun (with linking element), an adjective or a verb stem.
    Of the readings the linking elements allow, the most common word wins:
    *Decke·n*·ecken, not the sports term *Decken*."""
    readings: list[tuple[int, Part]] = []
    for link in LINKS:
        if link and not text.endswith(link):
            continue
        stem = text[: len(text) - len(link)] if link else text
        if len(stem) < MIN_PART:
            if not link and len(stem) == SHORT_MODIFIER and stem.capitalize() in SHORT_NOUNS:
                sense = lexicon.noun(stem.capitalize())  # *Öl*bremse, *Ei*weiß
                if sense is not None:
                    return Part(text, sense.headword, "", sense)
            continue
        sense = lexicon.noun(stem.capitalize())
        fit = _link_fit(stem.capitalize(), link, lexicon) if sense is not None else 0
        if fit is None:
            sense = None
        if sense is None and link in ("", "n"):  # *Gefangene·n·austausch*
            sense = _plural_form(stem.capitalize(), lexicon, cut_back=not link)
        if sense is None and not link:
            sense = _other_word(stem.lower(), lexicon)
        if sense is not None:
            readings.append((fit or 0, Part(text, sense.headword, link, sense)))
    if readings:
        return min(readings, key=lambda r: (r[0], -zipf(r[1].lemma)))[1]
    return _bound(text, lexicon)


_PLURAL_LINKS = ("e", "n", "en", "er")
_VOWELS = frozenset("aeiouyäöü")


def _link_fit(noun: str, link: str, lexicon: NounLexicon) -> int | None:
    """How well a linking element fits a noun: 0 well, 1 maybe, None not at all.

    A linking -e-, -(e)n- or -er- is the noun's plural form (*Kind·er*, *Decke·n*):
    a noun with another plural cannot take it (*Besucher*·mengen is not
    *Besuch·er*), and one whose plural Ding does not give only maybe
    (*Noten*·bank rather than *Not·en*).  A linking -s- never follows a vowel
    (*Weichkäse·sorte*, not *Weichkäse·s·orte*; *Eurostat* is no *Euro·s·tat*), and
    -(e)ns- only a masculine or neuter noun (*Name·ns*, *Herz·ens*, not *Hexe·ns*)."""
    if link == "s" and noun[-1:].lower() in _VOWELS:
        return None
    if link in ("ns", "ens") and not any(
        s.gender in ("m", "n") for s in lexicon.lookup(noun) if s.headword == noun
    ):
        return None
    if link not in _PLURAL_LINKS:
        return 0
    plurals = {
        s.plural.lower()
        for s in lexicon.lookup(noun)
        if s.pos == "NOUN" and s.headword == noun and s.plural
    }
    if not plurals:
        return 1
    return 0 if (noun + link).lower() in plurals else None


def _bound(text: str, lexicon: NounLexicon) -> Part | None:
    """A modifier Ding uses only inside compounds: *Mindest*·quote, *Ausgrabungs*·zeit."""
    for link in ("", "s"):
        stem = text[: len(text) - len(link)] if link else text
        if text.endswith(link) and len(stem) >= BOUND_MIN_PART:
            sense = lexicon.bound_modifier(stem.capitalize())
            if sense is not None:
                return Part(text, sense.headword, link, sense)
    return None


def _plural_form(text: str, lexicon: NounLexicon, cut_back: bool = True) -> Sense | None:
    """A modifier in its plural form (*Firmen*größe), or a plural-only noun cut
    back to its stem (*Finanz*beziehungen from *Finanzen*).  Not cut back before a
    linking -n-: *Warn*·tracht is no *War(e)n*.  Nor a plural in -s, which no
    compound takes (*Foto*album, *Auto*bahn): *Eurostat* is no *Euros*·*tat*."""
    for sense in lexicon.lookup(text):
        if sense.pos == "NOUN" and sense.matched_by == "plural" and not _s_plural(text, sense):
            return sense
    if not cut_back:
        return None
    for form in (text + "en", text + "n"):
        for sense in lexicon.lookup(form):
            if sense.pos == "NOUN" and sense.gender == "pl":
                return sense
    return None


def _s_plural(text: str, sense: Sense) -> bool:
    return text.lower() == sense.headword.lower() + "s"


def _other_word(stem: str, lexicon: NounLexicon) -> Sense | None:
    """*Hoch*haus (adjective), *Nicht*raucher (adverb), *Fahr*zeug (verb stem + en)."""
    adverb = stem if stem in ADVERB_MODIFIERS else ""
    candidates = ((stem, "ADJ"), (adverb, "ADV"), (stem + "en", "VERB"), (stem + "n", "VERB"))
    for candidate, pos in candidates:
        for sense in lexicon.lookup(candidate):
            if sense.pos == pos and sense.headword == candidate:
                return sense
    return None
