"""A text's sound, made once and kept as a WAV file per text, and its IPA."""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
import unicodedata
import wave
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from leseglas.speech.audio import Audio
from leseglas.speech.errors import SpeechError
from leseglas.speech.espeak import VOICE, espeak

DEFAULT_RATE = 150  # words per minute: slower than eSpeak's 175, for learners
CACHE_LIMIT = 100 * 2**20  # bytes of kept sound; beyond it the least recently said go
KEEP_RECENT = 3600  # seconds: a sound said this recently stays (an export is using it)
PRUNE_EVERY = 200  # sounds written between two looks at the folder's size
MAX_SPOKEN = 5000  # characters said at once: pages, not a book (hours of sound in memory)


def spoken(text: str) -> str:
    """The text as it is said and cached: NFC, one space between words."""
    return " ".join(unicodedata.normalize("NFC", text).split())


class Voice:
    """Speech at one rate; with a folder, each text's WAV is kept there and reused."""

    def __init__(self, folder: Path | None = None, rate: int = DEFAULT_RATE) -> None:
        self.folder = folder
        self.rate = rate
        self._written = 0

    def key(self, text: str) -> str:
        """A name for the text's sound: the same text, voice, rate and eSpeak, the same name."""
        said = f"{espeak().version}|{VOICE}|{self.rate}|{spoken(text)}"
        return hashlib.sha256(said.encode("utf-8")).hexdigest()[:20]

    def audio(self, text: str) -> Audio:
        """The text's sound: from the folder when made before, else made (and kept)."""
        said = spoken(text)
        if not said:
            raise SpeechError("Nothing to say: the text is empty.")
        if len(said) > MAX_SPOKEN:
            raise SpeechError(f"Too long to say at once ({len(said):,} characters, at most "
                              f"{MAX_SPOKEN:,}): say a sentence or a paragraph.")  # fmt: skip
        path = self._path(said)
        if path is not None and path.exists():
            try:
                kept = Audio.read(path)
                with contextlib.suppress(OSError):
                    os.utime(path)  # recently said: the last to be pruned
                return kept
            except (OSError, wave.Error, EOFError):
                pass  # a damaged file is made again below
        made = espeak().synthesize(said, self.rate)
        if path is not None:
            _keep(made, path)
            self._written += 1
            if self._written % PRUNE_EVERY == 1:
                prune(path.parent)
        return made

    def wav_file(self, text: str) -> Path:
        """The text's WAV in the folder (made if missing), e.g. for an Anki package."""
        return self._file(text, ".wav", Audio.wav)

    def mp3_file(self, text: str) -> Path:
        """The text's sound as MP3 beside its WAV (made once), for an Anki package."""
        return self._file(text, ".mp3", Audio.mp3)

    def _file(self, text: str, suffix: str, encode: Callable[[Audio], bytes]) -> Path:
        """The text's sound in the folder as ``suffix``; a folder that cannot be
        written is said, since the caller needs the file."""
        if self.folder is None:
            raise SpeechError("No folder to keep the sound in.")
        made = self.audio(text)  # its WAV is kept as it is made
        path = self.folder / f"{self.key(text)}{suffix}"
        if not path.exists():
            try:
                _write_atomically(path, encode(made))
            except OSError as err:
                raise SpeechError(f"{path}: cannot write the sound ({err.strerror})") from None
        return path

    def _path(self, said: str) -> Path | None:
        return None if self.folder is None else self.folder / f"{self.key(said)}.wav"

    def ipa(self, text: str) -> str:
        return _ipa(spoken(text))


@lru_cache(maxsize=4096)
def _ipa(text: str) -> str:
    return espeak().ipa(text) if text else ""


def prune(folder: Path, limit: int = CACHE_LIMIT, now: float | None = None) -> int:
    """Deletes the least recently said sounds while the folder holds more than
    ``limit`` bytes, sparing those said within the last hour; how many went."""
    moment = time.time() if now is None else now
    files = []
    for file in (*folder.glob("*.wav"), *folder.glob("*.mp3")):
        with contextlib.suppress(OSError):
            stat = file.stat()
            files.append((stat.st_mtime, stat.st_size, file))
    total = sum(size for _, size, _ in files)
    gone = 0
    for mtime, size, file in sorted(files, key=lambda entry: entry[0]):
        if total <= limit or moment - mtime < KEEP_RECENT:
            break
        with contextlib.suppress(OSError):
            file.unlink()
            total -= size
            gone += 1
    return gone


def _keep(audio: Audio, path: Path) -> None:
    """A folder that cannot be written only costs the cache."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(path, audio.wav())


def _write_atomically(path: Path, data: bytes) -> None:
    """Written beside and renamed, so a reader never finds half a file."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
