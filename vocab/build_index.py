"""Build the shipped offline dictionary index from Ding's ``de-en`` file.

Get the source (Debian package ``trans-de-en``, GPL-2.0-or-later)::

    apt-get download trans-de-en && dpkg -x trans-de-en_*.deb ding
    python vocab/build_index.py ding/usr/share/trans/de-en

The output, ``vocab/de-en.sqlite``, is a read-only SQLite index: one row per
headword sense (word class, gender, plural, domain labels, context notes, short
English translations) and one row per findable form (headword, plural,
participles, finite forms).  Example sentences and idioms are not stored.
SQLite because it is in the standard library, opens in microseconds, looks a
form up through a B-tree index without loading the file, and is one file.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from wordfreq import zipf_frequency

from leseglas.gloss.dictionary import BOUND_MIN_COMPOUNDS, rendering_words
from leseglas.gloss.ding import Entry, parse_line, without_slots

OUTPUT = Path(__file__).resolve().parent / "de-en.sqlite"
SUPPLEMENT = Path(__file__).resolve().parent / "supplement.tsv"
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    headword TEXT NOT NULL,
    pos TEXT NOT NULL,
    gender TEXT NOT NULL,
    plural TEXT NOT NULL,
    labels TEXT NOT NULL,        -- space-separated Ding labels: "mil. pol."
    notes TEXT NOT NULL,         -- tab-separated context notes
    translations TEXT NOT NULL,  -- tab-separated English renderings, best first
    synonym INTEGER NOT NULL,    -- 0 when the headword is the first word of its Ding line
    inflected INTEGER NOT NULL,  -- 1 when Ding lists forms here, 2 when a verb's person forms
                                 -- too (er/sie bleibt): its main entry for the word
    usage TEXT NOT NULL,         -- "gegen etw. sein" when object slots were taken off the headword
    derived INTEGER NOT NULL,    -- 1: a participle made an adjective from its verb's line
                                 -- (zerstört "destroyed"), not an adjective entry of Ding's own
    examples INTEGER NOT NULL    -- sub-entries after the forms: Ding's main line has many
);
CREATE TABLE part_renderings (  -- how Ding renders a noun inside compounds
    part TEXT NOT NULL,          -- headword: "Netz"
    role TEXT NOT NULL,          -- head (last part) or modifier (earlier part)
    rendering TEXT NOT NULL,     -- "network" (Straßennetz: road network …)
    count INTEGER NOT NULL,      -- compounds
    reach REAL NOT NULL,         -- their Zipf frequencies summed (at least 1 each):
                                 -- common compounds weigh more, one cannot dominate
    PRIMARY KEY (part, role, rendering)
) WITHOUT ROWID;
CREATE TABLE forms (
    key TEXT NOT NULL,           -- lower-cased NFC form
    entry INTEGER NOT NULL REFERENCES entries(id),
    kind TEXT NOT NULL,          -- headword, plural, inflection
    PRIMARY KEY (key, entry)
) WITHOUT ROWID;
"""


def form_key(form: str) -> str:
    return form.lower()


_LINKS = ("", "s", "es", "n", "en", "er", "e")


def part_renderings(db: sqlite3.Connection) -> dict[tuple[str, str, str], tuple[int, float]]:
    """For each noun, count which of its renderings Ding uses inside compounds,
    and how often a reader meets those compounds.

    *Straßennetz* "road network", *Stromnetz* "power network" … make "network"
    the rendering of *Netz* as a compound head, although "net" comes first in
    its own entry.  Only a part's own one-word renderings are counted.  Reach
    weighs each compound by its Zipf frequency: *Lager* has more rare
    engineering compounds ("bearing") than camps, but *Flüchtlingslager* and
    *Zeltlager* are met far more.  Zipf, not raw frequency, so that one very
    common compound (*Hintergrund* "background") cannot outweigh all others.
    """
    renderings: dict[str, set[str]] = defaultdict(set)
    compounds: dict[str, list[list[str]]] = defaultdict(list)
    for headword, translations in db.execute(
        "SELECT headword, translations FROM entries WHERE pos = 'NOUN'"
    ):
        for translation in translations.split("\t"):
            words = rendering_words(translation)
            if len(words) == 1:
                renderings[headword].add(words[0])
            if words:
                compounds[headword].append(words)
    counts: Counter[tuple[str, str, str]] = Counter()
    reach: Counter[tuple[str, str, str]] = Counter()
    bound: Counter[tuple[str, str, str]] = Counter()
    known = {str(h).lower() for (h,) in db.execute("SELECT DISTINCT headword FROM entries")}
    for word, translations in compounds.items():
        weight = _weight(word)
        for cut in range(3, len(word) - 2):
            head = word[cut:].capitalize()
            if head in renderings and head != word:
                for words in translations:
                    if len(words) > 1 and words[-1] in renderings[head]:
                        counts[(head, "head", words[-1])] += 1
                        reach[(head, "head", words[-1])] += weight
                        bound[(_bound_stem(word[:cut]), "modifier", words[0])] += 1
            for link in _LINKS:
                stem = word[:cut]
                if link and stem.endswith(link):
                    stem = stem[: -len(link)]
                if stem in renderings and stem != word:
                    for words in translations:
                        if len(words) > 1 and words[0] in renderings[stem]:
                            counts[(stem, "modifier", words[0])] += 1
                            reach[(stem, "modifier", words[0])] += weight
                    break
    counts += _bound_modifiers(bound, known)
    return {key: (count, round(reach[key], 4)) for key, count in counts.items()}


