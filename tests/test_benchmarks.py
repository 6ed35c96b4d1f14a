import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_benchmarks_print_a_table() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["measure", "value", "target"]
    assert lines[2].startswith("load+clean+segment: seed article")
    assert lines[3].startswith("load+clean+segment: 1 MB German text")


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
