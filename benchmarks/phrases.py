"""Multi-word expressions: found where they are, left alone where words meet by chance.

``data/phrases.tsv`` lists sentences with a marked word, the phrase a learner
would see it as part of (or none), and the English a learner expects first
for it (written by hand).  A sentence counts as found when the word's phrase
is the expected one, and as glossed when its gloss's first rendering, reduced
to its words, is one of the accepted ones or begins with one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.senses import first_as_expected

EXPECTED = Path(__file__).resolve().parent / "data" / "phrases.tsv"


@dataclass
class PhraseScores:
    cases: int = 0
    found: int = 0
    phrases: int = 0
    glossed: int = 0
    misses: list[str] = field(default_factory=list)


def phrase_scores(path: Path = EXPECTED) -> PhraseScores:
    from leseglas.gloss.dictionary import Dictionary
    from leseglas.gloss.lookup import Glosser
    from leseglas.lang.analyze import analyze_sentence

    dictionary = Dictionary()
    glosser = Glosser(dictionary)
    scores = PhraseScores()
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, word, expected, accepted = [*line.split("\t"), ""][:4]
        words = sentence.split()
        index = words.index(word)
        analysis = analyze_sentence(words, dictionary)[index]
        phrase = analysis.phrase or "-"
        scores.cases += 1
        scores.found += phrase == expected
        if expected == "-":
            if phrase != expected:
                scores.misses.append(f"{sentence}: {phrase}, expected none")
            continue
        scores.phrases += 1
        gloss = glosser.lookup(analysis, index == 0)
        options = [a.lower() for a in accepted.split("|")]
        right = phrase == expected and first_as_expected(gloss.short, options)
        scores.glossed += right
        if not right:
            scores.misses.append(f"{sentence}: {phrase} {gloss.short_text!r}")
    return scores


def quality_rows() -> list[tuple[str, str, str]]:
    scores = phrase_scores()
    return [
        ("phrases: found or left alone as expected",
         f"{scores.found}/{scores.cases}", ""),
        ("phrases: first rendering as a learner expects",
         f"{scores.glossed}/{scores.phrases}", ""),
    ]  # fmt: skip
