from collections.abc import Iterator
from pathlib import Path

import pytest

from leseglas import config
from leseglas.app.app import LeseglasApp
from leseglas.app.session import ReadingSession
from leseglas.config import Settings
from leseglas.deck.store import Store
from leseglas.engine import Engine
from leseglas.resources import default_article
from leseglas.text import open_document


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    config.set_data_dir(tmp_path)
    yield tmp_path
    config.set_data_dir(None)


def make_app(data_dir: Path, path: Path | None = None, online=None) -> LeseglasApp:  # type: ignore[no-untyped-def]
    source = path or default_article()
    document = open_document(source)
    store = Store(data_dir / "deck.sqlite")
    session = ReadingSession(document, str(source), Engine(), store, online)
    return LeseglasApp(session, Settings())


@pytest.fixture
def app(data_dir: Path) -> LeseglasApp:
    return make_app(data_dir)
