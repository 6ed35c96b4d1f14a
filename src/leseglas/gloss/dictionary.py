"""Read-only access to the embedded Ding German–English index (built by ``vocab/``)."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import product
from math import prod
from pathlib import Path
from typing import Any

from leseglas.errors import LeseglasError
from leseglas.gloss.ding import (
    BOUND_MIN_COMPOUNDS,
    FORMULA,
    SYMBOL,
    formula_key,
    rendering_words,
)
from leseglas.lang.model import Sense
from leseglas.lang.words import written_apart

INDEX_NAME = "de-en.sqlite"
DECLINED_CITATIONS = ("er", "es", "e")  # Ding cites some adjectives so: *mittlerer*


def index_path() -> Path:
    """The index inside an installed wheel, or ``vocab/`` in a checkout."""
    packaged = Path(__file__).resolve().parent.parent / "data" / INDEX_NAME
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[3] / "vocab" / INDEX_NAME


# What ``lookup`` reads of each sense, in ``Sense``'s order: the entry's, and how the
# form was matched
_SENSE_COLUMNS = (
    "e.headword", "e.pos", "e.gender", "e.plural", "e.labels", "e.notes", "e.translations",
    "f.kind", "e.synonym", "e.inflected", "e.usage", "e.derived", "e.examples", "e.principal",
    "e.intransitive",
)  # fmt: skip
_KIND = _SENSE_COLUMNS.index("f.kind")  # how the form was matched: "headword", "plural" …


def _matched_as(row: tuple[Any, ...], kind: str) -> tuple[Any, ...]:
    """The row with how its form was matched told otherwise: "old spelling"."""
    return (*row[:_KIND], kind, *row[_KIND + 1 :])


def _as_written(rows: list[tuple[Any, ...]], written: str) -> list[tuple[Any, ...]]:
    """The rows, less a symbol's where the word is not written as the symbol is
    (``ding.abbreviation_kind``: *SC* is no *Sc*), a symbol's found as an abbreviation."""
    return [
        _matched_as(row, "abbreviation") if row[_KIND].startswith(SYMBOL) else row
        for row in rows
        if not row[_KIND].startswith(SYMBOL) or row[_KIND].removeprefix(SYMBOL) == written
    ]


def wiktionary_gender(gender: str, genitive: str, noun: str) -> bool:
    """Whether a German Wiktionary gender counts: a feminine whose genitive takes
    an ending is its slip (*Gegendruck* f, *des Gegendrucks*)."""
    return gender != "f" or genitive == noun


