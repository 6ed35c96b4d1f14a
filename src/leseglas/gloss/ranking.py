"""Evidence for ranking a word's senses, each piece a function of the dictionary
entry and the text: how Ding repeats a meaning, how common its English is,
whether it belongs to a specialist field or to the document's field, and what
a verb's clause (its prepositions, its nouns) says.  ``lookup`` weighs them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from leseglas.gloss.ding import REGISTER_LABELS, is_cognate
from leseglas.lang.difficulty import zipf, zipf_frequency
from leseglas.lang.model import DATIVE_ONLY, Sense, required

MAX_AGREEMENT = 3
_CORE_STOPWORDS = frozenset("to the a an sb. sth. sb sth one's oneself sb.'s sb.’s".split())
# Specialist fields: a sense labelled so is unlikely in a text that is not from the field.
TECHNICAL = frozenset(
    "math. chem. biol. anat. med. techn. electr. comp. phys. geol. mach. constr. "
    "telco. print textil. min. astron. pharm. statist. ling. mus. auto aviat. naut. agr. "
    "cook. photo. sport ornith. entomol. biochem.".split()
)  # economy, finance, law and administration are everyday news, not specialist fields;
# nor are animals and plants (Ding labels Tier "animal" zool., Baum "tree" bot.)
NOTE = re.compile(r"\s*\([^()]*\)")


def agreement(senses: Iterable[Sense]) -> dict[Sense, int]:
    """For each sense, how many other senses of its headword share a rendering.

    Ding gives a word's core meaning in several entries (*helfen*: "to help" in
    five), a marginal one once (*helfen*: "to do good").
    """
    senses = list(senses)
    sources: dict[tuple[str, str], set[object]] = defaultdict(set)
    keys = {
        sense: {(sense.headword, core_rendering(t)) for t in sense.translations} for sense in senses
    }
    for sense, sense_keys in keys.items():
        # a verb's use in a specialist field repeats itself (*kosten* "to taste" in
        # three cookery entries): it agrees once.  A noun's fields name different
        # things, all "line" (*Leitung*), and each agrees.
        field = frozenset(sense.labels) & TECHNICAL if sense.pos == "VERB" else None
        source = field or sense
        for key in sense_keys:
            sources[key].add(source)
    counts = {key: len(found) for key, found in sources.items()}
    return {
        sense: min(MAX_AGREEMENT, max((counts[k] - 1 for k in keys[sense]), default=0))
        for sense in senses
    }


# Ding's note for a sense a word has only inside compounds: *Gott* (in Zusammensetzungen)
# "gosh", as in *gottverdammt*; and its English tag on such a rendering: "lens (in compounds)"
_IN_COMPOUNDS_NOTE = "Zusammensetzung"
_IN_COMPOUNDS = re.compile(r"\((?:only |usually )?in compounds\)")


def compound_only(sense: Sense) -> bool:
    """Whether Ding gives the sense only inside compounds: not the word's on its own."""
    return _IN_COMPOUNDS_NOTE in sense.notes or (
        bool(sense.translations) and all(map(in_compounds, sense.translations))
    )


def in_compounds(translation: str) -> bool:
    """Whether Ding tags a rendering as one for compounds only: "lens (in compounds)"."""
    return bool(_IN_COMPOUNDS.search(translation))


def renders_by_cognate(sense: Sense, translation: str) -> bool:
    """Whether a rendering is one word, the sense's headword's cognate (*Foto* "photo",
    *korrupt* "corrupt")."""
    words = bare_rendering(translation).split()
    return len(words) == 1 and is_cognate(sense.headword, sense.pos, words[0])


@lru_cache(maxsize=200_000)
def core_rendering(translation: str) -> str:
    """A rendering reduced to its words: "to help sb. (with sth.)" → "help"."""
    words = NOTE.sub("", translation).lower().split()
    return " ".join(w for w in words if w not in _CORE_STOPWORDS)


# English object slots and what they take: "sb./sth.", "with sth." after an object,
# "to a place" (Ding's *einen Ort*).
_ENGLISH_SLOTS = re.compile(
    r"(?:(?<=sb\.)|(?<=sth\.))\s+\w+\s+(?:sb|sth)\.(?:/(?:sb|sth)\.)*"
    r"|\b(?:sb|sth)\.(?:/(?:sb|sth)\.)*|(?:\b(?:to|at|from|in|into|for)\s+)?\ba place\b"
)


