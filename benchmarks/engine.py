"""Engine speed: a 100,000-token text, cached lookups, and the gloss command end to end."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

from benchmarks.gsd import GSD_DIR, GoldSentence, paragraphs, read_conllu

Row = tuple[str, str, str]
TOKENS = 100_000


def running_text(directory: Path, copies: int | None = None, tokens: int = TOKENS) -> Path:
    """About ``tokens`` tokens of real German: the GSD sentences in paragraphs, repeated.

    GSD has ~30,000 tokens and ~9,000 word types; repeated to 100,000 tokens its
    type/token ratio is close to a novel's (~12,000 types per 100,000 tokens).
    ``copies=1`` gives GSD once through: no sentence twice, and a new word
    every third token, a harsher text than any novel.  Fewer ``tokens`` (a quick
    run) repeat GSD's first sentences as often as 100,000 tokens repeat GSD.
    """
    sentences = read_conllu(GSD_DIR / "de_gsd-ud-dev.conllu")
    sentences += read_conllu(GSD_DIR / "de_gsd-ud-test.conllu")
    words = sum(len(s.tokens) for s in sentences)
    if tokens < TOKENS:
        sentences = _first_tokens(sentences, words * tokens // TOKENS)
        words = sum(len(s.tokens) for s in sentences)
    text = "\n\n".join(" ".join(p) for p in paragraphs(sentences))
    path = directory / f"running-text-{copies}-{tokens}.txt"
    copies = copies or tokens // words + 1
    path.write_text("\n\n".join(f"Teil {n}.\n\n{text}" for n in range(copies)), "utf-8")
    return path


def _first_tokens(sentences: list[GoldSentence], tokens: int) -> list[GoldSentence]:
    """The first sentences holding ``tokens`` tokens (all of them if they hold fewer)."""
    for end, count in enumerate(accumulate(len(s.tokens) for s in sentences), 1):
        if count >= tokens:
            return sentences[:end]
    return sentences


_ANALYSE = """
import sys, time
start = time.perf_counter()
from leseglas.engine import Engine
from leseglas.text import open_document
document = open_document(sys.argv[1])
analysis = Engine().analyze(document, workers=2)
tokens = sum(1 for _ in analysis.tokens())
print(tokens, time.perf_counter() - start)
"""

# HanTa alone on the same text, the bar the issue sets: its model loaded, each
# sentence tagged (lemma and tag, as the engine asks) with no cache; the tokens are
# the engine's, split before the clock starts.
_BARE_HANTA = """
import sys, time
from leseglas.text import open_document
document = open_document(sys.argv[1])
sentences = [[t.text for t in s.tokens] for p in document.paragraphs for s in p.sentences]
start = time.perf_counter()
from HanTa.HanoverTagger import HanoverTagger
tagger = HanoverTagger("morphmodel_ger.pgz")
for words in sentences:
    tagger.tag_sent(words, taglevel=1)
print(sum(map(len, sentences)), time.perf_counter() - start)
"""

_LOOKUPS = """
import time
from leseglas.engine import Engine
from leseglas.resources import default_article
from leseglas.text import open_document
engine = Engine()
document = open_document(default_article())
analysis = engine.analyze(document)
glosser = engine.glosser(document)
words = [t.analysis for t in analysis.tokens()]
times = []
for word in words * 5:
    start = time.perf_counter()
    glosser.lookup(word)
    times.append(time.perf_counter() - start)
times.sort()
print(times[int(len(times) * 0.95)], len(times))
"""


def _python(code: str, *args: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=True)  # fmt: skip
    return out.stdout.split()


QUICK_TOKENS = 10_000  # a quick run (the test suite's): the rows run, their figures are rough


def speed_rows(quick: bool = False) -> list[Row]:
    """The engine's speed rows; ``quick`` runs each on a tenth of the text, once."""
    rows = []
    runs = 1 if quick else 3
    with tempfile.TemporaryDirectory() as tmp:
        text = str(running_text(Path(tmp), tokens=QUICK_TOKENS if quick else TOKENS))
        tokens, seconds = _python(_ANALYSE, text)
        rows.append((f"analysis + glosses: {int(tokens):,} tokens (cold, 2 processes)",
                     f"{float(seconds):.1f} s", ""))  # fmt: skip
        per_100k = float(seconds) * 100_000 / int(tokens)
        rows.append(("  the same per 100,000 tokens", f"{per_100k:.1f} s", "<= 10 s"))
        tokens, seconds = _python(_BARE_HANTA, text)
        bare = float(seconds) * 100_000 / int(tokens)
        rows.append(("  bare HanTa on the same text, per 100,000 tokens", f"{bare:.1f} s",
                     f"> {per_100k:.1f} s"))  # fmt: skip
        if not quick:
            tokens, seconds = _python(_ANALYSE, str(running_text(Path(tmp), copies=1)))
            per_100k = float(seconds) * 100_000 / int(tokens)
            rows.append((f"  GSD once through, no repeats ({int(tokens):,} tokens): per 100,000",
                         f"{per_100k:.1f} s", ""))  # fmt: skip
    p95, count = _python(_LOOKUPS)
    rows.append((f"lookup of a cached word, p95 of {int(count):,}", f"{float(p95) * 1e3:.3f} ms",
                 "<= 1 ms"))  # fmt: skip
    rows.append(("leseglas gloss <seed> end to end", f"{_gloss_seconds(runs=runs):.2f} s",
                 "<= 2 s"))  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(("  no prose: 20,000 words with no full stop, a 20,000-letter run",
                     f"{_gloss_seconds(_no_prose(Path(tmp)), runs):.2f} s", "<= 5 s"))  # fmt: skip
    return rows


