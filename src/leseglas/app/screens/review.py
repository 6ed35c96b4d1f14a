"""Flashcard review with FSRS: front, Space for the back, 1–4 to grade (intervals shown)."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, Static

from leseglas.app.screens.dialogs import REVIEW_HELP_TEXT, AskScreen, HelpScreen
from leseglas.app.sound import say_aloud
from leseglas.deck.cloze import Verdict, blanked, cloze_answer, typed_verdict
from leseglas.deck.schedule import Grade, Schedule, describe, utc
from leseglas.deck.store import Card, Store
from leseglas.lang.words import cited
from leseglas.speech import Speaker


@dataclass(frozen=True)
class Prompt:
    kind: str  # recognition, cloze or production
    front: Content
    back: Content


def prompt_for(item: Card, production: bool, reviews: int) -> Prompt:
    """The card's face for this review: the kinds take turns as the card is reviewed."""
    german = cited(item.article, item.lemma)
    plural = f"   pl. {item.plural}" if item.plural else ""
    cloze = blanked(item.sentence, item.lemma)
    kinds = ["recognition"] + (["cloze"] if cloze else []) + (["production"] if production else [])
    kind = kinds[reviews % len(kinds)]
    back_lines = [
        Content.styled(german, "bold") + Content(plural),
        Content.styled(item.gloss, "bold"),
    ]
    if item.sentence:
        back_lines.append(Content.styled(item.sentence, "italic"))
    back = Content("\n").join(back_lines)
    if kind == "cloze":
        front = Content("\n").join([Content(cloze), Content.styled(f"({item.gloss})", "dim")])
    elif kind == "production":
        front = Content.assemble((item.gloss, "bold"), ("\nin German, with der/die/das", "dim"))
    else:
        front = Content.styled(german, "bold")
    return Prompt(kind, front, back)


def spoken_form(item: Card) -> str:
    """What a card's sound says: the word as the card writes it, with its article."""
    return cited(item.article, item.lemma)


def _judged(verdict: Verdict, typed: str, expected: str) -> Content:
    if verdict is Verdict.RIGHT:
        return Content.styled(f"✓ {expected}", "bold green")
    if verdict is Verdict.OTHER_FORM:
        return Content.styled(
            f"≈ {typed}: the word, but the sentence has {expected}", "bold yellow"
        )
    return Content.styled(f"✗ {typed}: the sentence has {expected}", "bold red")


