"""The learner's own data in one SQLite file: word statuses, reading positions, cards, reviews.

WAL mode and one transaction per change, so a killed process loses nothing it
had answered.  One process writes at a time: the writer holds an exclusive
lock on ``deck.sqlite.lock`` (released by the system when the process ends,
however it ends); another opens the deck read-only (``Store.reader``) or
waits for the lock.  The schema is versioned (``PRAGMA user_version``); each
migration runs in a transaction after a backup copy of the file is made.
A file that is not a leseglas deck is refused, never overwritten.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from leseglas.deck.schedule import Answer, Grade, Schedule, utc
from leseglas.errors import LeseglasError

APPLICATION_ID = 0x4C534753  # "LSGS": marks the file as a leseglas deck
BUSY_TIMEOUT_MS = 5000


class DeckError(LeseglasError):
    """The deck file cannot be used: corrupt, foreign, locked or unwritable."""


class DeckBusy(DeckError):
    """Another leseglas holds the deck for writing."""


class DeckReadOnly(DeckError):
    """A change asked of a deck opened read-only."""


class WordStatus(StrEnum):
    NEW = "new"
    LEARNING = "learning"  # in the deck
    KNOWN = "known"
    IGNORED = "ignored"  # names, foreign words: never glossed, never counted


def _merge_twin_cards(db: sqlite3.Connection) -> None:
    """One card per lexical unit: a separable verb added from its particle
    (*stattfinden* ADP) joins the verb's card, and a phrase added from two of
    its words (*in Kauf nehmen* NOUN and VERB) becomes one.  The merged card
    keeps every review of both, in time order; its state is their replay
    (each review's state before and after rewritten to that chain), so the
    log stays the truth.  The replay uses the default FSRS parameters."""
    twins = db.execute(
        "SELECT lemma, group_concat(id) FROM cards GROUP BY lemma HAVING count(*) > 1 AND "
        "(instr(lemma, ' ') > 0 OR (sum(pos = 'VERB') = 1 AND "
        "sum(pos IN ('VERB', 'ADP', 'ADV', 'PART', 'X')) = count(*)))"
    ).fetchall()
    for _, ids in twins:
        _merge(db, [int(i) for i in ids.split(",")])


def _merge(db: sqlite3.Connection, ids: list[int]) -> None:
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT id, pos, gloss, sentence, created FROM cards WHERE id IN ({marks})", ids
    ).fetchall()
    kept = min(rows, key=lambda row: (row[1] != "VERB", row[0]))  # the verb's own card
    keep = kept[0]
    others = [i for i in ids if i != keep]
    gloss = kept[2] or next((row[2] for row in rows if row[2]), "")
    sentence = kept[3] or next((row[3] for row in rows if row[3]), "")
    created = min(row[4] for row in rows)
    db.execute(f"UPDATE reviews SET card = ? WHERE card IN ({marks})", (keep, *ids))
    schedule = Schedule()
    state = "{}"
    due = created
    reviews = db.execute(
        "SELECT id, rating, reviewed FROM reviews WHERE card = ? ORDER BY reviewed, id", (keep,)
    ).fetchall()
    for review, rating, reviewed in reviews:
        before = state
        start = state if state != "{}" else Schedule.new_state(keep, utc(reviewed))
        answer = schedule.answer(start, Grade(rating), utc(reviewed))
        state, due = answer.state, answer.due.timestamp()
        db.execute(
            "UPDATE reviews SET state_before = ?, state_after = ? WHERE id = ?",
            (before, state, review),
        )
    db.execute(
        "UPDATE cards SET gloss = ?, sentence = ?, created = ?, state = ?, due = ? WHERE id = ?",
        (gloss, sentence, created, state, due, keep),
    )
    db.execute(f"DELETE FROM cards WHERE id IN ({','.join('?' * len(others))})", others)


Migration = str | Callable[[sqlite3.Connection], None]
MIGRATIONS: tuple[Migration, ...] = (
    # 1: statuses, reading positions, cards and their review log
    """
    CREATE TABLE words (
        lemma TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('new', 'learning', 'known', 'ignored')),
        updated REAL NOT NULL
    );
    CREATE TABLE documents (
        key TEXT PRIMARY KEY,          -- content hash: the same text found again anywhere
        path TEXT NOT NULL,
        title TEXT NOT NULL,
        paragraphs INTEGER NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        known_share REAL NOT NULL DEFAULT 0,
        opened REAL NOT NULL
    );
    CREATE TABLE cards (
        id INTEGER PRIMARY KEY,
        lemma TEXT NOT NULL,
        pos TEXT NOT NULL,
        article TEXT NOT NULL DEFAULT '',
        plural TEXT NOT NULL DEFAULT '',
        gloss TEXT NOT NULL DEFAULT '',
        sentence TEXT NOT NULL DEFAULT '',
        document TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '',
        created REAL NOT NULL,
        state TEXT NOT NULL DEFAULT '{}',   -- the scheduler's card state (JSON), '{}' while new
        due REAL,
        suspended INTEGER NOT NULL DEFAULT 0,
        UNIQUE (lemma, pos)
    );
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        card INTEGER NOT NULL REFERENCES cards(id),
        rating INTEGER NOT NULL,
        reviewed REAL NOT NULL,
        duration REAL NOT NULL DEFAULT 0,
        state_before TEXT NOT NULL,
        state_after TEXT NOT NULL
    );
    CREATE INDEX reviews_card ON reviews(card, reviewed);
    CREATE INDEX cards_due ON cards(due);
    """,
    # 2: burying until a time, and reviews by day for statistics
    """
    ALTER TABLE cards ADD COLUMN buried_until REAL NOT NULL DEFAULT 0;
    CREATE INDEX reviews_time ON reviews(reviewed);
    """,
    # 3: twin cards of one lexical unit merged
    _merge_twin_cards,
    # 4: a text's estimated level, for the library
    "ALTER TABLE documents ADD COLUMN level TEXT NOT NULL DEFAULT ''",
)


@dataclass(frozen=True)
class Card:
    id: int
    lemma: str
    pos: str
    article: str
    plural: str
    gloss: str
    sentence: str
    document: str
    created: float
    tags: str = ""
    state: str = "{}"
    due: float = 0.0
    suspended: bool = False


@dataclass(frozen=True)
class DocumentRecord:
    key: str
    path: str
    title: str
    paragraphs: int
    position: int
    known_share: float
    opened: float
    level: str = ""  # the level at which a reader knows 95% of its words


class Store:
    """The deck, opened for writing (the one writer) or read-only."""

    def __init__(
        self,
        path: Path,
        *,
        wait: float = 0.0,
        waiting: Callable[[str], None] | None = None,
        read_only: bool = False,
    ) -> None:
        """Opens the deck for writing, waiting up to ``wait`` seconds for another
        writer to finish (``DeckBusy`` after that; ``waiting`` hears who it waits
        for); or read-only."""
        self.path = path
        self.read_only = read_only
        self._lock = None if read_only else _writer_lock(path, wait, waiting)
        try:
            self._db = self._open(path, read_only)
            if read_only:
                self._check_version()
            else:
                self._migrate()
        except BaseException:
            self._release()
            raise

    @classmethod
    def reader(cls, path: Path) -> Store:
        """The deck for writing when no other leseglas has it, else read-only."""
        try:
            return cls(path)
        except DeckBusy:
            return cls(path, read_only=True)

    @property
    def busy_notice(self) -> str:
        """What a read-only deck tells the learner."""
        holder = _holder(path_of_lock(self.path))
        who = f"another leseglas (process {holder})" if holder else "another leseglas"
        return f"{who} is using this deck: opened read-only, changes are not saved"

    @staticmethod
    def _open(path: Path, read_only: bool = False) -> sqlite3.Connection:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            target: str | Path = f"file:{path}?mode=ro" if read_only else path
            db = sqlite3.connect(
                target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                check_same_thread=False, uri=read_only,
            )  # fmt: skip
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            application_id = db.execute("PRAGMA application_id").fetchone()[0]
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.DatabaseError as err:
            raise DeckError(
                f"{path}: not a leseglas deck or damaged ({err}); left untouched"
            ) from None
        except OSError as err:
            raise DeckError(f"{path}: cannot open the deck ({err.strerror})") from None
        if tables and application_id != APPLICATION_ID:
            db.close()
            raise DeckError(f"{path}: this file is not a leseglas deck; left untouched")
        if read_only:
            return db
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA foreign_keys = ON")
        except sqlite3.OperationalError as err:
            raise DeckError(f"{path}: the deck is locked or read-only ({err})") from None
        return db

    def _check_version(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version != len(MIGRATIONS):
            raise DeckError(f"{self.path}: {self.busy_notice}, and its schema is not this one's")

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise DeckError(f"{self.path}: made by a newer leseglas (schema {version}); update it")
        if version < len(MIGRATIONS) and version > 0:
            backup = self.path.with_name(f"{self.path.name}.v{version}.bak")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.copy2(self.path, backup)
        for number in range(version, len(MIGRATIONS)):
            migration = MIGRATIONS[number]
            with self.transaction() as db:
                if callable(migration):
                    migration(db)
                else:
                    for statement in _statements(migration):
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {number + 1}")
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise DeckReadOnly(f"{self.path}: {self.busy_notice}")
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as err:
            raise DeckError(
                f"{self.path}: another leseglas is writing ({err}); try again"
            ) from None
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()
        self._release()

    def _release(self) -> None:
        if self._lock is not None:
            os.close(self._lock)  # closing the descriptor releases the lock
            self._lock = None

    # --- word statuses -------------------------------------------------------------

    def statuses(self) -> dict[str, WordStatus]:
        rows = self._db.execute("SELECT lemma, status FROM words")
        return {lemma: WordStatus(status) for lemma, status in rows}

    def set_status(self, lemma: str, status: WordStatus) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO words VALUES (?, ?, ?) ON CONFLICT(lemma) DO UPDATE "
                "SET status = excluded.status, updated = excluded.updated",
                (lemma, status.value, time.time()),
            )

    # --- documents -----------------------------------------------------------------

    def document(self, key: str) -> DocumentRecord | None:
        row = self._db.execute("SELECT * FROM documents WHERE key = ?", (key,)).fetchone()
        return DocumentRecord(*row) if row else None

    def documents(self) -> list[DocumentRecord]:
        rows = self._db.execute("SELECT * FROM documents ORDER BY opened DESC")
        return [DocumentRecord(*row) for row in rows]

    def save_document(
        self,
        key: str,
        path: str,
        title: str,
        paragraphs: int,
        position: int,
        known_share: float,
        level: str = "",
    ) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE "
                "SET path = excluded.path, title = excluded.title, "
                "paragraphs = excluded.paragraphs, position = excluded.position, "
                "known_share = excluded.known_share, opened = excluded.opened, "
                "level = coalesce(nullif(excluded.level, ''), documents.level)",
                (key, path, title, paragraphs, position, known_share, time.time(), level),
            )

    # --- cards ---------------------------------------------------------------------

    def add_card(
        self,
        lemma: str,
        pos: str,
        *,
        article: str = "",
        plural: str = "",
        gloss: str = "",
        sentence: str = "",
        document: str = "",
    ) -> Card:
        """Add a card (lemma + POS is the key); an existing card keeps its history."""
        now = time.time()
        with self.transaction() as db:
            db.execute(
                "INSERT INTO cards (lemma, pos, article, plural, gloss, sentence, document, "
                "created, due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(lemma, pos) "
                "DO NOTHING",
                (lemma, pos, article, plural, gloss, sentence, document, now, now),
            )
            db.execute(
                "INSERT INTO words VALUES (?, 'learning', ?) ON CONFLICT(lemma) DO UPDATE "
                "SET status = 'learning', updated = excluded.updated "
                "WHERE words.status != 'known'",
                (lemma, now),
            )
        card = self.card(lemma, pos)
        assert card is not None
        return card

    def add_cards(self, rows: list[dict[str, str]]) -> int:
        """Add many cards in one transaction (an import): all or nothing.  A row may
        carry the card's scheduler state, due time (epoch seconds) and suspension,
        and its word's status; a row whose ``card`` is "0" is a word status alone
        (a known word).  A card already in the deck keeps its own history."""
        now = time.time()
        added = 0
        with self.transaction() as db:
            for row in rows:
                status = row.get("status") or WordStatus.LEARNING.value
                if row.get("card", "1") != "0":
                    state = row.get("state") or "{}"
                    due = float(row["due"]) if row.get("due") else now
                    cursor = db.execute(
                        "INSERT INTO cards (lemma, pos, article, plural, gloss, sentence, "
                        "document, tags, created, state, due, suspended) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT(lemma, pos) DO NOTHING",
                        (row["lemma"], row["pos"], row.get("article", ""), row.get("plural", ""),
                         row.get("gloss", ""), row.get("sentence", ""), row.get("document", ""),
                         row.get("tags", ""), now, state, due,
                         int(row.get("suspended", "0") or 0)),
                    )  # fmt: skip
                    added += cursor.rowcount
                db.execute(
                    "INSERT INTO words VALUES (?, ?, ?) ON CONFLICT(lemma) DO NOTHING",
                    (row["lemma"], status, now),
                )
        return added

    # --- backup --------------------------------------------------------------------

    TABLES = ("words", "documents", "cards", "reviews")

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        """Every row of every table, as column → value (a full backup)."""
        tables = {}
        for table in self.TABLES:
            cursor = self._db.execute(f"SELECT * FROM {table} ORDER BY rowid")
            columns = [d[0] for d in cursor.description]
            tables[table] = [dict(zip(columns, row, strict=True)) for row in cursor]
        return tables

    def restore(self, tables: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
        """Writes a backup's rows, ids and all, into this deck, which must be empty:
        all or nothing.  Returns the rows written per table."""
        written = {}
        with self.transaction() as db:
            held = sum(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in self.TABLES)
            if held:
                raise DeckError(
                    f"{self.path}: a backup is restored into an empty deck, and this one has "
                    "data; restore into a new data folder (--data-dir)"
                )
            for table in self.TABLES:
                columns = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
                rows = tables.get(table, [])
                for number, row in enumerate(rows, 1):
                    if not isinstance(row, dict) or set(row) - columns:
                        unknown = sorted(set(row) - columns) if isinstance(row, dict) else row
                        raise DeckError(
                            f"{table} row {number}: not a row of this deck ({unknown}); "
                            "nothing was restored"
                        )
                    names = ", ".join(row)
                    marks = ", ".join("?" * len(row))
                    try:
                        db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})",
                                   tuple(row.values()))  # fmt: skip
                    except sqlite3.Error as err:
                        raise DeckError(
                            f"{table} row {number}: {err}; nothing was restored"
                        ) from None
                written[table] = len(rows)
        return written

    def review_rows(self) -> list[dict[str, object]]:
        columns = ("id", "card", "rating", "reviewed", "duration", "state_before", "state_after")
        rows = self._db.execute(f"SELECT {', '.join(columns)} FROM reviews ORDER BY id")
        return [dict(zip(columns, row, strict=True)) for row in rows]

    def card(self, lemma: str, pos: str) -> Card | None:
        row = self._db.execute(
            f"SELECT {_CARD_COLUMNS} FROM cards WHERE lemma = ? AND pos = ?", (lemma, pos)
        ).fetchone()
        return _card(row) if row else None

    def cards(self) -> list[Card]:
        rows = self._db.execute(f"SELECT {_CARD_COLUMNS} FROM cards ORDER BY id")
        return [_card(row) for row in rows]

    # --- reviewing -----------------------------------------------------------------

    def queue(self, now: float, new_limit: int, review_limit: int) -> list[Card]:
        """Cards due now: reviews first (most overdue first), then new cards, within the
        day's limits (cards already introduced or reviewed today count against them)."""
        day = day_start(now)
        done_new, done_reviews = self._db.execute(
            "SELECT count(*) FILTER (WHERE state_before = '{}'), count(*) FROM reviews "
            "WHERE reviewed >= ?",
            (day,),
        ).fetchone()
        base = (
            f"SELECT {_CARD_COLUMNS} FROM cards "
            "WHERE suspended = 0 AND buried_until <= ? AND due <= ? "
        )
        reviews = self._db.execute(
            base + "AND state != '{}' ORDER BY due LIMIT ?",
            (now, now, max(0, review_limit - (done_reviews - done_new))),
        ).fetchall()
        new = self._db.execute(
            base + "AND state = '{}' ORDER BY id LIMIT ?",
            (now, now, max(0, new_limit - done_new)),
        ).fetchall()
        return [_card(row) for row in reviews + new]

    def card_by_id(self, card_id: int) -> Card:
        row = self._db.execute(f"SELECT {_CARD_COLUMNS} FROM cards WHERE id = ?", (card_id,))
        found = row.fetchone()
        if found is None:
            raise DeckError(f"no card {card_id} in {self.path}")
        return _card(found)

    def review_count(self, card_id: int) -> int:
        row = self._db.execute("SELECT count(*) FROM reviews WHERE card = ?", (card_id,)).fetchone()
        return int(row[0])

    def answer(self, card_id: int, schedule: Schedule, grade: Grade, now: float,
               duration: float = 0.0) -> Answer:  # fmt: skip
        """Grade a card: new state and its review log in one transaction."""
        with self.transaction() as db:
            row = db.execute("SELECT state FROM cards WHERE id = ?", (card_id,)).fetchone()
            if row is None:
                raise DeckError(f"no card {card_id} in {self.path}")
            before = row[0] if row[0] != "{}" else Schedule.new_state(card_id, utc(now))
            answer = schedule.answer(before, grade, utc(now))
            db.execute(
                "UPDATE cards SET state = ?, due = ? WHERE id = ?",
                (answer.state, answer.due.timestamp(), card_id),
            )
            db.execute(
                "INSERT INTO reviews (card, rating, reviewed, duration, state_before, state_after) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (card_id, int(grade), now, duration, row[0], answer.state),
            )
        return answer

    def light_review(self, lemma: str, schedule: Schedule, now: float) -> bool:
        """A learning word read in a text without a tap: a "good" review, if its card is
        due and has not been reviewed today.  Returns whether one was recorded."""
        row = self._db.execute(
            "SELECT id FROM cards WHERE lemma = ? AND suspended = 0 AND state != '{}' AND due <= ? "
            "AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.card = cards.id AND r.reviewed >= ?)",
            (lemma, now, day_start(now)),
        ).fetchone()
        if row is None:
            return False
        self.answer(int(row[0]), schedule, Grade.GOOD, now)
        return True

    def undo_last(self) -> int | None:
        """Take back the newest answer; returns its card id (None when there is none)."""
        with self.transaction() as db:
            row = db.execute(
                "SELECT id, card, state_before FROM reviews ORDER BY id DESC LIMIT 1"
            ).fetchone()
            if row is None:
                return None
            review, card, before = row
            due = _due_of(before)
            db.execute(
                "UPDATE cards SET state = ?, due = CASE WHEN ? = '{}' THEN created "
                "ELSE COALESCE(?, due) END WHERE id = ?",
                (before, before, due, card),
            )

            db.execute("DELETE FROM reviews WHERE id = ?", (review,))
        return int(card)

    def set_suspended(self, card_id: int, suspended: bool) -> None:
        with self.transaction() as db:
            db.execute("UPDATE cards SET suspended = ? WHERE id = ?", (int(suspended), card_id))

    def bury(self, card_id: int, now: float) -> None:
        """Hide a card until tomorrow."""
        with self.transaction() as db:
            db.execute("UPDATE cards SET buried_until = ? WHERE id = ?",
                       (day_start(now) + 86400, card_id))  # fmt: skip

    def edit(self, card_id: int, *, gloss: str | None = None, sentence: str | None = None,
             tags: str | None = None) -> None:  # fmt: skip
        with self.transaction() as db:
            for column, value in (("gloss", gloss), ("sentence", sentence), ("tags", tags)):
                if value is not None:
                    db.execute(f"UPDATE cards SET {column} = ? WHERE id = ?", (value, card_id))

    def replayed_states(self, schedule: Schedule) -> dict[int, str]:
        """Every card's state rebuilt from its review log alone (the log is the truth)."""
        states: dict[int, str] = {}
        rows = self._db.execute("SELECT card, rating, reviewed FROM reviews ORDER BY card, id")
        for card, rating, reviewed in rows:
            state = states.get(card) or Schedule.new_state(card, utc(reviewed))
            states[card] = schedule.answer(state, Grade(rating), utc(reviewed)).state
        return states

    def stored_states(self) -> dict[int, str]:
        rows = self._db.execute(
            "SELECT id, state FROM cards WHERE id IN (SELECT DISTINCT card FROM reviews)"
        )
        return {card: state for card, state in rows}

    def query(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Read-only SQL for the deck's reports (statistics, optimisation)."""
        return list(self._db.execute(sql, parameters))

    def integrity(self) -> str:
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])


