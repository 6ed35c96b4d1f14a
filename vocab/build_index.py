"""Build the offline dictionary index from Ding's ``de-en`` file and our supplement.

The source is committed once, compressed: ``vocab/ding-de-en-1.9-6.xz`` is
``usr/share/trans/de-en`` from Debian's ``trans-de-en`` 1.9-6 (GPL-2.0-or-later,
see ``LICENSE-ding.txt``; its sha256 is checked on every build).  The index is
built at installation by the wheel's build hook (``hatch_build.py``) and never
committed; after editing ``supplement.tsv`` in a checkout, rebuild it::

    python vocab/build_index.py            # or: pip install -e .

The output, ``vocab/de-en.sqlite``, is a read-only SQLite index: one row per
headword sense (word class, gender, plural, domain labels, context notes, short
English translations) and one row per findable form (headword, plural,
participles, finite forms).  Example sentences are not stored; of the idioms
listed under a word, only those that are units (``ding._idiom``: *zu Hilfe eilen*,
*im Rahmen von*) are, and its formulae (``ding.parse_formulae``: *Vielen Dank!*,
*Sehr geehrte Frau …*), as entries of word class FORMULA.
Nouns' genitives come from the German Wiktionary (``german-nouns-1.2.5.csv.xz``,
CC BY-SA 4.0, see ``LICENSE-german-nouns.txt``; its sha256 is checked too).
SQLite because it is in the standard library, opens in microseconds, looks a
form up through a B-tree index without loading the file, and is one file.
The build is deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import lzma
import os
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from wordfreq import zipf_frequency

from leseglas.gloss.dictionary import wiktionary_gender
from leseglas.gloss.ding import (
    BOUND_MIN_COMPOUNDS,
    CLEAR_LEAD,
    Entry,
    attributive_uses,
    equivalent_weights,
    parse_formulae,
    parse_line,
    rendering_words,
    spelt_alike,
    verb_phrase_uses,
    without_slots,
)
from leseglas.gloss.ranking import NOTE, english_zipf, first_alternative
from leseglas.gloss.render import ONE_WORD, RARE_ENGLISH

VOCAB = Path(__file__).resolve().parent
OUTPUT = VOCAB / "de-en.sqlite"
SUPPLEMENT = VOCAB / "supplement.tsv"
SOURCE = VOCAB / "ding-de-en-1.9-6.xz"
SOURCE_SHA256 = "34052c6021d09eadfee7a893a789204265954df70fe9c36d38fa00058d79d326"  # de-en itself
# Nouns' genitives, from the German Wiktionary (CC BY-SA 4.0, LICENSE-german-nouns.txt)
NOUNS = VOCAB / "german-nouns-1.2.5.csv.xz"
NOUNS_SHA256 = "7b34ca76bb753fa5d3d2b683ecc987824ae874b375ac999a797074fafba2768e"
# What the index is made from: a change to any of them means a rebuild.
INPUTS = (
    SOURCE, NOUNS, SUPPLEMENT, Path(__file__).resolve(),
    VOCAB.parent / "src/leseglas/gloss/ding.py",
    VOCAB.parent / "src/leseglas/lang/words.py",  # the prepositions of idioms
    VOCAB.parent / "src/leseglas/gloss/ranking.py",  # English frequency (english_degrees)
    VOCAB.parent / "src/leseglas/gloss/render.py",  # the renderings that take a degree
)  # fmt: skip
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
    examples INTEGER NOT NULL,   -- sub-entries after the forms: Ding's main line has many
    principal TEXT NOT NULL,     -- a verb's preterite and perfect: "ging|ist gegangen"
    intransitive INTEGER NOT NULL -- 1: a verb Ding tags {vi} (verstreichen (Zeit) "to pass")
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
CREATE TABLE attribute_renderings ( -- how Ding renders an adjective before a noun
    adjective TEXT NOT NULL,     -- its headword: "religiös"
    rendering TEXT NOT NULL,     -- "religious" (religiöser Fanatiker: religious fanatic …)
    count INTEGER NOT NULL,      -- phrases' renderings that open so
    PRIMARY KEY (adjective, rendering)
) WITHOUT ROWID;
CREATE TABLE phrase_renderings ( -- how Ding renders a verb in its phrases
    verb TEXT NOT NULL,          -- its headword: "einnehmen"
    rendering TEXT NOT NULL,     -- "take" (ein Medikament einnehmen: to take a medication …)
    count INTEGER NOT NULL,      -- phrases rendered so
    PRIMARY KEY (verb, rendering)
) WITHOUT ROWID;
CREATE TABLE noun_forms (      -- from the German Wiktionary (german-nouns)
    headword TEXT NOT NULL,
    gender TEXT NOT NULL,        -- m, f, n
    genitive TEXT NOT NULL,      -- genitive singular: "Tages" (its first form)
    plural TEXT NOT NULL         -- nominative plural, "" when none
);
CREATE INDEX noun_forms_headword ON noun_forms (headword);
CREATE INDEX noun_forms_plural ON noun_forms (plural);
CREATE TABLE english_spellings ( -- one-word renderings spelt as their German headword is
    word TEXT PRIMARY KEY,        -- lower-cased: "pharaoh"
    headword TEXT NOT NULL        -- "Pharao"
) WITHOUT ROWID;
CREATE TABLE english_equivalents ( -- how often each gender renders an English noun
    word TEXT PRIMARY KEY,        -- lower-cased: "street"
    m REAL NOT NULL,              -- German nouns of that gender rendered by it
    f REAL NOT NULL,              -- (Straße f), each weighted by its frequency
    n REAL NOT NULL               -- and by the rendering's place in its line
) WITHOUT ROWID;
CREATE TABLE english_degrees (  -- English's own degrees of a one-word rendering
    word TEXT PRIMARY KEY,        -- "old" (alt), "good" (gut)
    comparative TEXT NOT NULL,    -- "older", "better"; "" where English says "more …"
    superlative TEXT NOT NULL     -- "oldest", "best"; "" where English says "most …"
) WITHOUT ROWID;
CREATE TABLE forms (
    key TEXT NOT NULL,           -- lower-cased NFC form
    entry INTEGER NOT NULL REFERENCES entries(id),
    kind TEXT NOT NULL,          -- headword, plural, inflection, abbreviation;
                                 -- a two-letter symbol as written: "symbol:Sc"
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
    foreign: Counter[tuple[str, str, str]] = Counter()
    known = {str(h).lower() for (h,) in db.execute("SELECT DISTINCT headword FROM entries")}
    for word, translations in compounds.items():
        weight = _weight(word)
        # a translation whose last word a head of the word renders (*Geburts·tag* "day")
        # teaches no other head (*Geburt·stag*)
        plain_heads = {
            index
            for index, words in enumerate(translations)
            for cut in range(3, len(word) - 2)
            if len(words) > 1 and words[-1] in renderings.get(word[cut:].capitalize(), ())
        }
        for cut in range(3, len(word) - 2):
            head = word[cut:].capitalize()
            if head in renderings and head != word:
                for index, words in enumerate(translations):
                    if len(words) > 1 and words[-1] in renderings[head]:
                        counts[(head, "head", words[-1])] += 1
                        reach[(head, "head", words[-1])] += weight
                        bound[(_bound_stem(word[:cut]), "modifier", words[0])] += 1
                    elif (
                        len(words) > 1
                        and index not in plain_heads
                        and _opens_with_modifier(word[:cut], words, renderings)
                    ):
                        foreign[(head, "head", words[-1])] += 1
                        reach[(head, "head", words[-1])] += weight
            for link in _LINKS:
                stem = word[:cut]
                if link and stem.endswith(link):
                    stem = stem[: -len(link)]
                if stem in renderings and stem != word:
                    for words in translations:
                        if len(words) > 1 and words[0] in renderings[stem]:
                            counts[(stem, "modifier", words[0])] += 1
                            reach[(stem, "modifier", words[0])] += weight
                        elif len(words) > 1 and _ends_in_head(word[cut:], words, renderings):
                            foreign[(stem, "modifier", words[0])] += 1
                            reach[(stem, "modifier", words[0])] += weight
                    break
    counts += _bound_modifiers(bound, known)
    counts += _compound_senses(foreign, counts)
    return {key: (count, round(reach[key], 4)) for key, count in counts.items()}


def _ends_in_head(head: str, words: list[str], renderings: dict[str, set[str]]) -> bool:
    """Whether the English ends in a rendering of the compound's head noun."""
    noun = head.capitalize()
    return noun in renderings and words[-1] in renderings[noun]


