"""Parse Ding's German–English dictionary lines into headwords, forms and senses.

A Ding line is ``German :: English``; both sides hold parallel sub-entries
separated by `` | `` and synonyms separated by ``; ``.  The first sub-entry is
the headword; later ones are its inflected forms (plurals, participles, past
forms), compounds with their own translation, or example sentences and idioms,
which are left out.  Annotations: ``{m}``/``{f}``/``{n}``/``{pl}`` gender and
number, ``{vt}``/``{vi}``/``{adj}`` … word class, ``[mil.]`` labels, ``(…)``
context notes, ``<…>`` variant spellings, ``/…/`` abbreviations.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from leseglas.lang.difficulty import zipf_frequency
from leseglas.lang.model import VALENCY
from leseglas.lang.words import EXISTENTIAL_SUBJECT, ORDINAL, PREPOSITIONS

_GENDERS = {"m": "m", "f": "f", "n": "n", "pl": "pl"}
_POS_TAGS = {
    "vt": "VERB", "vi": "VERB", "vr": "VERB", "v": "VERB", "adj": "ADJ", "adv": "ADV",
    "prp": "ADP", "conj": "CONJ", "pron": "PRON", "num": "NUM", "interj": "INTJ", "art": "DET",
}  # fmt: skip
_ARTICLES = {"der": "m", "die": "f", "das": "n"}
_PRONOUNS = re.compile(
    r"^(?:ich/er/sie/es|ich/er/sie|er/sie/es|er/sie|wir/sie|ich|du|er|sie|es|wir|ihr|man)\s+"
)
_AUXILIARY = re.compile(r"^(?:hat/hatte|ist/war|hat|ist|habe|bin)\s+")
# "jdm. zustimmen", "einer Sache zustimmen", "auf etw. eingehen", "sich mit jdm. treffen":
# the object slots, and a preposition that governs one, are not part of the headword.
# A place is a slot too: "von einem Ort abziehen", "irgendwohin schleppen".
_SLOT = (
    r"(?:(?:jdn|jdm|jds|etw|jd)\.|einer?\s+Sache\b|ein(?:em|en)\s+Ort\b|einer\s+Person\b"
    r"|irgendwo(?:hin)?\b)"
)
# The prepositions Ding writes before an object slot: "gegen etw. sein", "als etw. gelten"
_SLOT_PREPOSITION = "(?:mit|auf|an|über|von|zu|für|gegen|um|in|aus|bei|nach|vor|unter|als)"
SLOTS = re.compile(
    rf"(?:\b{_SLOT_PREPOSITION}\s+)?"
    rf"\b{_SLOT}(?:/{_SLOT})*"
)
_SENTENCE = re.compile(r"[.!?]$")
_EXCLAIMED_WORD = re.compile(r"[^\W\d_]+!")  # an interjection Ding cites with its "!"
_NOTE = re.compile(r"\([^()]*\)")
BOUND_MIN_COMPOUNDS = 5  # compounds agreeing on a bound modifier's rendering (build and lookup)
CLEAR_LEAD = 2  # Ding's compounds agree on a first part's rendering: twice the next one


def rendering_words(translation: str) -> list[str]:
    """English words of a rendering, without notes or articles: "road network
    (rail)" → [road, network]."""
    text = _NOTE.sub(" ", translation).lower().split()
    return [w for w in text if w not in ("to", "the", "a", "an")]


EQUIVALENT_RENDERINGS = 3  # a noun's first renderings name what it is; later ones, uses


def equivalent_weights(headword: str, translations: Iterable[str]) -> Iterator[tuple[str, float]]:
    """(English noun, weight) for a German noun's first one-word renderings: its
    frequency, whole for the first rendering, half for the second, a third for the
    third.  Summed by gender, they say which German noun an English word is most
    often, and so an English loan's likeliest gender (*street*: *Straße*, f)."""
    frequency = 10 ** zipf_frequency(headword, "de")
    for place, rendering in enumerate(list(translations)[:EQUIVALENT_RENDERINGS]):
        words = rendering_words(rendering)
        if len(words) == 1 and words[0].isalpha() and words[0].isascii():
            yield words[0], frequency / (place + 1)


def without_slots(text: str) -> str:
    """A headword without its object slots: *jdm. zustimmen* → *zustimmen*; a word
    that is all slot is itself (*irgendwo* {adv} "somewhere")."""
    return " ".join(SLOTS.sub(" ", text).split()) or text


# Register and region labels say how a word is used, not what field it is from.
# Where a word is said, not what it is about (Bavarian is no field of a text).
REGIONS = frozenset(
    "Ös. Ostös. Schw. Lie. Südtirol Süddt. Norddt. Bayr. BW Mitteldt. Westdt. Ostdt. "
    "Mittelwestdt. Mittelostdt. Nordwestdt. Nordostdt. Sachsen Berlin".split()
)
REGISTER_LABELS = REGIONS | frozenset(
    "ugs. geh. pej. übtr. fig. humor. veraltet veraltend altertümlich selten Dt. Br. Am. "
    "Austr. slang coll. formal obs. poet. Sprw. vulg. Jugendsprache Kindersprache".split()
)


@dataclass
class Entry:
    """One headword with its senses: what the dictionary index stores."""

    headword: str
    pos: str  # NOUN, VERB, ADJ … ("" when Ding gives no tag)
    gender: str = ""  # m, f, n or pl (plural-only nouns)
    plural: str = ""
    labels: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    translations: list[str] = field(default_factory=list)  # "redeployment (of troops)"
    forms: list[tuple[str, str]] = field(default_factory=list)  # (form, kind)
    synonym: int = 0  # position among the line's synonyms: 0 is Ding's main word for the sense
    usage: str = ""  # the German with its object slots when they were taken off: "gegen etw. sein"
    adjectival: bool = False  # {m,f}: a person declined like an adjective (der/die Angestellte)
    conjugated: bool = False  # a verb line with its person forms (er/sie bleibt): its main entry
    derived: bool = False  # a participle made an adjective from its verb's line (zerstört)
    examples: int = 0  # sub-entries after the forms (examples, compounds): a main line has many
    principal: str = (
        ""  # a verb's preterite and perfect, from its conjugated line: "ging|ist gegangen"
    )
    intransitive: bool = False  # a verb Ding tags {vi}: *verstreichen* (Zeit) "to pass"


@dataclass
class Term:
    text: str
    tags: list[str]
    labels: list[str]
    notes: list[str]
    variants: list[str]
    abbreviations: list[str] = field(default_factory=list)  # /LKW/


