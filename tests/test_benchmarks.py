import subprocess
import sys
from pathlib import Path

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
