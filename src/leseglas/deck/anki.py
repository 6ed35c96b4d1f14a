"""The Anki package (``.apkg``): notes, their cards with the deck's FSRS progress,
and the review log, as Anki's own importer reads them ("include scheduling").

Each leseglas card is one note of the *leseglas word* type: its recognition
card (German → English) always, its production card (English → German) when
production is on, and a cloze note when its sentence holds the word.  All the
Anki cards of a word carry its scheduling state (one memory, asked in several
forms, as in leseglas); the review log goes with the recognition card.  Notes
and cards have ids and GUIDs derived from lemma + part of speech, so exporting
again updates the notes Anki has.
"""

from __future__ import annotations

import hashlib
import html
import json
import sqlite3
import tempfile
import time
import zipfile
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import genanki

from leseglas.deck.cloze import cloze_text
from leseglas.deck.store import Card
from leseglas.lang.words import cited
from leseglas.speech import SpeechError, Voice

ROLLOVER_HOUR = 4  # Anki's day starts at 4 a.m. local time by default
EASE = 2500  # Anki's starting ease (FSRS ignores it; the memory state is in ``data``)
NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3  # Anki's card types (and FSRS's states 1-3)
SUSPENDED = -1
LOG_LEARN, LOG_REVIEW, LOG_RELEARN = 0, 1, 2


def stable_id(name: str) -> int:
    """A fixed 31-bit id for an Anki model or deck, derived from its name."""
    return 1 << 30 | int(hashlib.sha256(name.encode()).hexdigest()[:7], 16)


ID_SPAN = 5 * 10**11  # ids are milliseconds since 1970; Anki renews ids in the future


def _note_id(guid: str) -> int:
    """A note id from its GUID, as a moment between 2001 and 2016 in milliseconds."""
    return 10**12 + int(hashlib.sha256(guid.encode()).hexdigest()[:12], 16) % ID_SPAN


WORD_FIELDS = ("German", "Plural", "English", "Sentence", "Source", "Production", "Audio")
WORD_MODEL = genanki.Model(
    stable_id("leseglas word v3"),  # v3: the Audio field
    "leseglas word",
    fields=[{"name": n} for n in WORD_FIELDS],
    templates=[
        {
            "name": "Recognition (German → English)",
            "qfmt": "<div class=de>{{German}}</div>",
            "afmt": "{{FrontSide}}{{Audio}}<hr id=answer><div class=en>{{English}}</div>"
            "{{#Plural}}<div class=pl>pl. {{Plural}}</div>{{/Plural}}"
            "<div class=sentence>{{Sentence}}</div>",
        },
        {  # a card only where the Production field is filled: production is on
            "name": "Production (English → German)",
            "qfmt": "{{#Production}}<div class=en>{{English}}</div>{{/Production}}",
            "afmt": "{{FrontSide}}<hr id=answer><div class=de>{{German}}</div>{{Audio}}"
            "<div class=sentence>{{Sentence}}</div>",
        },
    ],
    css=".card{font-family:sans-serif;font-size:22px;text-align:center}"
    ".sentence{font-size:16px;color:#666;margin-top:1em}.pl{font-size:16px}",
)
CLOZE_MODEL = genanki.Model(
    stable_id("leseglas cloze v1"),
    "leseglas cloze",
    fields=[{"name": "Text"}, {"name": "Extra"}],
    templates=[
        {
            "name": "Cloze",
            "qfmt": "{{cloze:Text}}",
            "afmt": "{{cloze:Text}}<br><div class=extra>{{Extra}}</div>",
        }
    ],
    css=".card{font-family:sans-serif;font-size:20px}.extra{color:#666}",
    model_type=genanki.Model.CLOZE,
)
DECK_ID = stable_id("leseglas deck")


@dataclass(frozen=True)
class Written:
    """What the package holds, counted in the file itself."""

    notes: int
    cards: int
    reviews: int
    sounds: int = 0  # media files (MP3): each word said, with its article


