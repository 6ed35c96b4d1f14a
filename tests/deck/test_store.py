"""The deck against real SQLite files: reviews, undo, replay, limits, migrations, crashes, locks."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from leseglas.deck.schedule import Grade, Schedule
from leseglas.deck.store import MIGRATIONS, DeckBusy, DeckError, DeckReadOnly, Store, WordStatus

# After the cards are made, so new cards are due: an hour on, as a loaded machine may
# reach these tests more than a minute after this module was imported.
NOW = time.time() + 3600


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "deck.sqlite")


def add_words(store: Store, *lemmas: str) -> list[int]:
    return [store.add_card(lemma, "NOUN", gloss=lemma.lower()).id for lemma in lemmas]


def test_add_marks_the_word_learning_and_keeps_one_card_per_lemma_and_pos(store: Store) -> None:
    first = store.add_card("Machthaber", "NOUN", article="der", gloss="ruler", sentence="…")
    again = store.add_card("Machthaber", "NOUN", gloss="something else")
    assert first.id == again.id and again.gloss == "ruler"
    assert store.statuses()["Machthaber"] is WordStatus.LEARNING


@pytest.mark.parametrize("grade", list(Grade))
def test_each_grade_schedules_and_logs(store: Store, grade: Grade) -> None:
    (card,) = add_words(store, "Bündnis")
    answer = store.answer(card, Schedule(), grade, NOW, duration=3.5)
    assert answer.due.timestamp() > NOW
    expected = {Grade.AGAIN: 60, Grade.HARD: 330, Grade.GOOD: 600}.get(grade)
    if expected:
        assert answer.due.timestamp() - NOW == pytest.approx(expected, abs=1)
    else:
        assert answer.due.timestamp() - NOW > 86400
    assert Schedule.phase(store.stored_states()[card]) != "new"


def test_undo_restores_the_card_and_drops_the_log(store: Store) -> None:
    (card,) = add_words(store, "Netz")
    schedule = Schedule()
    store.answer(card, schedule, Grade.GOOD, NOW)
    state_after_first = store.stored_states()[card]
    store.answer(card, schedule, Grade.EASY, NOW + 700)
    assert store.undo_last() == card
    assert store.stored_states()[card] == state_after_first
    assert store.undo_last() == card
    assert store.queue(NOW + 10, 20, 200)[0].id == card  # new again
    assert store.undo_last() is None


def test_replaying_the_logs_rebuilds_the_same_states(store: Store) -> None:
    schedule = Schedule()
    cards = add_words(store, "Netz", "Bündnis", "Machthaber", "Verlegung")
    moment = NOW
    for round_ in range(6):
        for number, card in enumerate(cards):
            grade = Grade((round_ + number) % 4 + 1)
            moment += 3600 * 24 * (round_ + 1)
            store.answer(card, schedule, grade, moment)
    assert store.replayed_states(schedule) == store.stored_states()


def test_queue_respects_daily_limits_suspend_and_bury(store: Store) -> None:
    cards = add_words(store, *(f"Wort{n}" for n in range(30)))
    assert len(store.queue(NOW, new_limit=20, review_limit=200)) == 20
    store.answer(cards[0], Schedule(), Grade.GOOD, NOW)
    assert len(store.queue(NOW + 1, new_limit=20, review_limit=200)) == 19  # one new used
    store.set_suspended(cards[1], True)
    store.bury(cards[2], NOW)
    ids = [item.id for item in store.queue(NOW + 2, 20, 200)]
    assert cards[1] not in ids and cards[2] not in ids
    assert cards[2] in [item.id for item in store.queue(NOW + 2 * 86400, 40, 200)]


def test_migration_from_version_one_keeps_data_and_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "deck.sqlite"
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[0].split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute("PRAGMA application_id = 1280526163")
    db.execute("INSERT INTO words VALUES ('Netz', 'known', 1.0)")
    db.commit()
    db.close()
    store = Store(path)
    assert store.statuses() == {"Netz": WordStatus.KNOWN}
    assert (tmp_path / "deck.sqlite.v1.bak").exists()
    assert store.integrity() == "ok"


def _deck_of_version_two(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    for migration in MIGRATIONS[:2]:
        assert isinstance(migration, str)
        for statement in migration.split(";"):
            if statement.strip():
                db.execute(statement)
    db.execute("PRAGMA user_version = 2")
    db.execute("PRAGMA application_id = 1280526163")
    return db


def test_twin_cards_of_one_unit_are_merged_keeping_every_review(tmp_path: Path) -> None:
    path = tmp_path / "deck.sqlite"
    db = _deck_of_version_two(path)
    cards = [  # (id, lemma, pos, gloss): the twins of earlier versions, and cards that are not
        (1, "stattfinden", "ADP", ""), (2, "stattfinden", "VERB", "to take place"),
        (3, "in Kauf nehmen", "NOUN", "to accept sth."), (4, "in Kauf nehmen", "VERB", ""),
        (5, "gut", "ADJ", "good"), (6, "gut", "ADV", "well"),
        (7, "Essen", "NOUN", "food"), (8, "essen", "VERB", "to eat"),
    ]  # fmt: skip
    for card, lemma, pos, gloss in cards:
        db.execute("INSERT INTO cards (id, lemma, pos, gloss, created, due) VALUES (?, ?, ?, ?, ?, ?)",
                   (card, lemma, pos, gloss, NOW - 9 * 86400 + card, NOW))  # fmt: skip
    reviews = [(1, 3, NOW - 5 * 86400), (2, 3, NOW - 4 * 86400), (1, 1, NOW - 86400),
               (3, 3, NOW - 2 * 86400), (5, 3, NOW - 86400)]  # fmt: skip
    for card, rating, moment in reviews:
        db.execute("INSERT INTO reviews (card, rating, reviewed, state_before, state_after) "
                   "VALUES (?, ?, ?, 'x', 'y')", (card, rating, moment))  # fmt: skip
    db.execute("INSERT INTO words VALUES ('stattfinden', 'learning', 1.0)")
    db.commit()
    db.close()
    store = Store(path)
    kept = {(c.lemma, c.pos): c for c in store.cards()}
    assert sorted(kept) == [("Essen", "NOUN"), ("essen", "VERB"), ("gut", "ADJ"), ("gut", "ADV"),
                            ("in Kauf nehmen", "VERB"), ("stattfinden", "VERB")]  # fmt: skip
    verb = kept["stattfinden", "VERB"]
    assert (verb.id, verb.gloss, verb.created) == (2, "to take place", NOW - 9 * 86400 + 1)
    assert store.review_count(verb.id) == 3  # both cards' reviews, none lost
    assert [r["rating"] for r in store.review_rows() if r["card"] == verb.id] == [3, 3, 1]
    # a phrase is a verb's card, as the reader now adds it; the gloss it lacked is its twin's
    assert kept["in Kauf nehmen", "VERB"].gloss == "to accept sth."
    assert Schedule.phase(verb.state) == "relearning"  # the last answer, "again", stands
    replayed, stored = store.replayed_states(Schedule()), store.stored_states()
    merged = (verb.id, kept["in Kauf nehmen", "VERB"].id)
    assert [replayed[c] for c in merged] == [stored[c] for c in merged]  # the log is the truth
    assert store.statuses() == {"stattfinden": WordStatus.LEARNING}
    assert (tmp_path / "deck.sqlite.v2.bak").exists() and store.integrity() == "ok"


def test_foreign_and_corrupt_files_are_refused_and_untouched(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"\x00garbage" * 1000)
    foreign = tmp_path / "foreign.sqlite"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    before = foreign.read_bytes()
    for path in (corrupt, foreign):
        with pytest.raises(DeckError, match=str(path)):
            Store(path)
    assert corrupt.read_bytes() == b"\x00garbage" * 1000 and foreign.read_bytes() == before


REVIEW_BURST = textwrap.dedent(
    """
    import sys
    from leseglas.deck.schedule import Grade, Schedule
    from leseglas.deck.store import Store
    store = Store(__import__("pathlib").Path(sys.argv[1]))
    schedule = Schedule()
    cards = [store.add_card(f"Wort{n}", "NOUN").id for n in range(50)]
    print("ready", flush=True)
    answered = 0
    moment = 1_795_000_000.0
    while True:
        for card in cards:
            moment += 61
            store.answer(card, schedule, Grade((answered % 4) + 1), moment)
            answered += 1
            print(answered, flush=True)
    """
)


def test_killed_in_a_burst_of_reviews_loses_nothing_answered(tmp_path: Path) -> None:
    path = tmp_path / "deck.sqlite"
    process = subprocess.Popen([sys.executable, "-c", REVIEW_BURST, str(path)],
                               stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    answered = 0
    while answered < 150:
        answered = int(process.stdout.readline())
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    store = Store(path)
    assert store.integrity() == "ok"
    count = store._db.execute("SELECT count(*) FROM reviews").fetchone()[0]
    assert count >= answered  # every answer it reported is there
    assert store.replayed_states(Schedule()) == store.stored_states()


def test_one_writer_at_a_time_another_reads_and_is_told_why(tmp_path: Path) -> None:
    path = tmp_path / "deck.sqlite"
    first = Store(path)
    (card,) = add_words(first, "Netz")
    with pytest.raises(DeckBusy, match=rf"another leseglas \(process {os.getpid()}\) is using"):
        Store(path)
    second = Store.reader(path)
    assert second.read_only and "opened read-only" in second.busy_notice
    with pytest.raises(DeckReadOnly, match="changes are not saved"):
        second.answer(card, Schedule(), Grade.GOOD, NOW)
    with pytest.raises(DeckReadOnly):
        second.set_status("Netz", WordStatus.KNOWN)
    first.answer(card, Schedule(), Grade.GOOD, NOW)
    assert second.review_count(card) == 1  # the reader sees the writer's answers
    assert first.review_count(card) == 1
    second.close()
    first.close()
    again = Store.reader(path)  # the writer is gone: the next one writes
    assert not again.read_only
    again.answer(card, Schedule(), Grade.GOOD, NOW + 600)
    assert again.review_count(card) == 2 and again.integrity() == "ok"


def test_a_writer_waits_for_the_lock_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "deck.sqlite"
    first = Store(path)
    threading.Timer(0.5, first.close).start()
    started = time.monotonic()
    second = Store(path, wait=5)
    assert 0.4 <= time.monotonic() - started < 5
    assert not second.read_only
    second.close()


def test_a_learning_word_read_without_a_tap_is_a_light_review(store: Store) -> None:
    (card,) = add_words(store, "Netz")
    schedule = Schedule()
    assert not store.light_review("Netz", schedule, NOW)  # new cards are not reviewed by reading
    answer = store.answer(card, schedule, Grade.GOOD, NOW)
    later = answer.due.timestamp() + 86400 * 2
    assert store.light_review("Netz", schedule, later)
    assert not store.light_review("Netz", schedule, later + 60)  # once a day at most
    assert store.review_count(card) == 2


def test_optimize_needs_enough_reviews(store: Store) -> None:
    from leseglas.deck.optimize import MINIMUM_REVIEWS, optimize

    add_words(store, "Netz")
    with pytest.raises(DeckError, match=f"needs at least {MINIMUM_REVIEWS}"):
        optimize(store)


HOLD_THE_DECK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from leseglas.deck.store import Store
    store = Store(Path(sys.argv[1]))
    print("holding", flush=True)
    sys.stdin.readline()  # until the test lets go
    store.close()
    print("released", flush=True)
    """
)


