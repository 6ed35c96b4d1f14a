"""A long text's analysis is kept on disk and read back instead of analysed again."""

from pathlib import Path

import pytest

from leseglas import config, stored
from leseglas import engine as engine_module
from leseglas.app.session import STORED_FROM, ReadingSession
from leseglas.deck.store import Store
from leseglas.engine import Engine
from leseglas.resources import default_article
from leseglas.text import open_document


def _long_text(folder: Path) -> Path:
    """The seed article's body three times over: a text worth keeping."""
    seed = open_document(default_article())
    body = [p.text for p in seed.paragraphs]
    path = folder / "lang.txt"
    paragraphs = [f"{number}. {text}" for number in range(3) for text in body]
    assert len(paragraphs) >= STORED_FROM
    path.write_text("\n\n".join(paragraphs) + "\n", "utf-8")
    return path


def test_a_stored_analysis_reads_back_as_the_engine_made_it(tmp_path: Path) -> None:
    document = open_document(default_article())
    engine = Engine()
    made = engine.analyze(document)
    path = tmp_path / "seed.analysis"
    count = len(document.paragraphs)
    stored.save(path, engine.readings(document), count)
    again = Engine(level="B2")  # another reader: the hard words are theirs
    found = stored.load(path)
    assert found is not None
    assert again.restore(document, *found)
    restored = [again.cached_paragraph(document, p) for p in document.paragraphs]
    for before, after in zip(made.paragraphs, restored, strict=True):
        assert after is not None
        assert [(t.analysis, t.gloss) for t in after] == [(t.analysis, t.gloss) for t in before]
        assert [t.hard for t in after] == [again.is_hard(t.analysis, t.gloss) for t in before]
    distinct = {(t.analysis, t.gloss) for t in made.tokens()}
    assert len(found[1].table) == len(distinct)  # each reading once
    older = tmp_path / "seed-0123456789abcdef.analysis"  # by an earlier engine
    older.write_bytes(b"old")
    stored.save(tmp_path / "seed-fedcba9876543210.analysis", engine.readings(document), count)
    assert not older.exists()  # replaced: a text keeps one analysis on disk
    path.write_bytes(b"\x00 not an analysis")
    assert stored.load(path) is None  # damaged: analysed again
    assert stored.load(tmp_path / "none.analysis") is None


def test_a_long_text_opened_again_is_not_analysed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config.set_data_dir(tmp_path)
    try:
        text = _long_text(tmp_path)
        first = ReadingSession(
            open_document(text), str(text), Engine(), Store.reader(tmp_path / "d.sqlite")
        )
        assert first.analyse_all(lambda done, total: None, lambda: False)
        files = list((tmp_path / "analyses").glob("*.analysis"))
        assert len(files) == 1
        first.store.close()

        def no_analysis(*args: object) -> None:
            raise AssertionError("analysed again")

        monkeypatch.setattr(Engine, "_analyze", no_analysis)
        monkeypatch.setattr(Engine, "analyze_all", no_analysis)
        seen: list[tuple[int, int]] = []
        second = ReadingSession(
            open_document(text), str(text), Engine(), Store.reader(tmp_path / "d.sqlite")
        )
        assert second.analyse_all(lambda done, total: seen.append((done, total)), lambda: False)
        assert seen == [(second.count, second.count)]
        assert second.words() and second.known_share() > 0
        second.store.close()
    finally:
        config.set_data_dir(None)


def test_a_book_is_held_as_readings_and_only_the_shown_paragraphs_as_tokens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "SHOWN_PARAGRAPHS", 8)
    document = open_document(_long_text(tmp_path))
    engine = Engine()
    made = engine.analyze(document)  # every paragraph, as ``leseglas analyze`` does
    assert len(engine._shown) == 8  # the rest are readings, not token objects
    readings = engine.readings(document)
    assert readings.whole(len(document.paragraphs))
    tokens = sum(len(p) for p in made.paragraphs)
    assert len(readings.table) < tokens / 3  # the text repeats itself: shared readings
    first = document.paragraphs[0]
    again = engine.analyze_paragraph(document, first)  # made anew from its readings
    assert [(t.token, t.analysis, t.gloss) for t in again] == [
        (t.token, t.analysis, t.gloss) for t in made.paragraphs[0]
    ]


def test_a_stored_paragraph_that_does_not_fit_its_text_is_analysed_again(
    tmp_path: Path,
) -> None:
    document = open_document(default_article())
    engine = Engine()
    made = engine.analyze(document)
    count = len(document.paragraphs)
    readings = engine.readings(document)
    readings.paragraphs[1] = readings.paragraphs[1][:-1]  # one token short
    again = Engine()
    assert not again.restore(document, count + 1, readings)  # another text's
    assert again.restore(document, count, readings)
    tokens = again.analyze_paragraph(document, document.paragraphs[1])
    assert [(t.analysis, t.gloss) for t in tokens] == [
        (t.analysis, t.gloss) for t in made.paragraphs[1]
    ]