def _opens_with_modifier(modifier: str, words: list[str], renderings: dict[str, set[str]]) -> bool:
    """Whether the English opens with a rendering of the compound's modifier, with
    or without its linking element (*Stahl·industrie* "steel industry")."""
    for link in _LINKS:
        stem = modifier[: len(modifier) - len(link)] if link else modifier
        if modifier.endswith(link) and words[0] in renderings.get(stem.capitalize(), ()):
            return True
    return False


def _compound_senses(
    foreign: Counter[tuple[str, str, str]], own: Counter[tuple[str, str, str]]
) -> Counter[tuple[str, str, str]]:
    """A rendering a noun does not have on its own but has inside compounds, where
    Ding's compounds agree on it.  In front: *Fach* is "subject" alone, "specialist"
    in 38 compounds (*Fachbuch* "specialist book"), and *Jahres*· "annual".  At the
    end: *Industrie* is "mass-manufacturing industry" alone, "industry" in *Stahl-*,
    *Textil-*, *Autoindustrie*.  Kept only where at least five compounds use it and
    twice as many as use the noun's own best rendering (*Haus*· stays "house", not
    "domestic"; a modifier is held to its best anywhere: *Jahres*·vertrag stays "year")."""
    best_own: Counter[tuple[str, str]] = Counter()
    for (stem, role, _), count in own.items():
        for place in {role, "modifier"}:  # a modifier: its best in either place
            best_own[stem, place] = max(best_own[stem, place], count)
    leaders: dict[tuple[str, str], tuple[str, int]] = {}
    for (stem, role, rendering), count in sorted(foreign.items()):
        if count > leaders.get((stem, role), ("", 0))[1]:
            leaders[stem, role] = (rendering, count)
    return Counter(
        {
            (stem, role, rendering): count
            for (stem, role), (rendering, count) in leaders.items()
            if count >= BOUND_MIN_COMPOUNDS and count >= CLEAR_LEAD * best_own[stem, role]
        }
    )