def split_top(text: str, separator: str) -> list[str]:
    """Split at ``separator`` outside (), [], {} and <>."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch in "([{<":
            depth += 1
        elif ch in ")]}>" and depth > 0:
            depth -= 1
        elif depth == 0 and text.startswith(separator, i):
            parts.append(text[start:i])
            start = i + len(separator)
            i = start
            continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def parse_term(raw: str) -> Term:
    """A German or English term with its annotations taken out."""
    raw = raw.split(" ~")[0]  # "anomisch {adj} ~ Anomie": the word, not what it relates to
    tags = re.findall(r"\{([^{}]*)\}", raw)
    labels = re.findall(r"\[([^\[\]]*)\]", raw)
    notes = re.findall(r"\(([^()]*)\)", raw)
    variants = re.findall(r"<([^<>]*)>", raw)
    abbreviations = re.findall(r"(?<!\w)/([^/\s]+)/(?!\w)", raw)
    text = re.sub(r"\{[^{}]*\}|\[[^\[\]]*\]|\([^()]*\)|<[^<>]*>|(?<!\w)/[^/\s]+/(?!\w)", " ", raw)
    return Term(" ".join(text.split()), tags, labels, notes, variants, abbreviations)


# English abbreviations in a list, which splitting at "; " would tear apart:
# "government /Gov.; Govt./", "foot /ft.; f./".
_ABBREVIATION_LIST = re.compile(r"(?<!\S)/[^/\s;,|][^/|]*[;,] [^/|]*[^/\s;,|]/(?!\w)")


def _each_abbreviation(match: re.Match[str]) -> str:
    """ "/Min.; min./" → "/Min./ /min./": each one findable, the headword kept."""
    inner = re.split(r"[;,] ", match.group(0)[1:-1])
    return " ".join(f"/{a.strip()}/" for a in inner if a.strip())


# English-side labels that mark a rendering as an insult: kept as a note, so that
# a learner sees it ("kike (pej.)") and a short gloss can leave it out.
# Registers a learner should not meet first, nor beside a plain sense: slang, old,
# rare or regional (*Schwester* "sister", not also the slang "shirt-lifter").
MARKED_REGISTERS = REGIONS | frozenset(
    "slang vulg. pej. humor. veraltet veraltend altertümlich selten obs. poet. "
    "Jugendsprache Kindersprache".split()
)


def marked(labels: Iterable[str]) -> bool:
    """Whether a sense is in a marked register; a region with Germany is standard
    (*Land* [Dt.] [Ös.] "federal state")."""
    given = set(labels)
    found = given & MARKED_REGISTERS
    return bool(found - REGIONS) or (bool(found) and "Dt." not in given)


OFFENSIVE = ("pej.", "vulg.")
OFFENSIVE_NOTES = tuple(f"({label})" for label in OFFENSIVE)
_LABEL = re.compile(r"\[([^\[\]]*)\]")


def clean_translations(raw: str, german: str = "") -> list[str]:
    """The renderings of one sense (Ding's "a; b; c"), cleaned.  A label after the
    last one alone covers the list ("Jude :: kike; hymie; sheeny [pej.]"), unless
    the German side has it too: then it is the last synonym's ("Herrscher;
    Machthaber; Potentat [pej.] :: ruler; potentate [pej.]").  One inside a note
    does not count ("lefty [coll.] (often [pej.])")."""
    parts = [alternative for p in split_top(raw, "; ") for alternative in _colon_slip(p)]
    labelled = [bool(_labels_outside_notes(p)) for p in parts]
    last_marks = _offensive_marks(parts[-1]) if parts else []
    covers = (
        len(parts) > 1
        and labelled[-1]
        and not any(labelled[:-1])
        and not any(mark[1:-1] in german for mark in last_marks)
    )
    return [clean_translation(p, last_marks if covers else _offensive_marks(p)) for p in parts]


def _colon_slip(rendering: str) -> list[str]:
    """Two verbs Ding joins with a colon for a semicolon ("to be ready: to be
    prepared"); a colon inside a note stays ("(often wrongly: to rankle sb.)")."""
    if rendering.startswith("to ") and ": to " in rendering:
        first, second = rendering.split(": to ", 1)
        if "(" not in first:
            return [first, "to " + second]
    return [rendering]


def _labels_outside_notes(raw: str) -> list[str]:
    return _LABEL.findall(_NOTE.sub("", raw))


def _offensive_marks(raw: str) -> list[str]:
    labels = " ".join(_labels_outside_notes(raw))
    return [note for label, note in zip(OFFENSIVE, OFFENSIVE_NOTES, strict=True) if label in labels]


_SPACED_ENGLISH_ABBREVIATION = re.compile(r"\s/[^/]+ [^/]+/\s*$")


def clean_translation(raw: str, marks: list[str] | None = None) -> str:
    """English side without labels, verb forms or variant spellings, notes kept;
    an offensive label becomes a note, and so does a register's ("amber nectar
    (humor.)", "sooth (archaic)")."""
    raw = raw.split(" ~")[0]  # "anomic ~ anomie"; "bad ~worse", a slip
    raw = raw.replace("to to ", "to ")  # "to to put sth. against sth.", a slip
    raw = _NOTE.sub(_plain_labels, raw)  # "lefty (often [pej.])" → "lefty (often pej.)"
    raw = _SPACED_ENGLISH_ABBREVIATION.sub("", raw)  # "on average /on avg./"
    text = re.sub(r"\{[^{}]*\}|\[[^\[\]]*\]|<[^<>]*>|(?<!\w)/[^/\s]+/(?!\w)", " ", raw)
    offensive = _offensive_marks(raw) if marks is None else marks
    return " ".join([*text.split(), *offensive, *_register_marks(raw)])


# English registers a learner should not meet beside a plain rendering: Ding's labels
# on the English side ("amber nectar [Br.] [humor.]", "sooth [archaic]")
ENGLISH_REGISTERS = (
    "slang", "humor.", "archaic", "obs.", "dated", "becoming dated", "rare", "poet.",
    "euphem.", "children’s speech",
)  # fmt: skip
REGISTER_NOTES = tuple(f"({label})" for label in ENGLISH_REGISTERS)


def _register_marks(raw: str) -> list[str]:
    labels = set(_labels_outside_notes(raw))
    return [note for label, note in zip(ENGLISH_REGISTERS, REGISTER_NOTES, strict=True)
            if label in labels]  # fmt: skip


def _plain_labels(note: re.Match[str]) -> str:
    return _LABEL.sub(r"\1", note.group(0))


_PREPOSITION_AFTER_VERB = re.compile(rf"^((?:sich )?[a-zäöüß]+) ({_SLOT_PREPOSITION})$")


def _verb_before_preposition(headword: str) -> tuple[str, str] | None:
    """A verb Ding writes with its preposition after it, as the verb and the usage
    Ding writes elsewhere: *gelten als* → *gelten*, "als etw. gelten"; *sich
    einsetzen für* → *sich einsetzen*, "sich für etw. einsetzen"."""
    match = _PREPOSITION_AFTER_VERB.match(headword)
    if match is None:
        return None
    verb, preposition = match.groups()
    reflexive, bare = (
        ("sich ", verb.removeprefix("sich ")) if verb.startswith("sich ") else ("", verb)
    )
    return verb, f"{reflexive}{preposition} etw. {bare}"


def _is_headword(text: str) -> bool:
    """Words and short fixed expressions, not example sentences or idioms."""
    if not text or _SENTENCE.search(text) or "," in text:
        return False
    words = without_slots(text).split()
    return 0 < len(words) <= 3


def _untagged_preposition(headword: str, translations: list[str]) -> bool:
    found = _idiom(headword, translations)
    return found is not None and found[1] == "ADP"


def _four_word_adverb(text: str) -> bool:
    """An adverb of four plain words (*von Zeit zu Zeit* "from time to time"),
    longer than other headwords, as Ding lists them among its synonyms."""
    words = text.split()
    return len(words) == 4 and all(w.isalpha() for w in words)


def _word_class(terms: list[Term]) -> str:
    for term in terms:
        for tag in term.tags:
            if tag in _POS_TAGS:
                return _POS_TAGS[tag]
    return ""


def _intransitive(term: Term, main: list[Term]) -> bool:
    """Whether Ding tags the verb {vi}: the term's own tag, else the line's."""
    for terms in ([term], main):
        kinds = [tag for term in terms for tag in term.tags if tag in ("vi", "vt", "vr", "v")]
        if kinds:
            return kinds[0] == "vi"
    return False


def _headword_and_gender(term: Term) -> tuple[str, str]:
    text = without_slots(term.text)
    gender = next((g for g in (_tag_gender(t) for t in term.tags) if g), "")
    first, _, rest = text.partition(" ")
    if rest and first in _ARTICLES and rest[:1].isupper():  # "die Polizei {f}"
        # an untagged "die" may be a plural article: "die Arbeitgeber"
        text, gender = rest, gender or ("" if first == "die" else _ARTICLES[first])
    return text, gender


def _tag_gender(tag: str) -> str:
    """``{m}`` → m; a noun of two genders (``{m,n}``: *Meter*, *Kilometer*) takes
    the first, which Ding writes for the common one."""
    return _GENDERS.get(tag.split(",")[0].strip(), "")


def _verb_form(text: str) -> str:
    text = _AUXILIARY.sub("", _PRONOUNS.sub("", text))
    return text.removeprefix("am ").removeprefix("sich ").strip()


# British and American spellings, and a word written open, hyphenated or closed,
# folded together: *to succour* / *to succor*, *pull-out* / *pullout*.
_SPELLINGS = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # colour, neighbouring, favourite (not four, hour)
        (r"(?<=\w{3})our(?=(?:s|ed|ing|ite|ites|able|ably|er|ers|hood|ly)?\b)", "or"),
        (r"(?<=\w{3})is(e|es|ed|ing|ation|er)\b", r"iz\1"),  # organise
        (r"ys(e|es|ed|ing)\b", r"yz\1"),  # analyse
        (r"(?<=\w[bcdgkmptv])re(s?)\b", r"er\1"),  # centre, theatre, manoeuvre
        (r"(?<=\w)ogue(s?)\b", r"og\1"),  # catalogue
        (r"(?<=\w)ence\b", "ense"),  # defence, licence
        (r"dgement", "dgment"),  # judgement
        (r"ll", "l"),  # travelled, counsellor
        (r"(?<=\w)[ao]e(?=\w)", "e"),  # paediatric, manoeuvre
        (r"[\s\-]", ""),  # last: the patterns above look for word ends
    )
)


