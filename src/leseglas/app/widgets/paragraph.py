"""The paragraph being read: every word clickable, harder words marked, the cursor shown."""

from __future__ import annotations

from bisect import bisect_right

from textual.color import Color
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import Static

from leseglas.app.session import ReadingSession
from leseglas.deck.store import WordStatus
from leseglas.engine import AnalyzedToken
from leseglas.text.segment import TokenKind

BAND_COLORS = {"B1": "#8fbc8f", "B2": "#e5c07b", "C1": "#e8915a", "C2": "#e06c75"}
GENDER_COLORS = {"m": "#61afef", "f": "#e06c75", "n": "#98c379", "pl": "#c678dd"}


class ParagraphView(Static):
    """Renders one paragraph; a click on a word posts ``WordClicked`` with its index.

    Every word is a click target, but not a link: Textual would paint each one in
    the link colour and underline it, hiding the band and gender colours."""

    auto_links = False

    class WordClicked(Message):
        def __init__(self, index: int) -> None:
            self.index = index
            super().__init__()

    class Resized(Message):
        """The paragraph's lines wrap anew: what stands beside them follows."""

    def on_resize(self) -> None:
        self.post_message(self.Resized())

    def show_plain(self, text: str) -> None:
        """The paragraph before its words are analysed (the first paint at start-up)."""
        self.update(Content(text))

    def show(
        self,
        session: ReadingSession,
        selected: int | None,
        colors: bool = True,
        genders: bool = False,
    ) -> None:
        parts: list[str | tuple[str, Style]] = []
        text = session.paragraph.text
        tokens = session.tokens()
        places = _places(tokens)
        partner = _partner(tokens, places, selected)
        phrase = _phrase(tokens, selected)
        position = 0
        word_index = 0
        for token, place in zip(tokens, places, strict=True):
            parts.append(text[position : token.token.start])
            style = Style()
            if token.token.kind is TokenKind.WORD:
                # a unit is marked whole: *findet … statt*, *nahm … in Kauf*
                marked = word_index == selected or place == partner or _in(token, phrase)
                style = self._word_style(session, token, marked, colors, genders)
                style += Style.from_meta({"@click": f"click_word({word_index})"})
                word_index += 1
            parts.append((token.token.text, style))
            position = token.token.end
        parts.append(text[position:])
        self.update(Content.assemble(*parts))

    def rows_of(self, text: str, offsets: list[int]) -> list[int]:
        """The line each character offset of ``text`` is drawn on, wrapped as this
        view wraps it (for the margin's glosses beside their words)."""
        width = self.content_region.width
        starts: list[int] = []
        cursor = 0
        for line in Content(text).wrap(width) if width > 0 else ():
            plain = line.plain.strip()
            found = text.find(plain, cursor) if plain else -1
            starts.append(found if found >= 0 else cursor)
            cursor = starts[-1] + len(plain)
        return [max(0, bisect_right(starts, offset) - 1) for offset in offsets]

    @staticmethod
    def _word_style(
        session: ReadingSession,
        token: AnalyzedToken,
        selected: bool,
        colors: bool,
        genders: bool,
    ) -> Style:
        status = session.status(token)
        hard = session.is_hard(token)
        foreground = None
        if colors and genders and token.gloss.gender and token.analysis.pos == "NOUN":
            foreground = Color.parse(GENDER_COLORS[token.gloss.gender])
        elif colors and hard:
            foreground = Color.parse(BAND_COLORS.get(token.gloss.band, "#e06c75"))
        return Style(
            foreground=foreground,
            bold=hard or None,
            underline=status is WordStatus.LEARNING or None,
            dim=status is WordStatus.IGNORED or None,
            reverse=selected or None,
        )

    def action_click_word(self, index: int) -> None:
        self.post_message(self.WordClicked(index))


def _places(tokens: list[AnalyzedToken]) -> list[tuple[int, int]]:
    """Each token's sentence and its index there (a separable verb's partner is one)."""
    counts: dict[int, int] = {}
    places = []
    for token in tokens:
        index = counts.get(token.sentence, 0)
        places.append((token.sentence, index))
        counts[token.sentence] = index + 1
    return places


def _phrase(tokens: list[AnalyzedToken], selected: int | None) -> tuple[int, str] | None:
    """The sentence and phrase of the selected word, when it is one of a phrase's."""
    words = [t for t in tokens if t.token.kind is TokenKind.WORD]
    if selected is None or not 0 <= selected < len(words) or not words[selected].analysis.phrase:
        return None
    return words[selected].sentence, words[selected].analysis.phrase


def _in(token: AnalyzedToken, phrase: tuple[int, str] | None) -> bool:
    return phrase is not None and (token.sentence, token.analysis.phrase) == phrase


def _partner(
    tokens: list[AnalyzedToken], places: list[tuple[int, int]], selected: int | None
) -> tuple[int, int] | None:
    """Where the other half of the selected word's separable verb stands."""
    if selected is None:
        return None
    words = [(t, p) for t, p in zip(tokens, places, strict=True) if t.token.kind is TokenKind.WORD]
    if not 0 <= selected < len(words):
        return None
    token, (sentence, _) = words[selected]
    partner = token.analysis.partner
    return None if partner is None or not token.analysis.particle else (sentence, partner)
