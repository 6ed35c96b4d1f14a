"""Gloss a long document in a worker process while this one analyses it.

Analysis (tagging, lemmas, separable verbs) and glossing each take about half
of a long text's time, and both are mostly work per distinct word, cached: the
same words come back in every part of a text.  Cutting the text into shares
made every process do every word's work again.  Here the work is cut by step
instead: this process analyses the paragraphs in order and hands each batch's
analyses to one worker (a spawned process with its own dictionary and glosser,
tuned to the same domain labels), which glosses them.  Each word's work is
done once, and the two steps run side by side.

A gloss the worker has sent before comes back as its number, so repeated words
cost an integer, not a pickled gloss.  Glossing depends only on the analysis,
the sentence position and the document's domain, so the result is exactly
what this process alone would give.  A worker's start-up (about half a second:
the dictionary and the frequency lists) makes short texts not worth it.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import resource_tracker
from pathlib import Path

from leseglas.gloss.dictionary import Dictionary
from leseglas.gloss.lookup import Glosser
from leseglas.gloss.model import Gloss
from leseglas.lang.analyze import analyze_sentence
from leseglas.lang.model import WordAnalysis
from leseglas.text.segment import Paragraph, TokenKind

# Shorter texts are glossed in this process: about 20,000 tokens of German (six
# characters a token).  Counted in characters, so that a long book is not segmented
# whole before its analysis starts.
MIN_CHARS = 120_000
BATCH_TOKENS = 1_500  # tokens handed over at a time: few round trips, an early start

Fields = tuple[object, ...]  # a WordAnalysis as a plain tuple, cheap to send
# What the worker is sent: per paragraph, per sentence, each token's analysis and
# whether it opens its sentence; what it hands back: each token's gloss, or the
# number of one it sent before.
Batch = list[list[list[tuple[Fields, bool]]]]
Reply = list[list[list[Gloss | int]]]


# Analysing or glossing a text makes millions of short-lived objects beside large
# caches (dictionary senses, HanTa's work per form).  At Python's default (a young
# collection every 700 allocations) the collector walks those caches thousands of
# times: 112,000 tokens took 11.8 s in one process, at 10,000 they take 9.8 s (no more
# memory; 20,000 and 50,000 gain nothing more).
BULK_GC_THRESHOLD = 10_000


@contextlib.contextmanager
def bulk_work() -> Iterator[None]:
    """Fewer young-generation collections while a whole text is worked through."""
    old = gc.get_threshold()
    gc.set_threshold(BULK_GC_THRESHOLD, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def prepare() -> None:
    """Start multiprocessing's resource tracker while this process's stderr is a
    real file.  A Textual app replaces it with one whose file number is -1, and a
    worker started from the reader could not start the tracker then."""
    with contextlib.suppress(OSError, ValueError):  # then a long text is glossed here
        resource_tracker.ensure_running()


def worth_a_worker(paragraphs: Sequence[Paragraph]) -> bool:
    return sum(len(p.text) for p in paragraphs) >= MIN_CHARS


def sentence_starts(kinds: Sequence[TokenKind]) -> list[bool]:
    """Whether each token opens its sentence: only punctuation before it."""
    starts, initial = [], True
    for kind in kinds:
        starts.append(initial)
        initial = initial and kind is not TokenKind.WORD
    return starts


def gloss_sentence(
    tokens: list[tuple[str, TokenKind]],
    dictionary: Dictionary,
    glosser: Glosser,
    old_spelling: bool = False,
    surnames: frozenset[str] = frozenset(),
) -> list[tuple[WordAnalysis, Gloss]]:
    """One sentence's analyses and glosses, in this process alone."""
    words = [text for text, _ in tokens]
    analyses = analyze_sentence(words, dictionary, old_spelling, surnames)
    starts = sentence_starts([kind for _, kind in tokens])
    return [(a, glosser.lookup(a, start)) for a, start in zip(analyses, starts, strict=True)]