@lru_cache(maxsize=100_000)
def spelling_key(rendering: str) -> str:
    """A rendering with spelling variants folded, to tell whether two are one word
    spelt two ways."""
    key = rendering.lower()
    for pattern, replacement in _SPELLINGS:
        key = pattern.sub(replacement, key)
    return key


def _share_valency(entries: list[Entry]) -> None:
    """Bare synonyms after a verb with a prepositional object take that object too,
    as Ding writes it once for all, when the English has it as well: "auf etw.
    bestehen; dringen; pochen" "to insist on sth." is *auf etw. pochen*; not "etw.
    auf etw. beschränken; begrenzen" "to limit sth." (the object may go)."""
    first = entries[0] if entries and entries[0].synonym == 0 else None
    if first is None or not VALENCY.search(first.usage) or not first.usage.endswith(first.headword):
        return
    if not first.translations or not _ENGLISH_OBJECT.search(first.translations[0]):
        return
    slots = first.usage.removesuffix(first.headword)
    for entry in entries[1:]:
        # one word, or an adjective with *sein*: "auf etw. neugierig; gespannt sein"
        words = entry.headword.split()
        single = len(words) == 1 or (len(words) == 2 and words[1] == "sein")
        if entry.pos == "VERB" and not entry.usage and single:
            entry.usage = slots + entry.headword


_ENGLISH_OBJECT = re.compile(
    r"\b(?:on|to|for|with|from|of|about|at|in|into|against|over|by|upon|after|towards?) "
    r"(?:sb\.|sth\.)|\bto do\b"
)


def _line_parts(line: str) -> tuple[list[str], list[str]]:
    """A Ding line's German and English sub-entries, paired (only the first of each
    where the two sides do not pair up); none for a comment."""
    line = unicodedata.normalize("NFC", line.strip())
    if not line or line.startswith("#") or " :: " not in line:
        return [], []
    german, english = line.split(" :: ", 1)
    english = _ABBREVIATION_LIST.sub("", english)
    german = _ABBREVIATION_LIST.sub(_each_abbreviation, german)  # Minute {f} /Min.; min./
    de_parts, en_parts = split_top(german, " | "), split_top(english, " | ")
    if len(de_parts) != len(en_parts):
        de_parts, en_parts = de_parts[:1], en_parts[:1]
    return de_parts, en_parts


def parse_line(line: str) -> Iterator[Entry]:
    """Entries of one Ding line (none for comments, phrases and examples)."""
    de_parts, en_parts = _line_parts(line)
    if not de_parts:
        return
    main = [parse_term(t) for t in split_top(de_parts[0], "; ")]
    pos = _word_class(main)
    group = _group_register(de_parts[0], en_parts[0])
    if group:
        _share_register(main, group)
    elif _group_note(split_top(de_parts[0], "; ")):
        for term in main[:-1]:
            term.notes = list(main[-1].notes)
    translations = clean_translations(en_parts[0], "" if group else de_parts[0])
    labelled = _labelled_renderings(en_parts[0])
    entries = []
    kept = []
    for position, term in enumerate(main):
        headword, gender = _headword_and_gender(term)
        if pos == "INTJ" and _EXCLAIMED_WORD.fullmatch(headword):
            headword = headword[:-1]  # *Autsch!*, *Moin!*: the word a text writes
        verb = _verb_of_zu_infinitive(term.text)
        usage = term.text if headword != term.text and " " in term.text else ""
        if verb and pos == "VERB":  # "jdm. raten, etw. zu tun" is a use of *raten*
            headword = verb
        elif pos == "VERB" and (governed := _verb_before_preposition(headword)):
            headword, usage = governed  # "gelten als" is a use of *gelten*
        elif pos == "VERB" and (idiom := _long_idiom(term.text, translations)):
            headword = idiom  # a main line's four-word idiom: *etw. in die Länge ziehen*
        elif pos == "ADV" and _four_word_adverb(headword):
            pass  # *von Zeit zu Zeit*, *im Großen und Ganzen*
        elif not _is_headword(headword):
            continue
        if gender and not headword.split()[-1][:1].isupper():
            gender = ""  # "wir {pl}" marks a plural pronoun, not a noun
        term_pos = "NOUN" if gender and not pos else (_word_class([term]) or pos)
        if not term_pos and headword[:1].isupper() and _has_noun(main):
            term_pos = "NOUN"  # an untagged synonym of nouns: "Osten {m}; Ost /O/"
        if not term_pos and _untagged_preposition(headword, translations):
            term_pos = "ADP"  # an untagged preposition of three words: *im Anschluss an*
        kept.append(term)
        entries.append(
            Entry(
                headword,
                term_pos,
                gender,
                "",
                term.labels or _shared_labels(main),
                term.notes,
                cognate_first(headword, translations, labelled),
                synonym=position,
                usage=usage,
                adjectival=any(t.replace(" ", "") in ("m,f", "f,m") for t in term.tags),
                intransitive=term_pos == "VERB" and _intransitive(term, main),
            )
        )
    if not entries:
        return
    if pos == "VERB":
        _share_valency(entries)
    consumed = _attach_forms(entries, de_parts[1:], en_parts[1:], translations)
    if pos == "VERB":  # each synonym's own forms: "eingehen; einlaufen | eingehend; einlaufend"
        for entry in entries:
            forms = [
                _own_term(part, entry.synonym, len(main)) for part in de_parts[1 : 1 + consumed]
            ]
            entry.principal = principal_parts(entry.headword, forms)
    for entry in entries:
        entry.examples = len(de_parts) - 1 - consumed
    for entry, term in zip(entries, kept, strict=True):
        if entry.pos == "VERB" and entry.headword.startswith("sich "):
            entry.forms.insert(0, (entry.headword.removeprefix("sich "), "headword"))
        entry.forms += [
            (a, abbreviation_kind(a)) for a in term.abbreviations if _findable(a, entry)
        ]
    yield from entries
    if pos == "VERB":
        infinitives = frozenset(e.headword for e in entries)
        yield from _participles(entries[0], de_parts[1:3], en_parts[1:3], infinitives)
        yield from _existential(entries[0].headword, de_parts[1:], en_parts[1:])
    yield from _sub_entries(de_parts[1:], en_parts[1:], entries)
    yield from _spaced_abbreviations(de_parts, en_parts)


def parse_formulae(line: str) -> Iterator[Entry]:
    """The formulae of one Ding line, as entries of word class ``FORMULA``:
    exclamations and questions (*Vielen Dank!* "thanks a lot", *Wie geht es dir?*
    "How are you?"), a letter's or speech's salutation with a slot for a name
    (*Sehr geehrter Herr …* "Dear Mr …"), and the phrases of a line about
    letters' formulae (*mit freundlichen Grüßen*).  Each is two words or more,
    with no object slots: a text uses it as it stands (``lang.clauses.mark_formulae``)."""
    de_parts, en_parts = _line_parts(line)
    correspondence = bool(de_parts) and bool(_CORRESPONDENCE.search(de_parts[0]))
    for index, (part, rendering) in enumerate(zip(de_parts, en_parts, strict=True)):
        rendering = _BRITISH_OR_AMERICAN.sub(r"\1", rendering)  # "Dear Mr [Br.] / Mr. [Am.] …"
        translations = [  # "No problem! /no prob/"
            _ENGLISH_ABBREVIATION.sub("", t).strip() for t in clean_translations(rendering, part)
        ]
        translations = [t for t in translations if t][:MAX_FORMULA_RENDERINGS]
        for raw in split_top(part, "; ") if translations else []:
            formula = _formula(raw, index == 0, correspondence)
            if formula:  # a line's own formula before one among its examples
                yield Entry(formula, FORMULA, translations=translations, synonym=int(index > 0))


