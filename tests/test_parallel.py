"""A long text glossed in a worker process gives exactly what one process gives."""

import multiprocessing
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from leseglas import parallel
from leseglas.engine import DocumentAnalysis, Engine
from leseglas.gloss.dictionary import Dictionary
from leseglas.gloss.lookup import Glosser
from leseglas.text import open_document
from leseglas.text.segment import Document, TokenKind

GSD = Path(__file__).resolve().parent / "data" / "ud-german-gsd" / "de_gsd-ud-test.conllu"


@pytest.fixture(scope="module")
def text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 6,000 tokens of GSD sentences, a paragraph per ten sentences."""
    sentences = [
        line.removeprefix("# text = ")
        for line in GSD.read_text("utf-8").splitlines()
        if line.startswith("# text = ")
    ][:350]
    paragraphs = [" ".join(sentences[i : i + 10]) for i in range(0, len(sentences), 10)]
    path = tmp_path_factory.mktemp("text") / "gsd.txt"
    path.write_text("\n\n".join(paragraphs), "utf-8")
    return path


def _rows(analysis: DocumentAnalysis) -> list[tuple[object, ...]]:
    return [
        (t.token, t.paragraph, t.sentence, t.analysis, t.gloss.lemma, t.gloss.short,
         t.gloss.gender, t.gloss.parts, t.hard)
        for t in analysis.tokens()
    ]  # fmt: skip


def _document(path: Path) -> Document:
    return open_document(path)


def test_a_short_text_gets_no_worker(text: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paragraphs = _document(text).paragraphs
    assert not parallel.worth_a_worker(paragraphs)  # about 6,000 tokens
    monkeypatch.setattr(parallel, "MIN_CHARS", 6_000)
    assert parallel.worth_a_worker(paragraphs)
    # judged without segmenting the text: a 20 MB book starts its analysis at once
    assert not any("sentences" in vars(p) for p in paragraphs)


def test_sentence_starts_skip_opening_punctuation() -> None:
    kinds = [TokenKind.PUNCT, TokenKind.WORD, TokenKind.WORD, TokenKind.PUNCT]
    assert parallel.sentence_starts(kinds) == [True, True, False, False]


def test_a_gloss_sent_before_comes_back_as_its_number(text: Path) -> None:
    document = _document(text)
    engine = Engine()
    analysed = [[t.analysis for t in engine.analyze_paragraph(document, document.paragraphs[0])]]
    batch = parallel.batch_of([analysed], [[[False] * len(analysed[0])]])
    with parallel.GlossWorker(engine.dictionary.path, frozenset()) as worker:
        first = worker.submit(batch)
        glosses = worker.receive(first)[0][0]
        again = worker._pool.submit(parallel.gloss_batch, batch).result()
    assert all(isinstance(item, int) for item in again[0][0])
    assert [worker._received[n] for n in again[0][0]] == glosses  # type: ignore[index]
    offline = Glosser(engine.dictionary)
    assert glosses == [offline.lookup(a) for a in analysed[0]]


def test_a_worker_gives_what_this_process_gives(
    text: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = Engine().analyze(_document(text), workers=1)
    monkeypatch.setattr(parallel, "MIN_CHARS", 6_000)
    monkeypatch.setattr(parallel, "BATCH_TOKENS", 500)  # several batches in flight
    steps: list[tuple[int, int]] = []
    shared = Engine().analyze(_document(text), lambda done, total: steps.append((done, total)),
                              workers=2)  # fmt: skip
    assert _rows(shared) == _rows(alone)
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1] == len(shared.paragraphs)
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)
    assert len({id(t.gloss) for t in shared.tokens()}) < len(list(shared.tokens())) / 2


def test_a_failed_worker_costs_time_not_the_analysis(
    text: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = Engine().analyze(_document(text), workers=1)
    copy = tmp_path / "index.sqlite"
    shutil.copyfile(Dictionary().path, copy)
    dictionary = Dictionary(copy)
    copy.unlink()  # this process keeps its open index; a worker finds none and fails
    monkeypatch.setattr(parallel, "MIN_CHARS", 6_000)
    shared = Engine(dictionary=dictionary).analyze(_document(text), workers=2)
    assert _rows(shared) == _rows(alone)


_KILLED_MAIN = """
import os, signal, sys
from leseglas import parallel
from leseglas.gloss.dictionary import Dictionary

if __name__ == "__main__":
    worker = parallel.GlossWorker(Dictionary().path, frozenset())
    worker.submit([]).result()  # the worker is up
    print(*[p.pid for p in worker._pool._processes.values()], flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no clean-up runs
"""


def test_a_worker_stops_when_its_main_process_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "main.py"
    script.write_text(_KILLED_MAIN, "utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    pid = int(result.stdout.split()[0])
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")  # a zombie (exited, not yet reaped) is gone too
    return not (stat.exists() and stat.read_text().split(") ")[-1].startswith("Z"))


def test_after_a_failed_batch_the_worker_is_not_trusted(text: Path) -> None:
    document = _document(text)
    engine = Engine()
    analysed = [[t.analysis for t in engine.analyze_paragraph(document, document.paragraphs[0])]]
    good = parallel.batch_of([analysed], [[[False] * len(analysed[0])]])
    bad: parallel.Batch = [[[(("too", "few"), False)]]]  # no WordAnalysis: the worker fails
    with parallel.GlossWorker(engine.dictionary.path, frozenset()) as worker:
        failing, later = worker.submit(bad), worker.submit(good)
        with pytest.raises(TypeError):
            worker.receive(failing)
        with pytest.raises(RuntimeError):
            worker.receive(later)  # its numbers may count glosses never received


def test_where_no_process_can_start_the_text_is_analysed_here(
    text: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object) -> None:
        raise ValueError("bad value(s) in fds_to_keep")  # as under a Textual app's stderr

    monkeypatch.setattr(parallel, "MIN_CHARS", 6_000)
    monkeypatch.setattr(parallel, "GlossWorker", refuse)
    steps: list[tuple[int, int]] = []
    document = _document(text)
    assert Engine().analyze_all(document, lambda done, total: steps.append((done, total)), 2)
    assert steps[-1] == (len(document.paragraphs), len(document.paragraphs))


def test_a_stopped_analysis_says_so_and_leaves_no_worker(
    text: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "MIN_CHARS", 6_000)
    monkeypatch.setattr(parallel, "BATCH_TOKENS", 200)
    calls = iter(range(1_000))
    done = Engine().analyze_all(_document(text), workers=2, stop=lambda: next(calls) > 5)
    assert not done
    deadline = time.monotonic() + 10  # terminated, perhaps still starting up when told
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not multiprocessing.active_children()