class GlossWorker:
    """One worker process that glosses batches of analyses, in the order sent;
    stops it however it is left."""

    def __init__(self, index: Path, domain: frozenset[str]) -> None:
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(
            1, mp_context=context, initializer=_start, initargs=(index, domain)
        )
        self._received: list[Gloss] = []  # by the number the worker gave each
        self._failed = False

    def submit(self, batch: Batch) -> Future[Reply]:
        """The batch's glosses to come; a worker that has failed fails each batch."""
        try:
            return self._pool.submit(gloss_batch, batch)
        except Exception as error:  # BrokenProcessPool: the batch is glossed here instead
            failed: Future[Reply] = Future()
            failed.set_exception(error)
            return failed

    def receive(self, future: Future[Reply]) -> list[list[list[Gloss]]]:
        """A batch's glosses.  Replies must be received in the order they were sent,
        since a reply's new glosses are numbered after all earlier ones."""
        if self._failed:  # its numbers may count glosses that never arrived
            raise RuntimeError("the worker failed on an earlier batch")
        try:
            reply = future.result()
        except Exception:
            self._failed = True
            raise
        return [[[self._resolve(item) for item in s] for s in paragraph] for paragraph in reply]

    def _resolve(self, item: Gloss | int) -> Gloss:
        if isinstance(item, int):
            return self._received[item]
        self._received.append(item)
        return item

    def __enter__(self) -> GlossWorker:
        return self

    def __exit__(self, *_: object) -> None:
        processes = list(getattr(self._pool, "_processes", {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:  # one an interrupt, a stop or an error left running
            if process.is_alive():
                process.terminate()
                process.join(timeout=1)


def batch_of(analysed: list[list[list[WordAnalysis]]], starts: list[list[list[bool]]]) -> Batch:
    return [
        [
            [(_fields(a), start) for a, start in zip(sentence, opens, strict=True)]
            for sentence, opens in zip(paragraph, paragraph_starts, strict=True)
        ]
        for paragraph, paragraph_starts in zip(analysed, starts, strict=True)
    ]


# --- in the worker -----------------------------------------------------------------

_glosser: Glosser | None = None
# A gloss sent before, by its id (the glosser's cache returns the same object for a
# word met again) and, failing that, by its value (a phrase word's gloss is made
# anew each time).  The objects are kept, so that an id stays their own.
_numbers: dict[int, int] = {}
_by_value: dict[Gloss, int] = {}
_kept: list[Gloss] = []


def _start(index: Path, domain: frozenset[str]) -> None:
    """Ctrl-C is the main process's to handle; a worker just stops with it, and
    stops too when the main process is killed.  Its output goes nowhere."""
    global _glosser
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    quiet = os.open(os.devnull, os.O_WRONLY)  # nothing of it may land on the reader's screen
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()
    _glosser = Glosser(Dictionary(index), domain)
    gc.set_threshold(BULK_GC_THRESHOLD, *gc.get_threshold()[1:])  # it only ever glosses texts


def _exit_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(0)


def gloss_batch(batch: Batch) -> Reply:
    """The worker's job: each token's offline gloss, or the number of one sent before."""
    assert _glosser is not None, "the worker glosses only after its start"
    return [
        [[_reply(_glosser.lookup(analysis(f), start)) for f, start in s] for s in paragraph]
        for paragraph in batch
    ]


def _reply(gloss: Gloss) -> Gloss | int:
    number = _numbers.get(id(gloss))
    if number is not None:
        return number
    _kept.append(gloss)
    number = _by_value.get(gloss)
    if number is None:  # new: numbered after all sent before, as the receiver counts
        number = _by_value[gloss] = len(_by_value)
        _numbers[id(gloss)] = number
        return gloss
    _numbers[id(gloss)] = number
    return number


def _fields(analysis: WordAnalysis) -> Fields:
    return tuple(getattr(analysis, name) for name in _FIELD_NAMES)


def analysis(fields: Fields) -> WordAnalysis:
    return WordAnalysis(*fields)  # type: ignore[arg-type]


# what a gloss depends on: the rule trace (last, compared by no one) stays here
_FIELD_NAMES = tuple(n for n, f in WordAnalysis.__dataclass_fields__.items() if f.compare)
