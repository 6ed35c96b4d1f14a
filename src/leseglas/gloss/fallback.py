"""Last resorts for words the dictionary lacks as written.

Each rule is general German morphology or orthography, tried only after the
dictionary, the analyser's lemma and compound splitting have found nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from leseglas.gloss.dictionary import Dictionary
from leseglas.lang.difficulty import zipf, zipf_frequency
from leseglas.lang.lemmas import ABBREVIATION_MAX
from leseglas.lang.model import Sense
from leseglas.lang.names import is_given_name
from leseglas.lang.words import PARTICLES_LONGEST_FIRST

ORDINAL = re.compile(r"\d{1,4}\.")
DECADE = re.compile(r"(\d{2,4})er(?:n|s)?")  # *die 70er Jahre*, *in den 90ern*
_REPEATS = re.compile(r"(\w)\1{2,}")
_ADJ_ENDINGS = (
    "esten", "este", "estem", "ester", "estes",  # *beknackteste*: beknackt
    "sten", "ste", "stem", "ster", "stes", "en", "em", "er", "es", "e", "n", "s",
)  # fmt: skip
# A noun's case and plural endings; -er, -em are an adjective's (*Center* is no *Cent*).
_NOUN_ENDINGS = ("en", "n", "es", "s", "e")
_ALPHABET = "abcdefghijklmnopqrstuvwxyzäöüß"
KNOWN_WORD_ZIPF = 3.0
RARE_WORD_ZIPF = 2.0  # a word German uses, if rarely (*gewahr* 2.6), not a typo (*vergelich*)
NOUN_TAIL = 5  # shorter ends are too often chance: Perspektiv·*lose*


def ordinal(number: int) -> str:
    """1 → 1st, 22 → 22nd, 13 → 13th."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
)
_TENS = {2: ("twenty", "twentieth"), 3: ("thirty", "thirtieth")}


def ordinal_word(number: int) -> str:
    """1 → first, 21 → twenty-first, 30 → thirtieth (up to 39)."""
    if number < 20:
        return _ORDINAL_WORDS[number - 1]
    tens, units = divmod(number, 10)
    return f"{_TENS[tens][0]}-{_ORDINAL_WORDS[units - 1]}" if units else _TENS[tens][1]


def decade(text: str) -> str:
    """*70er* → "70s", *1920er* → "1920s"."""
    match = DECADE.fullmatch(text)
    return f"{match.group(1)}s" if match else ""


MIN_VARIANT_BASE = 4  # *letzt* → *letzte*; not *Oh* → *Ohr*


def fallback_candidates(
    text: str, lemma: str, dictionary: Dictionary, name: bool = False, noun: bool = False
) -> Iterator[tuple[str, str]]:
    """(form to look up, source) in order of trust; a ``name`` is never spell-corrected
    nor lengthened (*Georg* is no *George* "Georgian").
    A ``noun`` ends in a noun: *Cardiogerät* in *Gerät*."""
    base = lemma or text
    if len(text) <= ABBREVIATION_MAX and text.isalpha() and dictionary.lookup(text + "."):
        yield text + ".", "dictionary"  # *Min*: Min. (Minute)
    for variant in () if name else (base + "e", base + "r", base.removesuffix("ens")):
        if variant != base and len(base) >= MIN_VARIANT_BASE and dictionary.lookup(variant):
            yield variant, "dictionary"  # letzt → letzte, Beamte → Beamter, wärmstens
    lower = text.lower()
    number = lower.lstrip("0123456789-")
    if number != lower and len(number) >= 3:
        for candidate in (number, *(number.removesuffix(e) for e in _ADJ_ENDINGS)):
            if dictionary.lookup(candidate):
                yield candidate, "number"  # 40jährige → jährig "-year-old"
                break
    # a name's only ending is the genitive -s (*Schalke* is no form of *Schalk*), and a
    # first name in -s has none (*Hans* is no *Han*'s)
    endings = ("s",) if name else _NOUN_ENDINGS if noun else _ADJ_ENDINGS
    for ending in () if name and is_given_name(text) else endings:
        stem = lower.removesuffix(ending)
        if stem != lower and len(stem) >= 3 and dictionary.lookup(stem):
            if noun and _another_noun(text, text[: len(stem)], dictionary):
                continue
            yield stem, "dictionary"
    apart = _written_apart(lower, dictionary)
    if apart is not None:
        yield apart, "dictionary"  # schwerbewaffnete → schwer bewaffnet "heavily armed"
    participle = None if noun or name else _separable_participle(lower, dictionary)
    if participle is not None:
        yield participle, "dictionary"  # eingeplanten → einplanen, not *ein* + *geplant*
    if not (noun or name):  # a name ends in no adjective: *Herkströter* is no "red"
        for tail in _known_tails(lower, dictionary):
            yield tail, "compound"  # supernett → nett, zwangskollektiviert → kollektiviert
    used = zipf(lower) >= RARE_WORD_ZIPF
    if noun and used:  # a noun German uses is no typo: *Vormieter* is no *Vermieter*
        yield from ((tail, "compound") for tail in _noun_tail(base, dictionary))
    collapsed = _REPEATS.sub(r"\1", lower)
    if collapsed != lower and dictionary.lookup(collapsed):
        yield collapsed, "spelling"  # seeeehr → sehr
    corrected = None if name else spelling_correction(lower, dictionary)
    if corrected is not None and text[:1].islower() and zipf(lower) >= RARE_WORD_ZIPF:
        # a lower-case word German uses is no misspelt noun: *gewahr* is not *Gefahr*
        corrected = None if _only_noun(corrected, dictionary) else corrected
    if corrected is not None:
        yield corrected, "spelling"
    if noun and not used:  # after spelling: *Ayslbewerber* is *Asylbewerber*, not *…bewerber*
        for tail in _noun_tail(base, dictionary):
            yield tail, "compound"


