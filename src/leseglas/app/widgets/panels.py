"""The gloss margin (the paragraph's harder words) and the detail panel (the selected word)."""

from __future__ import annotations

from collections.abc import Mapping

from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from leseglas.app.session import ReadingSession
from leseglas.engine import AnalyzedToken
from leseglas.gloss.model import Gloss
from leseglas.lang.difficulty import zipf
from leseglas.lang.words import cited

POS_NAMES = {
    "NOUN": "noun", "PROPN": "name", "VERB": "verb", "AUX": "auxiliary verb", "ADJ": "adjective",
    "ADV": "adverb", "ADP": "preposition", "DET": "article/determiner", "PRON": "pronoun",
    "CCONJ": "conjunction", "SCONJ": "conjunction", "PART": "particle", "NUM": "number",
    "INTJ": "interjection",
}  # fmt: skip
SOURCES = {
    "dictionary": "offline dictionary (Ding)",
    "compound": "built from its parts",
    "spelling": "dictionary, after a spelling correction",
    "loanword": "English loanword",
    "cognate": "English cognate, from its form",
    "rule": "rule",
    "online": "online translation",
    "none": "not found offline",
}


class GlossMargin(Static):
    """The harder words of the paragraph with their short glosses, without any tap.

    Beside the text, each gloss stands on its word's line (``rows``), or below the
    gloss before it when a line has several.  The selected word's gloss is marked
    and scrolled into view, so a small terminal reaches every gloss by moving
    through the words."""

    _width = 0  # the width the glosses were last wrapped at

    class Resized(Message):
        """The glosses must be wrapped anew at the margin's new width."""

    def show(
        self,
        session: ReadingSession,
        selected: AnalyzedToken | None = None,
        rows: Mapping[str, int] | None = None,
    ) -> None:
        hard = session.hard_words()
        if not hard:
            self.update(Content.styled("No harder words here.", "dim"))
            return
        width = max(1, self.content_region.width)
        self._width = width
        lines: list[Content] = []
        is_adjective = session.engine.dictionary.is_adjective
        chosen: tuple[int, int] | None = None
        for token in hard:
            gloss = token.gloss
            headword = cited(gloss.article, gloss.lemma, gloss.gender == "pl", is_adjective)
            entry = Content.assemble((headword, "bold"), f"  {gloss.short_text}")
            if rows is not None:  # down to its word's line
                lines += [Content("")] * (rows.get(gloss.lemma, 0) - len(lines))
            if selected is not None and selected.gloss.lemma == gloss.lemma:
                entry = entry.stylize("reverse")
            wrapped = _hanging(entry, width)
            if selected is not None and selected.gloss.lemma == gloss.lemma:
                chosen = (len(lines), len(wrapped))
            lines += wrapped
        self.update(Content("\n").join(lines))
        if chosen is not None:
            self.call_after_refresh(self._reveal, *chosen)

    def on_resize(self) -> None:
        """A scrollbar came or went beside the glosses: wrapped at the old width, a
        gloss that wraps would lose its hanging indent."""
        if self._width and max(1, self.content_region.width) != self._width:
            self.post_message(self.Resized())

    def _reveal(self, top: int, height: int) -> None:
        """Scrolls the chosen entry into view."""
        scroller = self.parent
        if isinstance(scroller, Widget):
            region = Region(0, top, max(1, self.content_region.width), height)
            scroller.scroll_to_region(region, animate=False, immediate=True)


def _hanging(entry: Content, width: int, indent: int = 2) -> list[Content]:
    """An entry's lines at ``width``, the lines after the first indented, so
    that a gloss that wraps stays apart from the next headword."""
    first, *rest = entry.wrap(width)
    if not rest or width <= indent + 1:
        return [first, *rest]
    tail = entry[len(first.plain) :]
    tail = tail[len(tail.plain) - len(tail.plain.lstrip()) :]
    return [first, *(Content(" " * indent) + line for line in tail.wrap(width - indent))]


class DetailPanel(Static):
    """Everything about the selected word."""

    def show(self, session: ReadingSession, token: AnalyzedToken | None, ipa: str = "") -> None:
        """``ipa``: the headword's pronunciation, shown after it."""
        if token is None:
            self.update(Content.styled("Click a word, or move with ← → and Tab.", "dim"))
            return
        gloss, analysis = token.gloss, token.analysis
        head: list[str | tuple[str, str]] = [(gloss.lemma, "bold")]
        if ipa:
            head.append(f" /{ipa}/")
        if gloss.article:
            guessed = "?" if gloss.gender_guessed else ""
            head.append(f"  ({gloss.article}{guessed}{_declined(session, gloss)})")
        pos = token.card_key[1]  # the unit's: *statt* of *stattfinden* is a verb's particle
        head.append(f"  · {POS_NAMES.get(pos, pos.lower())}")
        # a word wordfreq has never seen is rated by its parts: say so
        estimated = bool(gloss.parts) and max(zipf(gloss.lemma), zipf(token.token.text)) == 0
        head.append(f" · {gloss.band} (zipf {gloss.zipf:.1f}{', estimated' if estimated else ''})")
        head.append(f" · {session.status(token).value}")
        lines: list[Content] = [Content.assemble(*head)]
        if analysis.phrase:  # the card is the phrase's; the word's own meaning beside it
            own = session.alone(token)
            meaning = f" “{own.short[0]}”" if own.short else ""
            lines.append(Content(f"a phrase; {token.token.text} alone: {own.lemma}{meaning}"))
        if gloss.separable:
            partner = self._partner_text(session, token)
            lines.append(Content(f"separable verb: {gloss.separable} ({partner})"))
        parts_of_verb = session.principal_parts(gloss) if pos == "VERB" else ""
        if parts_of_verb:
            lines.append(Content(parts_of_verb))
        if gloss.short:
            lines.append(Content.styled(gloss.short_text, "bold"))
        if gloss.parts:
            parts = " + ".join(f"{p.lemma} “{p.gloss}”" for p in gloss.parts)
            lines.append(Content(f"parts: {parts}"))
        for number, sense in enumerate(gloss.senses[:4], 1):
            labels = f" [{' '.join(sense.labels)}]" if sense.labels else ""
            lines.append(Content(f"{number}. {'; '.join(sense.translations[:4])}{labels}"))
        lines.append(Content.styled(f"source: {SOURCES.get(gloss.source, gloss.source)}", "dim"))
        self.update(Content("\n").join(lines))

    def show_translation(self, text: str) -> None:
        self.update(Content.assemble(("Sentence: ", "bold"), text))

    @staticmethod
    def _partner_text(session: ReadingSession, token: AnalyzedToken) -> str:
        tokens = session.tokens(token.paragraph)
        partner = token.analysis.partner
        sentence = [t for t in tokens if t.sentence == token.sentence]
        if partner is None or partner >= len(sentence):
            return token.token.text
        first, second = sorted((sentence.index(token), partner))
        return f"{sentence[first].token.text} … {sentence[second].token.text}"


def _declined(session: ReadingSession, gloss: Gloss) -> str:
    """ ", gen. Tages, pl. Tage" after a noun's article; ", plural only" for a
    noun with no singular (*die Streitkräfte*)."""
    if gloss.gender == "pl":
        return ", plural only"
    genitive = session.genitive(gloss) if " " not in gloss.lemma else ""  # not *Naher Osten*
    cases = f", gen. {genitive}" if genitive else ""
    return cases + (f", pl. {gloss.plural}" if gloss.plural else "")