FORMULA = "FORMULA"  # the word class of a formula's entry
FORMULA_SLOT = "…"  # where a salutation's name goes: *Liebe …*
MAX_FORMULA_RENDERINGS = 2
_CORRESPONDENCE = re.compile(r"Schlussformel|Briefschluss|Grußformel|Anrede|Schriftverkehr")
# tags, labels, notes and abbreviations; not *parse_term*, which joins a word's
# spelled-out variants (*Geist/Sack*)
_MARKUP = re.compile(r"\s*(?:\{[^{}]*\}|\[[^\[\]]*\]|\([^()]*\)|/[^/]*/)")
_FORMULA_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?|…")


def _formula(raw: str, main: bool, correspondence: bool) -> str:
    """A Ding term as a formula: its words with Ding's closing ! or ? (which keeps
    *Bei Fuß!* "Heel!" apart from the phrase *bei Fuß*), or ""."""
    text = _MARKUP.sub("", raw).strip()
    words = text.rstrip("!?.").split()
    if len(words) < 2 or _SLOT_WORD.search(text) or not all(map(_FORMULA_WORD.fullmatch, words)):
        return ""
    if FORMULA_SLOT in words[:-1]:
        return ""
    if words[-1] == FORMULA_SLOT:  # a salutation: *Sehr geehrte Frau …*, *Liebe …*
        return " ".join(words) if main and text[:1].isupper() else ""
    if text.endswith(("!", "?")):
        return " ".join(words) + text[-1]
    return " ".join(words) if correspondence else ""


def formula_key(words: str) -> str:
    """How a formula is found: its words as written, but for the first one's case
    and the closing ! or ? (*vielen Dank*, *Vielen Dank!*; *Wer sind Sie?* is not
    *Wer sind sie*, "Who are they?")."""
    text = unicodedata.normalize("NFC", words).rstrip("!?").strip()
    return text[:1].lower() + text[1:]


_SLOT_WORD = re.compile(r"\b(?:jd[mnrs]|etw|sb|sth)\b")
_ENGLISH_ABBREVIATION = re.compile(r"\s*/[^/]*/")  # "No problem! /no prob/"
_BRITISH_OR_AMERICAN = re.compile(r"(\S+) \[Br\.\] / \S+ \[Am\.\]")  # the first spelling


# A rendering spelt nearly as the German word is, in English letters, is the
# word's own where Ding lists one English side for several German synonyms
# (*Tumor* "tumour", *Kommando* "command", *traditionell* "traditional").
COGNATE_SIMILARITY = 0.85  # difflib's ratio of the two spellings (0.8 lets in *Allee* "alley")
LOOSE_COGNATE = 0.6  # a first rendering this close is the word's already (*Lagune* "lagoon")
COMMON_ENGLISH = 3.0  # Zipf: a cognate English hardly uses is no help (*Milliarde* "milliard")
COGNATE_COVER = 0.75  # of the German letters: *Genmutation* is "gene mutation", not "mutation"
SHORT_COGNATE = 5  # letters under which only the same spelling is a cognate (*Weise* ≠ "wise")
# Between senses, where it is one piece of evidence among others, a looser likeness
# counts (*Kritik* "criticism" 0.8); fitted on PUD dev (``benchmarks.fit_senses``).
SENSE_COGNATE = 0.8
_VERB_ENDING = re.compile(r"(?:ier)?e?n$")  # *präsentieren*: "present", *sinken*: "sink"
_IN_ENGLISH_LETTERS = (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("k", "c"), ("z", "c"),
                       ("ph", "f"), ("th", "t"), ("y", "i"))  # fmt: skip
# English labels that say where a word is said, not how: "tumour [Br.]" is plain English.
_ENGLISH_REGIONS = frozenset("Br. Am. eAm. eBr. Austr. Sc. NZ Can. Ir.".split())


def cognate_first(headword: str, translations: list[str], labelled: frozenset[str]) -> list[str]:
    """A headword's renderings with its cognate first.  Ding's English side
    follows the line's first German word: in *Geschwulst; Gewächs; Tumor ::
    growth; …; tumour* the English for *Tumor* is "tumour", not "growth".

    The cognate must be one word English uses (Zipf 3), with no label other than
    a region ("stark [archaic]" is no *stark*), and spelt nearly as the German
    one; a first rendering that is a cognate already stays.  Of one word's
    spellings, Ding's first is kept ("tumour", then "tumor")."""
    german = _in_english_letters(headword.removeprefix("sich "))
    if " " in german or len(translations) < 2:
        return translations
    # a note says where the word is used, not which (*religiös* "religious (of a person)")
    words = [_single_word(_NOTE.sub(" ", t)) for t in translations]
    if words[0] and _similarity(german, words[0].lower()) >= LOOSE_COGNATE:
        return translations
    scored = [
        (_similarity(german, word), index)
        for index, word in enumerate(words)
        if index and translations[index] not in labelled and _may_be_cognate(german, word)
    ]
    best = max(scored, key=lambda pair: (pair[0], -pair[1]), default=(0.0, 0))
    if best[0] < COGNATE_SIMILARITY:
        return translations
    key = spelling_key(words[best[1]])
    lead = next(i for i, word in enumerate(words) if word and spelling_key(word) == key)
    return [translations[lead], *translations[:lead], *translations[lead + 1 :]]


def _may_be_cognate(german: str, english: str, similarity: float = COGNATE_SIMILARITY) -> bool:
    if not english[:1].islower() or len(english) < COGNATE_COVER * len(german):
        return False
    return _alike(german, english, similarity) and zipf_frequency(english, "en") >= COMMON_ENGLISH


@lru_cache(maxsize=100_000)
def is_cognate(headword: str, pos: str, english: str) -> bool:
    """Whether one English word is the headword's cognate, a verb's by its stem:
    *präsentieren* "present", *korrupt* "corrupt", *Kritik* "criticism", *Rolle*
    "roll"; not *Weise* "wise", *Rolle* "reel".  By spelling alone: a false friend
    counts only where Ding renders the word so."""
    german = _in_english_letters(headword.removeprefix("sich "))
    if pos == "VERB":
        german = _VERB_ENDING.sub("", german)
    elif len(english) < SHORT_COGNATE and _in_english_letters(english) == german[:-1]:
        german = german.removesuffix("e")  # a noun's -e English drops: *Rolle* "roll"
    # German *-isieren* is English -ize as much as -ise: *kritisieren* "criticize"
    british = _AMERICAN_IZE.sub(r"\1s\2", english)
    return " " not in german and any(
        _may_be_cognate(german, spelling, SENSE_COGNATE) for spelling in {english, british}
    )


_AMERICAN_IZE = re.compile(r"(?<=\w{2})([iy])z(e|es|ed|ing|ation|ations)$")


def spelt_alike(german: str, english: str) -> bool:
    """Whether an English word is the German one spelt the English way (*Pharao*
    "pharaoh", *Nektar* "nectar"; not *Allee* "alley", *Weise* "wise")."""
    return _alike(_in_english_letters(german), english)


def _alike(german: str, english: str, similarity: float = COGNATE_SIMILARITY) -> bool:
    """``german`` already in English letters."""
    if len(english) < SHORT_COGNATE:
        return _in_english_letters(english) == german
    return _similarity(german, english) >= similarity


def _labelled_renderings(raw: str) -> frozenset[str]:
    """The renderings of an English side that carry a label other than a region."""
    return frozenset(
        clean_translation(part)
        for part in split_top(raw, "; ")
        if set(_labels_outside_notes(part)) - _ENGLISH_REGIONS
    )


def _single_word(translation: str) -> str:
    """A rendering's one English word, with no note: "the era" → "era"; else ""."""
    if "(" in translation:
        return ""
    words = translation.split()
    if words[:1] and words[0] in ("the", "to", "a", "an"):
        words = words[1:]
    return words[0] if len(words) == 1 else ""


def _in_english_letters(word: str) -> str:
    word = word.lower()
    for german, english in _IN_ENGLISH_LETTERS:
        word = word.replace(german, english)
    return word


@lru_cache(maxsize=100_000)
def _similarity(german: str, english: str) -> float:
    return SequenceMatcher(None, german, _in_english_letters(english)).ratio()


