"""HanTa (Hannover Tagger) with its per-word work cached by form.

HanTa tags a sentence with a Viterbi pass over per-word tag probabilities and
then analyses each word's morphemes for its lemma.  Both per-word steps depend
only on the word (and the chosen tag), not on the sentence, so they are cached
here; the Viterbi pass, which is cheap, still sees every sentence in context.
In running text most tokens repeat, which makes tagging several times faster.

The Viterbi pass itself is HanTa's, with one change that gives the same tags:
from each state it walks only the word's own candidate tags (a handful)
instead of every tag the transition table lists (about fifty).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from HanTa.HanoverTagger import EMPTY, END, START, UNKNOWN, HanoverTagger

MODEL = "morphmodel_ger.pgz"
_LOWER_BOUND = -1e6
_BEAM = 5  # HanTa continues from the five best states of each row


class CachedTagger(HanoverTagger):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__(MODEL)
        self._word_tags = lru_cache(maxsize=200_000)(super()._tag_word)
        # The two costly per-word steps, by what their results depend on: the
        # normalised word (shared by Haus and haus), and the lower-cased word and tag.
        self.forward_cache: dict[str, Any] = {}
        self.analysis_cache: dict[tuple[str, int], Any] = {}

    def _tag_word(
        self, word: str, cutoff: int = 5, casesensitive: bool = True, conditional: bool = False
    ) -> Any:
        return self._word_tags(word, cutoff, casesensitive, conditional)

    def analyze_forward(self, word: str) -> Any:
        found = self.forward_cache.get(word)
        if found is None:
            found = self.forward_cache[word] = super().analyze_forward(word)
        return found

    def _analyze(self, word: str, pos: int, taglevel: int = 1) -> Any:
        if taglevel != 1:
            return super()._analyze(word, pos, taglevel)
        key = (word.lower(), pos)  # HanTa lower-cases the word first
        found = self.analysis_cache.get(key)
        if found is None:
            found = self.analysis_cache[key] = super()._analyze(word, pos, taglevel)
        return found

    def tag(self, words: list[str]) -> list[tuple[str, str]]:
        """(lemma, STTS tag) for each word of one sentence."""
        if not words:
            return []
        return [(lemma, tag) for _word, lemma, tag in self.tag_sent(words, taglevel=1)]

    def tag_sent_viterbi(self, sent: list[str], casesensitive: bool = True) -> list[Any]:
        table: list[dict[Any, float]] = []
        backpointer: list[dict[Any, Any]] = []
        for i, word in enumerate(sent):
            probabilities = dict(
                self._tag_word(word, cutoff=5, casesensitive=casesensitive and i > 0,
                               conditional=True)
            )  # fmt: skip
            if len(probabilities) == 1 and UNKNOWN in probabilities:
                probabilities = {}
            previous = table[i - 1] if i else {(EMPTY, START): 0.0}
            row: dict[Any, float] = {}
            back: dict[Any, Any] = {}
            bound = (
                sorted(previous.values(), reverse=True)[_BEAM] - 1
                if len(previous) > _BEAM
                else _LOWER_BOUND
            )
            for state, lp0 in previous.items():
                if lp0 < bound:
                    continue
                transitions = self.LP_trans_word[state]
                if probabilities:
                    steps = [
                        (tag, transitions[tag], lp_word)
                        for tag, lp_word in probabilities.items()
                        if tag != END and tag in transitions
                    ]
                else:  # an unknown word: any tag
                    steps = [(tag, lp, 0.0) for tag, lp in transitions.items() if tag != END]
                for tag, lp_transition, lp_word in steps:
                    lp = lp0 + lp_transition + lp_word
                    if lp > _LOWER_BOUND:
                        new = (state[1], tag)
                        if new not in row or lp > row[new]:
                            row[new] = lp
                            back[new] = state
            table.append(row)
            backpointer.append(back)
        return self._best_path(table, backpointer)

    def _best_path(
        self, table: list[dict[Any, float]], backpointer: list[dict[Any, Any]]
    ) -> list[Any]:
        final = (END, EMPTY)
        best, best_state = -float("inf"), None
        for state, lp0 in table[-1].items():
            lp = lp0 + dict(self.LP_trans_word[state]).get(END, -float("inf"))
            if lp > best:
                best, best_state = lp, state
        backpointer.append({final: best_state})
        tags = []
        state = final
        for i in range(len(backpointer) - 1, 0, -1):
            state = backpointer[i][state]
            tags.append(state[1])
        return tags[::-1]


@lru_cache(maxsize=1)
def tagger() -> CachedTagger:
    """The process-wide tagger (loading the model takes about 0.1 s)."""
    return CachedTagger()