ATTRIBUTIVE_ENDINGS = ("", "e", "er", "es", "en", "em", "r", "s", "n", "m")


def attribute_renderings(db: sqlite3.Connection, source: Path) -> Counter[tuple[str, str]]:
    """(adjective, English word): how often Ding's noun phrases, examples included,
    render the adjective so.  *religiöser Fanatiker* "religious fanatic",
    *religiöse Vorschrift* "religious precept" … make "religious" *religiös*'s,
    whose own lines say "devout" and "devotional"."""
    adjectives = _headwords(db, "ADJ")
    return _count_uses(source, attributive_uses, lambda written: _citation(written, adjectives))


def phrase_renderings(db: sqlite3.Connection, source: Path) -> Counter[tuple[str, str]]:
    """(verb, English verb): how often Ding's phrases that end in the verb, examples
    included, render it so.  *Bargeld einnehmen* "to take in cash", *Platz
    einnehmen* "to take up room", *ein Medikament einnehmen* "to take a
    medication" … make "take" *einnehmen*'s, whose own lines lead with "to hold"."""
    verbs = _headwords(db, "VERB")
    return _count_uses(source, verb_phrase_uses, lambda verb: verb if verb in verbs else "")


def _headwords(db: sqlite3.Connection, pos: str) -> set[str]:
    sql = "SELECT DISTINCT headword FROM entries WHERE pos = ?"
    return {str(h) for (h,) in db.execute(sql, (pos,))}