def _participles(
    verb: Entry, de_parts: list[str], en_parts: list[str], infinitives: frozenset[str]
) -> Iterator[Entry]:
    """The participles of a verb line as adjectives with Ding's own English ones.

    "zerstören | zerstörend | zerstört :: to destroy | destroying | destroyed"
    makes *zerstört* "destroyed", so *die zerstörte Stadt* reads "destroyed",
    not "to destroy".  Ding's second and third sub-entries of a verb line are
    its present and past participle.  An infinitive of the line in the present
    participle's place is Ding's slip ("abstumpfen; schwächen | abstumpfend;
    schwächen": *Schwächen* is no adjective "dulling").
    """
    for index, (de_part, en_part) in enumerate(zip(de_parts, en_parts, strict=False)):
        forms = [_verb_form(t) for t in split_top(de_part, "; ")]
        english = clean_translations(en_part, de_part)
        if not english or not all(_is_form(f, 1) and f[:1].islower() for f in forms):
            return
        if all(_third_person(e) for e in english):
            continue  # "klingeln | klingelnd | klingelt :: … | tinging | tings": no participle
        for position, form in enumerate(forms):
            if index == 0 and form in infinitives:
                continue  # only there: *erfahren* is also its own past participle
            yield Entry(
                form, "ADJ", labels=verb.labels, translations=english, synonym=position,
                derived=True,
            )  # fmt: skip


def _third_person(english: str) -> bool:
    """An English present tense (*tings*, *rings*) where a participle should be."""
    first = english.split()[0] if english.split() else ""
    return first.endswith("s") and not first.endswith(("ss", "us", "is")) and first.isalpha()


SYMBOL = "symbol:"  # a form's kind: a symbol found only as written, *Sc*, *kW*


def abbreviation_kind(abbreviation: str) -> str:
    """A form's kind for an abbreviation: a symbol of two letters in mixed case
    (*Sc* scandium, *Sv* sievert, *kW*) keeps its case, so that a club's *SC* or
    the week's *KW* do not find it; any other is found in any case (*LKW*, *Lkw*)."""
    mixed = not (abbreviation.isupper() or abbreviation.islower())
    if len(abbreviation) == 2 and abbreviation.isalpha() and mixed:
        return SYMBOL + abbreviation
    return "abbreviation"


def _findable(abbreviation: str, entry: Entry) -> bool:
    """Abbreviations are forms (*Dr.*, *Mio.*, *LKW*), but not the two-letter
    country codes: *TV* is television, not Tuvalu."""
    if not abbreviation.replace(".", "").isalpha():
        return False
    return not (len(abbreviation) <= 2 and "geogr." in entry.labels)


def _has_noun(terms: list[Term]) -> bool:
    return any(_headword_and_gender(t)[1] for t in terms)


# A register label and a note ending a side of the line: "[slang] (Schwuler)".
_ENDING_REGISTER = re.compile(r"\[([^\[\]]+)\]\s*\([^()]*\)\s*$")


def _group_register(german: str, english: str) -> str:
    """The register a whole line of synonyms is in, when both sides end in it and
    a note defining the group: "Schwuchtel {f}; …; Schwester {f}; Warmer {m}
    [slang] (Schwuler) :: shirt-lifter; …; fairy [Am.] [slang] (gay man)".  Else
    a label on the last synonym is its own (*Potentat* [pej.], *Tick-Tack*)."""
    ends = [_ENDING_REGISTER.search(side) for side in (german, english)]
    if len(split_top(german, "; ")) < 2 or not all(ends):
        return ""
    label = ends[0].group(1) if ends[0] else ""
    same = ends[1] is not None and ends[1].group(1) == label
    return label if same and label in REGISTER_LABELS else ""


_LABELS = r"(?:\[[^\[\]]*\]\s*)*"
# the note may stand before the field's label too: "… {v} (Gewitter usw.) [meteo.]"
_ENDING_NOTE = re.compile(rf"\{{[^{{}}]*\}}\s*{_LABELS}\([^()]*\)\s*{_LABELS}$")


def _group_note(raw_terms: list[str]) -> bool:
    """Whether the note ending a line of synonyms, after the word class they share,
    is the whole group's: "schälen; abpellen; pellen {vt} (Kartoffeln)", "Ausschau
    halten; suchen {v} (nach)".  Only when no other synonym has a tag or note."""
    others = raw_terms[:-1]
    return (
        bool(others)
        and _ENDING_NOTE.search(raw_terms[-1]) is not None
        and not any("{" in t or "(" in t for t in others)
    )


def _share_register(terms: list[Term], label: str) -> None:
    """Every synonym takes the group's register and its defining note."""
    notes = terms[-1].notes[-1:]
    for term in terms[:-1]:
        if label not in term.labels:
            term.labels.append(label)
        term.notes = term.notes or list(notes)


def _shared_labels(terms: list[Term]) -> list[str]:
    """The labels an unlabelled synonym takes from the line: the last term's
    field labels, but not its register or region, which are its own
    ("(tragbare) Uhr {f}; Tick-Tack {f} [Kindersprache]": Uhr is no baby talk)."""
    return [label for label in terms[-1].labels if label not in REGISTER_LABELS] if terms else []


def _attach_forms(
    entries: list[Entry], de_parts: list[str], en_parts: list[str], translations: list[str]
) -> int:
    """Inflected forms from the sub-entries that follow the headword, in order;
    how many sub-entries were forms.

    Nouns: the plural sub-entry right after the headword.  Verbs: participles
    and finite forms (*findet statt*), pronouns and auxiliaries dropped.
    Adjectives: comparative and superlative.  The first sub-entry that is not
    a form (an example, an idiom, a compound) ends the forms.
    """
    pos = entries[0].pos
    # a main line's forms (it gives the person forms, *er/sie verspricht*) take the
    # words of its synonyms: *jdm. etw. versprechen; in Aussicht stellen* | … |
    # *in Aussicht stellend*; other lines keep to short forms
    conjugated = pos == "VERB" and any(_PRONOUNS.match(part) for part in de_parts)
    longest = max(2, *(len(e.headword.split()) for e in entries))
    for number, part in enumerate(de_parts):
        terms = [parse_term(t) for t in split_top(part, "; ")]
        if pos == "NOUN":
            if number > 0 or entries[0].gender == "pl" or "pl" not in terms[0].tags:
                return number  # Ding tags each plural, but now and then forgets one
            # "Nachbarländer {pl}; Nachbarstaaten {pl}; das benachbarte Ausland": a phrase
            # among the plurals is no reason to drop them
            terms = [t for t in terms if _is_form(t.text, 1)] or terms
        elif pos not in ("VERB", "ADJ", "ADV") or any(t.tags for t in terms):
            return number
        # a form's variants: "versendet / versandt" (*versenden*)
        variants = [_variants(_verb_form(t.text)) for t in terms]
        forms = [written[0] for written in variants]
        max_words = longest if conjugated else 2 if pos == "VERB" else 1
        if not all(_is_form(f, max_words) for written in variants for f in written):
            return number
        if pos == "ADJ" and any(_compound_of(f, entries) for f in forms):
            return number  # "koreanisch | gesamtkoreanisch | nordkoreanisch": compounds
        previous: Entry | None = None
        for index, form in enumerate(forms):
            entry = _entry_for(entries, forms, index, pos, previous)
            previous = entry
            if entry is None or entry.adjectival:
                continue  # an adjectival noun's "plurals" are its declension (Weise, Weisen)
            if pos == "NOUN":
                if len(form) < len(entry.headword) - 1:
                    continue  # a slip like "Bürgerin | Bürger {pl}": no German plural is shorter
                if not _same_stem(entry.headword, form):
                    continue  # "Unbill {f} | … ; Umstände {pl}": a synonym's plural, not its own
                entry.plural = entry.plural or form
            kind = "plural" if pos == "NOUN" else "inflection"
            entry.forms.extend((variant, kind) for variant in variants[index])
            if pos == "VERB" and _PRONOUNS.match(terms[index].text):
                entry.conjugated = True
    return len(de_parts)


def _own_compound(term: Term, headword: str, gender: str, line: list[Entry]) -> bool:
    """Whether a sub-entry is a one-word compound of the line's adjective (untagged,
    lower case) or of its plural noun (tagged {pl})."""
    if " " in headword or not _compound_of(headword, line):
        return False
    if gender == "pl":
        return any(e.gender == "pl" for e in line)
    return not term.tags and headword.islower() and any(e.pos == "ADJ" for e in line)