# Words that open a verb or a phrase when joined: a particle, a preposition.
_NOT_JOINED = frozenset("zu im in an auf aus ab ohne sich mit vor nach bei um voller".split())


def _another_noun(text: str, stem: str, dictionary: Dictionary) -> bool:
    """Whether Wiktionary has the word as a noun of its own that is no form of the
    noun it ends like: *Spezies* "species" is not *Spezi* "pal" (plural *Spezis*);
    but *Papas* is *Papa*'s plural, *Seilen* *Seil*'s dative, *Aberglauben* a weak
    *Aberglaube*'s accusative."""
    if not any(headword == text for headword, _ in dictionary.wiktionary_declension(text)):
        return False
    for headword, forms in dictionary.wiktionary_declension(stem):
        if headword == stem:
            weak = {form[:-1] for form in forms if form.endswith("ns")}  # Glaubens: Glauben
            return text not in forms | weak
    return False


def _written_apart(word: str, dictionary: Dictionary) -> str | None:
    """The two-word headword a word written as one stands for (*schwerbewaffnet*,
    *weitverbreitet*: Ding writes *schwer bewaffnet*, *weit verbreitet*)."""
    if not word.isalpha() or len(word) < 8:
        return None
    stems = [word, *(word.removesuffix(e) for e in _ADJ_ENDINGS if word.endswith(e))]
    for stem in stems:
        for cut in range(3, len(stem) - 3):
            if stem[:cut] in _NOT_JOINED:
                continue  # *zumessend* is *zumessen*'s, not *zu messend*
            apart = stem[:cut] + " " + stem[cut:]
            if any(s.headword == apart for s in dictionary.lookup(apart)):
                return apart
    return None


_PARTICIPLE_ENDINGS = ("et", "t", "en")


def _separable_participle(word: str, dictionary: Dictionary) -> str | None:
    """The particle verb whose past participle a word is, by its shape (particle,
    *ge-*, stem, *-t*/*-en*), when Ding lists the verb without its forms:
    *eingeplanten* → *einplanen*."""
    forms = [word, *(word.removesuffix(e) for e in _ADJ_ENDINGS if word.endswith(e))]
    for form in forms:
        particle = next((p for p in PARTICLES_LONGEST_FIRST if form.startswith(p + "ge")), "")
        rest = form[len(particle) + 2 :]
        if not particle or len(rest) < MIN_PARTICIPLE_STEM:
            continue
        ending = next((e for e in _PARTICIPLE_ENDINGS if rest.endswith(e)), None)
        stem = rest.removesuffix(ending) if ending else ""
        for verb in (particle + stem + "en", particle + stem + "n"):
            if stem and dictionary.is_plain_verb(verb):
                return verb
    return None


MIN_PARTICIPLE_STEM = 4  # *geplant*'s *plant*