def holding_process(path: Path) -> subprocess.Popen[str]:
    """A second, real process holding the deck as the reader does."""
    process = subprocess.Popen([sys.executable, "-c", HOLD_THE_DECK, str(path)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert process.stdout is not None and process.stdout.readline().strip() == "holding"
    return process


def _leseglas(data: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "leseglas", "--data-dir", str(data), *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_two_processes_never_both_write(tmp_path: Path) -> None:
    path = tmp_path / "deck.sqlite"
    holder = holding_process(path)
    try:
        started = time.monotonic()
        refused = _leseglas(tmp_path, "deck", "add", "Haus")
        waited = time.monotonic() - started
        words = tmp_path / "words.csv"
        words.write_text("lemma,pos\nNetz,NOUN\n", "utf-8")
        others = [_leseglas(tmp_path, "review"), _leseglas(tmp_path, "deck", "import", str(words))]
        text = tmp_path / "kurz.txt"
        text.write_text("Das Bündnisnetz wächst.\n", "utf-8")
        readers = [  # reading goes on beside the writer
            _leseglas(tmp_path, "deck", "list"),
            _leseglas(tmp_path, "deck", "export", "--format", "csv", "-o", "-"),
            _leseglas(tmp_path, "stats"),
            _leseglas(tmp_path, "gloss", str(text)),
        ]
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(10)
    assert refused.returncode == 1 and waited >= 3  # it waited for the other, then said so
    assert f"another leseglas (process {holder.pid}) is using this deck" in refused.stderr
    assert "Traceback" not in refused.stderr
    for other in others:  # no grading, no import beside the other process
        assert other.returncode == 1 and f"process {holder.pid}) is using" in other.stderr
    for reading in readers:
        assert reading.returncode == 0, reading.stderr
    assert "Bündnisnetz" in readers[-1].stdout
    store = Store(path)
    assert store.cards() == [] and store.integrity() == "ok"
    store.close()
    added = _leseglas(tmp_path, "deck", "add", "Haus")  # the other one is gone
    assert added.returncode == 0, added.stderr
    assert Store(path).card("Haus", "NOUN") is not None


def test_a_waiting_command_writes_once_the_other_process_lets_go(tmp_path: Path) -> None:
    path = tmp_path / "deck.sqlite"
    holder = holding_process(path)
    command = [sys.executable, "-m", "leseglas", "--data-dir", str(tmp_path), "deck", "add", "Haus"]
    waiting = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert waiting.stderr is not None
    told = waiting.stderr.readline()
    assert f"waiting for another leseglas (process {holder.pid})" in told
    assert holder.stdin is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.wait(10)
    _, err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0, err
    store = Store(path)
    assert store.card("Haus", "NOUN") is not None and store.integrity() == "ok"


def test_a_corrupt_deck_is_named_and_left_as_it_is_by_every_command(tmp_path: Path) -> None:
    path = tmp_path / "deck.sqlite"
    damaged = b"SQLite format 3\x00" + bytes(range(256)) * 40
    path.write_bytes(damaged)
    for command in (("deck", "list"), ("deck", "add", "Haus"), ("review",), ()):  # () is the reader
        result = _leseglas(tmp_path, *command)
        assert result.returncode == 1, command
        assert f"{path}: not a leseglas deck or damaged" in result.stderr, command
        assert "left untouched" in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.sqlite", "deck.sqlite.lock"]
