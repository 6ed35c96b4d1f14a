"""Small modal screens: a one-line question and the key help."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

KEY_NAMES = {
    "left": "←", "right": "→", "up": "↑", "down": "↓", "pageup": "PgUp", "pagedown": "PgDn",
    "home": "Home", "end": "End", "tab": "Tab", "slash": "/", "question_mark": "?",
    "escape": "Esc", "space": "Space", "enter": "Enter",
}  # fmt: skip


def key_label(key: str) -> str:
    """A key as people write it: *?* for question_mark, *Shift+Tab*, *Ctrl+P*."""
    *modifiers, name = key.split("+")
    label = KEY_NAMES.get(name, name.upper() if modifiers and len(name) == 1 else name)
    return "+".join([*(m.capitalize() for m in modifiers), label])


def keys_label(keys: str) -> str:
    """All the keys of a binding (``down,n,pagedown``): *↓ n PgDn*."""
    return " ".join(key_label(k) for k in keys.split(","))


HELP_TEXT = """\
Harder words (above your level) are bold and coloured by band: B2 yellow, C1 orange,
C2 red; their glosses stand in the margin. Words in your deck are underlined, ignored
words dimmed. The header shows where you are and how much of the text you know.
p says the selected word (a separable verb as its infinitive: findet … statt is
said stattfinden), P its sentence, offline; the word's pronunciation (IPA) stands after
it below the text."""


REVIEW_HELP_TEXT = """\
Space shows the answer with the next interval for each grade; 1-4 grade it (again,
hard, good, easy). On a cloze card, type the missing word and press Enter: case does
not count, and ä ö ü ß may be typed ae oe ue ss. u takes the last answer back; e edits
the meaning, starting from the one the card has. p says the word (with its article);
the answer side says it by itself unless "say the answer" is off in the settings."""


def unwrapped(text: str) -> str:
    """Text written in short lines, as paragraphs the screen wraps at its width."""
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n"))


class AskScreen(ModalScreen[str | None]):
    """Asks for one line of text, optionally starting from an answer; Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "cancel")]

    def __init__(self, question: str, value: str = "") -> None:
        super().__init__()
        self.question = question
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="ask"):
            yield Label(Content(self.question))  # a lemma or a path: text, not markup
            yield Input(self.value, id="answer")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "close", "close")]

    def __init__(self, bindings: Sequence[BindingType], text: str = HELP_TEXT) -> None:
        super().__init__()
        self.bindings = [b for b in bindings if isinstance(b, Binding)]
        self.text = text

    def compose(self) -> ComposeResult:
        lines = []
        for binding in self.bindings:
            keys = keys_label(binding.key)
            lines.append(f"{keys:<22} {binding.description}")
        with VerticalScroll(id="help"):  # a small terminal scrolls it (↑ ↓, PgUp PgDn)
            yield Label("leseglas — keys", id="help-title")
            yield Static("\n".join(lines), id="help-keys")
            yield Static(unwrapped(self.text), id="help-text")
            yield Static("Ctrl+P: every action in the command palette · Esc: close", id="help-foot")

    def action_close(self) -> None:
        self.dismiss(None)
