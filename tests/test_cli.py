import json
import subprocess
import sys
from pathlib import Path

import pytest

from leseglas.cli import main


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "leseglas", *args],
        input=stdin.decode("utf-8", "replace") if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_show_prints_the_clean_seed_article(seed_path: Path) -> None:
    result = run("show", str(seed_path))
    assert result.returncode == 0, result.stderr
    paragraphs = result.stdout.split("\n\n")
    assert paragraphs[:2] == ["Russisches Militär", "Wenn Putin seine Soldaten schickt"]
    assert result.stdout.count("Bereit für den Einsatz.") == 1
    assert "Kasachstan. AFP" not in result.stdout
    for ui in ("Drucken", "Mehr erfahren", "Lesen Sie mehr", "Browser"):
        assert ui not in result.stdout
    article, related = result.stdout.split("── related articles")
    assert "Einfluss Russlands als „Schutzmacht“ weiter wachsen." in article
    assert "Präsident will Aufstand ersticken" in related


def test_show_without_file_prints_the_bundled_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show"]) == 0
    assert capsys.readouterr().out.startswith(
        "Russisches Militär\n\nWenn Putin seine Soldaten schickt"
    )


def test_no_argument_opens_the_reader() -> None:
    from leseglas.cli import _parser, _read

    assert _parser().parse_args([]).run is _read
    assert _parser().parse_args(["read", "x.txt"]).run is _read