@lru_cache(maxsize=200_000)
def bare_rendering(translation: str) -> str:
    """A rendering without its objects, to tell whether two say the same:
    "to compare sb./sth. with sb./sth." → "compare", "to come to a place" → "come"."""
    return core_rendering(_ENGLISH_SLOTS.sub(" ", translation.lower()))


@lru_cache(maxsize=100_000)
def note_words(notes: str) -> frozenset[str]:
    return frozenset(_WORD.findall(notes.lower()))


# A noun sense's note that names its complement: "aus/von einem Ort", "auf etw.".
_NOUN_COMPLEMENT = re.compile(
    r"^((?:[a-zü]+/)*[a-zü]+) (?:einem|einer|eines|einen|etw\.|jdm\.|jdn\.|jds\.)"
)


def complement(sense: Sense) -> frozenset[str]:
    """The prepositions a noun sense's note gives it: *Abzug* (aus/von einem Ort)
    "pull-out" → {aus, von}."""
    match = _NOUN_COMPLEMENT.match(sense.notes.split("\t")[0]) if sense.pos == "NOUN" else None
    return frozenset(match.group(1).split("/")) if match is not None else frozenset()


def governs(sense: Sense, prepositions: tuple[str, ...]) -> bool:
    """Whether the sense needs a preposition the clause has (*auf etw. warten*),
    or is the noun sense of the preposition after the noun (*Abzug aus*).

    A verb's note naming a preposition (*einsteigen* (in etw.) "to opt in") is an
    optional complement: taken as a need, any *in* in the clause chose it.
    """
    if not prepositions:
        return False
    needed = required(sense)
    if needed + DATIVE_ONLY in prepositions and f"{needed} jdn." in sense.usage:
        return False  # *steht auf der Bühne* is no "auf jdn. stehen" "to go for sb."
    return needed in prepositions or bool(complement(sense) & set(prepositions))


# English words frequent for their grammatical uses, which say little about how
# common the meaning is (*sofort* "just" must not beat "immediately").
_PARTICLE_ZIPF = dict.fromkeys(
    "just through so well still even only yet back over out up off down".split(), 4.5
)  # a phrasal verb is rarer than its verb: "to look up" is not as common as "to look"
# English modals, frequent as such: *bestimmen* "to will sth." is no common verb (but
# *werden* "will" is the modal itself)
_MODAL_ZIPF = dict.fromkeys("will can may might must shall".split(), 4.0)
# "sb./sth.": an object slot, no word.  A possessive ("sb.’s thing") stays rare:
# a phrase, not the word's plain meaning.
_SLOT = re.compile(r"(?:sb\.?|sth\.?|/)+")
_ENGLISH_PARTICLES = frozenset("up out off down over back away".split())
_ENGLISH_FUNCTION_WORDS = frozenset(
    "to be the a an of on in at by for with into sb. sth. sb sth "
    "one's oneself sb.'s about from as it that this".split()
)
# Words in a sense's context notes that place it in a domain label's field.
_DOMAIN_WORDS = {
    "mil.": ("military", "troops", "truppen", "militär", "army", "armee", "soldier", "soldat",
             "weapon", "waffen", "war", "krieg"),
    "pol.": ("political", "politics", "politik", "government", "regierung", "state", "staat"),
    "econ.": ("economy", "wirtschaft", "market", "markt", "company", "firma"),
    "fin.": ("finance", "money", "geld", "bank", "stock", "börse"),
    "jur.": ("law", "legal", "recht", "court", "gericht"),
    "med.": ("medical", "medizin", "body", "körper", "disease", "krankheit", "patient"),
    "sport": ("sport", "sports", "wettbewerb", "wettkampf", "spiel", "match", "game",
              "competition", "mannschaft", "team", "fußball", "football", "soccer"),
}  # fmt: skip


def domain_weight(lemma: str) -> float:
    """Rare words take the document's field more often than everyday ones (*gehen*)."""
    return min(1.5, max(0.0, 5.5 - zipf(lemma)))  # 1.5 up to Zipf 4, none from 5.5


def notes_match(sense: Sense, domain: frozenset[str]) -> bool:
    words = set(_WORD.findall((sense.notes + " " + " ".join(sense.translations)).lower()))
    return any(word in words for label in domain for word in _DOMAIN_WORDS.get(label, ()))


