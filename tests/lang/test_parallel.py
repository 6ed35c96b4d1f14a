"""Worker processes compute exactly what this process computes."""

import json
import multiprocessing
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from leseglas.gloss.dictionary import Dictionary
from leseglas.lang import parallel
from leseglas.lang.analyze import analyze_sentence

GSD = Path(__file__).resolve().parent.parent / "data" / "ud-german-gsd" / "de_gsd-ud-test.conllu"


def _sentences(count: int) -> list[list[str]]:
    sentences, words = [], []
    for line in GSD.read_text("utf-8").splitlines():
        if not line:
            if words:
                sentences.append(words)
                words = []
            if len(sentences) == count:
                break
        elif not line.startswith("#") and line.split("\t")[0].isdigit():
            words.append(line.split("\t")[1])
    return sentences


def test_a_worker_computes_what_this_process_computes() -> None:
    forms = sorted({w for s in _sentences(60) for w in s})
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        forward, analyses = pool.submit(parallel.analyse_forms, forms).result()
    ours_forward, ours_analyses = parallel.analyse_forms(forms)
    assert forward and all(ours_forward[key] == value for key, value in forward.items())
    assert analyses and all(ours_analyses[key] == value for key, value in analyses.items())


def test_prewarmed_analysis_is_the_same_as_without_workers() -> None:
    sentences = _sentences(400)[340:]  # forms no other test has tagged in this process
    serial = subprocess.run(
        [sys.executable, "-c", _SERIAL, json.dumps(sentences)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    parallel.prewarm([w for s in sentences for w in s], workers=2, minimum=1)
    dictionary = Dictionary()
    ours = [[(a.lemma, a.tag) for a in analyze_sentence(s, dictionary)] for s in sentences]
    assert json.loads(serial.stdout) == [[list(pair) for pair in s] for s in ours]


_SERIAL = """
import json, sys
from leseglas.gloss.dictionary import Dictionary
from leseglas.lang.analyze import analyze_sentence
dictionary = Dictionary()
sentences = json.loads(sys.argv[1])
print(json.dumps([[(a.lemma, a.tag) for a in analyze_sentence(s, dictionary)] for s in sentences]))
"""
