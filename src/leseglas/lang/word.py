"""A word's analysis, and what the analysis asks of the dictionary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from leseglas.gloss.dictionary import Sense

# STTS (HanTa) → Universal POS, as UD German uses them.
_UPOS = {
    "NN": "NOUN", "NNA": "NOUN", "NNI": "NOUN", "ACR_NN": "NOUN",
    "NE": "PROPN", "ACR_NE": "PROPN",
    "VV": "VERB", "VA": "AUX", "VM": "AUX",
    "ADJ": "ADJ", "ADV": "ADV", "PROAV": "ADV", "PWAV": "ADV",
    "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP", "PTKVZ": "ADP",
    "ART": "DET", "PDAT": "DET", "PIAT": "DET", "PPOSAT": "DET", "PWAT": "DET", "PRELAT": "DET",
    "PPER": "PRON", "PRF": "PRON", "PDS": "PRON", "PIS": "PRON", "PPOSS": "PRON",
    "PRELS": "PRON", "PWS": "PRON",
    "KON": "CCONJ", "KOUS": "SCONJ", "KOUI": "SCONJ", "KOKOM": "CCONJ",
    "PTKZU": "PART", "PTKNEG": "PART", "PTKA": "PART", "PTKANT": "PART",
    "CARD": "NUM", "ITJ": "INTJ", "$.": "PUNCT", "$,": "PUNCT", "$(": "PUNCT",
}  # fmt: skip

Lookup = Callable[[str], tuple[Sense, ...]]


class Lexicon(Protocol):
    """What the analysis asks of the dictionary (``gloss.dictionary.Dictionary``)."""

    def lookup(self, form: str) -> tuple[Sense, ...]: ...

    def noun_headword(self, form: str) -> str | None: ...

    def is_verb(self, lemma: str) -> bool: ...

    def is_adjective(self, word: str) -> bool: ...

    def adverbial(self, text: str) -> tuple[str, str] | None: ...

    def verb_idiom(self, text: str) -> str | None: ...

    def noun(self, word: str) -> Sense | None: ...  # for compounds, as NounLexicon

    def bound_modifier(self, stem: str) -> Sense | None: ...

    def __hash__(self) -> int: ...  # corrections are cached per lexicon


@dataclass(frozen=True, slots=True)
class WordAnalysis:
    text: str
    lemma: str  # for a separable verb, the whole verb on both tokens: "stattfinden"
    pos: str  # Universal POS: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, …
    tag: str  # HanTa's STTS tag, e.g. "VV(FIN)"
    partner: int | None = None  # index of the separable verb's other half
    particle: str = ""  # the separated particle, on both halves: "statt"
    article: str = ""  # for a noun: the article in front of it ("der", "einem", "im" → "dem")
    reflexive: bool = False  # a verb with a reflexive pronoun in its clause: *freue … mich*
    # for a verb, the prepositions in its clause (*wartet auf …*); for a noun, the one
    # right after it (*Abzug aus …*)
    prepositions: tuple[str, ...] = ()
    clause_nouns: tuple[str, ...] = ()  # for a verb, its clause's nouns: *bricht … Vertrag*
    phrase: str = ""  # adjective + noun the dictionary lists as one: "Naher Osten", on both
    title: bool = False  # a form of address before a name: *Herr* Winter, *Frau* Dr. Berg


def upos(tag: str) -> str:
    return _UPOS.get(tag.split("(")[0], _UPOS.get(tag, "X"))


CLAUSE_BOUNDARY_TAGS = ("$,", "$.", "KON", "KOUS")


_OPENING = "„“\"'‚‘»«([-–—`"


def sentence_initial(words: list[str], index: int) -> bool:
    """Whether only opening quotes or brackets come before the word."""
    return all(w and w[0] in _OPENING for w in words[:index])


SENTENCE_END = frozenset(".!?;:")
FINITE_TAGS = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