def _weight(compound: str) -> float:
    return max(1.0, float(zipf_frequency(compound, "de")))  # one that wordfreq lacks: 1


_S_LINKED = ("ung", "heit", "keit", "schaft", "ion", "tät", "tum", "ling")


def _bound_stem(stem: str) -> str:
    """*Ausgrabungs*·zeit: the stem without the *-s-* its suffix takes."""
    return stem[:-1] if stem.endswith("s") and stem[:-1].endswith(_S_LINKED) else stem


def _bound_modifiers(
    bound: Counter[tuple[str, str, str]], known: set[str]
) -> Counter[tuple[str, str, str]]:
    """Modifiers that are no word of their own (*Mindest*·abstand "minimum
    distance", *Einzel*·zimmer "single room"), kept where at least five of
    Ding's transparent compounds with them agree on a rendering (not *Para*·nuss
    "brazil nut" once)."""
    top: Counter[str] = Counter()
    for (stem, _, _), count in bound.items():
        top[stem] = max(top[stem], count)
    return Counter(
        {
            key: count
            for key, count in bound.items()
            if top[key[0]] >= BOUND_MIN_COMPOUNDS
            and len(key[0]) >= 4
            and key[0].isalpha()
            and not _linked_form_of(key[0].lower(), known)
        }
    )


def _linked_form_of(stem: str, known: set[str]) -> bool:
    """*Bundes* is *Bund* with its linking element: a word, not a bound modifier."""
    return any(stem.endswith(link) and stem[: len(stem) - len(link)] in known for link in _LINKS)


def _inflected(entry: Entry) -> int:
    if entry.conjugated:
        return 2
    return int(any(kind != "headword" for _, kind in entry.forms))


SUPPLEMENT_EXAMPLES = 6  # ours are core meanings: as many sub-entries as a main Ding line


def supplement_entries(path: Path = SUPPLEMENT) -> list[Entry]:
    """Our own entries for common words this Ding edition lacks (zwar, dran, im …)."""
    entries = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        written, pos, gender, plural, forms, translations = line.split("\t")
        headword = without_slots(written)  # *jdn. an etw. erinnern*
        entry = Entry(headword, pos, gender, plural, [], [], translations.split("; "))
        entry.usage = written if written != headword else ""
        entry.conjugated = True  # our core meaning: ranked as a main entry, for every word class
        entry.examples = SUPPLEMENT_EXAMPLES
        entry.forms = [(f.strip(), "inflection") for f in forms.split(",") if f.strip()]
        if pos == "VERB" and headword.startswith("sich "):
            entry.forms.insert(0, (headword.removeprefix("sich "), "headword"))  # as Ding's
        if plural and plural != headword:
            entry.forms.append((plural, "plural"))  # *Vorkehrungen*, *Hotlines*
        entries.append(entry)
    return entries


def _entries(source: Path, header: list[str]) -> Iterator[Entry]:
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                header.append(line[1:].strip())
                continue
            yield from parse_line(line)
    yield from supplement_entries()


def build(source: Path, output: Path) -> tuple[int, int]:
    output.unlink(missing_ok=True)
    db = sqlite3.connect(output)
    db.executescript(SCHEMA)
    header: list[str] = []
    entries = forms = 0
    for entry in _entries(source, header):
        entries += 1
        db.execute(
            "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (entries, entry.headword, entry.pos, entry.gender, entry.plural,
             " ".join(entry.labels), "\t".join(entry.notes),
             "\t".join(entry.translations), entry.synonym,
             _inflected(entry), entry.usage, int(entry.derived), entry.examples),
        )  # fmt: skip
        seen = set()
        for form, kind in [(entry.headword, "headword"), *entry.forms]:
            if form_key(form) not in seen:
                seen.add(form_key(form))
                db.execute(
                    "INSERT OR IGNORE INTO forms VALUES (?, ?, ?)",
                    (form_key(form), entries, kind),
                )
                forms += 1
    db.executemany(
        "INSERT INTO part_renderings VALUES (?, ?, ?, ?, ?)",
        [(*key, *value) for key, value in part_renderings(db).items()],
    )
    db.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("source", "Ding de-en (Debian trans-de-en)"), ("header", "\n".join(header)),
         ("license", "GPL-2.0-or-later")],
    )  # fmt: skip
    db.commit()
    db.execute("VACUUM")
    db.close()
    return entries, forms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="Ding's de-en file")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    entries, forms = build(args.source, args.output)
    size = args.output.stat().st_size / 1e6
    print(f"{args.output}: {entries:,} senses, {forms:,} forms, {size:.1f} MB")


if __name__ == "__main__":
    main()
