"""Export to Anki, CSV and JSON, and CSV import, on real files."""

import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from leseglas.deck.exchange import blanked, cloze_text, export, import_csv
from leseglas.deck.schedule import Grade, Schedule
from leseglas.deck.store import DeckError, Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "deck.sqlite")
    store.add_card("Machthaber", "NOUN", article="der", plural="Machthaber", gloss="ruler",
                   sentence="Das russische Militär eilt Kasachstans bedrängtem Machthaber zu Hilfe.")  # fmt: skip
    store.add_card("stattfinden", "VERB", gloss="to take place",
                   sentence="Die Mission findet im Rahmen der OVKS statt.")  # fmt: skip
    return store


def anki_notes(path: Path, tmp_path: Path) -> list[tuple[str, list[str]]]:
    with zipfile.ZipFile(path) as package:
        assert "collection.anki2" in package.namelist()
        package.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    rows = db.execute("SELECT guid, flds FROM notes ORDER BY id").fetchall()
    db.close()
    return [(guid, fields.split("\x1f")) for guid, fields in rows]


def test_apkg_is_a_valid_anki_package_with_stable_notes(store: Store, tmp_path: Path) -> None:
    first = tmp_path / "one.apkg"
    assert export(store, "apkg", first) == 2
    notes = anki_notes(first, tmp_path)
    words = [fields for _, fields in notes if len(fields) == 5]
    clozes = [fields for _, fields in notes if len(fields) == 2]
    assert words[0][:3] == ["der Machthaber", "Machthaber", "ruler"]
    assert any("{{c1::Machthaber}}" in fields[0] for fields in clozes)
    again = tmp_path / "two.apkg"
    export(store, "apkg", again)
    (tmp_path / "collection.anki2").unlink()
    assert [guid for guid, _ in anki_notes(again, tmp_path)] == [guid for guid, _ in notes]


def test_csv_and_json_exports(store: Store, tmp_path: Path) -> None:
    store.answer(store.cards()[0].id, Schedule(), Grade.GOOD, store.cards()[0].created + 1)
    export(store, "csv", tmp_path / "deck.csv")
    lines = (tmp_path / "deck.csv").read_text("utf-8").splitlines()
    assert lines[0] == "lemma,pos,article,plural,gloss,sentence,document,tags"
    assert lines[1].startswith("Machthaber,NOUN,der,Machthaber,ruler,")
    export(store, "json", tmp_path / "deck.json")
    data = json.loads((tmp_path / "deck.json").read_text("utf-8"))
    assert len(data["cards"]) == 2 and len(data["reviews"]) == 1


def test_csv_round_trip(store: Store, tmp_path: Path) -> None:
    export(store, "csv", tmp_path / "deck.csv")
    other = Store(tmp_path / "other.sqlite")
    assert import_csv(other, tmp_path / "deck.csv") == 2
    assert [c.lemma for c in other.cards()] == ["Machthaber", "stattfinden"]


def test_a_bad_row_rejects_the_whole_import_with_its_line(tmp_path: Path) -> None:
    store = Store(tmp_path / "deck.sqlite")
    source = tmp_path / "words.csv"
    source.write_text("lemma,pos,gloss\nNetz,NOUN,network\nBündnis,NOUN,alliance\n,NOUN,empty\n")
    with pytest.raises(DeckError, match=r"words.csv:4: empty lemma"):
        import_csv(store, source)
    assert store.cards() == []
    source.write_text("lemma,pos\nNetz,NOUN\nLaufen,BANANA\n")
    with pytest.raises(DeckError, match=r"words.csv:3: unknown part of speech"):
        import_csv(store, source)
    source.write_text("word,meaning\nNetz,net\n")
    with pytest.raises(DeckError, match=r"words.csv:1: the header needs a 'lemma' column"):
        import_csv(store, source)
    assert store.cards() == []


def test_cloze_finds_inflected_forms() -> None:
    sentence = "Russische Fallschirmjäger sind auf dem Flughafen angetreten."
    assert (
        blanked(sentence, "Fallschirmjäger") == "Russische ___ sind auf dem Flughafen angetreten."
    )
    assert cloze_text("Die Bündnisse halten.", "Bündnis") == "Die {{c1::Bündnisse}} halten."
    assert blanked("Nichts davon.", "Machthaber") == ""


def test_cli_deck_commands(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "leseglas", "--data-dir", str(tmp_path), *args],
                              capture_output=True, text=True, timeout=120, input="")  # fmt: skip

    added = run("deck", "add", "Fallschirmjäger", "--sentence", "Russische Fallschirmjäger kamen.")
    assert added.returncode == 0 and "der Fallschirmjäger — paratrooper" in added.stdout
    assert "Fallschirmjäger\tparatrooper, Para\tnew" in run("deck", "list").stdout
    exported = run("deck", "export", "--format", "apkg", "-o", str(tmp_path / "x.apkg"))
    assert exported.returncode == 0 and zipfile.is_zipfile(tmp_path / "x.apkg")
    assert "new 1" in run("stats").stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("lemma\n\n,\n")
    failed = run("deck", "import", str(bad))
    assert (
        failed.returncode == 1 and "bad.csv:3" in failed.stderr and "Traceback" not in failed.stderr
    )
