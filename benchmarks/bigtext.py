"""A big text in the reader's session: analysed once, then opened again from disk.

    python -m benchmarks.bigtext [MEGABYTES]      # default 20

Each step is its own process, so its peak memory (max RSS) is its own:
opening and analysing the text the first time (the analysis is then kept in
the data folder), and opening it again (read back, not analysed).  Slow (the
first analysis of 20 MB takes minutes; ``python -m benchmarks --big-text 1`` makes it one).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.engine import running_text

_SESSION = """
import resource, sys, time
from pathlib import Path
start = time.perf_counter()
from leseglas import config
from leseglas.app.session import ReadingSession
from leseglas.deck.store import Store
from leseglas.engine import Engine
from leseglas.text import open_document
config.set_data_dir(Path(sys.argv[2]))
document = open_document(sys.argv[1])
session = ReadingSession(document, sys.argv[1], Engine(), Store(Path(sys.argv[2]) / "deck.sqlite"))
session.tokens()  # the first paragraph, as the screen paints it
painted = time.perf_counter() - start
done = session.analyse_all(lambda done, total: None, lambda: False)
analysed = time.perf_counter() - start
# this process's own peak: VmHWM starts afresh at exec, ru_maxrss keeps the parent's
peak = next(int(line.split()[1]) for line in open("/proc/self/status")
            if line.startswith("VmHWM")) / 1024
# the gloss worker's (an upper bound: ru_maxrss counts what it shared at its fork)
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(done, painted, analysed, peak, children, session.count)
"""


def _run(text: Path, data: Path) -> list[str]:
    result = subprocess.run([sys.executable, "-c", _SESSION, str(text), str(data)],
                            capture_output=True, text=True, check=True)  # fmt: skip
    return result.stdout.split()


Row = tuple[str, str, str]
TABLE_MEGABYTES = 20.0  # the size: its first analysis takes about two minutes


def speed_rows(megabytes: float = TABLE_MEGABYTES) -> list[Row]:
    """Rows for ``python -m benchmarks``: a text analysed, then opened again."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = _text_of(folder, megabytes)
        label = f"{text.stat().st_size / 2**20:.2g} MB text"
        first = _run(text, folder)
        again = _run(text, folder)
    return [
        (f"reader: {label} analysed, first opening", f"{float(first[2]):.1f} s", ""),
        ("  peak memory of the reader (its gloss worker, at most)",
         f"{float(first[3]):.0f} MB ({float(first[4]):.0f} MB)", "< 600 MB"),
        (f"reader: {label} opened again: first paragraph", f"{float(again[1]):.1f} s", "< 3 s"),
        ("  the whole text read back (no analysis)", f"{float(again[2]):.1f} s", "< 3 s"),
        ("  peak memory", f"{float(again[3]):.0f} MB", "< 600 MB"),
    ]  # fmt: skip


def _text_of(folder: Path, megabytes: float) -> Path:
    """GSD repeated to ``megabytes``, or its first paragraphs where that is less than GSD."""
    one = running_text(folder, 1)
    wanted = int(megabytes * 2**20)
    if wanted < one.stat().st_size:
        data = one.read_bytes()
        part = folder / "part.txt"
        part.write_bytes(data[: data.rfind(b"\n\n", 0, wanted)])
        return part
    return running_text(folder, max(1, round(wanted / one.stat().st_size)))


def main() -> int:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 20.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = _text_of(folder, megabytes)
        size = text.stat().st_size / 2**20
        print(f"text: {size:.1f} MB")
        for label in ("first opening (analysed, kept)", "opened again (read back)"):
            _, painted, analysed, peak, worker, paragraphs = _run(text, folder)
            print(f"{label}: {paragraphs} paragraphs; first paragraph {float(painted):.2f} s, "
                  f"whole text {float(analysed):.1f} s; peak memory {float(peak):.0f} MB "
                  f"(gloss worker {float(worker):.0f} MB)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
