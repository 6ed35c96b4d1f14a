import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_benchmarks_print_a_table() -> None:
    """Every row of the table, on the quick run's small inputs (the full table takes
    over three minutes, the 20 MB big text minutes more)."""
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,  # about 90 s here
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["measure", "value", "target"]
    assert lines[2].startswith("load+clean+segment: seed article")
    assert lines[3].startswith("load+clean+segment: 1 MB German text")
    assert any(line.startswith("analysis + glosses: ") for line in lines)
    assert any(line.startswith("GSD test: separable verbs recall") for line in lines)
    assert any(line.startswith("reader: 0.05 MB text analysed, first opening") for line in lines)
    assert lines[-1].startswith("quick run: small inputs timed once")


def test_the_dump_of_gsd_is_identical_twice_and_the_diff_names_a_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks import dump

    lines = list(dump.gsd_lines("test"))
    assert len(lines) == 16_499  # every gold token of GSD test, one line each
    first = tmp_path / "a.tsv"
    first.write_text("\n".join(lines) + "\n", "utf-8")
    same = tmp_path / "b.tsv"
    same.write_text("\n".join(dump.gsd_lines("test")) + "\n", "utf-8")
    assert dump.diff(first, same) == 0
    changed = lines[:]
    place, text, lemma, *rest = changed[5].split("\t")
    changed[5] = "\t".join((place, text, lemma + "x", *rest))
    same.write_text("\n".join(changed) + "\n", "utf-8")
    assert dump.diff(first, same) == 1
    assert "lemma" in capsys.readouterr().out.splitlines()[-1]


def test_the_sense_fit_counts_the_first_best_and_moves_a_weight_only_for_a_gain() -> None:
    import numpy as np
    from benchmarks.fit_senses import Cases, fit, held_out

    # four cases of two senses in four documents; signals: "common", "fielded"
    # the fitting sense is the fielded one in three cases, the common one in one
    features = np.array([[1, 0], [0, 1]] * 3 + [[0, 1], [1, 0]], dtype=float)
    fits = np.array([False, True] * 3 + [False, True])
    cases = Cases(
        ["common", "fielded"], features, fits, np.array([0, 2, 4, 6]), np.array([0, 1, 2, 3]),
        np.zeros(4, dtype=int), np.zeros(4, dtype=int),
    )  # fmt: skip
    assert cases.right(np.array([1.0, 0.0])) == 1
    assert cases.right(np.array([0.0, 0.0])) == 0  # a tie keeps the dictionary's order: first
    assert cases.right(np.array([0.0, 1.0])) == 3
    every = np.arange(4)
    fitted = fit(cases, np.array([1.0, 0.0]), every, set())
    assert cases.right(fitted) == 3 and fitted[1] > fitted[0]
    assert fit(cases, np.array([1.0, 0.0]), every, {1})[1] == 0.0  # frozen: left out
    # held out: fitted on documents 0 and 2 (fielded wins), it gets 1 of 1 and 3
    # right; fitted on 1 and 3, a tie, nothing moves, and it gets neither 0 nor 2
    assert held_out(cases, np.array([1.0, 0.0]), set()) == (1, 4)


def test_bare_hanta_tags_the_engines_tokens_of_the_same_text(tmp_path: Path) -> None:
    """The speed bar of issue #20: HanTa alone, over the sentences the engine reads."""
    from benchmarks.engine import _BARE_HANTA, _python

    text = tmp_path / "short.txt"
    text.write_text("Der Hund bellt.\n\nDie Katze schläft, weil es regnet.\n", "utf-8")
    tokens, seconds = _python(_BARE_HANTA, str(text))
    assert int(tokens) == 12  # 3 + 1 and 7 + 1 with the full stops
    assert float(seconds) > 0
