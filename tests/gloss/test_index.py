"""The dictionary index is built from committed sources at installation, never committed."""

from __future__ import annotations

import hashlib
import lzma
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from vocab import build_index

from leseglas.gloss.dictionary import index_path

ROOT = Path(__file__).resolve().parents[2]


def test_the_installed_index_was_built_from_todays_sources() -> None:
    assert build_index.is_current(index_path()), (
        "vocab/de-en.sqlite is older than its sources: run python vocab/build_index.py"
    )


def test_the_pinned_ding_source_is_debians_de_en_unchanged() -> None:
    data = lzma.decompress(build_index.SOURCE.read_bytes())
    assert hashlib.sha256(data).hexdigest() == build_index.SOURCE_SHA256
    assert data.startswith(b"# Version :: devel 2023-01-30")


def test_a_changed_input_makes_the_index_stale(tmp_path: Path) -> None:
    copy = tmp_path / "de-en.sqlite"
    shutil.copy(index_path(), copy)
    assert build_index.is_current(copy)
    with sqlite3.connect(copy) as db:  # the digest stored at build time, changed
        db.execute("UPDATE meta SET value = 'an older supplement' WHERE key = 'inputs'")
    assert not build_index.is_current(copy)
    assert not build_index.is_current(tmp_path / "missing.sqlite")
    (tmp_path / "broken.sqlite").write_bytes(b"not a database")
    assert not build_index.is_current(tmp_path / "broken.sqlite")


@pytest.mark.skipif(
    not (ROOT / ".git").exists() or not shutil.which("git"), reason="not a git checkout"
)
def test_git_keeps_the_sources_and_ignores_the_built_index() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "vocab"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert "vocab/ding-de-en-1.9-6.xz" in tracked
    assert "vocab/supplement.tsv" in tracked
    assert "vocab/de-en.sqlite" not in tracked
    ignored = subprocess.run(["git", "check-ignore", "-q", "vocab/de-en.sqlite"], cwd=ROOT)
    assert ignored.returncode == 0


def test_a_wheel_carries_the_built_index(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    wheel = next(tmp_path.glob("leseglas-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "leseglas/data/de-en.sqlite" in names
        assert "leseglas/seeds/presse-russisches-militaer.txt" in names
        size = archive.getinfo("leseglas/data/de-en.sqlite").file_size
    assert size == index_path().stat().st_size


def test_a_head_learns_a_rendering_only_from_compounds_it_heads() -> None:
    """*Geburts·tag* "birthday" teaches *Tag* "day", not *Geburt·stag* ("Stag")."""
    from leseglas.gloss.dictionary import Dictionary

    dictionary = Dictionary()
    assert dictionary.part_renderings("Industrie", "head").get("industry", 0) >= 5
    assert "day" not in dictionary.part_renderings("Stag", "head")
    assert "day" in dictionary.part_renderings("Tag", "head")


def test_a_verb_learns_its_rendering_from_dings_phrases() -> None:
    """*ein Medikament einnehmen* "to take a medication", *Platz einnehmen* "to take up
    room" …: "take" leads *einnehmen*'s phrases, which no line of the verb itself gives
    first.  A copula English needs (*unter Druck stehen* "to be under pressure") and a
    reflexive verb's phrase count for nothing."""
    from leseglas.gloss.dictionary import Dictionary
    from leseglas.gloss.ding import verb_phrase_uses

    line = (
        "Arzneimittel {n} | Arzneimittel {pl} | ein Medikament einnehmen; schlucken [ugs.] "
        "| unter Druck stehen | sich über etw. freuen "
        ":: medicine | medicines | to take a medication | to be under pressure | to be glad"
    )
    assert list(verb_phrase_uses(line)) == [("einnehmen", "take")]
    assert Dictionary().phrase_renderings("einnehmen").most_common(1)[0][0] == "take"
    assert "be" not in Dictionary().phrase_renderings("stehen")


def test_an_adjective_learns_its_rendering_from_dings_noun_phrases() -> None:
    """*religiöser Fanatiker* "religious fanatic" …: "religious", which no line of
    *religiös* itself gives first; a phrase's example counts, a noun's plural does not."""
    from leseglas.gloss.dictionary import Dictionary
    from leseglas.gloss.ding import attributive_uses

    line = "Fanatiker {m} | Fanatiker {pl} | religiöser Fanatiker :: fanatic | fanatics | religious fanatic"
    assert list(attributive_uses(line)) == [("religiöser", "religious")]
    uses = Dictionary().attribute_renderings("religiös")
    assert uses.most_common(1)[0][0] == "religious"
    assert Dictionary().attribute_renderings("mittlerer") == Dictionary().attribute_renderings(
        "mittlere"
    )


def test_a_joined_spelling_finds_what_ding_writes_apart() -> None:
    """The 2006 spelling joins *infrage*, where Ding writes *in Frage kommen*; a
    particle verb is no preposition and noun (*mitstreiten*)."""
    from leseglas.gloss.dictionary import Dictionary

    dictionary = Dictionary()
    joined = dictionary.lookup("infrage kommen")
    assert joined and {s.matched_by for s in joined} == {"written apart"}
    assert joined[0].headword == "in Frage kommen"
    assert dictionary.verb_idiom("infrage kommen") == "in Frage kommen"
    assert not dictionary.lookup("mitstreiten")
