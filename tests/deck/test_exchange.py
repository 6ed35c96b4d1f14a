"""Export to Anki, CSV and JSON, and CSV import, on real files."""

import json
import sqlite3
import subprocess
import sys
import time
import zipfile
from dataclasses import asdict
from pathlib import Path

import miniaudio
import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from leseglas.deck.anki import anki_day_start
from leseglas.deck.cloze import blanked, cloze_text
from leseglas.deck.exchange import (
    CSV_PROGRESS,
    export,
    import_csv,
    import_json,
)
from leseglas.deck.schedule import Grade, Schedule
from leseglas.deck.store import MIGRATIONS, DeckError, Store, WordStatus


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "deck.sqlite")
    store.add_card("Machthaber", "NOUN", article="der", plural="Machthaber", gloss="ruler",
                   sentence="Das russische Militär eilt Kasachstans bedrängtem Machthaber zu Hilfe.")  # fmt: skip
    store.add_card("stattfinden", "VERB", gloss="to take place",
                   sentence="Die Mission findet im Rahmen der OVKS statt.")  # fmt: skip
    return store


def _anki_collection(package: Path, folder: Path) -> Collection:
    """A fresh Anki collection with the package imported as Anki's importer does it,
    scheduling included."""
    collection = Collection(str(folder / "collection.anki2"))
    options = ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True)
    collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(package),
                                                            options=options))  # fmt: skip
    return collection


