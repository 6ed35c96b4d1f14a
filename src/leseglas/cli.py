"""Command line: ``leseglas [show] [FILE|-]``."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from leseglas import __version__, config
from leseglas.errors import LeseglasError
from leseglas.lang.difficulty import LEVELS, zipf
from leseglas.resources import default_article
from leseglas.text import Document, open_document
from leseglas.text.clean import Progress, Role, Section

if TYPE_CHECKING:
    from leseglas.app.session import ReadingSession
    from leseglas.deck.store import Store
    from leseglas.engine import DocumentAnalysis
    from leseglas.gloss.dictionary import Dictionary
    from leseglas.gloss.model import Gloss
    from leseglas.gloss.online import OnlineTranslator

LARGE_INPUT = 2_000_000  # bytes; above this, loading shows progress


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        config.set_data_dir(args.data_dir)
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
    parser.add_argument(
        "--data-dir", type=Path, help="keep settings, deck and caches here (or set LESEGLAS_HOME)"
    )
    parser.add_argument(
        "--online", action="store_true", default=None,
        help="allow online translation (also a setting: online = true)",
    )  # fmt: skip
    parser.set_defaults(run=_read, file=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    read = commands.add_parser("read", help="open the reader (the default command)")
    read.add_argument("file", nargs="?", help="a text leseglas can open (default: bundled)")
    read.add_argument("--level", choices=LEVELS, help="your level (saved in the settings)")
    read.set_defaults(run=_read)
    show = commands.add_parser("show", help="print the cleaned text, paragraph by paragraph")
    show.add_argument(
        "file",
        nargs="?",
        help="a .txt, .md, .html or .epub file, or - for standard input "
        "(default: the bundled article)",
    )
    show.set_defaults(run=_show)

    gloss = commands.add_parser("gloss", help="list the text's harder words with their glosses")
    gloss.add_argument("file", nargs="?", help="a text leseglas can open (default: bundled)")
    gloss.add_argument("--level", default="B1", choices=LEVELS, help="your level (default B1)")
    gloss.add_argument("--format", default="table", choices=("table", "tsv", "json"))
    gloss.set_defaults(run=_gloss)

    analyze = commands.add_parser("analyze", help="one JSON object per token (for scripts)")
    analyze.add_argument("file", nargs="?", help="a text leseglas can open (default: bundled)")
    analyze.add_argument("--format", default="jsonl", choices=("jsonl",))
    analyze.add_argument(
        "--explain", action="store_true",
        help="one line per token: its reading and the rules that changed it",
    )  # fmt: skip
    analyze.set_defaults(run=_analyze)

    deck = commands.add_parser("deck", help="your vocabulary deck: add, list, export, import")
    deck_commands = deck.add_subparsers(title="deck commands", metavar="ACTION", required=True)
    add = deck_commands.add_parser("add", help="add a word (looked up offline)")
    add.add_argument("word")
    add.add_argument("--sentence", default="", help="the sentence you met it in")
    add.add_argument("--force", action="store_true", help="add a word no dictionary knows")
    add.set_defaults(run=_deck_add)
    deck_commands.add_parser("list", help="list the cards").set_defaults(run=_deck_list)
    export = deck_commands.add_parser("export", help="export for Anki, or as CSV or JSON")
    export.add_argument("--format", default="apkg", choices=("apkg", "csv", "json"))
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        help="file to write (default: leseglas.FORMAT; - for standard output)",
    )
    export.set_defaults(run=_deck_export)
    importer = deck_commands.add_parser(
        "import", help="add cards from a CSV file, or restore a JSON backup into an empty folder"
    )
    importer.add_argument("file", type=Path)
    importer.set_defaults(run=_deck_import)
    deck_commands.add_parser(
        "optimize", help="fit the scheduler to your own reviews (needs leseglas[optimizer])"
    ).set_defaults(run=_deck_optimize)
    commands.add_parser("stats", help="deck statistics as a table").set_defaults(run=_stats)
    commands.add_parser("review", help="review due cards (flashcards)").set_defaults(run=_review)

    say = commands.add_parser("say", help="say German text aloud (offline), or write it as WAV")
    say.add_argument("text", nargs="+", help="the German text, or - to read it from standard input")
    say.add_argument("-o", "--output", type=Path, help="write a WAV file instead of playing")
    say.add_argument("--rate", type=int, help="words per minute (default: the settings', 150)")
    say.set_defaults(run=_say)

    translate = commands.add_parser("translate", help="translate German text online")
    translate.add_argument("text", nargs="+", help="the German text")
    translate.set_defaults(run=_translate)
    return parser


def _source(file: str | None) -> str | Path:
    return default_article() if file is None else file


def reading_session(args: argparse.Namespace, settings: config.Settings) -> ReadingSession:
    """Everything the reader needs, opened before the app starts (errors print plainly)."""
    from leseglas.app.session import ReadingSession
    from leseglas.deck.store import Store
    from leseglas.engine import Engine

    source = _source(args.file)
    with _progress(source) as progress:
        document = open_document(source, progress)
    store = Store.reader(config.data_dir() / "deck.sqlite")  # read-only beside another
    engine = Engine(level=settings.level, online=_online(args))
    return ReadingSession(document, str(source), engine, store, engine.online)


def _read(args: argparse.Namespace) -> int:
    from leseglas.app.app import LeseglasApp

    settings = config.Settings.load()
    if getattr(args, "level", None):
        settings.level = args.level
        settings.save()
    session = reading_session(args, settings)
    try:
        LeseglasApp(session, settings).run()
    finally:
        session.store.close()
    return 0


def _show(args: argparse.Namespace) -> int:
    source = _source(args.file)
    with _progress(source) as progress:
        document = open_document(source, progress)
    sys.stdout.write(render_plain(document))
    sys.stdout.flush()
    return 0


def _online(args: argparse.Namespace) -> OnlineTranslator | None:
    """The online translator when ``--online`` or the settings allow it."""
    allowed = args.online if args.online is not None else config.Settings.load().online
    if not allowed:
        return None
    from leseglas.gloss.online import OnlineTranslator

    return OnlineTranslator(config.cache_dir() / "translations.sqlite")


WRITER_WAIT = 3.0  # seconds a command that changes the deck waits for another leseglas


def _store() -> Store:
    """The deck for a command that changes it: it waits a moment for another
    leseglas to finish, then says the deck is busy."""
    from leseglas.deck.store import Store

    def waiting(who: str) -> None:
        print(f"leseglas: waiting for {who} to finish with the deck…", file=sys.stderr, flush=True)

    return Store(config.data_dir() / "deck.sqlite", wait=WRITER_WAIT, waiting=waiting)


def _deck_to_read() -> Store:
    """The deck for a command that only reads it: read-only beside another leseglas."""
    from leseglas.deck.store import Store

    return Store.reader(config.data_dir() / "deck.sqlite")


def _deck_add(args: argparse.Namespace) -> int:
    from leseglas.gloss.lookup import Glosser
    from leseglas.lang.analyze import analyze_sentence

    word = args.word.strip()
    if not word or len(word) > 100:
        raise LeseglasError("give one German word (at most 100 characters)")
    glosser = Glosser()
    dictionary = glosser.dictionary
    analysis = analyze_sentence([word], dictionary)[0]
    gloss = glosser.lookup(analysis, sentence_initial=False)
    if not args.force and not _known_word(word, gloss, dictionary):
        raise LeseglasError(
            f"{word!r} is in neither the dictionary nor the German texts leseglas knows: "
            "check its spelling, or add it anyway with --force"
        )
    pos = analysis.pos if analysis.pos in ("NOUN", "VERB", "ADJ", "ADV") else "X"
    card = _store().add_card(gloss.lemma, pos, article=gloss.article, plural=gloss.plural,
                             gloss=gloss.short_text, sentence=args.sentence)  # fmt: skip
    article = f"{card.article} " if card.article else ""
    print(f"added: {article}{card.lemma} — {card.gloss or '(no gloss found)'}")
    return 0


KNOWN_WORD_ZIPF = 1.0  # German text uses it (a name, a word Ding lacks: *hormonelle*)


def _known_word(word: str, gloss: Gloss, dictionary: Dictionary) -> bool:
    """Whether a word to add is one: the dictionary or a rule glosses it, it is a
    compound of a noun Ding has (*Bündnisnetz*; not *gibtsnicht* "there is + not"),
    or German text uses it."""
    if gloss.source not in ("none", "compound"):
        return True
    head = gloss.parts[-1].lemma if gloss.source == "compound" and gloss.parts else ""
    if head and any(s.pos == "NOUN" and s.headword == head for s in dictionary.lookup(head)):
        return True
    return zipf(word) >= KNOWN_WORD_ZIPF


def _review(args: argparse.Namespace) -> int:
    from leseglas.app.app import ReviewApp

    store = _store()
    try:
        ReviewApp(store, config.Settings.load()).run()
    finally:
        store.close()
    return 0


def _deck_list(args: argparse.Namespace) -> int:
    from leseglas.deck.schedule import Schedule

    for card in _deck_to_read().cards():
        article = f"{card.article} " if card.article else ""
        phase = "suspended" if card.suspended else Schedule.phase(card.state)
        print(f"{article}{card.lemma}\t{card.gloss}\t{phase}")
    return 0


def _deck_export(args: argparse.Namespace) -> int:
    from leseglas.deck.exchange import export
    from leseglas.speech import Voice

    path = args.output or Path(f"leseglas.{args.format}")
    settings = config.Settings.load()
    voice = Voice(config.data_dir() / "speech", settings.speech_rate)
    if str(path) != "-":
        held = export(_deck_to_read(), args.format, path, settings.as_dict(), voice)
        print(f"{held} written to {path}")
        return 0
    with tempfile.TemporaryDirectory() as folder:  # the exporters write files
        written = Path(folder) / f"leseglas.{args.format}"
        held = export(_deck_to_read(), args.format, written, settings.as_dict(), voice)
        sys.stdout.flush()
        sys.stdout.buffer.write(written.read_bytes())
        sys.stdout.buffer.flush()
    print(f"{held} written to standard output", file=sys.stderr)
    return 0


def _deck_optimize(args: argparse.Namespace) -> int:
    from leseglas.deck.optimize import optimize

    parameters = optimize(_store())
    settings = config.Settings.load()
    settings.fsrs_parameters = parameters
    settings.save()
    print(f"{len(parameters)} FSRS parameters fitted to your reviews and saved.")
    return 0


def _deck_import(args: argparse.Namespace) -> int:
    from leseglas.deck.exchange import counted, import_csv, import_json

    if args.file.suffix.lower() != ".json":
        count = import_csv(_store(), args.file)
        print(f"{counted(count, 'card')} added from {args.file}")
        return 0
    written, settings = import_json(_store(), args.file)
    if settings:
        config.Settings.from_dict(settings).save()
    counts = ", ".join(f"{table} {count}" for table, count in written.items())
    print(f"restored from {args.file}: {counts}" + ("; settings" if settings else ""))
    return 0


def _stats(args: argparse.Namespace) -> int:
    from leseglas.deck.stats import deck_stats, sparkline

    stats = deck_stats(_deck_to_read())
    phases = ", ".join(f"{name} {count}" for name, count in sorted(stats.by_phase.items()))
    retention = "–" if stats.retention is None else f"{stats.retention:.0%}"
    rows = [
        ("cards", f"{phases or 'none yet'}; suspended {stats.suspended}"),
        ("due", f"today {stats.due_today}, tomorrow {stats.due_tomorrow}, "
                f"next 7 days {stats.due_week}"),
        ("reviews, last 30 days", f"{sparkline(stats.reviews_per_day)} "
                                  f"({sum(stats.reviews_per_day)})"),
        ("forecast, next 30 days", sparkline(stats.forecast)),
        ("retention, last 30 days", retention),
        ("known words", f"{stats.known_words}  {sparkline(stats.known_per_day)}"),
    ]  # fmt: skip
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0


def _say(args: argparse.Namespace) -> int:
    """Plays the text and waits for its end, or writes its WAV; with no sound
    device, says so (exit 1) and how to write the file instead."""
    from leseglas.speech import Speaker
    from leseglas.text.load import load

    rate = args.rate or config.Settings.load().speech_rate
    speaker = Speaker(config.data_dir() / "speech", rate)
    text = load("-").text if args.text == ["-"] else " ".join(args.text)
    if args.output is not None:
        audio = speaker.voice.audio(text)
        try:
            audio.write(args.output)
        except OSError as err:
            raise LeseglasError(f"{args.output}: cannot write ({err.strerror})") from None
        print(f"{audio.seconds:.1f} s of speech written to {args.output}")
        return 0
    speaker.say(text)
    speaker.player.wait()
    speaker.close()
    return 0


def _translate(args: argparse.Namespace) -> int:
    from leseglas.gloss.online import OnlineTranslator

    online = _online(args)
    if online is None:
        online = OnlineTranslator(config.cache_dir() / "translations.sqlite", enabled=False)
    result = online.translate(" ".join(args.text))
    if result.found:
        print(result.translation)
        return 0
    reasons = {
        "disabled": "online translation is off; pass --online or set online = true",
        "offline": "no network: online translation is unavailable (everything else works)",
        "timeout": "the translation service did not answer within 3 s",
    }
    raise LeseglasError(reasons.get(result.status, "the translation service gave no answer"))


def _analysis(args: argparse.Namespace, level: str = "B1") -> DocumentAnalysis:
    from leseglas.engine import Engine
    from leseglas.text.language import not_german

    source = _source(args.file)
    with _progress(source) as progress:
        document = open_document(source, progress)
    warning = not_german(document)
    if warning is not None:
        print(f"leseglas: warning: {warning}", file=sys.stderr)
    engine = Engine(level=level, online=_online(args))
    deck = config.data_dir() / "deck.sqlite"
    if deck.is_file():  # the learner's known and ignored words, as the reader has them
        store = _deck_to_read()
        engine.follow_statuses(store.statuses())
        store.close()
    with _progress(source, "Analysing") as progress:
        return engine.analyze(document, progress, workers=min(2, os.cpu_count() or 1))


def _gloss(args: argparse.Namespace) -> int:
    from leseglas import report

    analysis = _analysis(args, args.level)
    rows = [report.glossary_row(t) for t in analysis.hard_words]
    sys.stdout.write(report.render(rows, args.format))
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from leseglas import report

    analysis = _analysis(args)
    write = sys.stdout.write
    sentence = None
    for token in analysis.tokens():
        if not args.explain:
            write(json.dumps(report.token_record(token), ensure_ascii=False) + "\n")
            continue
        if (token.paragraph, token.sentence) != sentence and sentence is not None:
            write("\n")
        sentence = (token.paragraph, token.sentence)
        if token.is_word:
            write(report.explained(token) + "\n")
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
def _progress(source: str | Path, what: str = "Reading") -> Iterator[Progress | None]:
    """A progress bar on standard error for large inputs, nothing for small ones."""
    path = Path(source)
    size = path.stat().st_size if str(source) != "-" and path.is_file() else 0
    if size < LARGE_INPUT:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress as Bar

    console = Console(stderr=True)
    console.print(f"{what} {path.name} ({size / 1e6:.1f} MB)…")
    with Bar(console=console, transient=True) as bar:
        task = bar.add_task(what, total=1)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update
    console.print("Done.")


if __name__ == "__main__":
    raise SystemExit(main())
