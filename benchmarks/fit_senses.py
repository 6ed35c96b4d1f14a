"""Fits the sense ranker's weights (``gloss.senses.WEIGHTS``) on UD German PUD dev.

    python -m benchmarks.fit_senses            # figures now, the fit, and each signal's worth

PUD's sentences carry a human English translation.  Every noun, verb and
adjective whose gloss comes from its ranked dictionary senses is a case: each
of its senses has its signals (``SenseRanker.weigh``) and whether its first
rendering shares a content word with the translation (as
``../shared/tools/reference_eval.py`` judges ``first_in_context``).  A case
is right when the best-scored sense fits.

The fit is coordinate ascent on that count, one weight at a time over a grid.
Each figure is also given held out: the weights fitted on the even documents
scored on the odd ones and the other way round, so a signal earns its place
only where it helps on text the fit did not see.  ``--without`` refits with
each signal left out in turn.  Reads ``$PUD_DIR`` (as ``benchmarks.dump``) and
the scorer from ``$REFERENCE_EVAL`` or ``../shared/tools/reference_eval.py``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import numpy as np

from benchmarks.dump import PUD
from leseglas.gloss.render import short_gloss
from leseglas.gloss.senses import WEIGHTS

SCORER = Path(
    os.environ.get("REFERENCE_EVAL")
    or Path(__file__).resolve().parents[2] / "shared" / "tools" / "reference_eval.py"
)
CONTENT = ("NOUN", "VERB", "ADJ")
GRID = (-3.0, -2.0, -1.5, -1.0, -0.7, -0.5, -0.3, -0.15, 0.0,
        0.15, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 5.0)  # fmt: skip
ROUNDS = 4
TIE_BREAK = 1e-6  # equal scores keep the dictionary's order, as the ranker's sort does


@dataclass
class Cases:
    """The ranked cases as arrays: one row per candidate sense."""

    signals: list[str]
    features: np.ndarray  # candidates × signals
    fits: np.ndarray  # candidates: the sense's first rendering fits the translation
    starts: np.ndarray  # each case's first row
    document: np.ndarray  # each case's document
    fixed_right: np.ndarray  # per document: right cases not ranked (another rule's gloss)
    fixed_total: np.ndarray

    def right(self, weights: np.ndarray, documents: np.ndarray | None = None) -> int:
        scores = self.features @ weights - TIE_BREAK * self._position
        best = np.maximum.reduceat(scores, self.starts)
        top = scores == np.repeat(best, np.diff(np.append(self.starts, len(scores))))
        # the first row reaching its case's best score
        rows = np.where(top, np.arange(len(scores)), len(scores))
        first_top = np.minimum.reduceat(rows, self.starts)
        right = self.fits[first_top]
        if documents is not None:
            keep = np.isin(self.document, documents)
            return int(right[keep].sum() + self.fixed_right[documents].sum())
        return int(right.sum() + self.fixed_right.sum())

    def total(self, documents: np.ndarray | None = None) -> int:
        if documents is None:
            return len(self.starts) + int(self.fixed_total.sum())
        return int(np.isin(self.document, documents).sum() + self.fixed_total[documents].sum())

    @property
    def _position(self) -> np.ndarray:
        lengths = np.diff(np.append(self.starts, len(self.fits)))
        position: np.ndarray = np.arange(len(self.fits)) - np.repeat(self.starts, lengths)
        return position


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reference_eval", SCORER)
    if spec is None or spec.loader is None or not SCORER.is_file():
        sys.exit(f"{SCORER} not found: set REFERENCE_EVAL")
    module = importlib.util.module_from_spec(spec)
    os.environ.setdefault("REFERENCE_CONLLU", str(PUD / "de_pud-dev.conllu"))
    spec.loader.exec_module(module)
    return module


def collect(signals: list[str]) -> Cases:
    """Analyses PUD dev with the whole engine and gathers its ranked cases."""
    from leseglas.engine import Engine
    from leseglas.text import open_document

    ref = scorer()
    documents = ref.read_gold()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pud-dev.txt"
        path.write_text("\n\n".join(ref.paragraphs(documents)) + "\n", "utf-8")
        tokens = list(Engine().analyze(open_document(path)).tokens())
    found = {(t.paragraph, t.token.start, t.token.end): t for t in tokens}
    rows: list[list[float]] = []
    fits: list[bool] = []
    starts: list[int] = []
    case_document: list[int] = []
    fixed_right = np.zeros(len(documents), dtype=int)
    fixed_total = np.zeros(len(documents), dtype=int)
    for paragraph, start, end, columns, english, _ in ref.gold_tokens(documents):
        token = found.get((paragraph, start, end))
        if columns[3] not in CONTENT or token is None:
            continue
        gloss = token.gloss
        first = gloss.short[0] if gloss.short else ""
        ranked = [(dict(values), short_gloss([sense])[:1]) for sense, values in gloss.evidence]
        if not ranked or ranked[0][1] != (first,):  # another rule made the gloss
            fixed_right[paragraph] += bool(ref.content_words(first) & english)
            fixed_total[paragraph] += 1
            continue
        starts.append(len(rows))
        case_document.append(paragraph)
        for values, rendering in ranked:
            rows.append([values.get(name, 0.0) for name in signals])
            fits.append(bool(rendering) and bool(ref.content_words(rendering[0]) & english))
    return Cases(
        signals, np.array(rows), np.array(fits), np.array(starts), np.array(case_document),
        fixed_right, fixed_total,
    )  # fmt: skip


def fit(cases: Cases, start: np.ndarray, documents: np.ndarray, frozen: set[int]) -> np.ndarray:
    """Coordinate ascent from ``start``; a frozen signal keeps its weight (0: left out).
    Of equal counts the weight nearest the current one wins, so the fit moves
    a weight only for a gain."""
    weights = start.copy()
    best = cases.right(weights, documents)
    for _ in range(ROUNDS):
        moved = False
        for index in range(len(weights)):
            if index in frozen:
                continue
            current = weights[index]
            for value in sorted(GRID, key=lambda v: abs(v - current)):
                weights[index] = value
                right = cases.right(weights, documents)
                if right > best:
                    best, current, moved = right, value, True
            weights[index] = current
        if not moved:
            break
    return weights


def held_out(cases: Cases, start: np.ndarray, frozen: set[int]) -> tuple[int, int]:
    """Right cases when each half of the documents is scored with weights fitted
    on the other half."""
    every = np.arange(len(cases.fixed_total))
    halves = (every[every % 2 == 0], every[every % 2 == 1])
    right = 0
    for trained, scored in (halves, halves[::-1]):
        weights = fit(cases, start, trained, frozen)
        right += cases.right(weights, scored)
    return right, cases.total()


def share(right: int, total: int) -> str:
    return f"{right / total:.4f} ({right:,}/{total:,})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--without", action="store_true", help="refit without each signal")
    args = parser.parse_args()
    names = list(WEIGHTS)
    cases = collect(names)
    now = np.array([WEIGHTS[name] for name in names])
    every = np.arange(len(cases.fixed_total))
    print(f"cases ranked {len(cases.starts):,}, others {int(cases.fixed_total.sum()):,}")
    print(f"first fits, weights now:   {share(cases.right(now), cases.total())}")
    fitted = fit(cases, now, every, set())
    print(f"first fits, fitted on all: {share(cases.right(fitted), cases.total())}")
    print(f"held out, fitted by halves: {share(*held_out(cases, now, set()))}")
    print("fitted weights:")
    for name, old, new in zip(names, now, fitted, strict=True):
        print(f'    "{name}": {new},' + (f"  # was {old}" if new != old else ""))
    if args.without:
        for index, name in enumerate(names):
            start = now.copy()
            start[index] = 0.0
            print(f"without {name:18} held out {share(*held_out(cases, start, {index}))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
