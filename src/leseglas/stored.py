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
from functools import cache
from pathlib import Path

from leseglas.gloss.model import Gloss
from leseglas.lang.model import WordAnalysis

FORMAT = 2  # the file layout; raise it when it changes
# The code whose output is kept: the text's segmentation, its analysis and glosses.
_ANALYSIS_CODE = ("text", "lang", "gloss", "engine.py", "parallel.py", "stored.py")

Stored = list[list[tuple[WordAnalysis, Gloss]]]  # per paragraph, per token


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


def save(path: Path, stored: Stored) -> None:
    """Each distinct reading once, and per token its number: a text repeats its
    words, so the file is small and reads back fast, into shared objects.
    Written to a temporary file and renamed: a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    numbers: dict[tuple[WordAnalysis, Gloss], int] = {}
    paragraphs = [
        array("I", (numbers.setdefault(reading, len(numbers)) for reading in readings))
        for readings in stored
    ]
    layout = (list(numbers), paragraphs)
    data = zlib.compress(pickle.dumps(layout, protocol=pickle.HIGHEST_PROTOCOL), level=1)
    temporary.write_bytes(data)
    os.replace(temporary, path)
    for older in path.parent.glob(f"{path.name.split('-')[0]}-*.analysis"):
        if older != path:  # the same text by an earlier engine: never read again
            older.unlink(missing_ok=True)


def load(path: Path) -> Stored | None:
    """The stored analysis, or None when there is none or it cannot be read.

    The files are this program's own, in the learner's data folder."""
    try:
        readings, paragraphs = pickle.loads(zlib.decompress(path.read_bytes()))
        return [[readings[number] for number in numbers] for numbers in paragraphs]
    except FileNotFoundError:
        return None
    except Exception:  # damaged or from elsewhere: analysed again, and replaced
        return None