_CARD_COLUMNS = (
    "id, lemma, pos, article, plural, gloss, sentence, document, created, tags, state, due, "
    "suspended"
)


def _card(row: tuple[Any, ...]) -> Card:
    values = list(row)
    values[12] = bool(values[12])
    return Card(*values)


LOCK_POLL = 0.1  # seconds between attempts while waiting for the writer's lock


def path_of_lock(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _writer_lock(path: Path, wait: float, waiting: Callable[[str], None] | None) -> int:
    """Takes the deck's writer lock and writes this process's id into it."""
    lock = path_of_lock(path)
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise DeckError(f"{lock}: cannot lock the deck ({err.strerror})") from None
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            holder = _holder(lock)
            who = f"another leseglas (process {holder})" if holder else "another leseglas"
            if time.monotonic() >= deadline:
                os.close(descriptor)
                raise DeckBusy(
                    f"{path}: {who} is using this deck; close it and try again"
                ) from None
            if waiting is not None:
                waiting(who)
                waiting = None  # once
            time.sleep(LOCK_POLL)
    os.ftruncate(descriptor, 0)
    os.write(descriptor, str(os.getpid()).encode())
    return descriptor


def _holder(lock: Path) -> str:
    """The process id the writer wrote into the lock file ('' when unknown)."""
    try:
        text = lock.read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return text if text.isdigit() else ""


def day_start(now: float) -> float:
    """Local midnight before ``now`` (the day the limits count)."""
    local = time.localtime(now)
    return time.mktime((local.tm_year, local.tm_mon, local.tm_mday, 0, 0, 0, 0, 0, -1))


def _due_of(state: str) -> float | None:
    data = json.loads(state) if state and state != "{}" else {}
    due = data.get("due")
    return datetime.fromisoformat(due).timestamp() if due else None


def _statements(script: str) -> Iterable[str]:
    """SQL statements of a migration (none of ours contains a semicolon in a string)."""
    return (s.strip() for s in script.split(";") if s.strip())
