"""Share a long document's analysis and glossing with worker processes.

The document's paragraphs are cut into consecutive shares of about equal
token counts.  This process works through the first share while each worker
(a spawned process with its own tagger, dictionary and glosser, tuned to the
same domain labels) works through another, and hands back each token's
analysis and gloss.  Analysis and glossing depend only on the sentence and the
document's domain, so the result is exactly what this process alone would
give.  A worker's start-up (about a second: the tagger's model and the
frequency lists) makes short texts not worth sharing.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from leseglas.gloss.dictionary import Dictionary
from leseglas.gloss.lookup import Gloss, Glosser
from leseglas.lang.analyze import analyze_sentence
from leseglas.lang.word import WordAnalysis
from leseglas.text.segment import Paragraph, TokenKind

MIN_TOKENS = 20_000  # shorter texts are analysed in this process alone
WORKER_HANDICAP = 0.9  # a worker's share against this process's: it starts up first

# What a worker hands back: per paragraph, per sentence, per token.
Fields = tuple[object, ...]
SentenceResult = list[tuple[Fields, Gloss]]
ParagraphResult = list[SentenceResult]
# What a worker is sent: per paragraph, per sentence, its tokens' texts and kinds.
SentenceWork = list[tuple[str, TokenKind]]


def shares(paragraphs: Sequence[Paragraph], workers: int) -> list[list[Paragraph]]:
    """Consecutive runs of paragraphs, one per process, this process's (the first) larger."""
    sizes = [sum(len(s.tokens) for s in p.sentences) for p in paragraphs]
    total = sum(sizes)
    if workers < 2 or total < MIN_TOKENS:
        return [list(paragraphs)]
    weights = [1.0] + [WORKER_HANDICAP] * (workers - 1)
    goals = [total * sum(weights[: n + 1]) / sum(weights) for n in range(workers - 1)]
    result: list[list[Paragraph]] = [[]]
    running = 0
    for paragraph, size in zip(paragraphs, sizes, strict=True):
        if goals and running >= goals[0]:
            goals.pop(0)
            result.append([])
        result[-1].append(paragraph)
        running += size
    return result


def work(paragraphs: Sequence[Paragraph]) -> list[list[SentenceWork]]:
    """What a worker needs of its paragraphs: each token's text and kind."""
    return [[[(t.text, t.kind) for t in s.tokens] for s in p.sentences] for p in paragraphs]


def gloss_sentence(
    tokens: SentenceWork, dictionary: Dictionary, glosser: Glosser
) -> list[tuple[WordAnalysis, Gloss]]:
    """One sentence's analyses and glosses, in this process or a worker's; a word with
    only punctuation before it is sentence-initial."""
    analyses = analyze_sentence([text for text, _ in tokens], dictionary)
    result = []
    initial = True
    for (_text, kind), analysis in zip(tokens, analyses, strict=True):
        result.append((analysis, glosser.lookup(analysis, initial)))
        initial = initial and kind is not TokenKind.WORD
    return result


class Pool:
    """Worker processes, each glossing one share; stops them however it is left."""

    def __init__(self, count: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._pool = (
            ProcessPoolExecutor(count, mp_context=context, initializer=_ignore_interrupts)
            if count
            else None
        )

    def submit(
        self, index: Path, domain: frozenset[str], share: list[list[SentenceWork]]
    ) -> Future[list[ParagraphResult]]:
        assert self._pool is not None, "a pool of no workers takes no work"
        return self._pool.submit(analyse_share, index, domain, share)

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *_: object) -> None:
        if self._pool is None:
            return
        processes = list(getattr(self._pool, "_processes", {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:  # one an interrupt left running
            if process.is_alive():
                process.terminate()


def analyse_share(
    index: Path, domain: frozenset[str], share: list[list[SentenceWork]]
) -> list[ParagraphResult]:
    """A worker's job: each token's analysis (as a tuple, cheap to send) and offline gloss."""
    dictionary = Dictionary(index)
    glosser = Glosser(dictionary, domain)
    return [[_sentence(s, dictionary, glosser) for s in paragraph] for paragraph in share]


def _sentence(tokens: SentenceWork, dictionary: Dictionary, glosser: Glosser) -> SentenceResult:
    glossed = gloss_sentence(tokens, dictionary, glosser)
    return [(_fields(analysis), gloss) for analysis, gloss in glossed]


def _fields(analysis: WordAnalysis) -> Fields:
    return tuple(getattr(analysis, name) for name in _FIELD_NAMES)


def analysis(fields: Fields) -> WordAnalysis:
    return WordAnalysis(*fields)  # type: ignore[arg-type]


_FIELD_NAMES = tuple(WordAnalysis.__dataclass_fields__)


def _ignore_interrupts() -> None:
    """Ctrl-C is the main process's to handle; a worker just stops with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
