"""A correction of HanTa's reading as a named unit: a ``Rule``.

A rule has an id (``noun.capitalised-adjective-unknown-to-ding``), a ``mend``
that looks at one word (a ``Word``: its reading and where it stands) or at one
token in its sentence (a ``Place``) and returns the new reading, or None where
it does not apply, and examples it must change and counter-examples it must
leave alone.  Rules are grouped into ordered stages (``lang.pipeline`` lists
them all); what a rule does after it fired is its ``then``:

- ``NEXT``: the next rule of the stage reads what this one left;
- ``END_STAGE``: the stage is done with the word, later stages go on;
- ``DONE``: a word rule's last word: no later word stage looks at it.

A rule that applies may return the reading unchanged: it still ends its stage,
as the first branch of an if/elif chain that matches does.  Which rules changed
a token is kept on it (``WordAnalysis.rules``) for ``leseglas analyze --explain``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Generic, TypeVar

from leseglas.lang.model import Lexicon, WordAnalysis


class Then(Enum):
    NEXT = "next"
    END_STAGE = "end stage"
    DONE = "done"


@dataclass(frozen=True)
class Example:
    """A sentence with its token in asterisks (``Es gab *leckere* Croissants .``,
    words and punctuation separated by spaces) and, for an example, the token's
    lemma and tag after the whole analysis (``lecker ADJ(A)``)."""

    sentence: str
    expect: str = ""

    @property
    def words(self) -> list[str]:
        return [w.strip("*") if len(w) > 1 else w for w in self.sentence.split()]

    @property
    def index(self) -> int:
        marked = [i for i, w in enumerate(self.sentence.split()) if _marked(w)]
        if len(marked) != 1:
            raise ValueError(f"mark exactly one word with *…*: {self.sentence!r}")
        return marked[0]


def _marked(word: str) -> bool:
    return len(word) > 2 and word.startswith("*") and word.endswith("*")


@dataclass(frozen=True)
class Word:
    """One word as the word stages see it: HanTa's reading, mended so far, and
    where it stands.  ``text`` is the word as checked (*Thür* as *Tür*)."""

    text: str
    lemma: str
    tag: str
    lexicon: Lexicon
    initial: bool = False  # opens its sentence
    inverted: bool = False  # a personal pronoun follows (*Fahren wir*)
    shouted: bool = False  # the sentence is set in capitals
    old_spelling: bool = False  # the text is in the pre-1996 spelling

    @property
    def reading(self) -> tuple[str, str]:
        return self.lemma, self.tag


@dataclass(slots=True)
class Place:
    """One token in its sentence as the sentence stages see it: ``before`` is the
    token as the stage found it, ``analyses[index]`` as the stage's rules left it."""

    analyses: list[WordAnalysis]
    index: int
    lexicon: Lexicon | None
    before: WordAnalysis

    @property
    def now(self) -> WordAnalysis:
        return self.analyses[self.index]


S = TypeVar("S", Word, Place)
R = TypeVar("R")


@dataclass(frozen=True)
class Rule(Generic[S, R]):
    id: str
    mend: Callable[[S], R | None]
    then: Then
    examples: tuple[Example, ...]
    counter_examples: tuple[Example, ...]
    tags: frozenset[str] | None = None  # the tags a sentence rule looks at; None: any

    @property
    def doc(self) -> str:
        return " ".join((self.mend.__doc__ or "").split())


WordRule = Rule[Word, tuple[str, str]]
PlaceRule = Rule[Place, WordAnalysis]


def word_rule(
    id: str,
    then: Then,
    examples: Sequence[tuple[str, str]],
    counter_examples: Sequence[str],
) -> Callable[[Callable[[Word], tuple[str, str] | None]], WordRule]:
    """Declares the function below as a word rule: ``examples`` are pairs of a
    marked sentence and the expected ``lemma TAG``."""

    def declare(mend: Callable[[Word], tuple[str, str] | None]) -> WordRule:
        return Rule(id, mend, then, _examples(examples), _counters(counter_examples))

    return declare


def place_rule(
    id: str,
    then: Then,
    examples: Sequence[tuple[str, str]],
    counter_examples: Sequence[str],
    tags: Iterable[str] | None = None,
) -> Callable[[Callable[[Place], WordAnalysis | None]], PlaceRule]:
    """Declares the function below as a sentence rule (see ``word_rule``);
    ``tags``: the only tags (of the token as the stage found it) it looks at."""
    only = None if tags is None else frozenset(tags)

    def declare(mend: Callable[[Place], WordAnalysis | None]) -> PlaceRule:
        return Rule(id, mend, then, _examples(examples), _counters(counter_examples), only)

    return declare


def _examples(pairs: Sequence[tuple[str, str]]) -> tuple[Example, ...]:
    return tuple(Example(sentence, expect) for sentence, expect in pairs)


def _counters(sentences: Sequence[str]) -> tuple[Example, ...]:
    return tuple(Example(sentence) for sentence in sentences)


@dataclass(frozen=True)
class Stage(Generic[S, R]):
    id: str
    rules: tuple[Rule[S, R], ...]
    _by_tag: dict[str, tuple[Rule[S, R], ...]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def rules_for(self, tag: str) -> tuple[Rule[S, R], ...]:
        """The stage's rules that look at a token with this tag, in order."""
        found = self._by_tag.get(tag)
        if found is None:
            found = tuple(r for r in self.rules if r.tags is None or tag in r.tags)
            self._by_tag[tag] = found
        return found


def read_word(
    stages: Sequence[Stage[Word, tuple[str, str]]], word: Word
) -> tuple[Word, tuple[str, ...]]:
    """The word after the word stages, and the ids of the rules that changed it."""
    changed: list[str] = []
    for stage in stages:
        for rule in stage.rules:
            mended = rule.mend(word)
            if mended is None:
                continue
            if mended != word.reading:
                changed.append(rule.id)
                word = replace(word, lemma=mended[0], tag=mended[1])
            if rule.then is Then.DONE:
                return word, tuple(changed)
            if rule.then is Then.END_STAGE:
                break
    return word, tuple(changed)


def read_places(
    stage: Stage[Place, WordAnalysis],
    analyses: list[WordAnalysis],
    lexicon: Lexicon | None,
    traces: dict[int, list[str]],
) -> None:
    """Runs a sentence stage over every token in order, in place; the ids of the
    rules that changed a token are added to its entry in ``traces``."""
    for index, before in enumerate(analyses):
        rules = stage.rules_for(before.tag)
        if not rules:
            continue
        place = Place(analyses, index, lexicon, before)
        for rule in rules:
            mended = rule.mend(place)
            if mended is None:
                continue
            now = analyses[index]
            if mended is not now and mended != now:  # the trace is not compared
                analyses[index] = mended
                traces.setdefault(index, []).append(rule.id)
            if rule.then is not Then.NEXT:
                break
