"""The review and statistics screens, on a real deck."""

import time
from collections.abc import Callable
from pathlib import Path

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Input, Label, Static

from leseglas.app.screens.dialogs import HelpScreen
from leseglas.app.screens.review import ReviewScreen
from leseglas.app.screens.stats import StatsScreen
from leseglas.deck.cloze import Verdict, cloze_answer, typed_verdict
from leseglas.deck.schedule import Grade, Schedule
from leseglas.deck.store import Store
from tests.app.conftest import make_app
from tests.app.test_reader import settle

Compare = Callable[..., bool]


def deck(path: Path) -> Store:
    store = Store(path / "deck.sqlite")
    store.add_card("Machthaber", "NOUN", article="der", plural="Machthaber", gloss="ruler",
                   sentence="Das Militär eilt dem bedrängten Machthaber zu Hilfe.")  # fmt: skip
    store.add_card("Bündnisnetz", "NOUN", article="das", plural="Bündnisnetze",
                   gloss="alliance + network")  # fmt: skip
    store.add_card("stattfinden", "VERB", gloss="to take place")
    return store


class Host(App[None]):
    def __init__(self, screen: object) -> None:
        super().__init__()
        self.start = screen

    def compose(self) -> ComposeResult:
        yield Static("host")

    def on_mount(self) -> None:
        self.push_screen(self.start)  # type: ignore[arg-type]


def text(screen: ReviewScreen, widget: str) -> str:
    return str(screen.query_one(widget, Static).content)


async def test_flip_grade_undo(tmp_path: Path) -> None:
    store = deck(tmp_path)
    screen = ReviewScreen(store, Schedule())
    async with Host(screen).run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "der Machthaber" in text(screen, "#front")
        assert "ruler" not in text(screen, "#back")
        await pilot.press("space")
        assert "ruler" in text(screen, "#back")
        grades = text(screen, "#grades")
        assert "1 Again 1m" in grades and "3 Good 10m" in grades and "4 Easy" in grades
        await pilot.press("3")  # good
        assert store.review_count(store.cards()[0].id) == 1
        assert "alliance + network" not in text(screen, "#back")
        await pilot.press("space", "1")  # again: comes back later in the session
        assert [item.lemma for item in screen.queue][-1] == "Bündnisnetz"
        await pilot.press("u")  # undo the "again"
        assert screen.current is not None and screen.current.lemma == "Bündnisnetz"
        assert store.review_count(screen.current.id) == 0
        for _ in range(3):
            await pilot.press("space", "4")  # easy for the rest
        assert screen.current is None
        summary = text(screen, "#front")  # the undone "again" does not count
        assert "3 cards reviewed" in summary and "good 1, easy 2." in summary
        assert "again" not in summary
    assert store.replayed_states(Schedule()) == store.stored_states()


async def test_hard_edit_suspend_bury(tmp_path: Path) -> None:
    store = deck(tmp_path)
    screen = ReviewScreen(store, Schedule())
    async with Host(screen).run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("space", "2")  # hard
        assert store.review_count(store.cards()[0].id) == 1
        await pilot.press("e")
        await pilot.pause()
        field = screen.app.screen.query_one(Input)
        assert field.value == "alliance + network"  # editing starts from the meaning
        await pilot.press("ctrl+u", *"web of alliances", "enter")
        await pilot.pause()
        assert store.cards()[1].gloss == "web of alliances"
        await pilot.press("x")
        assert store.cards()[1].suspended
        await pilot.press("b")
        assert screen.current is None or screen.current.lemma == "Machthaber"
    assert [item.lemma for item in store.queue(time.time(), 20, 200)] == []  # all away today


async def test_reader_r_and_s_open_review_and_stats(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("right", "a", "r")
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.current is not None
        await pilot.press("escape", "s")
        assert isinstance(app.screen, StatsScreen)
        assert app.screen.stats.by_phase == {"new": 1}


def test_review_snapshot(snap_compare: Compare, tmp_path: Path) -> None:
    store = deck(tmp_path)

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press("space")

    assert snap_compare(Host(ReviewScreen(store, Schedule())), terminal_size=(80, 24),
                        run_before=run_before)  # fmt: skip


def test_stats_snapshot(snap_compare: Compare, tmp_path: Path) -> None:
    store = deck(tmp_path)
    assert snap_compare(Host(StatsScreen(store)), terminal_size=(80, 24))


async def test_question_mark_opens_the_review_help(tmp_path: Path) -> None:
    screen = ReviewScreen(deck(tmp_path), Schedule())
    async with Host(screen).run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = screen.app.screen
        assert isinstance(help_screen, HelpScreen)
        keys = str(help_screen.query_one("#help-keys", Static).content)
        assert "Space" in keys or "space" in keys
        assert "undo" in keys and "?" in keys
        assert "takes the last answer back" in str(
            help_screen.query_one("#help-text", Static).content
        )
        await pilot.press("escape")
        await pilot.pause()
        assert screen.app.screen is screen


async def test_a_cloze_card_takes_a_typed_answer_judged_leniently(tmp_path: Path) -> None:
    store = Store(tmp_path / "deck.sqlite")
    for lemma, sentence in (("Bündnis", "Die Bündnisse halten."), ("Netz", "Das Netz reißt."),
                            ("Machthaber", "Der Machthaber flieht.")):  # fmt: skip
        card = store.add_card(lemma, "NOUN", gloss="x", sentence=sentence)
        store.answer(card.id, Schedule(), Grade.AGAIN, time.time() - 86400)  # its next turn: cloze
    screen = ReviewScreen(store, Schedule())
    async with Host(screen).run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for typed, verdict in (("buendnisse", "✓ Bündnisse"),
                               ("netz.", "✓ Netz"),
                               ("Machthabers", "✗ Machthabers: the sentence has Machthaber")):  # fmt: skip
            assert "to go · cloze" in str(screen.query_one("#review-count", Label).content)
            assert "___" in text(screen, "#front")
            await pilot.press(*typed, "enter")
            assert text(screen, "#back").startswith(verdict)
            await pilot.press("3")  # the grade keys work again after typing
    assert [store.review_count(c.id) for c in store.cards()] == [2, 2, 2]


def test_typed_answers_are_judged_as_learners_type() -> None:
    assert typed_verdict(" BÜNDNISSE ", "Bündnisse", "Bündnis") is Verdict.RIGHT
    assert typed_verdict("Strasse", "Straße", "Straße") is Verdict.RIGHT
    assert typed_verdict("Bündnis", "Bündnisse", "Bündnis") is Verdict.OTHER_FORM
    assert typed_verdict("", "Bündnisse", "Bündnis") is Verdict.WRONG
    assert typed_verdict("Bund", "Bündnisse", "Bündnis") is Verdict.WRONG
    assert cloze_answer("Die Bündnisse halten.", "Bündnis") == "Bündnisse"