class ReviewScreen(Screen[None]):
    CSS_PATH = "review.tcss"
    AUTO_FOCUS = None  # the keys are the screen's; a cloze card focuses its answer field
    BINDINGS = [
        Binding("space", "flip", "show answer"),
        Binding("1", "grade(1)", "again"),
        Binding("2", "grade(2)", "hard"),
        Binding("3", "grade(3)", "good"),
        Binding("4", "grade(4)", "easy"),
        Binding("u", "undo", "undo"),
        Binding("e", "edit", "edit"),
        Binding("x", "suspend", "suspend"),
        Binding("b", "bury", "bury"),
        Binding("p", "say", "say it"),
        Binding("question_mark", "help", "help"),
        Binding("escape,q", "close", "back"),
    ]

    def __init__(
        self,
        store: Store,
        schedule: Schedule | None = None,
        new_per_day: int = 20,
        reviews_per_day: int = 200,
        production: bool = False,
        *,
        speaker: Speaker | None = None,
        speak_answers: bool = False,
    ) -> None:
        super().__init__()
        self.store = store
        self.speaker = speaker or Speaker()
        self.speak_answers = speak_answers  # the answer side says the word
        self.schedule = schedule or Schedule()
        self.production = production
        self.queue = store.queue(time.time(), new_per_day, reviews_per_day)
        self.flipped = False
        self.shown_at = time.monotonic()
        self.grades: Counter[Grade] = Counter()
        self.answered: list[Grade] = []  # this session's answers that stand, in order
        self.started = time.monotonic()

    def compose(self) -> ComposeResult:
        with Vertical(id="review"):
            yield Label("", id="review-count")
            yield Static("", id="front")
            yield Input(placeholder="type the missing word, Enter to check", id="typed")
            yield Static("", id="back")
            yield Static("", id="grades")
        yield Footer()

    def on_mount(self) -> None:
        self.show_card()

    @property
    def current(self) -> Card | None:
        return self.queue[0] if self.queue else None

    def show_card(self) -> None:
        item = self.current
        self.flipped = False
        self.shown_at = time.monotonic()
        back = self.query_one("#back", Static)
        grades = self.query_one("#grades", Static)
        if item is None:
            self.query_one("#review-count", Label).update("Done for now.")
            self.query_one("#front", Static).update(self.summary())
            back.update("")
            grades.update("")
            return
        reviews = self.store.review_count(item.id)
        prompt = prompt_for(item, self.production, reviews)
        self.query_one("#review-count", Label).update(f"{len(self.queue)} to go · {prompt.kind}")
        self.query_one("#front", Static).update(prompt.front)
        typed = self.query_one("#typed", Input)
        typed.value = ""
        typed.display = typed.can_focus = prompt.kind == "cloze"  # as Anki's type-in cards
        if typed.display:
            typed.focus()
            back.update(
                Content.styled("Enter checks the word (an empty line just shows it)", "dim")
            )
        else:
            self.set_focus(None)
            back.update(Content.styled("Space shows the answer", "dim"))
        grades.update("")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """A typed cloze answer: checked, then the back as after Space."""
        item = self.current
        if item is None or self.flipped:
            return
        typed = self.query_one("#typed", Input)
        typed.display = typed.can_focus = False
        self.set_focus(None)  # the grade keys are the screen's again
        self.action_flip()
        if event.value.strip():
            expected = cloze_answer(item.sentence, item.lemma)
            verdict = typed_verdict(event.value, expected, item.lemma)
            self.query_one("#back", Static).update(
                Content("\n").join([_judged(verdict, event.value.strip(), expected),
                                    prompt_for(item, self.production, 0).back])
            )  # fmt: skip

    def summary(self) -> Content:
        total = sum(self.grades.values())
        if total == 0:
            return Content("No cards are due. Add words with a in the reader.")
        minutes = (time.monotonic() - self.started) / 60
        parts = ", ".join(f"{g.name.lower()} {self.grades[g]}" for g in Grade if self.grades[g])
        cards = "1 card" if total == 1 else f"{total} cards"
        return Content(f"{cards} reviewed in {minutes:.1f} min: {parts}.")

    def action_flip(self) -> None:
        item = self.current
        if item is None or self.flipped:
            return
        self.flipped = True
        prompt = prompt_for(item, self.production, self.store.review_count(item.id))
        self.query_one("#back", Static).update(prompt.back)
        state = item.state if item.state != "{}" else Schedule.new_state(item.id, utc(time.time()))
        intervals = self.schedule.preview(state, utc(time.time()))
        labels = [f"{g.value} {g.name.capitalize()} {describe(intervals[g])}" for g in Grade]
        self.query_one("#grades", Static).update("   ".join(labels))
        if self.speak_answers:
            say_aloud(self, self.speaker, spoken_form(item), asked=False)

    def action_say(self) -> None:
        """The card's word, with its article; on the front of a card asking for the
        German (cloze, production) only once the answer is shown."""
        item = self.current
        if item is None:
            return
        kind = prompt_for(item, self.production, self.store.review_count(item.id)).kind
        if kind != "recognition" and not self.flipped:
            self.notify("The word is the answer: it is said once the answer is shown.",
                        timeout=3)  # fmt: skip
            return
        say_aloud(self, self.speaker, spoken_form(item))

    def action_grade(self, value: int) -> None:
        item = self.current
        if item is None:
            return
        if not self.flipped:
            self.action_flip()
            return
        duration = time.monotonic() - self.shown_at
        self.store.answer(item.id, self.schedule, Grade(value), time.time(), duration)
        self.grades[Grade(value)] += 1
        self.answered.append(Grade(value))
        self.queue.pop(0)
        if value == Grade.AGAIN:
            self.queue.append(self.store.card_by_id(item.id))  # again later in this session
        self.show_card()

    def action_undo(self) -> None:
        card = self.store.undo_last()
        if card is None:
            self.notify("Nothing to undo.", timeout=2)
            return
        if self.answered:  # an answer of this session no longer counts
            self.grades[self.answered.pop()] -= 1
        self.queue = [i for i in self.queue if i.id != card]
        self.queue.insert(0, self.store.card_by_id(card))
        self.show_card()

    def action_edit(self) -> None:
        item = self.current
        if item is None:
            return

        def save(answer: str | None) -> None:
            if answer and answer.strip():
                self.store.edit(item.id, gloss=answer.strip())
                self.queue[0] = self.store.card_by_id(item.id)
                self.show_card()

        self.app.push_screen(AskScreen(f"Meaning of {item.lemma}:", item.gloss), save)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.BINDINGS, REVIEW_HELP_TEXT))

    def action_suspend(self) -> None:
        if self.current is not None:
            self.store.set_suspended(self.current.id, True)
            self.notify(f"Suspended {self.current.lemma}.", timeout=2, markup=False)
            self.queue.pop(0)
            self.show_card()

    def action_bury(self) -> None:
        if self.current is not None:
            self.store.bury(self.current.id, time.time())
            self.notify(f"{self.current.lemma} comes back tomorrow.", timeout=2, markup=False)
            self.queue.pop(0)
            self.show_card()

    def action_close(self) -> None:
        self.dismiss(None)