def write_package(
    cards: list[Card],
    reviews: dict[int, list[dict[str, Any]]],
    path: Path,
    *,
    production: bool = False,
    desired_retention: float = 0.9,
    now: float | None = None,
    voice: Voice | None = None,
) -> Written:
    """Writes ``cards`` (with ``reviews``, each card's log in order) to ``path``;
    with a ``voice``, each word note carries its word's sound as a media file."""
    moment = time.time() if now is None else now
    deck = genanki.Deck(DECK_ID, "leseglas")
    owners: dict[str, Card] = {}  # note GUID → the leseglas card
    media = Media(voice)
    for card in cards:
        german = cited(card.article, card.lemma)
        fields = [html.escape(german), html.escape(card.plural), html.escape(card.gloss),
                  html.escape(card.sentence), html.escape(card.document),
                  "y" if production else "", media.sound(german)]  # fmt: skip
        guid = genanki.guid_for("leseglas", card.lemma, card.pos)
        deck.add_note(genanki.Note(model=WORD_MODEL, fields=fields, guid=guid,
                                   tags=card.tags.split()))  # fmt: skip
        owners[guid] = card
        cloze = cloze_text(card.sentence, card.lemma)
        if cloze:
            guid = genanki.guid_for("leseglas cloze", card.lemma, card.pos)
            deck.add_note(genanki.Note(model=CLOZE_MODEL, fields=[cloze, html.escape(card.gloss)],
                                       guid=guid, tags=card.tags.split()))  # fmt: skip
            owners[guid] = card
    with tempfile.TemporaryDirectory() as folder:
        collection = Path(folder) / "collection.anki2"
        db = sqlite3.connect(collection)
        genanki.Package(deck).write_to_db(db.cursor(), moment, iter(range(10**12, 10**13)))
        written = _schedule(db, owners, reviews, moment, desired_retention)
        db.commit()
        db.close()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
            package.write(collection, "collection.anki2")
            names = {}
            for number, (name, file) in enumerate(sorted(media.files.items())):
                package.write(file, str(number))  # Anki's legacy package: files by number
                names[str(number)] = name
            package.writestr("media", json.dumps(names))
    return replace(written, sounds=len(media.files))


class Media:
    """The sounds of a package: each text's MP3 from the voice's folder, under the
    name its note's ``[sound:…]`` gives.  If speech fails (no eSpeak NG here), the
    package is written without sound: the cards matter more."""

    def __init__(self, voice: Voice | None) -> None:
        self.voice = voice
        self.files: dict[str, Path] = {}  # media name → file

    def sound(self, text: str) -> str:
        if self.voice is None:
            return ""
        try:
            file = self.voice.mp3_file(text)
        except SpeechError:
            self.voice = None
            return ""
        name = f"leseglas-{file.name}"
        self.files[name] = file
        return f"[sound:{name}]"


def _schedule(
    db: sqlite3.Connection,
    owners: dict[str, Card],
    reviews: dict[int, list[dict[str, Any]]],
    now: float,
    desired_retention: float,
) -> Written:
    """Stable ids, each card's progress and the recognition cards' review log."""
    crt = anki_day_start(now)
    conf = json.loads(db.execute("SELECT conf FROM col").fetchone()[0])
    conf["schedVer"] = 2  # four answer buttons in learning too: no v1 ease conversion
    db.execute("UPDATE col SET crt = ?, conf = ?", (int(crt), json.dumps(conf)))
    notes = db.execute("SELECT id, guid, mid FROM notes").fetchall()
    logged = 0
    taken: dict[int, int] = {}  # revlog ids used (review moments in ms) → the next to try
    for old_id, guid, model in notes:
        note_id = _note_id(guid)
        db.execute("UPDATE notes SET id = ? WHERE id = ?", (note_id, old_id))
        card = owners[guid]
        log = reviews.get(card.id, [])
        values = progress(card, log, crt, now, desired_retention)  # the same for each of its cards
        for card_id, ordinal in db.execute(
            "SELECT id, ord FROM cards WHERE nid = ?", (old_id,)
        ).fetchall():
            new_id = note_id + ordinal
            db.execute(
                "UPDATE cards SET id = ?, nid = ?, type = ?, queue = ?, due = ?, ivl = ?, "
                "factor = ?, reps = ?, lapses = ?, left = ?, data = ? WHERE id = ?",
                (new_id, note_id, *values, card_id),
            )
            if model == WORD_MODEL.model_id and ordinal == 0:
                logged += _log(db, new_id, log, taken)
    counts = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("notes", "cards")]
    return Written(counts[0], counts[1], logged)