def _compound_of(form: str, entries: list[Entry]) -> bool:
    """Whether a sub-entry is a compound ending in a headword of the line, which no
    degree form is (*nordkoreanisch* under *koreanisch*; *koreanischer* is one, and
    so is *meistgebräuchlich*, a superlative)."""
    lower = form.lower()
    return not lower.startswith("meist") and any(
        lower != e.headword.lower() and lower.endswith(e.headword.lower()) for e in entries
    )


def _variants(form: str) -> list[str]:
    """A form written two ways, "versendet / versandt", as its two spellings; a
    phrase's last word so: "genauer befassend / auseinandersetzend" is
    "genauer befassend" or "genauer auseinandersetzend"."""
    first, *others = form.split(" / ")
    if any(" " in other for other in others):
        return [form]
    opening = first.rpartition(" ")[0]
    return [first, *(f"{opening} {other}".strip() for other in others)]


def _own_term(part: str, position: int, synonyms: int) -> str:
    """A synonym's term of a sub-entry that lists one per synonym, or the whole."""
    terms = split_top(part, "; ")
    return terms[position] if len(terms) == synonyms else part


_PERFECT = re.compile(r"^(?:er/sie/es|er/sie|es|er)\s+(hat|ist)/(?:hatte|war)\s+(.+)$")
_PRETERITE = re.compile(r"^ich/er/sie(?:/es)?\s+(.+)$")


def principal_parts(verb: str, forms: list[str]) -> str:
    """A verb's preterite, and its perfect or participle, from the forms its line
    gives in Ding's order (present participle | past participle | present |
    preterite | perfect): "ging|ist gegangen" (*gehen*: … | er/sie geht |
    ich/er/sie ging | … | er/sie ist/war gegangen), "gab auf|aufgegeben"
    (*aufgeben*: … | gibt auf | gab auf).  "" where the line does not say."""
    forms = [f.strip() for f in forms]
    if len(forms) < 3 or any(";" in f for f in forms):
        return ""
    perfect = next((m for f in forms if (m := _PERFECT.match(f))), None)
    participle = f"{perfect.group(1)} {perfect.group(2)}" if perfect else forms[1]
    finite = [f for f in forms[2:] if not _PERFECT.match(f)]
    preterite = next((m.group(1) for f in forms if (m := _PRETERITE.match(f))), "")
    personal = any(_PRONOUNS.match(f) and not f.startswith("es ") for f in finite)
    if not preterite and not personal and len(finite) == 2 and finite[0] != finite[1]:
        preterite = finite[1].removeprefix("es ")  # gibt auf | gab auf; es findet | es fand
    if participle.endswith("end"):  # a present participle where Ding slipped
        return ""
    if not preterite or not _of_verb(participle.split()[-1], preterite, verb):
        return ""
    return f"{preterite}|{participle}"


def _of_verb(participle: str, preterite: str, verb: str) -> bool:
    """Whether the forms are this verb's (*gegangen*, *ging* of *gehen*), not a
    synonym's that Ding's line lists beside it (*erodierte* beside *auswaschen*)."""
    verb = verb.removeprefix("sich ")
    words = preterite.split()
    particle = words[-1] if len(words) > 1 and words[-1] != "sich" else ""
    if particle and not verb.startswith(particle):
        return False
    base = verb.removeprefix(particle) if particle else verb
    stem = participle.removeprefix("ge") if not verb.startswith("ge") else participle
    participle_fits = participle[:3] == verb[:3] or stem[:1] == verb[:1]
    return participle_fits and words[0][:1] == base[:1]


_FOLD = str.maketrans("äöü", "aou")


def _closest(entries: list[Entry], form: str) -> Entry | None:
    """The synonym a form belongs to when Ding's lists do not line up (*Staaten* → *Staat*)."""

    def shared(entry: Entry) -> int:
        return _common_start(entry.headword.lower().translate(_FOLD), form.lower().translate(_FOLD))

    best = max(entries, key=shared)
    return best if shared(best) >= min(3, len(best.headword)) else None


def _entry_for(
    entries: list[Entry], forms: list[str], index: int, pos: str, previous: Entry | None
) -> Entry | None:
    """The synonym a form belongs to: by position when Ding's lists line up, else
    by spelling.  A verb form like none of them is a variant of the form before it,
    as in "haute; hieb; schlug" for *hauen; schlagen* (a strong verb's past keeps
    its first letter)."""
    form = forms[index]
    if len(forms) == len(entries):
        return entries[index]
    if pos != "VERB":
        return _closest(entries, form)
    closest = _closest_verb(entries, form)
    if closest is None and previous is not None and " " not in form:
        return previous if _shared_stem(previous.headword, form) else None
    if closest is None and len(forms) == 1 and form[:1] == entries[0].headword[:1]:
        return entries[0]  # one form for the line is its first verb's: *wog* (*wiegen; wägen*)
    return closest


def _closest_verb(entries: list[Entry], form: str) -> Entry | None:
    """The verb a form belongs to, read as its infinitive would be spelt: *zieht um*
    as *umzieht* (*umziehen*), *abgestoßen* as *abstoßen*, *gekehrt* as *kehrt*.
    A form that shares only two letters with one verb and none more with another
    is that verb's (*säte*: *säen*, *klänge*: *klingen*)."""
    shared = {id(entry): _shared_stem(entry.headword, form) for entry in entries}
    best = max(entries, key=lambda entry: shared[id(entry)])
    top = shared[id(best)]
    if top >= min(3, len(best.headword)):
        return best
    unique = sum(n == top for n in shared.values()) == 1
    return best if top == 2 and unique else None


def _shared_stem(headword: str, form: str) -> int:
    """Letters a verb form shares with the start of its infinitive, its particle
    put back in front (*stellte klar*) and a *ge-* at its start or after the
    particle skipped (*gekehrt*, *abgestoßen*)."""
    verb = headword.removeprefix("sich ").lower().translate(_FOLD)
    form = form.lower().translate(_FOLD)
    words = form.split()
    if len(words) == 2 and verb.startswith(words[1]) and len(words[1]) < len(verb) - 2:
        form = words[1] + words[0]
    spellings = [form] + [
        form[:cut] + form[cut + 2 :]
        for cut in range(len(form) - 2)
        if form.startswith("ge", cut) and verb.startswith(form[:cut])
    ]
    return max(_common_start(verb, written) for written in spellings)


def _common_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _same_stem(singular: str, plural: str) -> bool:
    """Whether a plural can be the singular's: German plurals keep at least the word's
    first two letters, umlauted or not (*Haus/Häuser*, *Saal/Säle*, *Opus/Opera*,
    *Seemann/Seeleute*); a synonym's plural that Ding's columns put beside another
    word does not (*Unbill/Umstände*, *Treppe/Stufen*, *Status/Zustände*)."""
    folded = singular.lower().translate(_FOLD), plural.lower().translate(_FOLD)
    return _common_start(*folded) >= min(2, len(folded[0]))


def _is_form(text: str, max_words: int) -> bool:
    words = text.split()
    return 0 < len(words) <= max_words and not _SENTENCE.search(text) and "/" not in text


