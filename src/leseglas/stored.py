"""A text's analysis kept on disk, so a long text is analysed once.

A file per text and engine: named by the text's content hash and by the
engine's version, a digest of this package's analysis code and of the
dictionary index it was built with.  Any change to either makes a new name,
so a stale analysis is never read; a damaged file is ignored (and replaced).
Only what the engine made is kept (each token's reading and gloss); what
depends on the reader (their level, their known words) is worked out again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path

from leseglas.gloss.model import Gloss
from leseglas.lang.model import WordAnalysis

FORMAT = 3  # the file layout; raise it when it changes
# The code whose output is kept: the text's segmentation, its analysis and glosses.
_ANALYSIS_CODE = ("text", "lang", "gloss", "engine.py", "parallel.py", "stored.py")

Reading = tuple[WordAnalysis, Gloss]


class Readings:
    """A document's analysis, compact: each distinct reading once, and per
    paragraph an array of its tokens' reading numbers.

    A text repeats its words, so a 20 MB novel's three million tokens take a few
    bytes each, not a few hundred as objects.  The same layout is kept on disk."""

    def __init__(self, table: list[Reading] | None = None,
                 paragraphs: dict[int, array[int]] | None = None) -> None:  # fmt: skip
        self.table: list[Reading] = table or []
        self.paragraphs: dict[int, array[int]] = paragraphs or {}
        self._numbers: dict[Reading, int] | None = None  # built on the first keep

    def keep(self, index: int, readings: Iterable[Reading]) -> None:
        """A paragraph's readings, numbered (equal readings share one number)."""
        if self._numbers is None:
            self._numbers = {reading: n for n, reading in enumerate(self.table)}
        numbers, table = self._numbers, self.table
        kept = array("I")
        for reading in readings:
            number = numbers.get(reading)
            if number is None:
                number = numbers[reading] = len(table)
                table.append(reading)
            kept.append(number)
        self.paragraphs[index] = kept

    def get(self, index: int) -> list[Reading] | None:
        numbers = self.paragraphs.get(index)
        if numbers is None:
            return None
        table = self.table
        return [table[number] for number in numbers]

    def __contains__(self, index: int) -> bool:
        return index in self.paragraphs

    def whole(self, count: int) -> bool:
        return all(index in self.paragraphs for index in range(count))


@cache
def engine_version(index: Path) -> str:
    """A digest of the analysis code and of the index's inputs."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    package = Path(__file__).resolve().parent
    for name in _ANALYSIS_CODE:
        target = package / name
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for file in files:
            digest.update(file.relative_to(package).as_posix().encode())
            digest.update(file.read_bytes())
    digest.update(_index_inputs(index).encode())
    return digest.hexdigest()[:16]


def _index_inputs(index: Path) -> str:
    uri = f"file:{index}?mode=ro&immutable=1"
    try:
        with sqlite3.connect(uri, uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'inputs'").fetchone()
    except sqlite3.Error:
        return ""
    return str(row[0]) if row else ""


def stored_path(folder: Path, document_key: str, index: Path) -> Path:
    return folder / f"{document_key}-{engine_version(index)}.analysis"


def save(path: Path, readings: Readings, count: int) -> None:
    """Written to a temporary file and renamed: a crash never leaves half a file.
    The glosses' evidence (for ``analyze --explain``) is left out."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    table = [(analysis, replace(gloss, evidence=())) for analysis, gloss in readings.table]
    layout = (count, table, [readings.paragraphs[index] for index in range(count)])
    data = zlib.compress(pickle.dumps(layout, protocol=pickle.HIGHEST_PROTOCOL), level=1)
    temporary.write_bytes(data)
    os.replace(temporary, path)
    for older in path.parent.glob(f"{path.name.split('-')[0]}-*.analysis"):
        if older != path:  # the same text by an earlier engine: never read again
            older.unlink(missing_ok=True)


def load(path: Path) -> tuple[int, Readings] | None:
    """The stored analysis and its paragraph count, or None when there is none or
    it cannot be read.  The files are this program's own, in the learner's data folder."""
    try:
        count, table, paragraphs = pickle.loads(zlib.decompress(path.read_bytes()))
        return count, Readings(table, dict(enumerate(paragraphs)))
    except FileNotFoundError:
        return None
    except Exception:  # damaged or from elsewhere: analysed again, and replaced
        return None