def anki_day_start(now: float) -> float:
    """The start of Anki's day (4 a.m. local) holding ``now``."""
    local = datetime.fromtimestamp(now)
    start = local.replace(hour=ROLLOVER_HOUR, minute=0, second=0, microsecond=0)
    if local < start:
        start -= timedelta(days=1)
    return start.timestamp()


def progress(
    card: Card, log: list[dict[str, Any]], crt: float, now: float, desired_retention: float
) -> tuple[int, int, int, int, int, int, int, int, str]:
    """Anki's type, queue, due, interval, ease, reviews, lapses, steps left and
    FSRS memory state for a leseglas card."""
    state = json.loads(card.state) if card.state and card.state != "{}" else {}
    reps = len(log)
    lapses = sum(1 for r in log if r["rating"] == 1 and _fsrs_state(r["state_before"]) == REVIEW)
    if not state:
        kind, queue, due, interval, left, data = NEW, NEW, card.id, 0, 0, ""
    else:
        due_at = datetime.fromisoformat(state["due"]).timestamp()
        last = datetime.fromisoformat(state["last_review"]).timestamp()
        kind = int(state["state"])
        memory = {"s": round(state["stability"], 4), "d": round(state["difficulty"], 4),
                  "dr": desired_retention, "lrt": int(last)}  # fmt: skip
        data = json.dumps(memory, separators=(",", ":"))
        if kind == REVIEW:
            queue = REVIEW
            due = int((anki_day_start(due_at) - crt) // 86400)
            interval = max(1, round((due_at - last) / 86400))
            left = 0
        else:  # in learning steps: due at a moment, not on a day
            queue, due, interval = LEARNING, int(due_at), 0
            left = 1
    if card.suspended:
        queue = SUSPENDED
    return kind, queue, due, interval, EASE if state else 0, reps, lapses, left, data


def _fsrs_state(state: str) -> int:
    return int(json.loads(state)["state"]) if state and state != "{}" else NEW


def _log(
    db: sqlite3.Connection, card_id: int, log: list[dict[str, Any]], taken: dict[int, int]
) -> int:
    """The card's reviews as Anki's revlog rows (ids are the review times in ms,
    moved on by a millisecond where two reviews share one)."""
    last_interval = 0
    for review in log:
        before = _fsrs_state(review["state_before"])
        kind = {NEW: LOG_LEARN, LEARNING: LOG_LEARN, REVIEW: LOG_REVIEW}.get(before, LOG_RELEARN)
        after = json.loads(review["state_after"])
        due = datetime.fromisoformat(after["due"]).timestamp()
        seconds = due - review["reviewed"]
        interval = round(seconds / 86400) if after["state"] == REVIEW else -int(seconds)
        moment = review_id = int(review["reviewed"] * 1000)
        if review_id in taken:
            review_id = taken[moment]
            while review_id in taken:
                review_id += 1
        taken[moment] = review_id + 1  # where the next review of this moment looks first
        taken.setdefault(review_id, review_id + 1)
        db.execute(
            "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
            "VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
            (review_id, card_id, review["rating"], interval, last_interval, EASE,
             int(review["duration"] * 1000), kind),
        )  # fmt: skip
        last_interval = interval
    return len(log)
