"""Sense choice: does a common word's first rendering say what a learner expects?

``data/first_senses.tsv`` lists about 300 common verbs, nouns and adjectives
with the English renderings a learner would expect first out of context
(written by hand before the ranking was tuned against it).  A word counts as
right when its short gloss's first rendering, reduced to its words (no "to",
"sth.", notes), is one of them or begins with one (*to recommend sb. to do
sth.* → "recommend do" begins with "recommend").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

EXPECTED = Path(__file__).resolve().parent / "data" / "first_senses.tsv"
_TAGS = {"VERB": "VV(INF)", "NOUN": "NN", "ADJ": "ADJ(D)"}


@dataclass
class SenseScores:
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return sum(self.right.values()) / max(1, sum(self.total.values()))


def expected_senses(path: Path = EXPECTED) -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, pos, accepted = line.split("\t")
            rows.append((word, pos, [a.lower() for a in accepted.split("|")]))
    return rows


def first_as_expected(short: tuple[str, ...], accepted: list[str]) -> bool:
    """Whether a short gloss's first rendering, reduced to its words, is an accepted
    one (reduced the same way: "to come to a close" and "come to a close" are both
    "come close") or begins with one."""
    from leseglas.gloss.ranking import core_rendering

    first = core_rendering(short[0]) if short else ""
    wanted = [core_rendering(a) or a for a in accepted]
    return any(first == a or first.startswith(a + " ") for a in wanted)


def sense_scores() -> SenseScores:
    from leseglas.gloss.dictionary import Dictionary
    from leseglas.gloss.lookup import Glosser
    from leseglas.lang.model import WordAnalysis

    glosser = Glosser(Dictionary())
    scores = SenseScores()
    for word, pos, accepted in expected_senses():
        gloss = glosser.lookup(WordAnalysis(word, word, pos, _TAGS[pos]))
        right = first_as_expected(gloss.short, accepted)
        scores.total[pos] += 1
        scores.right[pos] += right
        if not right:
            scores.misses.append(f"{word}: {gloss.short_text}")
    return scores


def quality_rows() -> list[tuple[str, str, str]]:
    scores = sense_scores()
    by_pos = " · ".join(f"{p} {scores.right[p]}/{n}" for p, n in scores.total.items())
    return [
        ("common words: first rendering as a learner expects", f"{scores.accuracy:.1%}", ""),
        (f"  {by_pos}", "", ""),
    ]
