"""Read-only access to the embedded Ding German–English index (built by ``vocab/``)."""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from leseglas.errors import LeseglasError

INDEX_NAME = "de-en.sqlite"


@dataclass(frozen=True, slots=True)
class Sense:
    headword: str
    pos: str
    gender: str
    plural: str
    labels: tuple[str, ...]
    notes: str
    translations: tuple[str, ...]
    matched_by: str  # headword, plural, inflection, or "old spelling"


def index_path() -> Path:
    """The index inside an installed wheel, or ``vocab/`` in a checkout."""
    packaged = Path(__file__).resolve().parent.parent / "data" / INDEX_NAME
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[3] / "vocab" / INDEX_NAME


class Dictionary:
    """Looks up German forms; never writes to the index file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or index_path()
        if not self.path.is_file():
            raise LeseglasError(f"{self.path}: the dictionary index is missing; reinstall leseglas")
        uri = f"file:{self.path}?mode=ro&immutable=1"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)

    @lru_cache(maxsize=65536)  # noqa: B019 - one Dictionary per process
    def lookup(self, form: str) -> tuple[Sense, ...]:
        """Senses whose headword or listed form is ``form`` (case-insensitive).

        Old spellings are found through ß→ss (*Prozeß* → *Prozess*).
        """
        key = unicodedata.normalize("NFC", form.strip()).lower()
        if not key or len(key) > 100:
            return ()
        rows = self._query(key)
        if not rows and "ß" in key:  # pre-1996 spelling: Prozeß, Kompromiß, daß
            rows = [(*row[:-1], "old spelling") for row in self._query(key.replace("ß", "ss"))]
        return tuple(
            Sense(h, p, g, pl, tuple(lab.split()), n, tuple(t.split("; ")), kind)
            for h, p, g, pl, lab, n, t, kind in rows
        )

    def _query(self, key: str) -> list[tuple[str, ...]]:
        sql = (
            "SELECT e.headword, e.pos, e.gender, e.plural, e.labels, e.notes, e.translations, "
            "f.kind FROM forms f JOIN entries e ON e.id = f.entry WHERE f.key = ? ORDER BY e.id"
        )
        return list(self._db.execute(sql, (key,)))
