"""Reads a sentence written with spaces between its tokens, as the tests write them."""

from leseglas.gloss.dictionary import Dictionary
from leseglas.lang.analyze import analyze_sentence
from leseglas.lang.model import WordAnalysis


def analyse(text: str, dictionary: Dictionary) -> list[WordAnalysis]:
    return analyze_sentence(text.split(), dictionary)
