"""A long text shared with a worker process gives exactly what one process gives."""

import shutil
from pathlib import Path

import pytest

from leseglas import parallel
from leseglas.engine import DocumentAnalysis, Engine
from leseglas.gloss.dictionary import Dictionary
from leseglas.text import open_document
from leseglas.text.segment import Document

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


def test_shares_are_consecutive_and_cover_the_text(
    text: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "MIN_TOKENS", 1_000)
    paragraphs = _document(text).paragraphs
    shares = parallel.shares(paragraphs, 2)
    assert len(shares) == 2
    assert [p.index for share in shares for p in share] == [p.index for p in paragraphs]
    sizes = [sum(len(s.tokens) for p in share for s in p.sentences) for share in shares]
    assert 0.35 < sizes[1] / sum(sizes) < 0.6


def test_a_short_text_is_not_shared(text: Path) -> None:
    paragraphs = _document(text).paragraphs
    assert parallel.shares(paragraphs, 2) == [paragraphs]  # under MIN_TOKENS
    assert parallel.shares(paragraphs[:1], 1) == [paragraphs[:1]]


def test_a_worker_gives_what_this_process_gives(
    text: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = Engine().analyze(_document(text), workers=1)
    monkeypatch.setattr(parallel, "MIN_TOKENS", 1_000)
    steps: list[tuple[int, int]] = []
    shared = Engine().analyze(_document(text), lambda done, total: steps.append((done, total)),
                              workers=2)  # fmt: skip
    assert _rows(shared) == _rows(alone)
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1] == len(shared.paragraphs)
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)


def test_a_failed_worker_costs_time_not_the_analysis(
    text: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = Engine().analyze(_document(text), workers=1)
    copy = tmp_path / "index.sqlite"
    shutil.copyfile(Dictionary().path, copy)
    dictionary = Dictionary(copy)
    copy.unlink()  # this process keeps its open index; a worker finds none and fails
    monkeypatch.setattr(parallel, "MIN_TOKENS", 1_000)
    shared = Engine(dictionary=dictionary).analyze(_document(text), workers=2)
    assert _rows(shared) == _rows(alone)
