"""Share the per-word tagging work of a long text with worker processes.

Most of HanTa's time goes into two steps that depend on the word alone: the
tag probabilities of a form and its morphological analysis for a tag.  For a
long text the distinct forms are split between this process and spawned
workers; each works out its share, and the workers' results are handed to
this process's tagger.  Tagging in sentence context then finds them cached
and gives exactly what it gives without workers.  Short texts are not worth a
worker's start-up (about half a second).
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from leseglas.lang.tagger import tagger

MIN_FORMS = 3_000  # fewer distinct forms than this are tagged in this process alone
Results = tuple[dict[str, Any], dict[tuple[str, int], Any]]


def prewarm(forms: Iterable[str], workers: int, minimum: int = MIN_FORMS) -> None:
    """Work out the per-word tagging of ``forms`` with ``workers`` processes in all."""
    todo = sorted(set(forms))
    if workers < 2 or len(todo) < minimum:
        return
    shares = [todo[start::workers] for start in range(workers)]
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers - 1, mp_context=context, initializer=_ignore_interrupts)
    try:
        futures = [pool.submit(analyse_forms, share) for share in shares[1:]]
        analyse_forms(shares[0])
        for future in futures:
            tagger().learn(*future.result())
    finally:
        _stop(pool)


def analyse_forms(forms: list[str]) -> Results:
    """Tag probabilities of each form, and its analysis for its likeliest tag."""
    engine = tagger()
    for form in forms:
        tags = engine._tag_word(form, cutoff=5, casesensitive=True, conditional=True)
        if tags:
            engine._analyze(form, tags[0][0])
    return engine.forward_cache, engine.analysis_cache


def _ignore_interrupts() -> None:
    """Ctrl-C is the main process's to handle; a worker just stops with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut the pool without waiting for a worker an interrupt left running."""
    processes = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
