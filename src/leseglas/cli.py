"""Command line: ``leseglas [show] [FILE|-]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from leseglas import __version__
from leseglas.errors import LeseglasError
from leseglas.resources import default_article
from leseglas.text import Document, open_document
from leseglas.text.clean import Progress, Role, Section

LARGE_INPUT = 2_000_000  # bytes; above this, loading shows progress


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except LeseglasError as err:
        print(f"leseglas: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # "leseglas show book.txt | head"
        sys.stderr.close()
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leseglas", description="A terminal reader for people learning German."
    )
    parser.add_argument("--version", action="version", version=f"leseglas {__version__}")
    parser.set_defaults(run=_show, file=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    show = commands.add_parser("show", help="print the cleaned text, paragraph by paragraph")
    show.add_argument(
        "file",
        nargs="?",
        help="a .txt, .md, .html or .epub file, or - for standard input "
        "(default: the bundled article)",
    )
    show.set_defaults(run=_show)
    return parser


def _source(file: str | None) -> str | Path:
    return default_article() if file is None else file


def _show(args: argparse.Namespace) -> int:
    source = _source(args.file)
    with _progress(source) as progress:
        document = open_document(source, progress)
    sys.stdout.write(render_plain(document))
    sys.stdout.flush()
    return 0


def render_plain(document: Document) -> str:
    """The cleaned article, paragraphs separated by blank lines, related section marked."""
    article = [p.text for p in document.article]
    out = "\n\n".join(article) + "\n"
    related = document.related
    if related:
        lines = []
        for paragraph in related:
            prefix = "" if paragraph.role is Role.BODY else "## "
            lines.append(prefix + paragraph.text)
        out += f"\n\n── {Section.RELATED.value} articles (not part of the text above) ──\n\n"
        out += "\n\n".join(lines) + "\n"
    return out


@contextmanager
def _progress(source: str | Path) -> Iterator[Progress | None]:
    """A progress bar on standard error for large inputs, nothing for small ones."""
    path = Path(source)
    size = path.stat().st_size if str(source) != "-" and path.is_file() else 0
    if size < LARGE_INPUT:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress as Bar

    console = Console(stderr=True)
    console.print(f"Reading {path.name} ({size / 1e6:.1f} MB)…")
    with Bar(console=console, transient=True) as bar:
        task = bar.add_task("Cleaning", total=1)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update
    console.print("Done.")


if __name__ == "__main__":
    raise SystemExit(main())
