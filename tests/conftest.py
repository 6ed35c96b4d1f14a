from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def seed_path() -> Path:
    return ROOT / "seeds" / "presse-russisches-militaer.txt"