def _sub_entries(
    de_parts: list[str], en_parts: list[str], line: list[Entry] | None = None
) -> Iterator[Entry]:
    """Compounds listed under a headword with their own gender and translation,
    tagged two-word adjectives (*schwer bewaffnet* "heavily armed") and a verb's
    use with a zu-infinitive (*etw. zu tun pflegen* "to be wont to do sth.").

    Compounds of the line's own adjective or plural noun, which Ding does not tag:
    *koreanisch* | *nordkoreanisch* "North Korean"; *Bedenken* {pl} |
    *Sicherheitsbedenken* {pl} "security concerns"."""
    line = line or []
    for part, english in zip(de_parts, en_parts, strict=False):
        for raw in split_top(part, "; "):
            # the phrase of a spaced abbreviation (*im Durchschnitt /i. D./*; the
            # abbreviation has its own entry)
            spaced = _SPACED_ABBREVIATION.search(raw)
            term = parse_term(raw.replace(spaced.group(0), " ") if spaced else raw)
            headword, gender = _headword_and_gender(term)
            verb = _verb_of_zu_infinitive(term.text)
            translations = clean_translations(english, part)
            if verb and translations and translations[0].startswith("to "):
                yield Entry(verb, "VERB", "", "", term.labels, term.notes, translations,
                            synonym=1, usage=term.text)  # fmt: skip
                continue
            if counted := _counted(term.text, english, line):
                yield counted
                continue
            if long_idiom := _long_idiom(term.text, translations):
                yield Entry(long_idiom, "VERB", "", "", term.labels, term.notes, translations,
                            synonym=1, usage=term.text)  # fmt: skip
                continue
            if not _is_headword(headword):
                continue
            if gender in ("m", "f", "n") and " " not in headword:
                yield Entry(headword, "NOUN", gender, "", term.labels, term.notes, translations)
            elif _own_compound(term, headword, gender, line) and translations:
                pos = "NOUN" if gender == "pl" else "ADJ"
                yield Entry(headword, pos, gender, "", term.labels, term.notes, translations)
            elif "adj" in term.tags and len(headword.split()) == 2 and headword.islower():
                yield Entry(headword, "ADJ", "", "", term.labels, term.notes, translations)
            elif _noun_verb_idiom(headword, translations, line):
                entry = Entry(headword, "VERB", "", "", term.labels, term.notes, translations)
                entry.synonym = 1  # not the first word of its Ding line
                yield entry
            elif _adjective_verb_idiom(term.text, headword, translations, line):
                entry = Entry(headword, "VERB", "", "", term.labels, term.notes, translations)
                entry.synonym, entry.usage = 1, term.text  # *jdn. für etw. verantwortlich machen*
                yield entry
            elif _prepositional_idiom(headword, translations) and not _qualified(term, line):
                # untagged, as Ding's own: taken where a preposition and its noun are
                # (``lang.clauses.mark_phrases``), not where a noun of that line is
                entry = Entry(headword, "", "", "", term.labels, term.notes, translations)
                entry.synonym = 1  # not the first word of its Ding line
                yield entry
            elif idiom := _idiom(headword, translations):
                written = term.text if term.text != idiom[0] else ""  # *jdm. zu Hilfe eilen*
                entry = Entry(idiom[0], idiom[1], "", "", term.labels, term.notes, translations)
                entry.usage = written
                entry.synonym = 1  # not the first word of its Ding line
                yield entry