def _no_prose(directory: Path) -> Path:
    """Input that once took minutes: the analysis grew with the square of a
    sentence's length, HanTa's lattice with a word's, a cleaning pattern backtracked."""
    words = "der Hund und die Katze gehen mit dem Mann in den großen Park".split()
    path = directory / "no-prose.txt"
    endless = " ".join(words[i % len(words)] for i in range(20_000))
    path.write_text(f"{endless}.\n\nDas ist {'a' * 20_000} gut.\n", "utf-8")
    return path


def _gloss_seconds(text: Path | None = None, runs: int = 3) -> float:
    """The median wall time of ``leseglas gloss`` on the seed (or ``text``) in a
    new process, as a learner's install runs it: with Python's bytecode cache,
    which pip writes at install and an editable install on its first run (done
    here first).  A shell that sets PYTHONDONTWRITEBYTECODE, as this machine's
    does, would otherwise compile leseglas's 53 modules from source on every
    start (0.15 s)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "leseglas", "gloss", *([str(text)] if text else [])]
    subprocess.run(command, capture_output=True, check=True, env=env)  # writes the cache
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, env=env)
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


# Lemma misses that are the treebank's conventions, not errors: case-only differences,
# forms kept as written, pre-1996 spellings (see benchmarks.gsd.lemma_miss_kinds).
GSD_CONVENTIONS = ("letter case only", "gold keeps the form as written", "gold writes pre-1996 ß")


def quality_rows(quick: bool = False) -> list[Row]:
    """GSD test's rows, and dev's unless ``quick``."""
    from benchmarks.gsd import analysis_scores, gloss_scores, lemma_miss_kinds

    rows: list[Row] = []
    for split in ("test",) if quick else ("test", "dev"):
        sentences = read_conllu(GSD_DIR / f"de_gsd-ud-{split}.conllu")
        analysis, glosses = analysis_scores(sentences), gloss_scores(sentences)
        target = split == "test"
        kinds = lemma_miss_kinds(analysis.errors)
        separable = f"{analysis.separable_recall:.1%} / {analysis.separable_precision:.1%}"
        misses = f"{glosses.gold_against_dictionary} of {len(glosses.wrong_gender)}"
        rows += [
            (f"GSD {split}: content-word lemma accuracy", f"{analysis.lemma_accuracy:.2%}",
             ">= 98%" if target else ""),
            *[(f"  misses: {kind}", str(n), "") for kind, n in kinds.most_common()],
            ("  not counting case-only, as-written and old-ß misses",
             f"{analysis.accuracy_without(GSD_CONVENTIONS):.2%}", ""),
            (f"GSD {split}: separable verbs recall / precision", separable,
             ">= 97% / 95%" if target else ""),
            ("  gold particle by deprel or PTKVZ tag, head a verb",
             f"{analysis.particle_recall:.1%} / {analysis.particle_precision:.1%}", ""),
            (f"GSD {split}: noun gender agrees with gold", f"{glosses.gender_agreement:.2%}",
             ">= 97%" if target else ""),
            ("  hyphenated compounds one word, as the reader shows them",
             f"{glosses.gender_agreement_as_read:.2%}", ""),
            ("  misses where Ding lists only our gender", misses, ""),
            ("  agreement where Ding allows the gold gender",
             f"{glosses.gender_agreement_where_gold_fits_dictionary:.2%}", ""),
            (f"GSD {split}: offline gloss coverage, content words", f"{glosses.coverage:.2%}",
             ">= 99%" if target else ""),
        ]  # fmt: skip
    return rows