def test_read_reports_a_missing_file_before_the_app_starts(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path), "read", str(tmp_path / "fehlt.txt"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"leseglas: {tmp_path / 'fehlt.txt'}: no such file"


def test_a_foreign_deck_file_is_refused_and_kept(tmp_path: Path) -> None:
    deck = tmp_path / "deck.sqlite"
    deck.write_bytes(b"not a database" * 100)
    result = run("--data-dir", str(tmp_path), "read")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert str(deck) in result.stderr and "left untouched" in result.stderr
    assert deck.read_bytes() == b"not a database" * 100


def test_standard_input() -> None:
    result = run("show", "-", stdin=b"Erster Absatz.\n\nZweiter Absatz.")
    assert result.stdout == "Erster Absatz.\n\nZweiter Absatz.\n"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "fehlt.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (
            lambda d: (d / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR") and d / "b.png",
            "PNG",
        ),
        (lambda d: (d / "e.txt").write_bytes(b"") == 0 and d / "e.txt", "empty"),
        (
            lambda d: (d / "u.txt").write_bytes(b"\x81\x8d\x00\x9d" * 99) and d / "u.txt",
            "binary|encoding",
        ),
    ],
    ids=["missing", "directory", "png", "empty", "undecodable"],
)
def test_bad_input_one_line_and_non_zero_exit(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    result = run("show", str(make(tmp_path)))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("leseglas: ")
    import re

    assert re.search(message, lines[0])


def test_twenty_megabytes_load_with_progress(tmp_path: Path, seed_path: Path) -> None:
    paragraph = (
        "Die Mission findet im Rahmen der Organisation statt. Russland schickt Soldaten.\n\n"
    )
    big = tmp_path / "gross.txt"
    with big.open("w", encoding="utf-8") as out:
        for number in range(20_000_000 // len(paragraph.encode()) + 1):
            out.write(f"{number}. {paragraph}")
    assert big.stat().st_size >= 20_000_000
    result = subprocess.run(
        [sys.executable, "-m", "leseglas", "show", str(big)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert "Reading gross.txt (" in result.stderr and "MB)" in result.stderr
    assert result.stdout.count("Russland schickt Soldaten.") > 200_000


def test_analyze_explain_names_the_rules_that_changed_each_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "hütte.txt"
    text.write_text("Wir kamen an der Memminger Hütte an.\n", "utf-8")
    assert main(["analyze", str(text), "--explain"]) == 0
    lines = dict(line.split("\t", 1) for line in capsys.readouterr().out.splitlines() if line)
    assert lines["Memminger"] == (
        "Memminger ADJ(A)\tnoun.article-of-its-phrase → adjective.town-adjective"
        '\t"of Memmingen"\tgloss.town-adjective-ding-lacks'
    )
    assert lines["Wir"] == 'wir PPER\tHanTa\t"we"\tgloss.dictionary-senses'
    assert "separable-verbs (pass)" in lines["kamen"]


def test_analyze_jsonl_carries_the_rule_trace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "hütte.txt"
    text.write_text("Wir kamen an der Memminger Hütte an.\n", "utf-8")
    assert main(["analyze", str(text)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_text = {r["text"]: r for r in records}
    assert by_text["Memminger"]["rules"] == [
        "noun.article-of-its-phrase", "adjective.town-adjective",
    ]  # fmt: skip
    assert by_text["Wir"]["rules"] == []
    assert by_text["Memminger"]["gloss_rules"] == ["gloss.town-adjective-ding-lacks"]


def test_deck_add_refuses_a_word_nobody_knows_unless_forced(tmp_path: Path) -> None:
    home = str(tmp_path)
    refused = run("--data-dir", home, "deck", "add", "gibtsnicht")
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "--force" in refused.stderr and "gibtsnicht" in refused.stderr
    compound = run("--data-dir", home, "deck", "add", "Bündnisnetz")  # Ding lacks it: parts
    assert compound.returncode == 0 and "alliance + network" in compound.stdout
    forced = run("--data-dir", home, "deck", "add", "gibtsnicht", "--force")
    assert forced.returncode == 0, forced.stderr
    listed = run("--data-dir", home, "deck", "list").stdout
    assert "Bündnisnetz" in listed and "gibtsnicht" in listed


def test_deck_export_to_standard_output(tmp_path: Path) -> None:
    home = str(tmp_path / "data")
    assert run("--data-dir", home, "deck", "add", "Fallschirmjäger").returncode == 0
    result = subprocess.run(
        [sys.executable, "-m", "leseglas", "--data-dir", home, "deck", "export", "--format",
         "csv", "-o", "-"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("lemma,pos,article")
    assert "Fallschirmjäger,NOUN,der" in result.stdout
    assert "1 card written to standard output" in result.stderr
    assert not (tmp_path / "-").exists()


def test_gloss_leaves_out_the_words_the_reader_marked_known(
    tmp_path: Path, seed_path: Path
) -> None:
    from leseglas.deck.store import Store, WordStatus

    home = tmp_path / "data"
    before = run("--data-dir", str(home), "gloss", str(seed_path), "--format", "tsv")
    assert before.returncode == 0, before.stderr
    assert "\tMachthaber\t" in before.stdout and "\tFallschirmjäger\t" in before.stdout
    store = Store(home / "deck.sqlite")  # what k and i in the reader write
    store.set_status("Machthaber", WordStatus.KNOWN)
    store.set_status("Fallschirmjäger", WordStatus.IGNORED)
    store.close()
    after = run("--data-dir", str(home), "gloss", str(seed_path), "--format", "tsv")
    assert "\tMachthaber\t" not in after.stdout and "\tFallschirmjäger\t" not in after.stdout
    assert len(after.stdout.splitlines()) == len(before.stdout.splitlines()) - 2


def test_gloss_warns_when_a_text_is_not_german(tmp_path: Path) -> None:
    english = tmp_path / "english.txt"
    english.write_text(
        "The quick brown fox jumps over the lazy dog. The committee met on Tuesday to "
        "discuss the budget, and most members agreed.\n", "utf-8",
    )  # fmt: skip
    result = run("--data-dir", str(tmp_path), "gloss", str(english))
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "warning: This text looks English, not German" in result.stderr
    german = run("--data-dir", str(tmp_path), "gloss")
    assert "warning" not in german.stderr


def test_analyze_explain_shows_why_the_first_sense_is_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "wäsche.txt"
    text.write_text("Die Waschmaschine lief.\n", "utf-8")
    assert main(["analyze", str(text), "--explain"]) == 0
    out = capsys.readouterr().out.splitlines()
    index = next(i for i, line in enumerate(out) if line.startswith("Waschmaschine\t"))
    first, second = out[index + 1], out[index + 2]
    assert '"washing machine" (NOUN): word-class +3.00' in first
    assert '"scouring machine"' in second and "other-field -0.70" in second  # Ding's [textil.]
    # each line's score is the sum of the signals it lists, and the first is highest
    scores = []
    for line in (first, second):
        score, because = line.split(":", 1)[0].split()[0], line.split("):", 1)[1]
        parts = [float(part.split()[-1]) for part in because.split(",")]
        assert float(score) == pytest.approx(sum(parts), abs=0.011 * len(parts))
        scores.append(float(score))
    assert scores[0] > scores[1]
