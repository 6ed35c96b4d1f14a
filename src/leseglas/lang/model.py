"""The shared model at the bottom of the core: a dictionary sense, a word's
analysis, and what the analysis asks of the dictionary (the lexicon).  ``lang``
and ``gloss`` both import it; it imports neither."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Sense:
    headword: str
    pos: str
    gender: str
    plural: str
    labels: tuple[str, ...]
    notes: str
    translations: tuple[str, ...]
    matched_by: str  # headword, plural, inflection, or "old spelling"
    synonym: int = 0  # 0 when Ding lists this headword first for the sense
    inflected: int = 0  # 1: Ding lists its forms here; 2: a verb's person forms too (main entry)
    usage: str = ""  # with object slots, when the sense needs them: "gegen etw. sein"
    derived: bool = False  # a participle adjective made from its verb's entry, not Ding's own
    examples: int = 0  # sub-entries (examples, compounds) in its Ding line: main lines have many
    principal: str = ""  # a verb's preterite and perfect: "ging|ist gegangen"
    intransitive: bool = False  # a verb Ding tags {vi}: takes no accusative object


# A sense that needs an object or a preposition: "gegen etw. sein", "jdm. zustimmen".
# A plain object (*jdn. festnehmen*) is how the verb is used, not a phrase of its own.
VALENCY = re.compile(
    r"\bjds\.|\b(?:mit|auf|an|über|von|zu|für|gegen|um|in|aus|bei|nach|vor|unter|als)"
    r"\s+(?:jd|etw|einer)"
)


@lru_cache(maxsize=200_000)
def required(sense: Sense) -> str:
    """The preposition (or *jds.*) a sense's usage needs: "gegen etw. sein"."""
    match = VALENCY.search(sense.usage)
    return match.group(0).split()[0] if match is not None else ""


# among a clause's prepositions, after one that takes either case: the clause has
# it only before a dative (*steht auf der Bühne*), not as Ding's "auf jdn." takes it
DATIVE_ONLY = "+Dat"

Lookup = Callable[[str], tuple[Sense, ...]]


class Lexicon(Protocol):
    """What the analysis asks of the dictionary (``gloss.dictionary.Dictionary``)."""

    def lookup(self, form: str) -> tuple[Sense, ...]: ...

    def noun_headword(self, form: str) -> str | None: ...

    def wiktionary_declension(self, form: str) -> tuple[tuple[str, frozenset[str]], ...]: ...

    def is_verb(self, lemma: str) -> bool: ...

    def is_plain_verb(self, lemma: str) -> bool: ...

    def is_adjective(self, word: str) -> bool: ...

    def adverbial(self, text: str) -> tuple[str, str] | None: ...

    def verb_idiom(self, text: str) -> str | None: ...

    def formula(self, text: str) -> str | None: ...

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
    # for a verb, the prepositions in its clause (*wartet auf …*), and *jdm.* for a
    # dative object (*sagte mir …*); for a noun, the one right after it (*Abzug aus …*)
    prepositions: tuple[str, ...] = ()
    # what Ding's context notes may name: for a verb, its clause's nouns (*bricht …
    # Vertrag*); for a noun, its genitive or *von* attribute's (*Folge dieser Serie*)
    clause_nouns: tuple[str, ...] = ()
    phrase: str = ""  # adjective + noun the dictionary lists as one: "Naher Osten", on both
    title: bool = False  # a form of address before a name: *Herr* Winter, *Frau* Dr. Berg
    # a word of a person's name (*Helmut Kohl*, *Frau Becker*): not the common noun
    # it sounds like
    name_part: bool = False
    # an adjective's degree as written: "comparative" (*ältere*), "superlative" (*größte*)
    degree: str = ""
    adverbial: bool = False  # an adjective that says how the verb is done: *stiegen kräftig*
    # a present participle after *zu*, what is to be done: *die zu erwartenden Einnahmen*
    gerundive: bool = False
    number: str = ""  # *sie* by its finite verb: "Sg" (*sie kam* "she"), "Pl" (*sie kamen*)
    # *werden* by its clause: "future" with an infinitive (*wird kommen*), "passive" with a
    # participle (*wurde gebaut*), "copula" with neither (*wurde krank*)
    auxiliary: str = ""
    # a question word opening a direct question (*Wie funktioniert das?* "how"), not a
    # comparison's (*wie die Polizei mitteilte* "as")
    question: bool = False
    # for a pronominal adverb (*darauf*, *damit*), its clause's full verb: whether it
    # stands for that verb's prepositional object (*weist darauf hin*) is the verb's
    # sense's to say (``gloss.lookup``)
    governor: WordAnalysis | None = None
    # the rules that changed the reading (lang.pipeline), for ``analyze --explain``
    rules: tuple[str, ...] = field(default=(), compare=False)


_OPENING = "„“\"'‚‘»«([-–—`"


def sentence_initial(words: list[str], index: int) -> bool:
    """Whether only opening quotes or brackets come before the word."""
    return all(w and w[0] in _OPENING for w in words[:index])


SENTENCE_END = frozenset(".!?;:")
