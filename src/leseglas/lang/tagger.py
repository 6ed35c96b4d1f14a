"""HanTa (Hannover Tagger) with its per-word work cached by form.

HanTa tags a sentence with a Viterbi pass over per-word tag probabilities and
then analyses each word's morphemes for its lemma.  Both per-word steps depend
only on the word (and the chosen tag), not on the sentence, so they are cached
here; the Viterbi pass, which is cheap, still sees every sentence in context.
In running text most tokens repeat, which makes tagging several times faster.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from HanTa.HanoverTagger import HanoverTagger

MODEL = "morphmodel_ger.pgz"


class CachedTagger(HanoverTagger):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__(MODEL)
        self._word_tags = lru_cache(maxsize=200_000)(super()._tag_word)
        self._analyses = lru_cache(maxsize=200_000)(super()._analyze)

    def _tag_word(
        self, word: str, cutoff: int = 5, casesensitive: bool = True, conditional: bool = False
    ) -> Any:
        return self._word_tags(word, cutoff, casesensitive, conditional)

    def _analyze(self, word: str, pos: int, taglevel: int = 1) -> Any:
        return self._analyses(word, pos, taglevel)

    def tag(self, words: list[str]) -> list[tuple[str, str]]:
        """(lemma, STTS tag) for each word of one sentence."""
        if not words:
            return []
        return [(lemma, tag) for _word, lemma, tag in self.tag_sent(words, taglevel=1)]


@lru_cache(maxsize=1)
def tagger() -> CachedTagger:
    """The process-wide tagger (loading the model takes about 0.1 s)."""
    return CachedTagger()