def _known_tails(word: str, dictionary: Dictionary) -> Iterator[str]:
    """The longest known adjective or participle a lower-case word ends in; an
    adjective before a verb form it also spells (*spiel·freien*: *frei*, not
    *freien* "to marry")."""
    if not word.isalpha() or len(word) < 8:
        return
    first = 2 if word[:2] in _SHORT_PREFIXES else 3  # *er·klatschte*, not *erk·latschte*
    for cut in range(first, len(word) - 4):
        tail = word[cut:]
        stems = (tail, *(tail.removesuffix(e) for e in _ADJ_ENDINGS if tail.endswith(e)))
        found = [(c, dictionary.lookup(c)) for c in stems]
        known = [c for c, senses in found if any(s.pos in ("ADJ", "VERB", "ADV") for s in senses)]
        # Ding's own adjective; a participle made one cites its verb (*verankern*)
        adjectives = [c for c, senses in found if any(_own_adjective(s) for s in senses)]
        if known:
            yield (adjectives or known)[0]
            return


_SHORT_PREFIXES = frozenset({"er", "be", "ge"})  # a verb's inseparable prefixes of two letters


def _own_adjective(sense: Sense) -> bool:
    return sense.pos == "ADJ" and not sense.derived


def _noun_tail(word: str, dictionary: Dictionary) -> Iterator[str]:
    """The noun an unknown noun ends in, after a part no dictionary knows
    (*Cardio*·gerät: *Gerät*).  The longest known end must be that noun:
    *Diätversuchen* does not end in *Ersuchen*."""
    if not word.isalpha() or len(word) < 8:
        return
    for cut in range(3, len(word) - NOUN_TAIL + 1):
        tail = word[cut:].capitalize()
        senses = dictionary.lookup(tail)
        if not senses:
            continue
        if any(s.pos == "NOUN" and s.gender and s.headword == tail for s in senses):
            yield tail
        return


@lru_cache(maxsize=20_000)
def _only_noun(form: str, dictionary: Dictionary) -> bool:
    senses = dictionary.lookup(form)
    return bool(senses) and all(s.pos == "NOUN" for s in senses)


def spelling_correction(word: str, dictionary: Dictionary) -> str | None:
    """The most frequent known word one edit away (*Komptenz* → *Kompetenz*).

    A word wordfreq knows well is no typo, even if Ding lacks it: *Putin* is not
    *Patin*, *Check* not *Scheck*.
    """
    if len(word) < 5 or not word.isalpha() or zipf(word) >= KNOWN_WORD_ZIPF:
        return None
    edits = _edits(word)
    known = dictionary.known_forms(edits)
    if not known and zipf(word) == 0:
        # no German word, and no form of the dictionary's one edit away: a form
        # German uses, inflected or compound, will do (*Naturkatasrophen*)
        german = _frequencies("de")
        known = {e for e in edits if german.get(e, 0.0) > TYPO_FORM_FREQUENCY}
    if zipf(word) >= NAME_ZIPF:  # used as written: a name, not a typo of another name
        known = {c for c in known if not _place_name(c, dictionary)}  # *Kessin*: no *Tessin*
    if zipf(word) >= RARE_WORD_ZIPF:  # a word German uses: only a slip of the finger
        known = {c for c in known if _typing_slip(word, c)}  # *belauern* is no *bedauern*
    scored = [(zipf_frequency(candidate, "de"), candidate) for candidate in known]
    best = max(scored, default=(0.0, ""))
    return best[1] if best[0] > 2.0 else None


NAME_ZIPF = 1.0

# A German keyboard's letter rows (QWERTZ), each set off from the one above as keys are
_KEY_ROWS = ("qwertzuiopü", "asdfghjklöä", "yxcvbnm")
_KEY_OFFSETS = (0.0, 0.25, 0.75)
_KEYS = {
    key: (row, column + offset)
    for row, (keys, offset) in enumerate(zip(_KEY_ROWS, _KEY_OFFSETS, strict=True))
    for column, key in enumerate(keys)
}
# Letters that sound alike or lack only their dots: *Prevention*, *Schussel*, *grosser*
_SOUND_ALIKE = {("a", "ä"), ("o", "ö"), ("u", "ü"), ("s", "ß"), ("e", "ä")}