_WORD = re.compile(r"\w+")  # whole words: "war" is not in "awareness"


@lru_cache(maxsize=100_000)
def first_alternative(translation: str) -> str:
    """The first of whole alternatives: "to look forward / to look forwards / …" →
    "to look forward"; but "to have / know sth. off pat" is one phrase."""
    parts = translation.split(" / ")
    if len(parts) > 1 and all(p.split()[:1] == parts[0].split()[:1] for p in parts):
        return parts[0]
    return translation


@lru_cache(maxsize=200_000)
def english_zipf(translation: str, particle_verb: bool = False) -> float:
    """How common a rendering is in English: its rarest content word.

    A phrasal verb is rarer than its verb (*suchen*: "to look up" is not as
    common as "to look"), but it is the natural rendering of a German particle
    verb (*einsteigen* "to get in"), whose English particle then counts for nothing.
    A hyphenated word is rarer than its rarest part, which is all wordfreq can
    tell of it: each join costs ``HYPHEN_ZIPF`` (*eigenständig* "independent"
    before "stand-alone", *unscheinbar* "plain" before "hole-in-the-wall"), up
    to ``MAX_JOINS`` (a hyphenated phrase is made of everyday words:
    *Haltbarkeitsdatum* "best-if-used-by date").
    """
    ignored = _ENGLISH_FUNCTION_WORDS | (_ENGLISH_PARTICLES if particle_verb else frozenset())
    first = first_alternative(translation)
    written = NOTE.sub("", first).lower().split()
    words = [w for w in written if w not in ignored and not _SLOT.fullmatch(w)]
    if not words:  # "to be", "to have": as common as English gets; a phrase of such
        # words is not ("to be to", "to be in it"): wordfreq cannot tell how common
        return 6.0 if len(written) <= 2 else PHRASE_OF_FUNCTION_WORDS_ZIPF
    caps = _PARTICLE_ZIPF | _MODAL_ZIPF if first.startswith("to ") else _PARTICLE_ZIPF
    return min(
        min(float(zipf_frequency(w, "en")), caps.get(w, 9.0)) - HYPHEN_ZIPF * _joins(w)
        for w in words
    )


HYPHEN_ZIPF = 1.0
PHRASE_OF_FUNCTION_WORDS_ZIPF = 5.0
MAX_JOINS = 2


def _joins(word: str) -> int:
    """How many hyphens join a word's parts, as far as they count: "stand-alone" 1,
    "hole-in-the-wall" 2 (of 3), "-like" none."""
    return min(MAX_JOINS, word.strip("-").count("-"))


DOMAIN_SHARE = 0.5  # of the leading label's count, for a label to be the text's field too


def dominant_labels(
    senses_per_word: Iterable[tuple[Sense, ...]], minimum: float = 2.0
) -> frozenset[str]:
    """Domain labels shared by several words of a text (*mil.* in a military article).

    Each word counts for a label by the share of its senses that carry it: all of
    *Fallschirmjäger*'s are [mil.], one of *Mutter*'s is [techn.] ("nut").  So an
    interview's everyday nouns, each with a technical sense among many, make no
    technical text.  A label far behind the leading one is the noise of words
    with many senses: a recipe's *Ofen*, *Gabel*, *Belag* have [techn.] senses,
    yet its field is [cook.], and [techn.] must not make *Gabel* a "yoke"."""
    counts: Counter[str] = Counter()
    for senses in senses_per_word:
        labels = Counter(label for s in senses for label in set(s.labels) - REGISTER_LABELS)
        counts.update({label: n / len(senses) for label, n in labels.items()})
    leading = max(counts.values(), default=0)
    fields = {label for label, n in counts.items() if n >= max(minimum, DOMAIN_SHARE * leading)}
    return frozenset(fields).union(*(FIELD_NEIGHBOURS.get(label, ()) for label in fields))


# Fields one text is in together: a doctor's text is about medicines too (*Einnahme*
# [pharm.] "taking (of medicines)", not "receipts"; *Wirkstoff* "active ingredient").
FIELD_NEIGHBOURS = {
    "med.": frozenset({"pharm."}),
    "pharm.": frozenset({"med."}),
    "comp.": frozenset({"electr."}),
    "telco.": frozenset({"electr."}),
}