class Dictionary:
    """Looks up German forms; never writes to the index file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or index_path()
        if not self.path.is_file():
            raise LeseglasError(
                f"{self.path}: the dictionary index is missing; reinstall leseglas "
                "(in a checkout: pip install -e . or python vocab/build_index.py)"
            )
        uri = f"file:{self.path}?mode=ro&immutable=1"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._multiword: dict[str, dict[str, str]] | None = None
        self._formulae: dict[str, str] | None = None
        self._check_columns()

    def _check_columns(self) -> None:
        """A clear message, not a traceback, for an index an older leseglas built
        (a checkout updated without rebuilding it) or a file that is no index."""
        try:
            rows = self._db.execute("PRAGMA table_info(entries)").fetchall()
        except sqlite3.DatabaseError as error:
            raise LeseglasError(f"{self.path}: not a dictionary index ({error})") from error
        missing = {c.removeprefix("e.") for c in _SENSE_COLUMNS if c.startswith("e.")}
        missing -= {row[1] for row in rows}
        if missing:
            raise LeseglasError(
                f"{self.path}: the dictionary index was built by an older leseglas "
                f"(it lacks {', '.join(sorted(missing))}); rebuild it: reinstall leseglas "
                "(in a checkout: pip install -e . or python vocab/build_index.py)"
            )

    @lru_cache(maxsize=65536)  # noqa: B019 - one Dictionary per process
    def lookup(self, form: str) -> tuple[Sense, ...]:
        """Senses whose headword or listed form is ``form`` (case-insensitive).

        Old spellings are found through ß→ss (*Prozeß* → *Prozess*).
        """
        written = unicodedata.normalize("NFC", form.strip())
        key = written.lower()
        if not key or len(key) > 100:
            return ()
        rows = _as_written(self._query(key), written)
        if not rows and "ß" in key:  # pre-1996 spelling: Prozeß, Kompromiß, daß
            rows = [_matched_as(row, "old spelling") for row in self._query(key.replace("ß", "ss"))]
        if not rows and "ss" in key:  # Swiss spelling, or ß typed as ss: grosse, Fussball
            rows = [_matched_as(row, "ss for ß") for row in self._query(key.replace("ss", "ß"))]
        if not rows and (apart := self._noun_written_apart(key)):  # infrage: in Frage
            rows = [_matched_as(row, "written apart") for row in self._query(apart)]
        return tuple(
            Sense(
                h,
                p,
                g,
                pl,
                tuple(lab.split()),
                n,
                tuple(t.split("\t")),
                kind,
                syn,
                int(inf),
                u,
                bool(derived),
                int(examples),
                principal,
                bool(vi),
            )
            for h, p, g, pl, lab, n, t, kind, syn, inf, u, derived, examples, principal, vi in rows
        )

    def _query(self, key: str) -> list[tuple[Any, ...]]:
        sql = (
            f"SELECT {', '.join(_SENSE_COLUMNS)} FROM forms f JOIN entries e ON e.id = f.entry "
            "WHERE f.key = ? ORDER BY e.id"
        )
        return list(self._db.execute(sql, (key,)))

    def known_forms(self, forms: Iterable[str]) -> set[str]:
        """Which of these lower-case forms the index knows (one query for many)."""
        keys = list(forms)
        found: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT DISTINCT key FROM forms WHERE key IN ({marks})"
            found.update(row[0] for row in self._db.execute(sql, chunk))
        return found

    def adverbial(self, text: str) -> tuple[str, str] | None:
        """(headword, word class) of a phrase of several words Ding lists as an adverb
        or untagged (*in der Regel*, *nach wie vor*, *ab und zu*)."""
        kinds = self._phrases().get(unicodedata.normalize("NFC", text).lower(), {})
        found = kinds.get("ADV") or kinds.get("")
        return (found, "ADV" if "ADV" in kinds else "") if found else None

    @lru_cache(maxsize=4096)  # noqa: B019
    def _noun_written_apart(self, key: str) -> str:
        """``words.written_apart`` where what follows the preposition is a noun Ding
        has: *infrage* is *in Frage*, but *mitstreiten* no *mit streiten*."""
        apart = written_apart(key)
        noun = apart.split()[1] if apart else ""
        if not noun or self.is_verb(noun):
            return ""  # *mitstreiten* is no *mit Streiten*
        return apart if any(row[1] == "NOUN" for row in self._query(noun)) else ""

    def verb_idiom(self, text: str) -> str | None:
        """The headword of a verb Ding lists with a noun (*zur Verfügung stehen*), also
        in the spelling that joins what Ding writes apart (*infrage kommen*)."""
        key = unicodedata.normalize("NFC", text).lower()
        found = self._phrases().get(key, {}).get("VERB")
        if found is None and (apart := self._noun_written_apart(key)):
            return self._phrases().get(apart, {}).get("VERB")  # *infrage kommen*
        return found

    def formula(self, text: str) -> str | None:
        """The headword of a formula Ding lists, by its words (*vielen Dank*: *Vielen
        Dank!*; *Sehr geehrte Frau …*), ``ding.formula_key``."""
        if self._formulae is None:
            sql = "SELECT headword FROM entries WHERE pos = ? ORDER BY id"
            self._formulae = {}
            for (headword,) in self._db.execute(sql, (FORMULA,)):  # Ding's first line first:
                # *Sehr geehrte Damen und Herren!* "Dear Sir or Madam", not the same
                # words in a note on unknown readers, "To whom it may concern"
                self._formulae.setdefault(formula_key(headword), headword)
        return self._formulae.get(formula_key(text))

    def _phrases(self) -> dict[str, dict[str, str]]:
        """Headwords of several words that are adverbs, verbs or untagged, by their
        lower-cased text and word class; loaded once (about 14,000, 60 ms)."""
        if self._multiword is None:
            self._multiword = {}
            sql = (
                "SELECT headword, pos FROM entries WHERE pos IN ('ADV', 'VERB', '') "
                "AND headword LIKE '% %'"
            )
            rows = self._db.execute(sql).fetchall()
            for headword, pos in rows:
                self._multiword.setdefault(headword.lower(), {}).setdefault(pos, headword)
            for headword, pos in rows:  # each of Ding's alternatives: *ins Leere
                for text in _alternatives(headword.lower()):  # laufen/gehen*
                    self._multiword.setdefault(text, {}).setdefault(pos, headword)
        return self._multiword

    @lru_cache(maxsize=65536)  # noqa: B019
    def is_verb(self, lemma: str) -> bool:
        """Whether ``lemma`` is a verb headword (*stattfinden*, *zustimmen*).  Only an
        infinitive can be: Ding's "geschafft; fertig … sein {v}" gives no verb *geschafft*."""
        return lemma.endswith("n") and any(
            s.pos == "VERB" and s.matched_by in ("headword", "written apart")
            for s in self.lookup(lemma)
        )

    @lru_cache(maxsize=65536)  # noqa: B019
    def is_plain_verb(self, lemma: str) -> bool:
        """Whether ``lemma`` is a verb headword without *sich*: *kennenlernen*, not
        *gehenlassen* (only *sich gehenlassen*), which ``is_verb`` also finds."""
        return any(s.pos == "VERB" and s.headword == lemma for s in self.lookup(lemma))

    @lru_cache(maxsize=65536)  # noqa: B019
    def is_english_spelling(self, word: str) -> bool:
        """Whether ``word`` is a German headword spelt the English way, as Ding
        renders it (*pharaoh*: *Pharao*)."""
        sql = "SELECT 1 FROM english_spellings WHERE word = ?"
        return self._db.execute(sql, (word.lower(),)).fetchone() is not None

    def is_english_noun(self, word: str) -> bool:
        """Whether Ding renders some German noun by ``word`` (*ice*, *bag*)."""
        return bool(self.equivalent_genders(word))

    @lru_cache(maxsize=4096)  # noqa: B019
    def equivalent_genders(self, english: str) -> dict[str, float]:
        """How much each gender renders this English noun, as the German nouns
        Ding renders by it weigh (*street*: mostly f, *Straße*)."""
        sql = "SELECT m, f, n FROM english_equivalents WHERE word = ?"
        row = self._db.execute(sql, (english.lower(),)).fetchone()
        return {g: w for g, w in zip("mfn", row, strict=True) if w} if row else {}

    @lru_cache(maxsize=4096)  # noqa: B019
    def english_degree(self, word: str, degree: str) -> str:
        """English's own comparative or superlative of a word, "" where it says
        "more …" or "most …" (*older*, *better*; not *moderner*)."""
        if degree not in ("comparative", "superlative"):
            raise ValueError(f"no degree: {degree!r}")
        sql = f"SELECT {degree} FROM english_degrees WHERE word = ?"
        row = self._db.execute(sql, (word,)).fetchone()
        return str(row[0]) if row else ""

    @lru_cache(maxsize=65536)  # noqa: B019
    def is_adjective(self, word: str) -> bool:
        """Whether ``word`` is an adjective headword (*angespannt*, *nächster*)."""
        return any(s.pos == "ADJ" and s.headword == word for s in self.lookup(word))

    @lru_cache(maxsize=65536)  # noqa: B019
    def noun_headword(self, form: str) -> str | None:
        """The noun headword a form is, or is listed under (a plural): *Fallen* → *Falle*."""
        nouns = [s for s in self.lookup(form) if s.pos == "NOUN"]
        if any(s.headword == form for s in nouns):
            return form  # also an untagged synonym: *Nord* in "Norden {m}; Nord"
        senses = [s for s in nouns if s.gender]
        listed = [s for s in senses if s.matched_by in ("plural", "inflection", "headword")]
        return listed[0].headword if listed else None

    def wiktionary_genders(self, noun: str) -> frozenset[str]:
        """The genders the German Wiktionary gives ``noun`` (``wiktionary_gender``)."""
        return frozenset(g for headword, g in self.wiktionary_nouns(noun) if headword == noun)

    @lru_cache(maxsize=65536)  # noqa: B019
    def wiktionary_nouns(self, form: str) -> tuple[tuple[str, str], ...]:
        """(headword, gender) of the nouns the German Wiktionary spells ``form`` in
        the singular or plural: *Textilien* → (*Textilie*, f)."""
        rows = self._db.execute(
            "SELECT headword, gender, genitive FROM noun_forms WHERE headword = ? OR plural = ?",
            (form, form),
        ).fetchall()
        return tuple(
            dict.fromkeys((h, g) for h, g, genitive in rows if wiktionary_gender(g, genitive, h))
        )

    @lru_cache(maxsize=65536)  # noqa: B019
    def wiktionary_declension(self, form: str) -> tuple[tuple[str, frozenset[str]], ...]:
        """The nouns the German Wiktionary spells ``form`` as plural, each with all
        its own forms, and the forms of ``form`` itself where it is a headword:
        *Musen* → (*Muse*, {Muse, Musen}); *Museum* → (*Museum*, {Museum, Museums, Museen})."""
        rows = self._db.execute(
            "SELECT headword FROM noun_forms WHERE plural = ? OR headword = ?", (form, form)
        ).fetchall()
        return tuple(
            (noun, self._wiktionary_forms(noun)) for noun in dict.fromkeys(r[0] for r in rows)
        )

    def _wiktionary_forms(self, noun: str) -> frozenset[str]:
        rows = self._db.execute(
            "SELECT genitive, plural FROM noun_forms WHERE headword = ?", (noun,)
        ).fetchall()
        plurals = {plural for _, plural in rows if plural}
        dative = {p + "n" for p in plurals if not p.endswith(("n", "s"))}
        return frozenset({noun} | {genitive for genitive, _ in rows} | plurals | dative)

    @lru_cache(maxsize=65536)  # noqa: B019
    def wiktionary_plural(self, noun: str, gender: str) -> str:
        """The nominative plural the German Wiktionary gives the noun of this gender
        ("" when it gives none)."""
        row = self._db.execute(
            "SELECT plural FROM noun_forms WHERE headword = ? AND gender = ? "
            "ORDER BY plural = '', rowid LIMIT 1",
            (noun, gender),
        ).fetchone()
        return str(row[0]) if row is not None else ""

    def genitive(self, noun: str, gender: str, plural: str = "", head: str = "") -> str:
        """The genitive singular (*Tag* → *Tages*), from the German Wiktionary: of
        the noun with this gender, and this plural where the word is several nouns
        (*der Band*, *Bände*; *das Band*, *Bänder*).  A compound Wiktionary lacks
        declines as its ``head``, its last part (*Bündnisnetz* → *Bündnisnetzes*)."""
        rows = self._db.execute(
            "SELECT genitive, plural FROM noun_forms WHERE headword = ? AND gender = ? "
            "ORDER BY plural != ?, rowid LIMIT 1",
            (noun, gender, plural),
        ).fetchone()
        if rows is not None:
            return str(rows[0])
        if head and len(noun) > len(head) + 1 and noun.lower().endswith(head.lower()):
            declined = self.genitive(head, gender)
            if declined.startswith(head):  # the ending: *Netz·es*
                return noun + declined[len(head) :]
        return ""

    def part_renderings(self, part: str, role: str) -> dict[str, int]:
        """How often Ding renders ``part`` each way inside compounds (role: head or modifier)."""
        return {rendering: count for rendering, (count, _) in self._part_uses(part, role).items()}

    def part_reach(self, part: str, role: str) -> dict[str, float]:
        """How much ``part`` is met rendered each way inside Ding's compounds:
        their Zipf frequencies summed (a compound wordfreq lacks counts 1)."""
        return {rendering: reach for rendering, (_, reach) in self._part_uses(part, role).items()}

    @lru_cache(maxsize=65536)  # noqa: B019
    def _part_uses(self, part: str, role: str) -> dict[str, tuple[int, float]]:
        rows = self._db.execute(
            "SELECT rendering, count, reach FROM part_renderings WHERE part = ? AND role = ?",
            (part, role),
        )
        return {str(rendering): (int(count), float(reach)) for rendering, count, reach in rows}

    @lru_cache(maxsize=65536)  # noqa: B019
    def attribute_renderings(self, adjective: str) -> Counter[str]:
        """How often Ding's noun phrases render ``adjective`` each way, by the
        first English word (*religiöser Fanatiker* "religious fanatic").  A
        citation Ding declines counts its other declined citations too
        (*mittlerer*, *mittlere*)."""
        citations = {adjective}
        if ending := next((e for e in DECLINED_CITATIONS if adjective.endswith(e)), ""):
            stem = adjective.removesuffix(ending)
            citations.update(stem + e for e in DECLINED_CITATIONS)
        marks = ", ".join("?" * len(citations))
        rows = self._db.execute(
            f"SELECT rendering, count FROM attribute_renderings WHERE adjective IN ({marks})",
            sorted(citations),
        )
        counts: Counter[str] = Counter()
        for rendering, count in rows:
            counts[str(rendering)] += int(count)
        return counts

    @lru_cache(maxsize=65536)  # noqa: B019
    def phrase_renderings(self, verb: str) -> Counter[str]:
        """How often Ding's phrases ending in ``verb`` render it by each English verb
        (*ein Medikament einnehmen* "to take a medication": "take")."""
        rows = self._db.execute(
            "SELECT rendering, count FROM phrase_renderings WHERE verb = ?", (verb,)
        )
        return Counter({str(rendering): int(count) for rendering, count in rows})

    @lru_cache(maxsize=65536)  # noqa: B019
    def opening_renderings(self, opening: str) -> Counter[str]:
        """How Ding renders the nouns that open with ``opening`` (*Bundes*…): the
        first English word of each multi-word translation, counted (*federal*)."""
        key = opening.lower()
        rows = self._db.execute(  # the rest must be a word: *Lands*leute is no *Landschaft*
            "SELECT e.translations FROM forms f JOIN entries e ON e.id = f.entry"
            " WHERE f.key > ? AND f.key < ? AND f.kind = 'headword' AND e.pos = 'NOUN'"
            " AND EXISTS (SELECT 1 FROM forms g WHERE g.key = substr(f.key, ?))",
            (key, key + "\uffff", len(key) + 1),
        )
        counts: Counter[str] = Counter()
        for (translations,) in rows:
            words = rendering_words(str(translations).split("\t")[0])
            if len(words) > 1:
                counts[words[0]] += 1
        return counts

    @lru_cache(maxsize=65536)  # noqa: B019
    def bound_modifier(self, stem: str) -> Sense | None:
        """A compound modifier that is no word of its own (*Mindest*, *Einzel*),
        rendered as Ding's compounds with it mostly render it ("minimum")."""
        if self.lookup(stem):
            return None
        counts = self.part_renderings(stem, "modifier")
        rendering = max(counts, key=lambda r: counts[r], default="")
        if counts.get(rendering, 0) < BOUND_MIN_COMPOUNDS:
            return None
        return Sense(stem, "X", "", "", (), "", (rendering,), "bound modifier")

    @lru_cache(maxsize=65536)  # noqa: B019
    def noun(self, word: str) -> Sense | None:
        """The first noun sense whose headword is exactly ``word``."""
        same = word.replace("ß", "ss")
        return next(
            (
                s
                for s in self.lookup(word)
                if s.pos == "NOUN" and s.headword.replace("ß", "ss") == same
            ),
            None,
        )


MAX_ALTERNATIVES = 16


def _alternatives(headword: str) -> list[str]:
    """A multi-word headword read with one of each slash's words: *zur/zu Kenntnis
    nehmen* is *zur Kenntnis nehmen* and *zu Kenntnis nehmen*; none where no word
    has a slash, or a slash opens or closes one (*sich /wegen sorgen*)."""
    words = headword.split()
    if not any("/" in w for w in words) or any(w.startswith("/") or w.endswith("/") for w in words):
        return []
    choices = [w.split("/") for w in words]
    if prod(len(c) for c in choices) > MAX_ALTERNATIVES:
        return []
    return [" ".join(picked) for picked in product(*choices)]
