"""Files that ship with leseglas: the bundled article."""

from __future__ import annotations

from pathlib import Path

DEFAULT_ARTICLE = "presse-russisches-militaer.txt"


def seeds_dir() -> Path:
    """``leseglas/seeds`` in an installed wheel, the repository's ``seeds/`` in a checkout."""
    packaged = Path(__file__).resolve().parent / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "seeds"


def default_article() -> Path:
    return seeds_dir() / DEFAULT_ARTICLE
