"""Paragraphs → sentences → tokens, with exact character offsets.

A compiled-regex tokenizer with German rules (abbreviations from SoMaJo's
maintained lists, ordinals, hyphenated compounds, URLs, quotes) and a
rule-based sentence splitter over its tokens.  SoMaJo itself is the reference
for German web text, but it tokenizes about 16,000 tokens/s on this machine;
this tokenizer agrees with the UD German GSD gold tokens on >99% of tokens at
about ten times that speed (see ``python -m benchmarks``).

Contract: every token's ``text`` is ``paragraph[start:end]``; tokens are sorted
and never overlap, and the gaps between them are whitespace only, so the
paragraph rebuilds exactly from tokens and gaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from importlib import resources

from leseglas.text.clean import Block, Role, Section


class TokenKind(StrEnum):
    WORD = "word"
    NUMBER = "number"
    PUNCT = "punct"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: TokenKind


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]


_HYPHEN = r"\-\u2010\u2011"
_TOKEN_RE = re.compile(
    rf"""
    (?P<url>(?:[a-zA-Z][a-zA-Z+.-]*://|www\.)[^\s<>"„“”»«]+?)
        (?=[.,;:!?)\]»«“”"']*(?:\s|$))
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<emoticon>(?<!\w)[:;=8][-^o']?[()\[\]DPpOo/|*\\](?![\w(])|<3)
  | (?P<initials>(?:[^\W\d_]{{1,2}}\.){{2,}})
  | (?P<decimal>\d+(?:[.,:]\d+)+(?![\w{_HYPHEN}]))
  | (?P<word>[\w]+(?:['’]\w+)*(?:[{_HYPHEN}][\w]+(?:['’]\w+)*)*
        (?:[{_HYPHEN}](?=\s+(?:und|oder|bis|sowie|bzw\.|noch)\b|,))?)
  | (?P<dots>\.{{2,}}|…)
  | (?P<dashes>-{{2,}}|``|'')
  | (?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)

_EMOTICON = re.compile(r"[:;=8][-^o']?[()\[\]DPpOo/|*\\]|<3")
_TERMINAL = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({")", "]", "}", "“", "”", "«", "’", "''", "'", '"', "›"})
_MONTHS = frozenset(
    [
        "Januar",
        "Jänner",
        "Februar",
        "Feber",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
        "Jan",
        "Feb",
        "Mär",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Okt",
        "Nov",
        "Dez",
    ]
)
# Words that typically open a sentence: after "am 7." they signal a boundary,
# not an ordinal ("Er kam am 7. Er blieb." vs. "der 3. Mann").
_SENTENCE_OPENERS = frozenset(
    [
        "Er",
        "Sie",
        "Es",
        "Ich",
        "Wir",
        "Ihr",
        "Du",
        "Der",
        "Die",
        "Das",
        "Dies",
        "Diese",
        "Dieser",
        "Dieses",
        "Ein",
        "Eine",
        "Einer",
        "Man",
        "Dann",
        "Doch",
        "Aber",
        "Und",
        "Auch",
        "Im",
        "In",
        "Am",
        "An",
        "Auf",
        "Mit",
        "Nach",
        "Bei",
        "Als",
        "Wenn",
        "Da",
        "So",
        "Nun",
        "Heute",
        "Damals",
        "Später",
        "Danach",
        "Hier",
        "Dort",
        "Zudem",
        "Außerdem",
        "Jedoch",
        "Trotzdem",
        "Deshalb",
        "Wer",
        "Was",
        "Wie",
        "Wo",
        "Warum",
        "Während",
        "Weil",
        "Obwohl",
        "Bisher",
        "Überall",
        "Von",
        "Vor",
        "Seit",
        "Zum",
        "Zur",
        "Mein",
        "Meine",
        "Unser",
        "Unsere",
        "Sein",
        "Seine",
        "Ihre",
        "Kein",
        "Keine",
        "Alle",
        "Viele",
        "Jeder",
        "Jede",
    ]
)


@lru_cache(maxsize=1)
def abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """German abbreviations (with their final dot) and those that may end a sentence."""

    def read(name: str) -> set[str]:
        text = resources.files("somajo").joinpath("data", name).read_text("utf-8")
        return {
            line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
        }

    known = read("abbreviations_de.txt") | read("single_token_abbreviations_de.txt")
    known |= {"z.", "B.", "bzw.", "ca.", "Nr.", "Dr.", "usw.", "u.", "a.", "d.", "h.", "vgl."}
    return frozenset(known), frozenset(read("eos_abbreviations.txt"))


@lru_cache(maxsize=4096)
def _symbol_kind(text: str) -> TokenKind:
    return TokenKind.PUNCT if _is_punctuation(text) else TokenKind.OTHER


def _kind(group: str, text: str) -> TokenKind:
    if group in ("word", "initials"):
        return TokenKind.NUMBER if text.isdigit() else TokenKind.WORD
    if group == "decimal":
        return TokenKind.NUMBER
    if group in ("punct", "dots", "dashes"):
        return _symbol_kind(text)
    return TokenKind.OTHER


def _is_punctuation(text: str) -> bool:
    import unicodedata

    return all(unicodedata.category(ch).startswith("P") for ch in text)


def tokenize(text: str) -> list[Token]:
    """Tokens of one paragraph, with abbreviation and ordinal dots attached."""
    raw = [(m.start(), m.end(), m.lastgroup or "punct") for m in _TOKEN_RE.finditer(text)]
    known, _ = abbreviations()
    tokens: list[Token] = []
    i = 0
    while i < len(raw):
        start, end, group = raw[i]
        word = text[start:end]
        has_dot = i + 1 < len(raw) and raw[i + 1][0] == end and text[end : end + 1] == "."
        if has_dot and raw[i + 1][2] == "punct" and _attach_dot(text, raw, i, word, known, tokens):
            tokens.append(Token(word + ".", start, end + 1, _kind(group, word)))
            i += 2
            continue
        tokens.append(Token(word, start, end, _kind(group, word)))
        i += 1
    return tokens


def _attach_dot(
    text: str,
    raw: list[tuple[int, int, str]],
    i: int,
    word: str,
    known: frozenset[str],
    done: list[Token],
) -> bool:
    """Whether the dot after ``raw[i]`` belongs to it (abbreviation, initial, ordinal)."""
    group = raw[i][2]
    following = raw[i + 2] if i + 2 < len(raw) else None
    next_word = text[following[0] : following[1]] if following else ""
    if group == "word" and not word.isdigit():
        if word + "." in known or word.rsplit("-", 1)[-1] + "." in known:
            return True
        if _regnal_number(word, next_word, done[-1].text if done else ""):
            return True
        # An initial ("Andrej S. Serdjukow", "z. B.") unless it ends the paragraph.
        return len(word) == 1 and word.isalpha() and following is not None
    if group == "word" and word.isdigit():
        return _is_ordinal(word, next_word, done[-1].text if done else "")
    return False


_ROMAN = re.compile(r"[IVXLC]{2,7}")


def _regnal_number(word: str, next_word: str, previous: str) -> bool:
    """A Roman number after a name, before a lower-case word, is an ordinal:
    *Papst Paul VI. die Todesstrafe*, *Ludwig XIV. war*."""
    return (
        _ROMAN.fullmatch(word) is not None
        and previous[:1].isupper()
        and previous.isalpha()
        and next_word[:1].islower()
    )


# What stands before a long number that is an ordinal, not a year ending a sentence.
_BEFORE_AN_ORDINAL = frozenset("zum zur am im vom beim der die das dem den des".split())


def _is_ordinal(number: str, next_word: str, previous: str) -> bool:
    if not next_word or len(number) > 3:
        if previous.lower() in _BEFORE_AN_ORDINAL and next_word[:1].isupper():
            return True  # *zum 1000. Mal*, *der 2500. Besucher*; not *im Jahr 2005. Danach*
        return bool(next_word) and next_word[0].islower() and next_word.isalpha()
    if next_word in _MONTHS or next_word.rstrip(".") in _MONTHS:
        return True
    if next_word[0].islower():
        return True
    if next_word[0].isdigit() or not next_word[0].isalpha():
        return False
    if next_word in _SENTENCE_OPENERS:
        return False
    return bool(previous) and previous not in _TERMINAL and previous[0].isalnum()


# Tokens: ten times the longest sentence of UD German GSD and PUD (63), past most of
# literature's; a longer run is analysed in pieces (``_bounded``).
LONGEST_SENTENCE = 600
_PIECE_ENDS = frozenset(",;:–—")


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Group tokens into sentences at terminal punctuation that starts something new."""
    _, eos_abbreviations = abbreviations()
    sentences: list[Sentence] = []
    first = 0
    quote_open = False
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i].text
        if tok == '"':
            quote_open = not quote_open
        ends = tok in _TERMINAL or (tok[0] in ".!?…" and tok.strip(".!?…") == "")
        ends = ends or (tok in eos_abbreviations and _starts_sentence(tokens, i + 1))
        ends = ends or (_EMOTICON.fullmatch(tok) is not None and _starts_sentence(tokens, i + 1))
        # "Bilanz: Überall …" — a colon or semicolon before a new clause.
        ends = ends or (tok in (":", ";") and i + 1 < n and tokens[i + 1].text in _SENTENCE_OPENERS)
        if not ends:
            i += 1
            continue
        j = i + 1
        while j < n and tokens[j].text in _CLOSERS and tokens[j].start == tokens[j - 1].end:
            if tokens[j].text == '"':
                # A straight quote closes when it was opened or a space follows.
                followed_by_space = j + 1 >= n or tokens[j + 1].start > tokens[j].end
                if not (quote_open or followed_by_space):
                    break
                quote_open = False
            j += 1
        lowercase_after_full_stop = tok == "." and j < n and tokens[j].text[0].islower()
        if j >= n or _starts_sentence(tokens, j) or lowercase_after_full_stop:
            sentences += _bounded(text, tokens[first:j])
            first = j
            quote_open = False
        i = j
    if first < n:
        sentences += _bounded(text, tokens[first:])
    return sentences


def _bounded(text: str, tokens: list[Token]) -> list[Sentence]:
    """A sentence, or the pieces of one past ``LONGEST_SENTENCE`` tokens (a text
    with no full stops: a list, a poem, lyrics).  The analysis of a sentence grows
    faster than its length (20,000 words in one took 100 s); a piece ends at the
    last line break or clause mark of its second half, or where it must."""
    pieces = []
    while len(tokens) > LONGEST_SENTENCE:
        half = LONGEST_SENTENCE // 2
        cut = next(
            (k + 1 for k in range(LONGEST_SENTENCE - 1, half - 1, -1)
             if tokens[k].text in _PIECE_ENDS or "\n" in text[tokens[k].end : tokens[k + 1].start]),
            LONGEST_SENTENCE,
        )  # fmt: skip
        pieces.append(_sentence(tokens[:cut]))
        tokens = tokens[cut:]
    return [*pieces, _sentence(tokens)]


def _starts_sentence(tokens: list[Token], j: int) -> bool:
    if j >= len(tokens):
        return True
    nxt = tokens[j].text
    if nxt[0].isupper() or nxt[0].isdigit():
        return True
    return nxt[0] in "„\"»«‚'([`¿¡–—-" and nxt not in ",;:"


def _sentence(tokens: list[Token]) -> Sentence:
    return Sentence(tokens[0].start, tokens[-1].end, tuple(tokens))


def segment(text: str) -> list[Sentence]:
    """Sentences (with their tokens) of one paragraph."""
    return split_sentences(text, tokenize(text))


# Paragraphs whose sentences are kept segmented: those on screen and around them.
# A book's are segmented again when needed (about 0.1 ms per paragraph), not held:
# every token of a 20 MB text is three million objects.
SEGMENTED_PARAGRAPHS = 1024


@lru_cache(maxsize=SEGMENTED_PARAGRAPHS)
def _segmented(text: str) -> tuple[Sentence, ...]:
    return tuple(segment(text))


@dataclass
class Paragraph:
    """One paragraph of a document; sentences are segmented on use."""

    index: int
    text: str
    role: Role = Role.BODY
    section: Section = Section.ARTICLE

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return _segmented(self.text)

    @property
    def tokens(self) -> Iterator[Token]:
        for sentence in self.sentences:
            yield from sentence.tokens


@dataclass
class Document:
    name: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    title: str | None = None

    @property
    def article(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.section is Section.ARTICLE]

    @property
    def related(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.section is Section.RELATED]


# Characters: a long printed page.  A paragraph past it (a text pasted from a PDF with
# no blank lines is one of 190,000) is read in parts of about equal length, cut at
# sentence ends: a tap redraws the whole paragraph (1 s at 13,000 characters).
LONGEST_PARAGRAPH = 3_000


def build_document(name: str, blocks: list[Block], title: str | None = None) -> Document:
    parts = [(text, b) for b in blocks for text in _reading_parts(b.text)]
    paragraphs = [Paragraph(i, text, b.role, b.section) for i, (text, b) in enumerate(parts)]
    if title is None:
        title = next((p.text for p in paragraphs if p.role is Role.TITLE), None)
    return Document(name, paragraphs, title)


def _reading_parts(text: str) -> list[str]:
    """The paragraph, or its parts when it is longer than ``LONGEST_PARAGRAPH``:
    each as many whole sentences as fit an equal share of it (a sentence longer
    than the share is a part of its own)."""
    if len(text) <= LONGEST_PARAGRAPH:
        return [text]
    share = len(text) / -(-len(text) // LONGEST_PARAGRAPH)
    parts, start, end = [], 0, 0
    for sentence in segment(text):
        if sentence.end - start > share and end > start:  # this one would cross the share
            parts.append(text[start:end])
            start = end
        end = sentence.end
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]
