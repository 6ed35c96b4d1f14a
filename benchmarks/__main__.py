"""``python -m benchmarks``: speed and quality figures as one table."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.gsd import GSD_DIR, paragraphs, read_conllu, sentence_f1, token_agreement
from leseglas.resources import default_article
from leseglas.text import open_document, segment_all

Row = tuple[str, str, str]


def timed(run: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``run`` in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def german_megabyte(directory: Path) -> Path:
    """1 MB of real German running text: GSD sentences in paragraphs, repeated."""
    sentences = read_conllu(GSD_DIR / "de_gsd-ud-dev.conllu")
    text = "\n\n".join(" ".join(p) for p in paragraphs(sentences)) + "\n\n"
    data = (text * (1_000_000 // len(text.encode()) + 1)).encode()[:1_000_000]
    path = directory / "german-1mb.txt"
    path.write_bytes(data[: data.rfind(b"\n\n")])
    return path


def full_pipeline(path: Path) -> Callable[[], int]:
    return lambda: segment_all(open_document(path))


def speed_rows() -> list[Row]:
    rows = []
    seed = default_article()
    rows.append(
        ("load+clean+segment: seed article", f"{timed(full_pipeline(seed)) * 1000:.1f} ms", "< 2 s")
    )
    with tempfile.TemporaryDirectory() as tmp:
        big = german_megabyte(Path(tmp))
        tokens = full_pipeline(big)()
        seconds = timed(full_pipeline(big), repeat=3)
        rows.append(("load+clean+segment: 1 MB German text", f"{seconds:.2f} s", "< 2 s"))
        rows.append(("  tokens per second", f"{tokens / seconds:,.0f}", ""))
    return rows


def quality_rows() -> list[Row]:
    test = read_conllu(GSD_DIR / "de_gsd-ud-test.conllu")
    precision, recall, f1 = sentence_f1(test)
    return [
        (
            "GSD test: sentence split F1 (P / R)",
            f"{f1:.4f} ({precision:.3f} / {recall:.3f})",
            ">= 0.98",
        ),
        ("GSD test: token boundaries agree", f"{token_agreement(test):.2%}", ">= 99%"),
        ("  raw, GSD splits hyphen compounds", f"{token_agreement(test, False):.2%}", ""),
    ]


def print_table(rows: list[Row]) -> None:
    header = ("measure", "value", "target")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    line = "  ".join("-" * w for w in widths)
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print(line)
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


if __name__ == "__main__":
    import argparse
    import sys

    from benchmarks import bigtext, deck, engine, phrases, reader, senses, speech

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--big-text",
        type=float,
        default=bigtext.TABLE_MEGABYTES,
        metavar="MEGABYTES",
        help="size of the big text the reader analyses (default: %(default)s, minutes)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="every row on small inputs, each timed once (and a 0.05 MB big text unless "
        "given): what the test suite runs to see the table work; its figures are rough",
    )
    args = parser.parse_args()
    big_text = 0.05 if args.quick and "--big-text" not in sys.argv else args.big_text
    print_table(
        speed_rows()
        + quality_rows()
        + engine.speed_rows(args.quick)
        + engine.quality_rows(args.quick)
        + senses.quality_rows()
        + phrases.quality_rows()
        + reader.speed_rows()
        + bigtext.speed_rows(big_text)
        + deck.speed_rows()
        + speech.speed_rows()
        + ([("quick run: small inputs timed once, rough figures", "", "")] if args.quick else [])
    )
