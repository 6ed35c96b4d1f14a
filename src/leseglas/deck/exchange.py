"""Leaving for Anki and coming back: export (apkg, CSV, JSON) and CSV import.

The Anki package uses fixed model and deck ids and note GUIDs derived from the
card's lemma and part of speech, so exporting again updates the notes already in
Anki instead of adding duplicates.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
from dataclasses import asdict
from pathlib import Path

import genanki

from leseglas.deck.store import Card, DeckError, Store
from leseglas.lang.words import cited

CSV_COLUMNS = ("lemma", "pos", "article", "plural", "gloss", "sentence", "document", "tags")
POS_VALUES = frozenset({"NOUN", "VERB", "ADJ", "ADV", "ADP", "PRON", "DET", "NUM", "X", ""})


def _stable_id(name: str) -> int:
    """A fixed 31-bit id for an Anki model or deck, derived from its name."""
    return 1 << 30 | int(hashlib.sha256(name.encode()).hexdigest()[:7], 16)


WORD_MODEL = genanki.Model(
    _stable_id("leseglas word v1"),
    "leseglas word",
    fields=[{"name": n} for n in ("German", "Plural", "English", "Sentence", "Source")],
    templates=[
        {
            "name": "Recognition (German → English)",
            "qfmt": "<div class=de>{{German}}</div>",
            "afmt": "{{FrontSide}}<hr id=answer><div class=en>{{English}}</div>"
            "{{#Plural}}<div class=pl>pl. {{Plural}}</div>{{/Plural}}"
            "<div class=sentence>{{Sentence}}</div>",
        },
        {
            "name": "Production (English → German)",
            "qfmt": "<div class=en>{{English}}</div>",
            "afmt": "{{FrontSide}}<hr id=answer><div class=de>{{German}}</div>"
            "<div class=sentence>{{Sentence}}</div>",
        },
    ],
    css=".card{font-family:sans-serif;font-size:22px;text-align:center}"
    ".sentence{font-size:16px;color:#666;margin-top:1em}.pl{font-size:16px}",
)
CLOZE_MODEL = genanki.Model(
    _stable_id("leseglas cloze v1"),
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
DECK_ID = _stable_id("leseglas deck")


def export(store: Store, form: str, path: Path) -> int:
    """Write the deck as ``apkg``, ``csv`` or ``json``; returns the number of cards."""
    cards = store.cards()
    if form == "apkg":
        _apkg(cards, path)
    elif form == "csv":
        path.write_text(_csv(cards), "utf-8")
    elif form == "json":
        data = {"cards": [asdict(c) for c in cards], "reviews": store.review_rows()}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    else:
        raise DeckError(f"unknown export format {form!r}: use apkg, csv or json")
    return len(cards)


def _csv(cards: list[Card]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for card in cards:
        writer.writerow([getattr(card, column) for column in CSV_COLUMNS])
    return out.getvalue()


def _apkg(cards: list[Card], path: Path) -> None:
    deck = genanki.Deck(DECK_ID, "leseglas")
    for card in cards:
        german = cited(card.article, card.lemma)
        sentence = html.escape(card.sentence)
        fields = [html.escape(german), html.escape(card.plural), html.escape(card.gloss), sentence,
                  html.escape(card.document)]  # fmt: skip
        guid = genanki.guid_for("leseglas", card.lemma, card.pos)
        deck.add_note(genanki.Note(model=WORD_MODEL, fields=fields, guid=guid,
                                   tags=card.tags.split()))  # fmt: skip
        cloze = cloze_text(card.sentence, card.lemma)
        if cloze:
            guid = genanki.guid_for("leseglas cloze", card.lemma, card.pos)
            fields = [cloze, html.escape(card.gloss)]
            deck.add_note(genanki.Note(model=CLOZE_MODEL, fields=fields, guid=guid,
                                       tags=card.tags.split()))  # fmt: skip
    genanki.Package(deck).write_to_file(str(path))


def cloze_text(sentence: str, lemma: str) -> str:
    """The sentence with the word (any inflection of it) as an Anki cloze, or ""."""
    word = _find_word(sentence, lemma)
    if word is None:
        return ""
    start, end = word
    return (
        f"{html.escape(sentence[:start])}{{{{c1::{html.escape(sentence[start:end])}}}}}"
        + html.escape(sentence[end:])
    )


def blanked(sentence: str, lemma: str) -> str:
    """The sentence with the word replaced by ___ (the cloze card's front in the terminal)."""
    word = _find_word(sentence, lemma)
    if word is None:
        return ""
    return sentence[: word[0]] + "___" + sentence[word[1] :]


def _find_word(sentence: str, lemma: str) -> tuple[int, int] | None:
    """Where the lemma, or a form sharing its stem, stands in the sentence."""
    if not sentence or not lemma:
        return None
    stem = re.escape(lemma[: max(3, len(lemma) - 2)])
    match = re.search(rf"\b{stem}\w*", sentence, flags=re.IGNORECASE)
    return (match.start(), match.end()) if match else None


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
            {column: (row.get(column) or "").strip() for column in CSV_COLUMNS} | {"pos": pos}
        )
    return store.add_cards(rows)
