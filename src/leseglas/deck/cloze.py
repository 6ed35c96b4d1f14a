"""A card's sentence with its word blanked: the cloze of the review screen and of Anki."""

from __future__ import annotations

import html
import re


def cloze_text(sentence: str, lemma: str) -> str:
    """The sentence with the word (any inflection of it) as an Anki cloze, or ""."""
    word = _find_word(sentence, lemma)
    if word is None:
        return ""
    start, end = word
    return (
        f"{html.escape(sentence[:start])}{{{{c1::{html.escape(sentence[start:end])}}}}}"
        + html.escape(sentence[end:])
    )


def blanked(sentence: str, lemma: str) -> str:
    """The sentence with the word replaced by ___ (the cloze card's front in the terminal)."""
    word = _find_word(sentence, lemma)
    if word is None:
        return ""
    return sentence[: word[0]] + "___" + sentence[word[1] :]


def _find_word(sentence: str, lemma: str) -> tuple[int, int] | None:
    """Where the lemma, or a form sharing its stem, stands in the sentence."""
    if not sentence or not lemma:
        return None
    stem = re.escape(lemma[: max(3, len(lemma) - 2)])
    match = re.search(rf"\b{stem}\w*", sentence, flags=re.IGNORECASE)
    return (match.start(), match.end()) if match else None