def _count_uses(
    source: Path,
    uses: Callable[[str], Iterator[tuple[str, str]]],
    headword: Callable[[str], str],
) -> Counter[tuple[str, str]]:
    """(headword, English word) counted over Ding's lines: each use ``uses`` finds in
    a line, under the headword its German word is ("" for none)."""
    counts: Counter[tuple[str, str]] = Counter()
    with source_text(source) as lines:
        for line in lines:
            for written, english in uses(line):
                if found := headword(written):
                    counts[(found, english)] += 1
    return counts


def _citation(written: str, adjectives: set[str]) -> str:
    """The adjective a declined form is: *religiöser* → *religiös*, *leisen* → *leise*."""
    for ending in ATTRIBUTIVE_ENDINGS:
        stem = written[: len(written) - len(ending)]
        if written.endswith(ending) and stem in adjectives:
            return stem
    return ""


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


def english_spellings(db: sqlite3.Connection) -> Iterator[tuple[str, str]]:
    """(English word, German headword) for each one-word rendering that is its
    headword spelt the English way: *pharaoh* (*Pharao*), *nectar* (*Nektar*)."""
    sql = "SELECT headword, translations FROM entries WHERE headword NOT LIKE '% %'"
    for headword, translations in db.execute(sql).fetchall():
        for rendering in translations.split("\t"):
            word = rendering.removeprefix("the ").removeprefix("to ").lower()
            if word.isalpha() and word.isascii() and spelt_alike(headword, word):
                yield word, headword


def english_equivalents(db: sqlite3.Connection) -> Iterator[tuple[str, float, float, float]]:
    """(English noun, m, f, n): how much each gender's German nouns are rendered
    by it (``ding.equivalent_weights``).  An English loan takes its German
    equivalent's gender more often than any other (*die Street*: *die Straße*;
    *das Meeting*: *das Treffen*)."""
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    sql = "SELECT DISTINCT headword, gender, translations FROM entries WHERE pos = 'NOUN'"
    for headword, gender, translations in db.execute(sql).fetchall():
        if gender in ("m", "f", "n"):
            for english, weight in equivalent_weights(headword, translations.split("\t")):
                votes[english][gender] += weight
    for word, genders in sorted(votes.items()):
        yield word, round(genders["m"], 3), round(genders["f"], 3), round(genders["n"], 3)


def english_degrees(db: sqlite3.Connection) -> Iterator[tuple[str, str, str]]:
    """(English word, comparative, superlative) for each one-word rendering with
    forms of its own in lemminflect's lexicon that English uses (``RARE_ENGLISH``):
    *alt* "old" → "older", "oldest"; *gut* "good" → "better", "best".  Not its
    "moderner": a word without them takes "more" and "most" when it is read
    (``render.in_degree``).  Built here so that reading loads no English lexicon."""
    from lemminflect import getInflection

    words = set()
    for (translations,) in db.execute("SELECT translations FROM entries").fetchall():
        for translation in translations.split("\t"):
            word = first_alternative(NOTE.sub("", translation).strip())
            if ONE_WORD.fullmatch(word):
                words.add(word)
    for word in sorted(words):
        forms = [
            next((f for f in getInflection(word, tag, inflect_oov=False) if _used(f)), "")
            for tag in ("JJR", "JJS")
        ]
        if any(forms):
            yield word, forms[0], forms[1]


def _used(english: str) -> bool:
    return english_zipf(english) >= RARE_ENGLISH


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


def inputs_digest() -> str:
    """One hash of everything the index is built from.  wordfreq (whose
    frequencies weigh the compound part renderings) is left out: its data is
    frozen since 3.1, and the build hook's wordfreq need not be the reader's."""
    digest = hashlib.sha256()
    for path in INPUTS:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def is_current(output: Path = OUTPUT) -> bool:
    """Whether ``output`` exists and was built from today's inputs."""
    if not output.is_file():
        return False
    try:
        with sqlite3.connect(f"file:{output}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'inputs'").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == inputs_digest()


