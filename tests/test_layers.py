"""The core's layers, read from the code's own imports: one direction of flow.

``lang`` is the bottom (tags, the shared model, the rules); ``gloss`` builds on
it; neither imports the other in a circle, and no core package imports Textual.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "leseglas"
CORE = ("text", "lang", "gloss", "deck", "speech")


def _imports(path: Path) -> set[str]:
    """Absolute module names a file imports, at any depth (lazy imports count)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def package_graph() -> dict[str, set[str]]:
    """leseglas subpackage → the leseglas subpackages its modules import."""
    graph: dict[str, set[str]] = defaultdict(set)
    for path in SRC.rglob("*.py"):
        package = path.relative_to(SRC).parts[0].removesuffix(".py")
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "leseglas" and len(parts) > 1 and parts[1] != package:
                graph[package].add(parts[1])
    return graph


def test_lang_is_the_bottom_of_the_core() -> None:
    assert package_graph()["lang"] & {"gloss", "deck", "app", "engine"} == set()


def test_no_import_cycle_between_packages() -> None:
    graph = package_graph()

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(
            nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt}))
            for nxt in graph.get(start, ())
        )

    circles = sorted(p for p in graph if reaches(p, p, {p}))
    assert circles == [], f"packages in an import cycle: {circles}"


def test_the_core_imports_no_textual() -> None:
    for package in CORE:
        for path in (SRC / package).rglob("*.py"):
            textual = {n for n in _imports(path) if n.split(".")[0] == "textual"}
            assert not textual, f"{path.relative_to(SRC)} imports {textual}"


def test_the_reader_starts_without_the_engines_heavy_libraries() -> None:
    """What the reader needs before its first paint leaves wordfreq (0.2 s to import)
    and HanTa with numpy to the background analysis that follows it."""
    import subprocess
    import sys

    probe = (
        "import sys, leseglas.cli, leseglas.app.app; "
        "print(' '.join(m for m in ('wordfreq', 'HanTa', 'numpy') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
