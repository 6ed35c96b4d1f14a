"""Gender of a noun the dictionary lacks: from its longest known noun ending, else its suffix.

*Onlineapotheke* takes *Apotheke*'s gender (die), *Friteusenfett* *Fett*'s (das).
Failing that, German derivational suffixes decide (*-ung*, *-heit*, *-keit* are
feminine, *-chen*, *-lein*, *-ment* neuter, *-ismus*, *-ling*, *-or* masculine);
a final *-e* leans feminine.  Returns "" when nothing points anywhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from leseglas.gloss.dictionary import Sense

_SUFFIXES = (
    ("f", ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ität", "ik", "ur", "ei",
           "ie", "enz", "anz", "ade", "age", "itis", "line", "ose", "in")),
    ("n", ("chen", "lein", "ment", "um", "tum", "ing", "ma", "nis", "o", "ett")),
    ("m", ("ismus", "ling", "or", "ist", "ant", "ent", "eur", "ör", "ig", "er", "us", "ich")),
    ("f", ("e",)),
)  # fmt: skip
MIN_TAIL = 3

Lookup = Callable[[str], tuple[Sense, ...]]


def guess_gender(word: str, lookup: Lookup) -> str:
    if not word[:1].isupper() or not word.isalpha():
        return ""
    for cut in range(1, len(word) - MIN_TAIL + 1):
        tail = word[cut:].capitalize()
        votes = Counter(
            s.gender for s in lookup(tail) if s.pos == "NOUN" and s.gender in ("m", "f", "n")
        )
        if votes:
            return votes.most_common(1)[0][0]
    lower = word.lower()
    for gender, endings in _SUFFIXES:
        if lower.endswith(endings):
            return gender
    return ""
