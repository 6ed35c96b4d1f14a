"""How hard a word is: wordfreq's Zipf frequency mapped to CEFR-like bands.

Zipf is log10 of a word's frequency per billion words (7 ≈ *der*, 3 ≈ once
per million).  The bands follow a common rule of thumb for learner
vocabulary; they rank words, they do not certify a level:

=====  ============  ===========================================
band   Zipf          examples
=====  ============  ===========================================
A1     >= 5.3        *Haus*, *gehen*
A2     4.8 – 5.3     *Flughafen*, *Basis*
B1     4.3 – 4.8     *Militär*, *Mission*, *wachsen*
B2     3.8 – 4.3     *Soldat*, *Bündnis*, *Streitkräfte*
C1     3.2 – 3.8     *Verlegung*, *Machthaber*, *Schauplatz*
C2     < 3.2         *Fallschirmjäger*, *Generaloberst*
=====  ============  ===========================================

A word counts at the more frequent of its lemma and its form (*sogenannten*
is far more common than *sogenannt*).  A compound wordfreq does not know is
rated from its rarest part, half a point harder (*Bündnisnetz*: *Bündnis*
4.18 → 3.68, C1).  A verb idiom (*in Kauf nehmen* "to accept") is rated a
point harder than its words, whose meaning it is not: 4.64 → 3.64, C1.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
_LOWER_BOUNDS = ((5.3, "A1"), (4.8, "A2"), (4.3, "B1"), (3.8, "B2"), (3.2, "C1"))
COMPOUND_PENALTY = 0.5


def zipf_frequency(word: str, language: str) -> float:
    """wordfreq's Zipf frequency of a word.  wordfreq is imported on first use: its
    import (0.2 s) would otherwise come before the reader's first paint."""
    from wordfreq import zipf_frequency as wordfreq_zipf

    return float(wordfreq_zipf(word, language))


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    return float(zipf_frequency(word, "de")) if word else 0.0


ENGLISH_MARGIN = 0.9  # Zipf: *Movie* 5.2 in English against 3.7 in German; *James* 5.1 / 4.5


def english_word(word: str) -> bool:
    """A word far more common in English than in German: a loanword (*Movie*,
    *Rescue*), where a name is about as common in both (*Paul*, *Jerome*)."""
    lower = word.lower()
    return float(zipf_frequency(lower, "en")) > zipf(lower) + ENGLISH_MARGIN


def word_zipf(lemma: str, form: str, parts: Sequence[str] = ()) -> float:
    """Frequency of a word for difficulty: lemma or form, else from compound parts."""
    value = max(zipf(lemma), zipf(form))
    if value == 0.0 and parts:
        value = max(0.0, min(zipf(p) for p in parts) - COMPOUND_PENALTY)
    return value


IDIOM_PENALTY = 1.0


def idiom_zipf(words_zipf: float) -> float:
    """Frequency of a verb idiom for difficulty: its words', a point harder."""
    return max(0.0, words_zipf - IDIOM_PENALTY)


def band(value: float) -> str:
    for bound, name in _LOWER_BOUNDS:
        if value >= bound:
            return name
    return "C2"


def above(word_band: str, level: str) -> bool:
    """Whether a word of ``word_band`` is harder than the reader's ``level``."""
    return LEVELS.index(word_band) > LEVELS.index(level)


TEXT_COVERAGE = 0.95  # of its running words a reader should know to read a text with help


def text_level(bands: Iterable[str]) -> str:
    """A text's level: the lowest at which a reader knows 95% of its content
    words (the lexical coverage at which reading with a dictionary at hand works;
    Laufer and Ravenhorst-Kalovski 2010).  "" for a text without content words."""
    counts = Counter(bands)
    total = sum(counts.values())
    if not total:
        return ""
    covered = 0
    for level in LEVELS:
        covered += counts[level]
        if covered / total >= TEXT_COVERAGE:
            return level
    return LEVELS[-1]
