"""Reader speed: process start to first paragraph on a real terminal (tmux), and a tap."""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from benchmarks.engine import running_text
from leseglas.text.segment import LONGEST_PARAGRAPH

Row = tuple[str, str, str]
_OWN = {k: v for k, v in os.environ.items() if k not in ("TMUX", "TMUX_PANE")}  # not nested


def _first_paint(path: Path | None, expect: str, data_dir: Path) -> float:
    """Seconds from launching ``leseglas`` in tmux until ``expect`` is on the screen."""
    # Its own tmux server: a shared one exits when a run kills its last session,
    # under the next run's new-session still connecting to it.
    tmux = ["tmux", "-L", f"leseglas-bench-{time.monotonic_ns()}"]
    target = [] if path is None else ["read", str(path)]
    command = " ".join([sys.executable, "-m", "leseglas", "--data-dir", str(data_dir), *target])
    start = time.perf_counter()
    subprocess.run([*tmux, "new-session", "-d", "-x", "100", "-y", "30", command], check=True,
                   env=_OWN)  # fmt: skip
    try:
        while time.perf_counter() - start < 20:
            screen = subprocess.run([*tmux, "capture-pane", "-p"], capture_output=True,
                                    text=True, env=_OWN).stdout  # fmt: skip
            if expect in screen:
                return time.perf_counter() - start
            time.sleep(0.01)
        raise RuntimeError(f"{expect!r} never appeared")
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True, env=_OWN)


def _pasted(directory: Path) -> Path:
    """A text pasted from a PDF: hard-wrapped lines, no blank line between paragraphs
    (one paragraph of 170,000 characters, read in parts of at most LONGEST_PARAGRAPH)."""
    sentences = (f"Der Hund Nummer {i} läuft heute durch den großen Park." for i in range(3000))
    path = directory / "pasted.txt"
    path.write_text(textwrap.fill(" ".join(sentences), 72) + "\n", "utf-8")
    return path


async def _tap_latency(data_dir: Path, text: Path | None = None, paragraph: int = 3) -> float:
    """Median time for a tap: the click handled, all panels updated and rendered to strips.

    Pilot's own round trip waits for idle and is not the app's work, so the handler
    and the widgets' rendering are timed directly; the terminal write follows on the
    next frame.
    """
    from tests.app.conftest import make_app
    from textual.geometry import Region

    from leseglas.app.screens.reader import ReaderScreen
    from leseglas.app.widgets.panels import DetailPanel, GlossMargin
    from leseglas.app.widgets.paragraph import ParagraphView

    app = make_app(data_dir, text)
    times = []
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        screen.action_paragraph_to(paragraph)
        await pilot.pause()
        widgets = [screen.query_one(w) for w in (ParagraphView, GlossMargin, DetailPanel)]
        for index in range(min(20, len(screen.session.words()))):
            start = time.perf_counter()
            screen.on_paragraph_view_word_clicked(ParagraphView.WordClicked(index))
            for widget in widgets:
                widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
            times.append(time.perf_counter() - start)
            assert screen.selected == index
    return statistics.median(times)


async def _whole_text(data_dir: Path, path: Path) -> float:
    """Seconds from opening a text in the reader until its background analysis is
    done (the known share and the library need it; a long text uses a gloss worker)."""
    from tests.app.conftest import make_app

    start = time.perf_counter()
    app = make_app(data_dir, path)
    async with app.run_test(size=(100, 30)):
        await app.workers.wait_for_complete()
        return time.perf_counter() - start


def speed_rows() -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        if shutil.which("tmux"):
            runs = [_first_paint(None, "Bereit für den Einsatz", data / f"s{n}") for n in range(3)]
            rows.append(("reader: process start to first paragraph (tmux)",
                         f"{statistics.median(runs):.2f} s", "<= 1.0 s"))  # fmt: skip
            book = running_text(data)
            seconds = _first_paint(book, "Teil 0.", data / "book")
            rows.append(("reader: open a 100,000-token text, first paragraph",
                         f"{seconds:.2f} s", "<= 1.5 s"))  # fmt: skip
        else:
            rows.append(("reader: first paragraph (tmux missing)", "skipped", "<= 1.0 s"))
        book = running_text(data)
        whole = asyncio.run(_whole_text(data / "whole", book))
        rows.append(("reader: 100,000-token text analysed in the background",
                     f"{whole:.1f} s", ""))  # fmt: skip
        tap = asyncio.run(_tap_latency(data / "tap"))
        rows.append(("reader: tap to detail panel, median", f"{tap * 1000:.0f} ms", "<= 50 ms"))
        tap = asyncio.run(_tap_latency(data / "tap-long", _pasted(data), paragraph=1))
        rows.append((f"  in the longest paragraph read whole ({LONGEST_PARAGRAPH:,} characters)",
                     f"{tap * 1000:.0f} ms", ""))  # fmt: skip
    return rows
