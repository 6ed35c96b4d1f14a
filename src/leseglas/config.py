"""Where leseglas keeps its files, and the reader's settings (a TOML file).

``--data-dir`` or ``LESEGLAS_HOME`` put everything (settings, deck, caches) in one
folder; otherwise platformdirs' user folders are used.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs
import tomli_w

from leseglas.errors import LeseglasError
from leseglas.lang.difficulty import LEVELS
from leseglas.speech.voice import DEFAULT_RATE

APP = "leseglas"
_override: Path | None = None


def set_data_dir(path: Path | None) -> None:
    """The ``--data-dir`` option: wins over ``LESEGLAS_HOME`` and the platform default."""
    global _override
    _override = path


def _home() -> Path | None:
    if _override is not None:
        return _override
    env = os.environ.get("LESEGLAS_HOME")
    return Path(env) if env else None


def data_dir() -> Path:
    home = _home()
    return _ready(home if home else Path(platformdirs.user_data_dir(APP)))


def cache_dir() -> Path:
    home = _home()
    return _ready(home / "cache" if home else Path(platformdirs.user_cache_dir(APP)))


def settings_path() -> Path:
    home = _home()
    return (home if home else Path(platformdirs.user_config_dir(APP))) / "settings.toml"


def _ready(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise LeseglasError(f"{path}: cannot create the folder ({err.strerror})") from None
    return path


@dataclass
class Settings:
    level: str = "B1"
    online: bool = False  # deep-translator for sentences and words the dictionary lacks
    colors: bool = True  # difficulty colours and der/die/das colours in the reader
    theme: str = "textual-dark"
    new_per_day: int = 20  # new cards introduced per day
    reviews_per_day: int = 200
    desired_retention: float = 0.9  # FSRS: the recall probability intervals aim for
    production: bool = False  # also ask English → German
    fsrs_parameters: list[float] = field(default_factory=list)  # from 'deck optimize'
    speech_rate: int = DEFAULT_RATE  # words per minute when a word or sentence is said
    speak_answers: bool = True  # the review says the word when the answer is shown

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The saved settings; defaults for anything missing or unreadable."""
        path = path or settings_path()
        try:
            raw = tomllib.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            return cls()
        return cls.from_dict(raw)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Settings:
        """Settings from saved values; defaults for anything missing or of the wrong type."""
        settings = cls()
        for option in fields(cls):
            value = raw.get(option.name)
            if isinstance(value, type(getattr(settings, option.name))):
                setattr(settings, option.name, value)
        if settings.level not in LEVELS:
            settings.level = "B1"
        return settings

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def save(self, path: Path | None = None) -> None:
        """Written to a temporary file and renamed, so a crash never leaves half a file."""
        path = path or settings_path()
        _ready(path.parent)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(tomli_w.dumps(self.as_dict()), "utf-8")
        os.replace(temporary, path)
