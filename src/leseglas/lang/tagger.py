"""HanTa (Hannover Tagger) with its per-word work cached by form.

HanTa tags a sentence with a Viterbi pass over per-word tag probabilities and
then analyses each word's morphemes for its lemma.  Both per-word steps depend
only on the word (and the chosen tag), not on the sentence, so they are cached
here; the Viterbi pass, which is cheap, still sees every sentence in context.
In running text most tokens repeat, which makes tagging several times faster.

The Viterbi pass itself is HanTa's, with one change that gives the same tags:
from each state it walks only the word's own candidate tags (a handful)
instead of every tag the transition table lists (about fifty).  The two
per-word passes over a word's morphemes are HanTa's too, written out so that
each segment's morpheme probabilities are worked out once per segment rather
than in a method call per state and tag; they give HanTa's results exactly
(tested on every form of the treebank).
"""

from __future__ import annotations

import math
from functools import lru_cache
from operator import itemgetter
from typing import Any

from HanTa.HanoverTagger import EMPTY, END, END_UNKNOWN, START, UNKNOWN, HanoverTagger
from numpy import logaddexp

MODEL = "morphmodel_ger.pgz"
_LOWER_BOUND = -1e6
_BEAM = 5  # HanTa continues from the five best states of each row
_MORPHEME_BEAM = 3  # and from the three best states of a word's morpheme lattice
_WHOLE_WORD_PENALTY = 4.6  # HanTa's, for one unknown morpheme spanning the word
Segments = list[tuple[int, dict[int, float], bool, int, int]]