def source_text(source: Path) -> io.StringIO:
    """Ding's text, checked against the pinned hash (an ``.xz`` file is unpacked)."""
    data = lzma.decompress(source.read_bytes()) if source.suffix == ".xz" else source.read_bytes()
    pinned = {SOURCE: SOURCE_SHA256, NOUNS: NOUNS_SHA256}.get(source)
    if pinned is not None and hashlib.sha256(data).hexdigest() != pinned:
        raise SystemExit(f"{source}: sha256 differs from the pinned source")
    return io.StringIO(data.decode("utf-8"))


# Wiktionary's word kinds that are no vocabulary to decline: names, letters, affixes
_NOT_VOCABULARY = frozenset(
    {"Toponym", "Vorname", "Nachname", "Eigenname", "Straßenname", "Buchstabe", "Affix",
     "Gebundenes Lexem", "Abkürzung", "adjektivische Deklination"}
)  # fmt: skip
_VARIANTS = ("", " 1", " 2", " 3", " 4")  # Wiktionary's numbered genders and forms


def noun_forms(source: Path = NOUNS) -> Iterator[tuple[str, str, str, str]]:
    """(headword, gender, genitive, plural) of each noun and gender in Wiktionary.

    A noun of two genders (*Kiefer* m/n) numbers its gender and its forms alike;
    one of several plurals (*Band*: *Bänder*, *Bande*) numbers only those.
    Nouns declined as adjectives (*der Abgeordnete*) are left out: their
    genitive depends on the article."""
    with source_text(source) as text:
        for row in csv.DictReader(text):
            if "Substantiv" not in row["pos"].split(",") or _NOT_VOCABULARY & set(
                row["pos"].split(",")
            ):
                continue
            for variant in _VARIANTS:
                gender = row[f"genus{variant}"]
                genitive = _first(row, "genitiv singular", variant)
                if gender in ("m", "f", "n") and genitive:
                    yield row["lemma"], gender, genitive, _first(row, "nominativ plural", variant)


def wiktionary_genders(db: sqlite3.Connection) -> list[tuple[str, int]]:
    """(gender, entry id) for Ding noun senses whose gender the German Wiktionary
    contradicts: a one-word noun that Wiktionary knows with one gender only, and
    Ding with another.  Ding slips here (*Magma* {f}, *Arbeitskreis* {f},
    *Korrespondent* {f}), and a synonym on a line can take another word's gender
    (*Erfolg* {f} "attainment").  588 senses change.

    Left as Ding has them: a name (its first rendering capitalised: *die Elbe*,
    Wiktionary's *der Elbe* is an elf), a nominalised adjective or infinitive
    (*das Neue*, *das Packen*), whose Wiktionary lemma is another word, and a noun
    Wiktionary gives two genders (*Teil*).  A feminine whose genitive takes an
    ending is Wiktionary's own slip, and counts for nothing (*Gegendruck* f,
    *des Gegendrucks*)."""
    wiktionary: dict[str, set[str]] = defaultdict(set)
    for headword, gender, genitive in db.execute(
        "SELECT headword, gender, genitive FROM noun_forms"
    ):
        if wiktionary_gender(gender, genitive, headword):  # *des Gegendrucks* is no feminine's
            wiktionary[headword].add(gender)
    adjectives_and_verbs = {
        headword
        for (headword,) in db.execute(
            "SELECT DISTINCT headword FROM entries WHERE pos IN ('ADJ', 'VERB', 'ADV')"
        )
    }
    corrections = []
    rows = db.execute(
        "SELECT id, headword, gender, translations FROM entries WHERE pos = 'NOUN'"
        " AND gender IN ('m', 'f', 'n') AND headword NOT LIKE '% %'"
    )
    for entry_id, headword, gender, translations in rows:
        genders = wiktionary.get(headword, set())
        if len(genders) != 1 or gender in genders or translations[:1].isupper():
            continue
        if _nominalised(headword, adjectives_and_verbs):
            continue
        corrections.append((next(iter(genders)), entry_id))
    return corrections