def _anki_days(moment: float, now: float) -> int:
    return int((anki_day_start(moment) - anki_day_start(now)) // 86400)


def test_anki_imports_the_package_with_progress_and_history(store: Store, tmp_path: Path) -> None:
    now = time.time()
    schedule = Schedule()
    ruler, event = store.cards()
    answer = store.answer(ruler.id, schedule, Grade.GOOD, now - 20 * 86400)
    answer = store.answer(ruler.id, schedule, Grade.GOOD, answer.due.timestamp())
    answer = store.answer(ruler.id, schedule, Grade.HARD, answer.due.timestamp())
    learning = store.answer(event.id, schedule, Grade.AGAIN, now - 30)
    house = store.add_card("Haus", "NOUN", article="das", gloss="house")
    store.set_suspended(house.id, True)
    package = tmp_path / "deck.apkg"
    said = export(store, "apkg", package)
    # a cloze only where the sentence holds the word (findet … statt does not)
    assert said == "3 cards as 4 Anki notes with 4 Anki cards and 4 reviews"
    collection = _anki_collection(package, tmp_path)
    try:
        cards = {}
        for card_id in collection.find_cards(""):
            card = collection.get_card(card_id)
            note = card.note()
            name = note["German"] if "German" in note else "cloze " + note["Text"][:12]
            cards[name] = card
        assert sorted(cards) == ["cloze Das russisch", "das Haus", "der Machthaber", "stattfinden"]
        ruled = cards["der Machthaber"]  # a review card, due when leseglas has it due
        today = collection.sched.today
        assert (ruled.type, ruled.queue, ruled.reps) == (2, 2, 3)
        assert ruled.due - today == _anki_days(answer.due.timestamp(), now)
        state = json.loads(store.card_by_id(ruler.id).state)
        assert ruled.memory_state is not None
        assert round(ruled.memory_state.stability, 2) == round(state["stability"], 2)
        assert cards["cloze Das russisch"].due == ruled.due  # one memory, asked two ways
        log = collection.db.all("SELECT ease, type FROM revlog WHERE cid = ? ORDER BY id", ruled.id)
        assert log == [[3, 0], [3, 0], [2, 1]]  # good, good in learning; hard in review
        step = cards["stattfinden"]  # in a learning step: due at its moment
        assert (step.type, step.queue, step.due) == (1, 1, int(learning.due.timestamp()))
        assert (cards["das Haus"].type, cards["das Haus"].queue) == (0, -1)  # new, suspended
        note_ids = sorted(collection.db.list("SELECT id FROM notes"))
    finally:
        collection.close()
    again = tmp_path / "again"
    again.mkdir()
    export(store, "apkg", again / "deck.apkg")  # a second export: the same notes, same ids
    collection = _anki_collection(again / "deck.apkg", again)
    try:
        assert sorted(collection.db.list("SELECT id FROM notes")) == note_ids
    finally:
        collection.close()


def test_anki_gets_production_cards_only_when_they_are_on(store: Store, tmp_path: Path) -> None:
    for production, cards in ((False, 3), (True, 5)):
        package = tmp_path / f"{production}.apkg"
        said = export(store, "apkg", package, {"production": production})
        assert f"with {cards} Anki cards" in said
        folder = tmp_path / str(production)
        folder.mkdir()
        collection = _anki_collection(package, folder)
        try:
            assert collection.card_count() == cards
            productions = collection.find_cards('card:"Production (English → German)"')
            assert len(productions) == (2 if production else 0)
        finally:
            collection.close()


def _progress(store: Store) -> None:
    """A deck with a history: reviews, a suspension, a known word, a reading position."""
    schedule = Schedule()
    first, second = store.cards()
    answer = store.answer(first.id, schedule, Grade.GOOD, first.created + 1)
    store.answer(first.id, schedule, Grade.HARD, answer.due.timestamp() + 60)
    store.set_suspended(second.id, True)
    store.set_status("Haus", WordStatus.KNOWN)
    store.set_status("Berlin", WordStatus.IGNORED)
    store.save_document("abc", "/texte/a.txt", "Ein Text", 12, 7, 0.8)


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    db = sqlite3.connect(path)
    tables = {t: db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
              for t in ("words", "documents", "cards", "reviews")}  # fmt: skip
    db.close()
    return tables


def test_a_json_backup_restores_every_row_into_an_empty_deck(store: Store, tmp_path: Path) -> None:
    _progress(store)
    backup = tmp_path / "backup.json"
    settings = {"level": "B2", "new_per_day": 7, "fsrs_parameters": [0.5] * 21}
    assert export(store, "json", backup, settings) == "2 cards"
    restored = Store(tmp_path / "restored.sqlite")
    written, kept_settings = import_json(restored, backup)
    assert written == {"words": 4, "documents": 1, "cards": 2, "reviews": 2}
    assert kept_settings == settings
    store.close()
    restored.close()
    assert _rows(tmp_path / "restored.sqlite") == _rows(tmp_path / "deck.sqlite")  # row by row
    again = Store(tmp_path / "restored.sqlite")  # nothing is restored over data
    with pytest.raises(DeckError, match="restored into an empty deck"):
        import_json(again, backup)
    assert again.integrity() == "ok"


def test_csv_keeps_what_its_columns_carry(store: Store, tmp_path: Path) -> None:
    _progress(store)
    export(store, "csv", tmp_path / "deck.csv")
    lines = (tmp_path / "deck.csv").read_text("utf-8").splitlines()
    assert lines[0] == "lemma,pos,article,plural,gloss,sentence,document,tags," + ",".join(
        CSV_PROGRESS
    )
    assert lines[1].startswith("Machthaber,NOUN,der,Machthaber,ruler,")
    other = Store(tmp_path / "other.sqlite")
    assert import_csv(other, tmp_path / "deck.csv") == 2
    before = {c.lemma: c for c in store.cards()}
    after = {c.lemma: c for c in other.cards()}
    assert list(after) == ["Machthaber", "stattfinden"]
    for lemma in after:  # scheduler state, due time and suspension come back
        assert (after[lemma].state, after[lemma].due, after[lemma].suspended) == (
            before[lemma].state, before[lemma].due, before[lemma].suspended,
        )  # fmt: skip
    assert Schedule.phase(after["Machthaber"].state) != "new"
    assert other.statuses() == store.statuses()  # known and ignored words too
    assert other.review_rows() == []  # the review log is the JSON backup's


def test_an_old_json_export_of_cards_and_reviews_is_restored(store: Store, tmp_path: Path) -> None:
    _progress(store)
    old = {"cards": [asdict(c) for c in store.cards()], "reviews": store.review_rows()}
    (tmp_path / "old.json").write_text(json.dumps(old), "utf-8")
    restored = Store(tmp_path / "restored.sqlite")
    written, settings = import_json(restored, tmp_path / "old.json")
    assert (written["cards"], written["reviews"], settings) == (2, 2, {})
    assert restored.replayed_states(Schedule()) == restored.stored_states()


def test_a_damaged_backup_is_refused_whole(tmp_path: Path) -> None:
    store = Store(tmp_path / "deck.sqlite")
    bad = tmp_path / "bad.json"
    for text, message in (
        ("{not json", "cannot be read as a JSON backup"),
        ('{"format": "leseglas backup", "schema": 99, "tables": {}}', "schema 99"),
        (json.dumps({"format": "leseglas backup", "schema": len(MIGRATIONS),
                     "tables": {"words": [{"x": 1}]}}),
         "words row 1: not a row of this deck"),
        ("[1, 2]", "not a leseglas backup"),
    ):  # fmt: skip
        bad.write_text(text, "utf-8")
        with pytest.raises(DeckError, match=message):
            import_json(store, bad)
    assert store.statuses() == {} and store.cards() == []


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


def test_cli_backup_and_restore_into_a_new_data_folder(tmp_path: Path) -> None:
    def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "leseglas", "--data-dir", str(data), *args],
                              capture_output=True, text=True, timeout=120, input="")  # fmt: skip

    old, new = tmp_path / "old", tmp_path / "new"
    assert run(old, "deck", "add", "Machthaber").returncode == 0
    (old / "settings.toml").write_text('level = "B2"\nnew_per_day = 7\n', "utf-8")
    backup = tmp_path / "backup.json"
    assert run(old, "deck", "export", "--format", "json", "-o", str(backup)).returncode == 0
    restored = run(new, "deck", "import", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "cards 1" in restored.stdout and "settings" in restored.stdout
    assert run(new, "deck", "list").stdout == run(old, "deck", "list").stdout
    assert 'level = "B2"' in (new / "settings.toml").read_text("utf-8")
    again = run(new, "deck", "import", str(backup))
    assert (
        again.returncode == 1 and "empty deck" in again.stderr and "Traceback" not in again.stderr
    )


def test_reviews_at_the_same_moment_keep_a_revlog_row_each(store: Store, tmp_path: Path) -> None:
    moment = time.time() - 3600
    for card in store.cards():  # two cards answered in the same millisecond, twice
        store.answer(card.id, Schedule(), Grade.GOOD, moment)
        store.answer(card.id, Schedule(), Grade.GOOD, moment + 600)
    assert "and 4 reviews" in export(store, "apkg", tmp_path / "deck.apkg")
    with zipfile.ZipFile(tmp_path / "deck.apkg") as package:
        package.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    ids = [row[0] for row in db.execute("SELECT id FROM revlog ORDER BY id")]
    db.close()
    base = int(moment * 1000)
    assert ids == [base, base + 1, base + 600_000, base + 600_001]


def test_anki_notes_carry_their_words_sound(store: Store, tmp_path: Path) -> None:
    from leseglas.speech import Voice

    package = tmp_path / "deck.apkg"
    said = export(store, "apkg", package, voice=Voice(tmp_path / "speech"))
    assert said.endswith(", 2 sounds")
    with zipfile.ZipFile(package) as held:
        media = json.loads(held.read("media"))
        assert all(name.startswith("leseglas-") and name.endswith(".mp3")
                   for name in media.values())  # fmt: skip
        sizes = [held.getinfo(number).file_size for number in media]
        assert max(sizes) < 12_000  # MP3: a word in a few KB, not a 40 KB WAV
    folder = tmp_path / "anki"
    folder.mkdir()
    collection = _anki_collection(package, folder)
    try:
        played = {}
        for card_id in collection.find_cards('note:"leseglas word"'):
            card = collection.get_card(card_id)
            tags = card.answer_av_tags()  # what Anki plays on the answer side
            assert len(tags) == 1
            played[card.note()["German"]] = Path(collection.media.dir()) / tags[0].filename
        assert sorted(played) == ["der Machthaber", "stattfinden"]
        for file in played.values():  # decoded by another library than wrote it
            sound = miniaudio.decode(file.read_bytes(), nchannels=1, sample_rate=22050)
            assert 0.3 < sound.duration < 3.0
            assert max(abs(s) for s in sound.samples) > 3000  # speech, not silence
        assert played["der Machthaber"] != played["stattfinden"]
        assert collection.media.check().missing == []  # every [sound:…] has its file
    finally:
        collection.close()


def test_anki_export_without_speech_still_writes_the_cards(store: Store, tmp_path: Path) -> None:
    from leseglas.speech import Voice

    package = tmp_path / "deck.apkg"
    said = export(store, "apkg", package, voice=Voice(None))  # no folder: no sound kept
    assert said == "2 cards as 3 Anki notes with 3 Anki cards and 0 reviews, 0 sounds"
    with zipfile.ZipFile(package) as held:
        assert json.loads(held.read("media")) == {}
