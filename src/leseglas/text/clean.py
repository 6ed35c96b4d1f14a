"""Plain text → clean paragraphs: Unicode normalised, lines unwrapped, web-page chrome dropped.

The rules are general, not fitted to one site:

* **UI lines**: a paragraph that is only a user-interface label (*Drucken*,
  *Teilen*, *Mehr erfahren*, *Kommentare (12)*, *Foto: dpa* …) or a notice about
  the browser, JavaScript, cookies or ad blockers is dropped.
* **Repeated captions**: a paragraph repeated with a short credit glued on
  (*… Kasachstan. AFP*, *… (Foto: Reuters)*) is a photo caption shown twice;
  the copy goes, the first is kept and marked as a caption.  Exact repeats of
  longer paragraphs go too.
* **Related articles**: a heading such as *Lesen Sie mehr zu diesen Themen:* or
  *Das könnte Sie auch interessieren* ends the article; the teasers after it are
  kept as a separate, marked section.
* **Roles**: a leading short line is the title, a shorter line before it the
  kicker; short lines without sentence punctuation inside the text are headings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass
from enum import StrEnum
from itertools import islice

Progress = Callable[[int, int], None]


class Role(StrEnum):
    KICKER = "kicker"
    TITLE = "title"
    HEADING = "heading"
    CAPTION = "caption"
    BODY = "body"


class Section(StrEnum):
    ARTICLE = "article"
    RELATED = "related"


@dataclass
class Block:
    text: str
    role: Role = Role.BODY
    section: Section = Section.ARTICLE


# as patterns, not translate tables: a regular expression scans 20 MB in a tenth
# of the time str.translate takes with a table
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile("[\u00a0\u202f\u2007\u2009\u200a\t\u3000]")
_BULLET = re.compile(r"^\s*(?:[•·▪►▸›»*+]|-(?=\s))\s*")
_UI_LABEL = re.compile(
    r"""^(?:
        drucken|druckversion|teilen|artikel\ teilen|seite\ teilen|merken|gemerkt|
        speichern|kommentieren|kommentare?(?:\ \(?\d+\)?)?|\d+\ kommentare?|
        mehr\ erfahren|mehr\ anzeigen|weiterlesen|weiter\ lesen|mehr\ lesen|
        (?:artikel\ )?vorlesen|anhören|zurück|weiter|nach\ oben|zum\ seitenanfang|
        anmelden|einloggen|login|abmelden|registrieren|jetzt\ registrieren|
        (?:jetzt\ )?abonnieren|abo|newsletter(?:\ abonnieren)?|zum\ newsletter|
        feedback|schließen|menü|navigation|suche|suchen|startseite|home|
        e-?mail|whatsapp|facebook|twitter|x|linkedin|pinterest|telegram|
        link\ kopieren|(?:auf|via)\ \w+\ teilen|anzeige|werbung|sponsored|
        cookie-?einstellungen|datenschutz(?:erklärung)?|impressum|agb|kontakt|
        barrierefreiheit|lesezeit:?\ \d+\ min(?:uten|\.)?|\d+\ min(?:uten|\.)?\ lesezeit|
        (?:foto|bild|fotos|grafik|quelle|video)\ ?:\ ?[^.!?]{0,40}|©\ ?[^.!?]{0,40}|
        print|share|comments?|read\ more|sign\ in|log\ in|subscribe
    )[\s.:!›»>→]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_NOTICE = re.compile(
    r"""(?:browser\ wird\ nicht\ mehr\ unterstützt|unterstützten\ browser|
        browser\ ist\ veraltet|aktivieren\ sie\ javascript|javascript\ (?:ist\ )?deaktiviert|
        wir\ verwenden\ cookies|diese\ (?:web)?seite\ verwendet\ cookies|adblocker|
        werbeblocker|browser\ is\ no\ longer\ supported|enable\ javascript)""",
    re.IGNORECASE | re.VERBOSE,
)
_RELATED = re.compile(
    r"""^(?:lesen\ sie\ (?:auch|mehr|weiter)(?:\ (?:zu|zum)\ (?:diesem|diesen)\ them(?:a|en))?|
        mehr\ (?:zu(?:m)?\ (?:diesem\ )?them(?:a|en)|aus\ dem\ ressort|zum\ thema)|
        das\ könnte\ sie\ (?:auch\ )?interessieren|auch\ interessant|passend\ dazu|
        passend\ zum\ thema|weitere\ (?:artikel|beiträge|meldungen|nachrichten)|
        verwandte\ (?:artikel|themen)|empfohlene\ artikel|ähnliche\ artikel|
        meistgelesen|top-?artikel|related\ (?:articles|stories)|read\ (?:also|more))\s*:?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A repeat counts as page chrome only close to its original (a caption under a
# photo, a teaser shown twice); far apart, as in a poem's refrain, it is text.
_REPEAT_WINDOW = 3
_SENTENCE_END = re.compile(r"""[.!?…:;,]["“”'’»«)]*$""")
_WORD = re.compile(r"\w+")
REPEATED_WORDS = 5  # a paragraph of this many words met again is chrome
HEADING_MAX_CHARACTERS = 120


def normalize(text: str) -> str:
    """NFC, no soft hyphens or zero-width characters, plain spaces and newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    return unicodedata.normalize("NFC", text)


def clean(text: str, progress: Progress | None = None) -> list[Block]:
    """Paragraphs of a text, with chrome dropped and roles assigned."""
    lines = normalize(text).split("\n")
    paragraphs = _paragraphs(lines, progress)
    blocks = _drop_chrome(paragraphs)
    _assign_roles(blocks)
    return blocks


def _paragraphs(lines: list[str], progress: Progress | None) -> list[str]:
    """Group lines into paragraphs: blank lines separate, wrapped lines are joined."""
    out: list[str] = []
    group: list[str] = []
    step = max(1, len(lines) // 100)
    for number, line in enumerate(lines):
        line = " ".join(line.split())
        if line:
            group.append(line)
        elif group:
            out.extend(_unwrap(group))
            group = []
        if progress is not None and number % step == 0:
            progress(number, len(lines))
    if group:
        out.extend(_unwrap(group))
    if progress is not None:
        progress(len(lines), len(lines))
    return out


def _unwrap(lines: list[str]) -> list[str]:
    """Paragraphs of one block of consecutive lines.

    A block whose lines (all but the last) are 40–100 characters long, some
    ending mid-sentence, is hard-wrapped prose and becomes one paragraph.
    Otherwise each line is its own paragraph, unless it ends mid-sentence and
    the next line starts in lower case, or it ends in a hyphenated word part.
    """
    if len(lines) == 1:
        return lines
    wrapped = any(not _SENTENCE_END.search(line) for line in lines[:-1])
    if wrapped and all(40 <= len(line) <= 100 for line in lines[:-1]):
        return [join_lines(lines)]
    paragraphs = [[lines[0]]]
    for line in lines[1:]:
        previous = paragraphs[-1][-1]
        continues = line[:1].islower() and not _SENTENCE_END.search(previous)
        if continues or _ends_in_hyphenation(previous):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return [join_lines(p) for p in paragraphs]


def _ends_in_hyphenation(line: str) -> bool:
    return len(line) > 2 and line[-1] in "-\u2010" and line[-2].isalpha()


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines; rejoin words hyphenated at a line end (*Bünd-* / *nis*)."""
    text = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not text:
            text = line
        elif _ends_in_hyphenation(text):
            next_word = line.split(" ", 1)[0]
            if next_word in ("und", "oder", "bis", "sowie", "bzw."):
                text += " " + line  # "Ein- und Ausgang"
            elif next_word[:1].islower():
                text = text[:-1] + line  # "Bünd-" + "nis"
            else:
                text += line  # "Ost-" + "Ukraine"
        else:
            text += " " + line
    return text


def _strip_bullet(paragraph: str) -> str:
    return _BULLET.sub("", paragraph, count=1)


def is_chrome(paragraph: str) -> bool:
    """A user-interface label or a browser/cookie notice, not text to read."""
    text = _strip_bullet(paragraph).strip()
    if not text:
        return True
    if _UI_LABEL.match(text):
        return True
    return len(text) < 300 and _NOTICE.search(text) is not None


def _credit_prefix(paragraph: str, seen: Collection[str]) -> str | None:
    """The earlier paragraph this one repeats with a short credit added, if any."""
    if not any(paragraph.startswith(earlier) for earlier in seen):
        return None  # the common case, found without splitting the paragraph
    words = paragraph.split(" ")
    for cut in range(1, min(6, len(words) - 3) + 1):
        head, tail = " ".join(words[:-cut]), " ".join(words[-cut:])
        if head in seen and len(tail) <= 60 and not tail.endswith((".", "!", "?")):
            return head
    return None


def _drop_chrome(paragraphs: list[str]) -> list[Block]:
    blocks: list[Block] = []
    section = Section.ARTICLE
    for paragraph in paragraphs:
        if _RELATED.match(_strip_bullet(paragraph)):
            section = Section.RELATED
            continue
        if is_chrome(paragraph):
            continue
        long_enough = _has_words(paragraph, REPEATED_WORDS)
        recent = {b.text: b for b in blocks[-_REPEAT_WINDOW:]}
        if long_enough and paragraph in recent:
            continue
        original = _credit_prefix(paragraph, recent.keys()) if long_enough else None
        if original is not None:
            recent[original].role = Role.CAPTION
            continue
        blocks.append(Block(paragraph, section=section))
    return blocks


def _has_words(text: str, count: int) -> bool:
    """Whether the text has ``count`` words, in time linear in its length (a pattern
    for "five words" backtracks through a 20,000-letter run for seconds)."""
    return len(list(islice(_WORD.finditer(text), count))) == count


def _is_heading_like(text: str, max_words: int = 12) -> bool:
    if len(text) > HEADING_MAX_CHARACTERS:
        return False  # before counting the words of a long paragraph
    words = len(_WORD.findall(text))
    return 0 < words <= max_words and not _SENTENCE_END.search(text)


def _assign_roles(blocks: list[Block]) -> None:
    article = [b for b in blocks if b.section is Section.ARTICLE]
    start = 0
    if (
        len(article) >= 2
        and _is_heading_like(article[0].text, 6)
        and _is_heading_like(article[1].text, 15)
        and len(article[0].text) < len(article[1].text)
    ):
        article[0].role, article[1].role = Role.KICKER, Role.TITLE
        start = 2
    elif article and _is_heading_like(article[0].text, 15):
        article[0].role = Role.TITLE
        start = 1
    for block in blocks[start:]:
        if block.role is Role.BODY and _is_heading_like(block.text):
            block.role = Role.HEADING
