"""Online translation (deep-translator) for sentences and for words the dictionary lacks.

Opt-in.  Every answer is cached in SQLite, so a word is fetched once.  A call
never takes more than ``timeout`` seconds; without a network it answers
"offline" at once and nothing else is affected.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path

Backend = Callable[[str], str]  # German text → English translation; raises when it cannot
TIMEOUT = 3.0
OFFLINE_BACKOFF = 60.0  # after a failed call, do not try again for a minute


@dataclass(frozen=True)
class OnlineResult:
    text: str
    translation: str
    status: str  # ok, cached, offline, timeout, error, disabled

    @property
    def found(self) -> bool:
        return self.status in ("ok", "cached") and bool(self.translation)


def google_backend(text: str) -> str:
    from deep_translator import GoogleTranslator

    return str(GoogleTranslator(source="de", target="en").translate(text))


class OnlineTranslator:
    def __init__(
        self,
        cache_path: Path,
        backend: Backend = google_backend,
        enabled: bool = True,
        timeout: float = TIMEOUT,
    ) -> None:
        self.enabled = enabled
        self.timeout = timeout
        self._backend = backend
        self._offline_until = 0.0
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="leseglas-online")
        self._db = sqlite3.connect(cache_path, check_same_thread=False, timeout=5)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS translations "
            "(text TEXT PRIMARY KEY, translation TEXT NOT NULL, fetched REAL NOT NULL)"
        )
        self._db.commit()

    def translate(self, text: str) -> OnlineResult:
        text = text.strip()
        if not text:
            return OnlineResult(text, "", "error")
        cached = self._db.execute(
            "SELECT translation FROM translations WHERE text = ?", (text,)
        ).fetchone()
        if cached:
            return OnlineResult(text, cached[0], "cached")
        if not self.enabled:
            return OnlineResult(text, "", "disabled")
        if time.monotonic() < self._offline_until:
            return OnlineResult(text, "", "offline")
        return self._fetch(text)

    def _fetch(self, text: str) -> OnlineResult:
        future = self._pool.submit(self._backend, text)
        try:
            translation = future.result(timeout=self.timeout)
        except FutureTimeout:
            self._offline_until = time.monotonic() + OFFLINE_BACKOFF
            return OnlineResult(text, "", "timeout")
        except Exception as err:  # requests' and deep-translator's errors alike
            status = "offline" if _is_network_error(err) else "error"
            self._offline_until = time.monotonic() + OFFLINE_BACKOFF
            return OnlineResult(text, "", status)
        if not translation:
            return OnlineResult(text, "", "error")
        self._db.execute(
            "INSERT OR REPLACE INTO translations VALUES (?, ?, ?)", (text, translation, time.time())
        )
        self._db.commit()
        return OnlineResult(text, translation, "ok")

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._db.close()


def _is_network_error(err: Exception) -> bool:
    names = {type(e).__name__ for e in (err, err.__cause__, err.__context__) if e is not None}
    return bool(names & {"ConnectionError", "NameResolutionError", "Timeout", "ConnectTimeout",
                         "ReadTimeout", "OSError", "gaierror", "MaxRetryError"})  # fmt: skip
