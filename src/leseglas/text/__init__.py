"""Text model: load a source, clean it, segment it (no UI imports here)."""

from __future__ import annotations

from pathlib import Path

from leseglas.errors import InputError
from leseglas.text.clean import Progress, clean
from leseglas.text.load import load
from leseglas.text.segment import Document, Paragraph, Sentence, Token, TokenKind, build_document

__all__ = ["Document", "Paragraph", "Sentence", "Token", "TokenKind", "open_document"]


def open_document(source: str | Path, progress: Progress | None = None) -> Document:
    """Load, clean and structure a text; sentences are segmented lazily per paragraph."""
    loaded = load(source)
    blocks = clean(loaded.text, progress)
    if not blocks:
        raise InputError(f"{loaded.name}: no readable text found")
    return build_document(loaded.name, blocks, loaded.title)


def segment_all(document: Document, progress: Progress | None = None) -> int:
    """Segment every paragraph now (a book before analysis); returns the token count."""
    total = len(document.paragraphs)
    count = 0
    for number, paragraph in enumerate(document.paragraphs, 1):
        count += sum(len(s.tokens) for s in paragraph.sentences)
        if progress is not None and (number % 200 == 0 or number == total):
            progress(number, total)
    return count