def _nominalised(noun: str, adjectives_and_verbs: set[str]) -> bool:
    """*Neue* (neu), *Irre* (irre), *Packen* (packen), *Alter* (alt: *mein Alter*):
    an adjective or verb capitalised."""
    lower = noun.lower()
    return any(
        stem in adjectives_and_verbs
        for stem in (lower, lower.removesuffix("e"), lower.removesuffix("er"))
    )


def _first(row: dict[str, str], case: str, variant: str) -> str:
    return row[f"{case}{variant}"] or row[case] or row[f"{case} 1"]


def _entries(source: Path, header: list[str]) -> Iterator[Entry]:
    with source_text(source) as lines:
        for line in lines:
            if line.startswith("#"):
                header.append(line[1:].strip())
                continue
            yield from parse_line(line)
            yield from parse_formulae(line)
    yield from supplement_entries()


def build(source: Path = SOURCE, output: Path = OUTPUT) -> tuple[int, int]:
    """Writes the index beside ``output`` and moves it into place when complete,
    so that a reader never opens half an index."""
    partial = output.with_name(f".{output.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    try:
        counts = _write(source, partial)
        os.replace(partial, output)
    finally:
        partial.unlink(missing_ok=True)
    return counts


def ensure_built(output: Path = OUTPUT) -> Path:
    """Builds the index from the committed sources unless it is current."""
    if not is_current(output):
        print(
            f"building the dictionary index {output.name} (about half a minute) …", file=sys.stderr
        )
        entries, forms = build(SOURCE, output)
        print(f"{output}: {entries:,} senses, {forms:,} forms", file=sys.stderr)
    return output


def _write(source: Path, output: Path) -> tuple[int, int]:
    db = sqlite3.connect(output)
    db.executescript(SCHEMA)
    header: list[str] = []
    entries = forms = 0
    for entry in _entries(source, header):
        entries += 1
        db.execute(
            "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (entries, entry.headword, entry.pos, entry.gender, entry.plural,
             " ".join(entry.labels), "\t".join(entry.notes),
             "\t".join(entry.translations), entry.synonym,
             _inflected(entry), entry.usage, int(entry.derived), entry.examples,
             entry.principal, int(entry.intransitive)),
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
    db.executemany("INSERT OR IGNORE INTO english_spellings VALUES (?, ?)", english_spellings(db))
    db.executemany("INSERT INTO noun_forms VALUES (?, ?, ?, ?)", noun_forms())
    db.executemany("UPDATE entries SET gender = ? WHERE id = ?", wiktionary_genders(db))
    db.executemany("INSERT INTO english_equivalents VALUES (?, ?, ?, ?)", english_equivalents(db))
    db.executemany("INSERT INTO english_degrees VALUES (?, ?, ?)", english_degrees(db))
    db.executemany(
        "INSERT INTO attribute_renderings VALUES (?, ?, ?)",
        [(*key, count) for key, count in attribute_renderings(db, source).items()],
    )
    db.executemany(
        "INSERT INTO phrase_renderings VALUES (?, ?, ?)",
        [(*key, count) for key, count in phrase_renderings(db, source).items()],
    )
    db.executemany(
        "INSERT INTO part_renderings VALUES (?, ?, ?, ?, ?)",
        [(*key, *value) for key, value in part_renderings(db).items()],
    )
    db.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("source", "Ding de-en (Debian trans-de-en)"), ("header", "\n".join(header)),
         ("license", "GPL-2.0-or-later"), ("inputs", inputs_digest())],
    )  # fmt: skip
    db.commit()
    db.execute("VACUUM")
    db.close()
    return entries, forms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "source",
        type=Path,
        nargs="?",
        default=SOURCE,
        help="Ding's de-en file, plain or .xz (default: the pinned one)",
    )
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    entries, forms = build(args.source, args.output)
    size = args.output.stat().st_size / 1e6
    print(f"{args.output}: {entries:,} senses, {forms:,} forms, {size:.1f} MB")


if __name__ == "__main__":
    main()