class CachedTagger(HanoverTagger):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__(MODEL)
        self._word_tags = lru_cache(maxsize=200_000)(super()._tag_word)
        # The two costly per-word steps, by what their results depend on: the
        # normalised word (shared by Haus and haus), and the lower-cased word and tag.
        self.forward_cache: dict[str, Any] = {}
        self.analysis_cache: dict[tuple[str, int], Any] = {}
        self._candidate_cache: dict[tuple[str, bool], list[tuple[int, float]] | None] = {}
        # morpheme -> {tag: log p(morpheme | tag)}: HanTa's table turned round
        self._morpheme_tags: dict[str, dict[int, float]] = {}
        for tag, morphemes in self.LP_m_t.items():
            for morpheme, lp in morphemes.items():
                self._morpheme_tags.setdefault(morpheme, {})[tag] = lp
        # tags an unknown morpheme may have, with HanTa's guess before the suffix
        self._guess_base = {
            tag: [self.Int_t + self.LP_hapax_t[tag] + lp_len for lp_len in self.LP_len_t[tag]]
            for tag in self.LP_hapax_t
            if tag in self.LP_s_t
        }

    def _tag_word(
        self, word: str, cutoff: int = 5, casesensitive: bool = True, conditional: bool = False
    ) -> Any:
        return self._word_tags(word, cutoff, casesensitive, conditional)

    def analyze_forward(self, word: str) -> Any:
        found = self.forward_cache.get(word)
        if found is None:
            found = self.forward_cache[word] = self._forward(word)
        return found

    def _segments(self, word: str, start: int, strict: bool) -> Segments:
        """For each segment word[start:end]: its end, its tags as a known morpheme,
        whether HanTa guesses tags for it as an unknown one, and its length as the
        guess's suffix and length tables count it."""
        wlen = len(word)
        return [
            (end, self._morpheme_tags.get(word[start:end], {}),
             not strict and (wlen < 4 or end - start > 2), min(end - start, 5),
             min(end - start, 24))
            for end in range(start + 1, wlen + 1)
        ]  # fmt: skip

    def _suffix_lp(self, morpheme: str, tag: int) -> float:
        """The suffix part of HanTa's guess for an unknown morpheme (``lp_m_t``)."""
        suffixes = self.LP_s_t[tag]
        mlen = len(morpheme)
        for size in (4, 3, 2, 1):
            if mlen > size and morpheme[-size:] in suffixes:
                return float(suffixes[morpheme[-size:]])
        return float(suffixes[""])

    def _lattice(
        self, word: str, strict: bool, reachable: frozenset[int] | None = None
    ) -> tuple[list[dict[Any, float]], list[dict[Any, Any]]]:
        """HanTa's Viterbi pass over the morphemes of a word (``analyze_forward`` and
        ``analyze_viterbi`` share it): the table of states, and for the latter (which
        walks back its best path) backpointers.

        An unknown morpheme's guessed probability is a per-tag part for its length
        plus one for its ending; the ending part depends only on where the morpheme
        ends and whether it is shorter than five letters, so it is looked up once.
        """
        wlen = len(word)
        table: list[dict[Any, float]] = [{(EMPTY, START): 0.0}] + [{} for _ in range(wlen + 1)]
        backpointer: list[dict[Any, Any]] = [{} for _ in range(wlen + 2)]
        nonfinal, guess_base = self.LP_trans_nonfinal, self._guess_base
        track = reachable is not None  # only the lemma pass walks back its best path
        endings: dict[tuple[int, int, int], float] = {}
        for i in range(wlen + 1):
            row = table[i]
            bound = (
                sorted(row.values(), reverse=True)[_MORPHEME_BEAM] - 1
                if len(row) > _MORPHEME_BEAM
                else _LOWER_BOUND
            )
            segments: Segments | None = None
            for state, lp in row.items():
                if lp < bound:
                    continue
                followup = nonfinal.get(state, [])
                if reachable is not None:
                    followup = [(t, p) for t, p in followup if t in reachable]
                if not followup:
                    continue
                if segments is None:
                    segments = self._segments(word, i, strict)
                for j, known, guessable, length_class, length in segments:
                    if not known and not guessable:
                        continue  # no tag gives this segment a probability
                    cell = table[j]
                    for tag, lpt in followup:
                        lpm = known.get(tag)
                        if lpm is None:
                            base = guess_base.get(tag) if guessable else None
                            if base is None:
                                continue
                            key = (j, tag, length_class)
                            ending = endings.get(key)
                            if ending is None:
                                ending = endings[key] = self._suffix_lp(word[i:j], tag)
                            lpm = base[length] + ending
                            if j - i == wlen:
                                lpm -= _WHOLE_WORD_PENALTY
                        lp1 = lp + lpt + lpm
                        if lp1 > _LOWER_BOUND:
                            new = (state[1], tag)
                            old = cell.get(new)
                            if old is None or lp1 > old:
                                cell[new] = lp1
                                if track:
                                    backpointer[j][new] = (state, i)
        return table, backpointer

    def _forward(self, word: str) -> list[tuple[int, float]]:
        """HanTa's ``analyze_forward``: the word's likely tags, best first."""
        table, _ = self._lattice(word, self.strict)
        last = table[-1]
        for state, lp in table[-2].items():
            for tag, lpt in self.LP_trans_final.get(state, []):
                lp1 = lp + lpt
                if lp1 > _LOWER_BOUND:
                    new = (state[1], tag)
                    if new not in last or lp1 > last[new]:
                        last[new] = lp1
        results: dict[int, float] = {}
        for state, lp in last.items():
            if lp == -math.inf:
                continue
            pos = -state[1]
            results[pos] = logaddexp(results[pos], lp) if pos in results else lp
        ranked = sorted(results.items(), key=itemgetter(1), reverse=True)
        return ranked or [(UNKNOWN, 0)]

    def analyze_viterbi(self, word: str, targetpos: int) -> list[tuple[int, int]]:
        """HanTa's ``analyze_viterbi``: the word's morphemes as (tag, end) for a tag."""
        reachable = self.reachability.get(targetpos, frozenset())
        for strict in (True, False):
            table, backpointer = self._lattice(word, strict, reachable)
            last = table[-1]
            for state, lp in table[-2].items():
                for tag, lpt in self.LP_trans_final.get(state, []):
                    if tag == targetpos:
                        lp1, new = lp + lpt, (state[1], tag)
                        if lp1 > _LOWER_BOUND and (new not in last or lp1 > last[new]):
                            last[new] = lp1
                            backpointer[-1][new] = (state, len(word))
                        break
            if last:
                break
        return self._morphemes(table[-1], backpointer)

    @staticmethod
    def _morphemes(
        last: dict[Any, float], backpointer: list[dict[Any, Any]]
    ) -> list[tuple[int, int]]:
        best, best_state = -math.inf, (EMPTY, EMPTY)
        for state, lp in last.items():
            if lp > best:
                best, best_state = lp, state
        i = len(backpointer) - 1
        if best_state == (EMPTY, EMPTY):
            states = [((UNKNOWN, END_UNKNOWN), i), ((START, UNKNOWN), i - 1)]
        else:
            states = [(best_state, i)]
            state = best_state
            while i > 0:
                state, i = backpointer[i][state]
                states.append((state, i))
            states = states[:-1]
        return [(state[1], i) for (state, i) in states[::-1]]

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
            candidates = self._candidates(word, casesensitive and i > 0)
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
                if candidates is None:  # an unknown word: any tag
                    steps = [(tag, lp, 0.0) for tag, lp in transitions.items() if tag != END]
                else:
                    steps = [
                        (tag, transitions[tag], lp_word)
                        for tag, lp_word in candidates
                        if tag in transitions
                    ]
                for tag, lp_transition, lp_word in steps:
                    lp = lp0 + lp_transition + lp_word
                    if lp > _LOWER_BOUND:
                        new = (state[1], tag)
                        old = row.get(new)
                        if old is None or lp > old:
                            row[new] = lp
                            back[new] = state
            table.append(row)
            backpointer.append(back)
        return self._best_path(table, backpointer)

    def _candidates(self, word: str, casesensitive: bool) -> list[tuple[int, float]] | None:
        """A word's tags with their probabilities (END left out); None for an unknown word."""
        key = (word, casesensitive)
        if key not in self._candidate_cache:
            tags = dict(self._tag_word(word, cutoff=5, casesensitive=casesensitive,
                                       conditional=True))  # fmt: skip
            known = not (len(tags) == 1 and UNKNOWN in tags) and bool(tags)
            found = [(t, lp) for t, lp in tags.items() if t != END] if known else None
            self._candidate_cache[key] = found
        return self._candidate_cache[key]

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