AFTER_NUMBER_NOTE = "nach Zahl"  # a noun's rendering after a number: *um 3 Uhr*
_COUNTED = re.compile(rf"(?:\w+ )?(?:\d+|{ORDINAL}) (?P<noun>\w+)")
_COUNTED_ENGLISH = re.compile(
    r"(?:\w+ )?(?:the )?(?:\d+(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r" (?P<rendering>[\w’']+)"
)


def _counted(text: str, english: str, line: list[Entry]) -> Entry | None:
    """A noun's example after a number or an ordinal, where Ding renders it so: *um 3
    Uhr* "at three o’clock" (*Uhr* after a number is no "clock"), *auf 100 Schritt*
    "at 100 paces", *im ersten Stock* "on the first floor" (no "stick")."""
    german = _COUNTED.fullmatch(text)
    if german is None:
        return None
    noun = next((e for e in line if e.pos == "NOUN" and e.headword == german["noun"]), None)
    for rendering in clean_translations(english):
        rendered = _COUNTED_ENGLISH.fullmatch(rendering)
        # the same number: *10 Dekagramm* "100 grams" converts, it does not render
        numbers = re.findall(r"\d+", rendering)
        same = not numbers or numbers == re.findall(r"\d+", text)
        if noun is not None and rendered is not None and same:
            return Entry(noun.headword, "NOUN", noun.gender, "", noun.labels,
                         [AFTER_NUMBER_NOTE], [rendered["rendering"]], synonym=1)  # fmt: skip
    return None


# A verb's use with a zu-infinitive, as Ding writes it: "jdm. raten, etw. zu tun",
# "sich vornehmen, etw. zu tun", "etw. zu tun pflegen".
_ZU_INFINITIVE_USE = re.compile(
    r"^(?P<before>[^,]+?)\s*,\s+etw\.\s+zu\s+tun$|^etw\.\s+zu\s+tun\s+(?P<after>[a-zäöüß]+n)$"
)


def _verb_of_zu_infinitive(text: str) -> str:
    """The verb of a use with a zu-infinitive, one word or *sich* and one ("" if none)."""
    match = _ZU_INFINITIVE_USE.match(text)
    if match is None:
        return ""
    verb = without_slots(match.group("before") or match.group("after"))
    words = verb.split()
    one_word = len(words) == 1 or (len(words) == 2 and words[0] == "sich")
    return verb if one_word and words[-1].isalpha() and words[-1].islower() else ""


# A noun phrase that an adjective opens: *religiöser Fanatiker*.
_ATTRIBUTIVE = re.compile(r"([a-zäöüß]+) [A-ZÄÖÜ][\w-]*")
_MAY_BE_ATTRIBUTIVE = re.compile(r"(?:^|[|;] )(?:[\[(][^\])]*[\])] )*[a-zäöüß]+ [A-ZÄÖÜ]")


def attributive_uses(line: str) -> Iterator[tuple[str, str]]:
    """(adjective as written, English word) for each noun phrase in a Ding line,
    its examples included, that an adjective opens, with each of the phrase's
    renderings of two words or more: *religiöser Fanatiker* "religious fanatic"
    gives ("religiöser", "religious")."""
    line = unicodedata.normalize("NFC", line.strip())
    if line.startswith("#") or " :: " not in line:
        return
    german, english = line.split(" :: ", 1)
    if not _MAY_BE_ATTRIBUTIVE.search(german):  # most lines: spares the splitting
        return
    de_parts, en_parts = split_top(german, " | "), split_top(english, " | ")
    if len(de_parts) != len(en_parts):
        return
    for de_part, en_part in zip(de_parts, en_parts, strict=True):
        renderings = [rendering_words(t) for t in split_top(en_part, "; ")]
        for raw in split_top(de_part, "; "):
            if match := _ATTRIBUTIVE.fullmatch(parse_term(raw).text):
                for words in renderings:
                    if len(words) > 1:
                        yield match.group(1), words[0]


# An English verb opening a rendering: "to take a medication" → "take".
ENGLISH_HEAD_VERB = re.compile(r"to ([a-z]+)")
# Verbs English needs for a German phrase whatever its verb (*unter Druck stehen* "to be
# under pressure", *Angst bekommen* "to get scared"): they say nothing of the verb.
COPULAS = frozenset({"be", "have", "get", "become"})


def verb_phrase_uses(line: str) -> Iterator[tuple[str, str]]:
    """(German verb, English verb) for each phrase of a Ding line, examples included,
    that ends in a verb, with the verb of each of the phrase's renderings:
    *ein Medikament einnehmen* "to take a medication" gives ("einnehmen", "take").
    The caller keeps the verbs that are Ding's headwords.  Not a reflexive
    verb's phrase (*sich … freuen*), nor a copula's rendering."""
    line = unicodedata.normalize("NFC", line.strip())
    if line.startswith("#") or " :: " not in line:
        return
    german, english = line.split(" :: ", 1)
    de_parts, en_parts = split_top(german, " | "), split_top(english, " | ")
    if len(de_parts) != len(en_parts):
        return
    for de_part, en_part in zip(de_parts, en_parts, strict=True):
        renderings = (parse_term(t).text for t in split_top(en_part, "; "))
        heads = {m.group(1) for r in renderings if (m := ENGLISH_HEAD_VERB.match(r))}
        verbs = {
            words[-1]
            for raw in split_top(de_part, "; ")
            if len(words := parse_term(raw).text.split()) > 1 and words[0] != "sich"
        }
        for verb in verbs:
            for head in heads - COPULAS:
                yield verb, head


# A verb's use with *es* that English says with "there": *es gibt …* "there is …".
_EXISTENTIAL = re.compile(r"^es [^\W\d_]+ …$")


def _existential(verb: str, de_parts: list[str], en_parts: list[str]) -> Iterator[Entry]:
    """The verb's existential use as an entry of its own, cited as Ding writes it and
    found by *es* + the verb (*es gibt*, by *es geben*: "there is"), for
    ``lang.clauses`` to find when *es* is the subject.  Other sub-entries with *es*
    are person forms (*es schmolz* "it melted")."""
    for part, english in zip(de_parts, en_parts, strict=False):
        if _EXISTENTIAL.match(part) and english.startswith("there "):
            translations = [t.removesuffix(" …") for t in clean_translations(english, part)]
            entry = Entry(part.removesuffix(" …"), "VERB", translations=translations, synonym=1)
            entry.forms.append((EXISTENTIAL_SUBJECT + verb, "inflection"))
            yield entry


# An abbreviation of several words, written with spaces: *zum Teil /z. T./*
_SPACED_ABBREVIATION = re.compile(r"(?<!\w)/((?:[^\W\d_]{1,3}\. ){1,3}[^\W\d_]{1,3}\.)/(?!\w)")


def _spaced_abbreviations(de_parts: list[str], en_parts: list[str]) -> Iterator[Entry]:
    """The abbreviations Ding gives a phrase, as entries of their own written
    together (as ``lang.clauses.mark_abbreviations`` joins them): *zum Teil
    /z. T./* "partly" as *z.T.*, *vor Christus /v. Chr./* "before Christ"."""
    for part, english in zip(de_parts, en_parts, strict=False):
        for raw in split_top(part, "; "):
            match = _SPACED_ABBREVIATION.search(raw)
            if match is None:
                continue
            phrase = parse_term(raw.replace(match.group(0), " ")).text
            translations = clean_translations(english, part)
            if not phrase or not translations:
                continue
            words = phrase.split()
            # *zum Teil*, a genitive (*meines Wissens*); not *eingetragener Verein*
            genitive = len(words) == 2 and words[0].endswith("es") and words[1].endswith("s")
            adverbial = words[0].lower() in PREPOSITIONS or genitive or not words[-1][:1].isupper()
            headword = match.group(1).replace(" ", "")
            yield Entry(headword, "ADV" if adverbial else "NOUN", notes=[phrase],
                        translations=translations)  # fmt: skip


_ENGLISH_PREPOSITIONS = frozenset({"of", "to", "for", "with", "from"})
# The articles a verb idiom's noun takes in Ding's sub-entries: *eine Rolle spielen*.
_IDIOM_ARTICLES = frozenset("ein eine einen der die das den kein keine keinen".split())
# The possessive Ding cites an idiom with, after its preposition: *jdn. in seinen Bann
# ziehen*, *auf seine Kosten kommen* (``lang.clauses`` reads *ihren*, *meine* … so).
_CITED_POSSESSIVES = frozenset("sein seine seinen seinem seiner".split())
# Words between a noun and its verb that are no predicate of the noun: negation, a
# conjunction, an adverb of repetition or degree (*die Arbeit wieder aufnehmen*)
_NO_PREDICATE = frozenset("nicht wieder mehr oder und auch noch so zu sehr".split())


def _long_idiom(headword: str, translations: list[str]) -> str:
    """A verb idiom of four words, its object slots left out: a preposition, an
    article or Ding's possessive and a noun (*jdn. / etw. aus den Augen verlieren* "to
    lose sight of", *jdn. in seinen Bann ziehen*; *nicht* and a preposition and its
    noun, *nicht in Frage kommen*),
    or an article, a noun and an adjective (*die Nase voll haben* "to be fed up")
    before the verb; "" for anything else (examples, longer phrases)."""
    text = SLOTS.sub(" ", headword).strip().removeprefix("/")  # *jdn. / etw. aus …*
    words = text.split()
    if "/" in text or len(words) != 4 or not translations or not translations[0].startswith("to "):
        return ""
    first, second, third, verb = words
    if not all(w.isalpha() for w in words) or not (verb.islower() and verb.endswith("n")):
        return ""
    determiner = second in _IDIOM_ARTICLES or second in _CITED_POSSESSIVES
    prepositional = first in PREPOSITIONS and determiner and third[:1].isupper()
    # a negated idiom: *nicht in Frage kommen* "to be out of the question"
    negated = first == "nicht" and second in PREPOSITIONS and third[:1].isupper()
    predicative = (
        first in _IDIOM_ARTICLES
        and second[:1].isupper()
        and third.islower()
        and third not in PREPOSITIONS
        and third not in _NO_PREDICATE  # *eine Person oder einen Ort durchsuchen*
    )
    return " ".join(words) if prepositional or predicative or negated else ""


def _noun_verb_idiom(headword: str, translations: list[str], line: list[Entry]) -> bool:
    """Whether a sub-entry is a bare noun and its verb, one of them the line's word:
    *Priorität* | … | *Prioritäten setzen* "to set priorities", *schaffen* | … |
    *Arbeitsplätze schaffen* "to create jobs".  Not another word's idiom that a line
    gives as an example (*Party* | … | *die Stimmung anheizen* "to make the party
    rock")."""
    words = headword.split()
    if len(words) != 2 or not translations or not translations[0].startswith("to "):
        return False
    noun, verb = words
    if not (noun.isalpha() and noun[:1].isupper() and verb.isalpha() and verb.islower()):
        return False
    own = {form.lower() for e in line for form in (e.headword, e.plural, *(f for f, _ in e.forms))}
    return verb.endswith("n") and bool({noun.lower(), verb} & own)


def _adjective_verb_idiom(
    written: str, headword: str, translations: list[str], line: list[Entry]
) -> bool:
    """Whether a sub-entry of an adjective's line is the adjective and a verb with the
    preposition it needs: *verantwortlich* | … | *jdn. für etw. verantwortlich machen*
    "to hold sb. responsible for sth."  (``lang.clauses`` reads it only where the
    clause has that preposition; *etw. deutlich machen*, with none, stays an
    example of the adjective's own sense.)"""
    words = headword.split()
    if len(words) != 2 or not translations or not translations[0].startswith("to "):
        return False
    adjective, verb = words
    if not (adjective.isalpha() and adjective.islower() and verb.isalpha() and verb.endswith("n")):
        return False
    own = {e.headword for e in line if e.pos == "ADJ"}
    return adjective in own and VALENCY.search(written) is not None


def _prepositional_idiom(headword: str, translations: list[str]) -> bool:
    """A preposition and a noun listed under a headword, rendered by no verb: an
    adverbial of its own (*im Durchschnitt; im Schnitt* "on average", *bei Bedarf* "in
    case of need", *unter Vorbehalt* "with reservations"), glossed whole where the
    text has it as written."""
    words = headword.split()
    if len(words) != 2 or not translations:
        return False
    english = [w for w in _NOTE.sub("", translations[0]).split() if w not in ("sth.", "sb.")]
    if not english or english[0] == "to" or translations[0].startswith(("sth.", "sb.")):
        return False  # a verb's, or a noun phrase (*zum Lachen* "sth. for laughter")
    if english[-1] in _GOVERNING_ENGLISH:
        return False  # a preposition itself, with *von* or a genitive (*im Zuge*)
    return words[0] in PREPOSITIONS and words[1][:1].isupper() and words[1].isalpha()


def _qualified(term: Term, line: list[Entry]) -> bool:
    """Whether a note narrows a sub-entry or its line to a setting: *im Hintergrund
    (der Bühne)* "upstage" under *Hintergrund* (Theater) is no plain *im Hintergrund*."""
    return bool(term.notes) or bool(line and line[0].notes)


# English that ends a rendering which governs what follows: "during", "in antithesis to"
_GOVERNING_ENGLISH = frozenset(
    "of to for with from during despite via within regarding concerning against without "
    "among towards toward by on in at".split()
)


def _idiom(headword: str, translations: list[str]) -> tuple[str, str] | None:
    """A sub-entry that is a unit of its own, its headword and word class: a
    preposition or an article, noun and verb (*zu Hilfe eilen* "to rush to help
    sb.", *ein Geständnis ablegen* "to confess"), or a
    preposition and noun that make a preposition with the one after them (*im
    Rahmen von* "within the scope of").  Other sub-entries are examples, whose
    words mean what they mean alone."""
    words = headword.split()
    if len(words) != 3 or not translations or not all(w.isalpha() for w in words):
        return None
    opening, noun, last = words
    article = opening in _IDIOM_ARTICLES  # *ein Geständnis ablegen* "to confess"
    if not (opening in PREPOSITIONS or article) or not noun[:1].isupper():
        return None
    english = translations[0].split()
    if (
        last[:1].islower()
        and last.endswith("n")
        and english[0] == "to"
        and last not in PREPOSITIONS
    ):
        return headword, "VERB"
    if not article and last in PREPOSITIONS and english[-1] in _ENGLISH_PREPOSITIONS:
        return headword, "ADP"
    return None