def _typing_slip(word: str, candidate: str) -> bool:
    """Whether ``candidate`` differs from ``word`` as a slip of the finger does: a
    letter left out, doubled or swapped, a key hit beside the right one, or a letter
    that sounds alike (*e* for *ä*, an umlaut's dots left out).  A word German uses
    that differs otherwise is a word of its own: *belauern* (l for d, far apart) is
    no *bedauern*, *votiert* no *notiert*."""
    if len(word) != len(candidate):
        return True
    changed = [(a, b) for a, b in zip(word, candidate, strict=True) if a != b]
    if len(changed) != 1:
        return True  # two letters swapped
    a, b = changed[0]
    if (a, b) in _SOUND_ALIKE or (b, a) in _SOUND_ALIKE:
        return True
    if a not in _KEYS or b not in _KEYS:
        return False
    (row_a, x_a), (row_b, x_b) = _KEYS[a], _KEYS[b]
    return abs(row_a - row_b) <= 1 and abs(x_a - x_b) <= 1


TYPO_FORM_FREQUENCY = 10 ** (2.0 - 9)  # Zipf 2: *naturkatastrophen*, *schreibtischen* (2.4)


@lru_cache(maxsize=2)
def _frequencies(language: str) -> dict[str, float]:
    """wordfreq's own table of a language (``zipf`` reads it too), read when first
    needed rather than when the reader starts.  Asked as wordfreq asks it itself,
    (language, wordlist) by position: its cache is keyed by the call, and a table
    built twice costs a quarter of a second and its memory."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict(language, "best")


def known_stem(form: str, dictionary: Dictionary, noun: bool) -> str:
    """The form, or the first of its stems without a noun's or an adjective's
    ending, that the dictionary knows: *naturkatastrophen* → *naturkatastrophe*."""
    endings = _NOUN_ENDINGS if noun else _ADJ_ENDINGS
    stems = (form, *(form.removesuffix(e) for e in endings if form.endswith(e)))
    return next((stem for stem in stems if len(stem) >= 3 and dictionary.lookup(stem)), form)


def _place_name(form: str, dictionary: Dictionary) -> bool:
    return any("geogr." in s.labels for s in dictionary.lookup(form))


def _edits(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    inserts = {a + c + b for a, b in splits for c in _ALPHABET}
    return (deletes | transposes | replaces | inserts) - {word}


_DIMINUTIVE = re.compile(r"(.{2,}?)(chen|lein)s?$")
UMLAUT_BACK = str.maketrans("äöü", "aou")


def diminutive(text: str, dictionary: Dictionary) -> str | None:
    """The noun a diminutive is made from: *Tierchen* → *Tier*, *Häuschen* → *Haus*,
    *Kätzchen* → *Katze*, *Büchlein* → *Buch* (the stem's umlaut undone)."""
    match = _DIMINUTIVE.match(text)
    if match is None or not text[:1].isupper():
        return None
    stem = match.group(1)
    for base in dict.fromkeys((stem, stem.translate(UMLAUT_BACK))):
        for candidate in (base, base + "e"):
            if dictionary.noun(candidate) is not None:
                return candidate
    return None


def city_adjective(text: str, dictionary: Dictionary) -> str | None:
    """*Münchner* → "Munich", *Kölner* → "Cologne": the place an -er adjective names
    (a place Ding labels geographic: *Lindner* is a name, not "of lime trees")."""
    if not (text[:1].isupper() and text.endswith("er")) or len(text) < 5:
        return None
    stem = text[:-2]
    return _place((stem, stem + "en", stem[:-1] + "en" if stem.endswith("n") else ""), dictionary)


def _place(names: Iterable[str], dictionary: Dictionary) -> str | None:
    """The English name of the first of these a place Ding labels geographic: one
    that differs from the German (*Wien*: "Vienna", not the river "Wien"), else the
    German name (*Frankfurt*, whose one entry is "Frankfurt an der Oder")."""
    for name in names:
        english = [
            re.sub(r"\s*\([^()]*\)", "", sense.translations[0]).strip()
            for sense in (dictionary.lookup(name) if name else ())
            if sense.headword == name and sense.translations and "geogr." in sense.labels
        ]
        english = [e for e in english if e[:1].isupper()]  # not *Becken* "basin" (*Becker*)
        if english:
            return next((e for e in english if not e.startswith(name)), name)
    return None


# How a country's name goes on from its adjective's stem: *kasach*isch → Kasach*stan*,
# *tschetschen*isch → Tschetschen*ien*.
_COUNTRY_ENDINGS = ("", "stan", "ien", "en", "land", "a")


def country_adjective(lemma: str, dictionary: Dictionary) -> str | None:
    """*kasachisch* → "Kazakhstan": the place an -isch adjective Ding lacks is named
    after, a place Ding labels geographic (*westfälisch*: Westphalia, *pommersch*:
    Pomerania) or, failing that, a name German text uses (*mecklenburgisch*)."""
    if not (lemma[:1].islower() and lemma.endswith("sch")) or len(lemma) < 7:
        return None
    stem = lemma[:-4] if lemma.endswith("isch") else lemma[:-3]  # *pommer·sch*
    stems = dict.fromkeys((stem, stem.translate(UMLAUT_BACK)))  # *westfäl·isch*
    names = [s.capitalize() + ending for s in stems for ending in (*_COUNTRY_ENDINGS, "n")]
    return _place(names, dictionary) or next(
        (n for n in names if not dictionary.lookup(n) and zipf(n) >= PLACE_ZIPF),
        None,
    )


PLACE_ZIPF = 2.5  # *Mecklenburg* 3.4, *Botswana* 2.6; not a chance stem


# The endings of German adjectives from Latin and Greek, and their English ones
# (*hormonell* "hormonal", *fiktional* "fictional", *phönizisch* "Phoenician")
_COGNATE_ENDINGS = (
    ("ell", "al"), ("al", "al"), ("iv", "ive"), ("ös", "ous"), ("är", "ary"),
    ("oid", "oid"), ("abel", "able"), ("ibel", "ible"), ("il", "ile"),
    ("isch", "ic"), ("isch", "ical"), ("isch", "ian"),
    # peoples and dynasties of antiquity: *achämenidisch* "Achaemenid", *kanaanäisch*
    # "Canaanite", *galiläisch* "Galilean", *ptolemäisch* "Ptolemaic"
    # *euklidisch* "Euclidean"; *ellipsoidisch* "ellipsoidal", of a thing, not a people
    ("idisch", "idean"), ("idisch", "idal"), ("idisch", "id"),
    ("äisch", "ean"), ("äisch", "aean"), ("äisch", "ite"), ("äisch", "aic"),
)  # fmt: skip
_OF_A_PEOPLE = ("idisch", "äisch")  # adjectives of a people: English capitalises them
# German spellings of the Latin and Greek letters English keeps: *Fiktion*, *Episkopat*,
# *potenziell*, *Phönizier*
_LATIN_LETTERS = {"k": ("k", "c"), "z": ("z", "c", "t"), "ö": ("ö", "oe"), "ä": ("ä", "ae")}
COGNATE_FREQUENCY = 10 ** (2.5 - 9)  # Zipf 2.5: *Phoenician* 2.7
# An adjective of an ancient people or dynasty is rare in English too (*Achaemenid*
# 2.0, *Seleucid* 2.0, *Galilean* 2.3); its German ending already says what it is
PEOPLE_FREQUENCY = 10 ** (1.5 - 9)
MIN_COGNATE_STEM = 4
MAX_SPELLINGS = 64


def cognate(adjective: str) -> str | None:
    """The English adjective a German one of Latin or Greek make is spelt as,
    where English uses it: *hormonell* "hormonal", *episkopalen* "episcopal",
    *humanoider* "humanoid"."""
    lower = adjective.lower()
    bases = (lower, *(lower.removesuffix(e) for e in _ADJ_ENDINGS if lower.endswith(e)))
    for base in dict.fromkeys(bases):
        for german, english in _COGNATE_ENDINGS:
            stem = base.removesuffix(german)
            if stem == base or len(stem) < MIN_COGNATE_STEM or not stem.isalpha():
                continue
            enough = PEOPLE_FREQUENCY if german in _OF_A_PEOPLE else COGNATE_FREQUENCY
            for spelt in _latin_spellings(stem):
                if _frequencies("en").get(spelt + english, 0.0) >= enough:
                    return _english_capitals(spelt + english, german)
    return None


MIN_RESPELT_NOUN = 6
# *z* is English *t* only before an adjective's *-ial* (*essenziell*); a noun's
# *-enz* is *-ence*, not "-ent" (*Evidenz* is no "evident")
_NOUN_LETTERS: dict[str, tuple[str, ...]] = {"k": ("k", "c"), "z": ("z", "c")}


def respelt_noun(noun: str) -> str | None:
    """The English noun a German one of Latin or Greek make is, where only German's
    *k* or *z* for an English *c* sets it apart: *Spezies* "species", *Oktopus*.  Not
    an abbreviation (*MEZ*), a short word (*Forke* is no "force"), nor a noun in *-ik*,
    which English makes *-ics* (*Organik* is no "organic")."""
    if not noun[1:].islower() or len(noun) < MIN_RESPELT_NOUN or noun.endswith("ik"):
        return None
    lower = noun.lower()
    for spelt in _latin_spellings(lower, _NOUN_LETTERS)[1:]:
        if _frequencies("en").get(spelt, 0.0) >= COGNATE_FREQUENCY:
            return spelt
    return None


def _latin_spellings(stem: str, letters: dict[str, tuple[str, ...]] = _LATIN_LETTERS) -> list[str]:
    """The stem with each *k*, *z*, *ö*, *ä* spelt either way (the German first)."""
    spellings = [""]
    for letter in stem:  # at most MAX_SPELLINGS at each step: *zzzz…* stays cheap
        choices = letters.get(letter, letter)
        spellings = [s + choice for s in spellings for choice in choices][:MAX_SPELLINGS]
    return spellings


def _english_capitals(word: str, german_ending: str) -> str:
    """An English adjective of a people is capitalised: *Phoenician*, *Canaanite*
    (not *humanoid*)."""
    of_a_people = word.endswith("ian") or german_ending in _OF_A_PEOPLE
    return word.capitalize() if of_a_people and not word.endswith("idal") else word


LOANWORD_ZIPF = 3.5
# A German word written the English way, as Ding renders it, is English vocabulary
# even when rarer: *Pharaoh* (*Pharao*), *Nectar* (*Nektar*); not a name that
# happens to be an English word (*Newt* Gingrich, *Natal*), nor an acronym (*NAN*).
ENGLISH_SPELLING_ZIPF = 3.0
ENGLISH_FUNCTION_WORD_ZIPF = 5.5  # *us*, *who*: an acronym (*US*, *WHO*) spelling one


def loanword(
    text: str,
    english_spelling: Callable[[str], bool] | None = None,
    english_noun: Callable[[str], bool] | None = None,
) -> str | None:
    """An English word used in German (*Highlight*, *Shirt*): shown as itself.  An
    acronym English uses too keeps its capitals (*BBC*, *DNA*); not one that spells
    an English word, which is what wordfreq counts then (*der ICE* is a train, not
    "ice"; *die US* not "us")."""
    lower = text.lower()
    english, german = zipf_frequency(lower, "en"), zipf_frequency(lower, "de")
    if not lower.isalpha() or english <= german:
        return None
    if len(text) > 1 and text.isupper():
        noun = english_noun is None or english_noun(lower)
        spells_a_word = noun or english >= ENGLISH_FUNCTION_WORD_ZIPF
        return None if spells_a_word or english < LOANWORD_ZIPF else f"{text} (English)"
    spelt = english_spelling is not None and not text.isupper() and english_spelling(lower)
    enough = english >= LOANWORD_ZIPF or (english >= ENGLISH_SPELLING_ZIPF and spelt)
    return f"{lower} (English)" if enough else None


ENGLISH_PART_ZIPF = 4.0  # each half an everyday English word: *home*, *office*
MIN_ENGLISH_PART = 4  # not *such·ten*, *anti·ken*, *Dozen·ten*


def english_compound(text: str, english_noun: Callable[[str], bool]) -> str | None:
    """An English compound written as one German word, which Ding lacks
    (*Homeoffice* "home office", *Livestream*): two everyday English words, the
    second a noun, neither of them German.  Shown as English writes it."""
    lower = text.lower()
    if not lower.isalpha() or zipf_frequency(lower, "de") >= ENGLISH_PART_ZIPF:
        return None
    cuts = [
        (lower[:cut], lower[cut:])
        for cut in range(MIN_ENGLISH_PART, len(lower) - MIN_ENGLISH_PART + 1)
        if english_noun(lower[cut:])
        and _english_not_german(lower[:cut])
        and _english_not_german(lower[cut:])
    ]
    # the commonest pair of words: *team·speak*, not *teams·peak*
    best = max(cuts, key=lambda pair: min(zipf_frequency(w, "en") for w in pair), default=None)
    return None if best is None else f"{best[0]} {best[1]} (English)"


def _english_not_german(word: str) -> bool:
    english = zipf_frequency(word, "en")
    return english >= ENGLISH_PART_ZIPF and english > zipf_frequency(word, "de")
