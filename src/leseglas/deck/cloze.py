"""A card's sentence with its word blanked: the cloze of the review screen and of Anki."""

from __future__ import annotations

import html
import re
import unicodedata
from enum import StrEnum


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


def cloze_answer(sentence: str, lemma: str) -> str:
    """The word as the sentence has it: what a cloze card asks to be typed."""
    word = _find_word(sentence, lemma)
    return sentence[word[0] : word[1]] if word is not None else ""


# How a German keyboard's letters are typed without one (ä as ae, ß as ss).
_TRANSCRIBED = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"))


def _typed_form(text: str) -> str:
    text = unicodedata.normalize("NFC", text).strip().strip(".,;:!?\"'„“”»«").casefold()
    for letter, spelled in _TRANSCRIBED:
        text = text.replace(letter, spelled)
    return " ".join(text.split())


class Verdict(StrEnum):
    RIGHT = "right"
    OTHER_FORM = "other form"  # the word, but not the form the sentence needs
    WRONG = "wrong"


def typed_verdict(typed: str, expected: str, lemma: str) -> Verdict:
    """A typed answer judged as Anki's type-in cards are, but leniently: case,
    spaces and ä/ö/ü/ß spelled ae/oe/ue/ss do not count against it."""
    answer = _typed_form(typed)
    if answer and answer == _typed_form(expected):
        return Verdict.RIGHT
    if answer and answer == _typed_form(lemma):
        return Verdict.OTHER_FORM
    return Verdict.WRONG
