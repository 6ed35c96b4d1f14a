"""Leaving for Anki and coming back: export (apkg, CSV, JSON) and import (CSV, JSON).

The JSON export is a full backup (every table of the deck and the settings);
importing it into an empty data folder restores it row for row.  The CSV is
for spreadsheets: one row per card with its word's status and scheduler state,
and a row per known or ignored word without a card; importing it keeps what
its columns carry.

The Anki package is ``deck.anki``'s.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from leseglas.deck.anki import write_package
from leseglas.deck.store import MIGRATIONS, Card, DeckError, Store, WordStatus
from leseglas.speech import Voice

CSV_COLUMNS = ("lemma", "pos", "article", "plural", "gloss", "sentence", "document", "tags")
# what a card's row also carries, and "card": 0 for a word status without a card
CSV_PROGRESS = ("status", "suspended", "due", "state", "card")
BACKUP_FORMAT = "leseglas backup"
POS_VALUES = frozenset({"NOUN", "VERB", "ADJ", "ADV", "ADP", "PRON", "DET", "NUM", "X", ""})


def export(
    store: Store,
    form: str,
    path: Path,
    settings: dict[str, Any] | None = None,
    voice: Voice | None = None,
) -> str:
    """Write the deck as ``apkg`` (with each word's sound from ``voice``), ``csv`` or
    ``json`` (with ``settings``); says what the file holds ("3 cards")."""
    cards = store.cards()
    settings = settings or {}
    if form == "apkg":
        logs: dict[int, list[dict[str, Any]]] = {}
        for review in store.review_rows():
            logs.setdefault(int(str(review["card"])), []).append(review)
        written = write_package(
            cards, logs, path, production=bool(settings.get("production")),
            desired_retention=float(settings.get("desired_retention", 0.9)), voice=voice,
        )  # fmt: skip
        sounds = f", {counted(written.sounds, 'sound')}" if voice is not None else ""
        return (
            f"{counted(len(cards), 'card')} as {counted(written.notes, 'Anki note')} with "
            f"{counted(written.cards, 'Anki card')} and {counted(written.reviews, 'review')}"
            + sounds
        )
    if form == "csv":
        path.write_text(_csv(cards, store.statuses()), "utf-8")
    elif form == "json":
        data = {"format": BACKUP_FORMAT, "schema": len(MIGRATIONS), "settings": settings or {},
                "tables": store.dump()}  # fmt: skip
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    else:
        raise DeckError(f"unknown export format {form!r}: use apkg, csv or json")
    return counted(len(cards), "card")


def counted(count: int, thing: str) -> str:
    """*1 card*, *2 cards*."""
    return f"{count} {thing}" if count == 1 else f"{count} {thing}s"


def _csv(cards: list[Card], statuses: dict[str, WordStatus]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS + CSV_PROGRESS)
    for card in cards:
        status = statuses.get(card.lemma, WordStatus.LEARNING).value
        progress = (status, int(card.suspended), card.due, card.state, 1)
        writer.writerow([getattr(card, column) for column in CSV_COLUMNS] + list(progress))
    carded = {card.lemma for card in cards}
    for lemma, status in sorted(statuses.items()):
        if lemma not in carded and status in (WordStatus.KNOWN, WordStatus.IGNORED):
            writer.writerow([lemma] + [""] * (len(CSV_COLUMNS) - 1) + [status.value, 0, "", "", 0])
    return out.getvalue()


def import_json(store: Store, path: Path) -> tuple[dict[str, int], dict[str, Any]]:
    """Restore a JSON backup into an empty deck: the rows written per table, and
    the backup's settings (for the caller to save)."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise DeckError(f"{path}: cannot be read as a JSON backup ({err})") from None
    if not isinstance(data, dict):
        raise DeckError(f"{path}: not a leseglas backup")
    if data.get("format") == BACKUP_FORMAT:
        if data.get("schema") != len(MIGRATIONS):
            raise DeckError(
                f"{path}: a backup of deck schema {data.get('schema')}, this leseglas "
                f"reads {len(MIGRATIONS)}; use the version that made it"
            )
        tables, settings = data.get("tables"), data.get("settings") or {}
    elif "cards" in data:  # the cards-and-reviews export of earlier versions
        tables, settings = {"cards": data["cards"], "reviews": data.get("reviews", [])}, {}
        for card in tables["cards"]:
            if isinstance(card, dict):
                card["suspended"] = int(bool(card.get("suspended")))
    else:
        raise DeckError(f"{path}: not a leseglas backup")
    if not isinstance(tables, dict) or not isinstance(settings, dict):
        raise DeckError(f"{path}: not a leseglas backup")
    return store.restore(tables), settings


def import_csv(store: Store, path: Path) -> int:
    """Add the cards of a CSV file in one transaction; a bad row rejects the whole file."""
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise DeckError(f"{path}: cannot be read as UTF-8 CSV ({err})") from None
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or "lemma" not in reader.fieldnames:
        raise DeckError(f"{path}:1: the header needs a 'lemma' column ({', '.join(CSV_COLUMNS)})")
    rows = []
    for row in reader:
        line = reader.line_num
        progress = _progress_of(row, path, line)
        lemma = (row.get("lemma") or "").strip()
        pos = (row.get("pos") or "").strip().upper()
        if not lemma:
            raise DeckError(f"{path}:{line}: empty lemma; nothing was imported")
        if len(lemma) > 100:
            raise DeckError(
                f"{path}:{line}: lemma longer than 100 characters; nothing was imported"
            )
        if pos not in POS_VALUES:
            raise DeckError(f"{path}:{line}: unknown part of speech {pos!r}; nothing was imported")
        rows.append(
            {column: (row.get(column) or "").strip() for column in CSV_COLUMNS}
            | {"pos": pos}
            | progress
        )
    return store.add_cards(rows)


def _progress_of(row: dict[str, str], path: Path, line: int) -> dict[str, str]:
    """The status, state and due time a CSV row carries, checked."""
    progress = {column: (row.get(column) or "").strip() for column in CSV_PROGRESS}
    progress = {column: value for column, value in progress.items() if value}
    status = progress.get("status", WordStatus.LEARNING.value)
    if status not in {s.value for s in WordStatus}:
        raise DeckError(f"{path}:{line}: unknown status {status!r}; nothing was imported")
    if progress.get("state"):
        try:
            json.loads(progress["state"])
        except json.JSONDecodeError:
            raise DeckError(f"{path}:{line}: the state is not JSON; nothing was imported") from None
    for column in ("due", "suspended", "card"):
        try:
            float(progress.get(column, "0"))
        except ValueError:
            raise DeckError(
                f"{path}:{line}: {column} is not a number; nothing was imported"
            ) from None
    return progress
