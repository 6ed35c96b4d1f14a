"""Online fallback: the real offline path, and caching with a fake remote service."""

import time
from pathlib import Path

from leseglas.gloss.dictionary import Dictionary
from leseglas.gloss.lookup import Glosser
from leseglas.gloss.online import OnlineTranslator, google_backend
from leseglas.lang.model import WordAnalysis


class FakeService:
    """Stands in for the remote translation service only."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, text: str) -> str:
        self.calls.append(text)
        return {"Schnurzelpurz": "doodah", "Guten Morgen": "Good morning"}.get(text, "")


def test_offline_answers_quickly_and_says_so(tmp_path: Path) -> None:
    # This machine has no network: the real backend must fail fast and politely.
    online = OnlineTranslator(tmp_path / "cache.sqlite", google_backend)
    start = time.monotonic()
    result = online.translate("Guten Morgen")
    assert time.monotonic() - start < 3.5
    assert result.status in ("offline", "timeout", "error") and not result.found
    # Nothing else is affected: the dictionary still glosses, unknown words stay unknown.
    glosser = Glosser(Dictionary(), online=online)
    assert glosser.lookup(WordAnalysis("Soldat", "Soldat", "NOUN", "NN")).short[0] == "soldier"
    unknown = glosser.lookup(WordAnalysis("Schnurzelpurz", "Schnurzelpurz", "NOUN", "NN"))
    assert unknown.source != "online" and not unknown.short


def test_results_are_cached_across_sessions(tmp_path: Path) -> None:
    service = FakeService()
    cache = tmp_path / "cache.sqlite"
    first = OnlineTranslator(cache, service)
    assert first.translate("Guten Morgen").status == "ok"
    assert first.translate("Guten Morgen").status == "cached"
    first.close()
    again = OnlineTranslator(cache, service, enabled=False)  # even when switched off
    assert again.translate("Guten Morgen").translation == "Good morning"
    assert service.calls == ["Guten Morgen"]


def test_unknown_words_use_the_online_gloss(tmp_path: Path) -> None:
    online = OnlineTranslator(tmp_path / "cache.sqlite", FakeService())
    glosser = Glosser(Dictionary(), online=online)
    gloss = glosser.lookup(WordAnalysis("Schnurzelpurz", "Schnurzelpurz", "NOUN", "NN"), True)
    assert (gloss.source, gloss.short) == ("online", ("doodah",))


def test_a_hanging_service_times_out(tmp_path: Path) -> None:
    def slow(text: str) -> str:
        time.sleep(2)
        return "late"

    online = OnlineTranslator(tmp_path / "cache.sqlite", slow, timeout=0.2)
    start = time.monotonic()
    assert online.translate("Hallo").status == "timeout"
    assert online.translate("Welt").status == "offline"  # backs off instead of waiting again
    assert time.monotonic() - start < 1.0
