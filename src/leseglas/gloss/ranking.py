"""Evidence for ranking a word's senses, each piece a function of the dictionary
entry and the text: how Ding repeats a meaning, how common its English is,
whether it belongs to a specialist field or to the document's field, and what
a verb's clause (its prepositions, its nouns) says.  ``lookup`` weighs them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from wordfreq import zipf_frequency

from leseglas.gloss.dictionary import Sense
from leseglas.gloss.ding import REGISTER_LABELS
from leseglas.lang.difficulty import zipf

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
# A sense that needs an object or a preposition: "gegen etw. sein", "jdm. zustimmen".
# A plain object (*jdn. festnehmen*) is how the verb is used, not a phrase of its own.
VALENCY = re.compile(
    r"\bjds\.|\b(?:mit|auf|an|über|von|zu|für|gegen|um|in|aus|bei|nach|vor|unter)"
    r"\s+(?:jd|etw|einer)"
)


def agreement(senses: Iterable[Sense]) -> dict[Sense, int]:
    """For each sense, how many other senses of its headword share a rendering.

    Ding gives a word's core meaning in several entries (*helfen*: "to help" in
    five), a marginal one once (*helfen*: "to do good").
    """
    senses = list(senses)
    counts: Counter[tuple[str, str]] = Counter()
    keys = {
        sense: {(sense.headword, core_rendering(t)) for t in sense.translations} for sense in senses
    }
    for sense_keys in keys.values():
        counts.update(sense_keys)
    return {
        sense: min(MAX_AGREEMENT, max((counts[k] - 1 for k in keys[sense]), default=0))
        for sense in senses
    }


@lru_cache(maxsize=200_000)
def core_rendering(translation: str) -> str:
    """A rendering reduced to its words: "to help sb. (with sth.)" → "help"."""
    words = NOTE.sub("", translation).lower().split()
    return " ".join(w for w in words if w not in _CORE_STOPWORDS)


@lru_cache(maxsize=100_000)
def note_words(notes: str) -> frozenset[str]:
    return frozenset(_WORD.findall(notes.lower()))


def governs(sense: Sense, prepositions: tuple[str, ...]) -> bool:
    """Whether the sense needs a preposition the clause has (*auf etw. warten*)."""
    match = VALENCY.search(sense.usage) if prepositions else None
    return match is not None and match.group(0).split()[0] in prepositions


# English words frequent for their grammatical uses, which say little about how
# common the meaning is (*sofort* "just" must not beat "immediately").
_PARTICLE_ZIPF = dict.fromkeys(
    "just through so well still even only yet back over out up off".split(), 4.5
)
_ENGLISH_FUNCTION_WORDS = frozenset(
    "to be the a an of on in at by for with up out off down over into sb. sth. sb sth "
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
}  # fmt: skip


def domain_weight(lemma: str) -> float:
    """Rare words take the document's field more often than everyday ones (*gehen*)."""
    common = zipf(lemma)
    return 1.5 if common < 4.0 else 0.75 if common < 5.0 else 0.0


def notes_match(sense: Sense, domain: frozenset[str]) -> bool:
    words = set(_WORD.findall((sense.notes + " " + " ".join(sense.translations)).lower()))
    return any(word in words for label in domain for word in _DOMAIN_WORDS.get(label, ()))


_WORD = re.compile(r"\w+")  # whole words: "war" is not in "awareness"


@lru_cache(maxsize=100_000)
def english_zipf(translation: str) -> float:
    """How common a rendering is in English: its rarest content word."""
    words = [w for w in NOTE.sub("", translation).lower().split()
             if w not in _ENGLISH_FUNCTION_WORDS]  # fmt: skip
    if not words:
        return 6.0  # "to be", "to have": as common as English gets
    return min(min(float(zipf_frequency(w, "en")), _PARTICLE_ZIPF.get(w, 9.0)) for w in words)


def dominant_labels(
    senses_per_word: Iterable[tuple[Sense, ...]], minimum: int = 3
) -> frozenset[str]:
    """Domain labels shared by several words of a text (*mil.* in a military article)."""
    counts: Counter[str] = Counter()
    for senses in senses_per_word:
        labels = {label for s in senses[:3] for label in s.labels} - REGISTER_LABELS
        counts.update(labels)
    return frozenset(label for label, n in counts.items() if n >= minimum)
