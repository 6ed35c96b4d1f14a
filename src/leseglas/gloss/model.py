"""What a lookup answers: a word's gloss and the parts it was built from."""

from __future__ import annotations

from dataclasses import dataclass, field

from leseglas.lang.model import Sense

ARTICLES = {"m": "der", "f": "die", "n": "das", "pl": "die"}
NOT_NOUNS = frozenset({"VERB", "ADJ", "ADV"})


@dataclass(frozen=True)
class CompoundPart:
    text: str
    lemma: str
    gloss: str


@dataclass(frozen=True)
class Gloss:
    text: str
    lemma: str
    pos: str
    gender: str = ""  # m, f, n, pl
    plural: str = ""
    short: tuple[str, ...] = ()  # at most three renderings, the fitting one first
    senses: tuple[Sense, ...] = ()
    parts: tuple[CompoundPart, ...] = ()
    separable: str = ""  # the whole verb when a particle was split off: "stattfinden"
    source: str = "none"  # dictionary, compound, spelling, loanword, cognate, rule, online, none
    zipf: float = 0.0
    band: str = "C2"
    proper: bool = False
    gender_guessed: bool = False  # from the word's ending, not from the dictionary
    # the finding rules that gave it (gloss.finding), for ``analyze --explain``
    rules: tuple[str, ...] = field(default=(), compare=False)
    # each ranked sense with the evidence that placed it (``gloss.senses.WEIGHTS``)
    evidence: tuple[tuple[Sense, tuple[tuple[str, float], ...]], ...] = field(
        default=(), compare=False
    )

    @property
    def article(self) -> str:
        """The noun's article; none for a phrase that is no noun (*zu Fuß*), whose
        gender stays its noun's."""
        return ARTICLES.get(self.gender, "") if self.pos not in NOT_NOUNS else ""

    @property
    def short_text(self) -> str:
        return ", ".join(self.short)
