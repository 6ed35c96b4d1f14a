"""Speech in the reader and the review, through the keys, on a machine with no
sound device (forced, so that it holds where there is one)."""

import sys
from pathlib import Path

import pytest
from textual.widgets import Static

from leseglas.app.app import LeseglasApp
from leseglas.app.screens.review import ReviewScreen
from leseglas.deck.schedule import Schedule
from leseglas.speech import Speaker, Voice
from leseglas.speech.player import BACKENDS_VARIABLE
from tests.app.test_reader import detail, go_to, reader, select, settle
from tests.app.test_review import Host, deck

ABSENT_BACKEND = "wasapi" if sys.platform != "win32" else "alsa"


@pytest.fixture(autouse=True)
def no_sound_device(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BACKENDS_VARIABLE, ABSENT_BACKEND)


def _said(folder: Path, text: str) -> bool:
    """Whether the text's sound was made (it is kept, played or not)."""
    return (folder / f"{Voice(folder).key(text)}.wav").exists()


def _messages(app: object) -> list[str]:
    return [n.message for n in app._notifications]  # type: ignore[attr-defined]


async def test_p_says_a_separable_verb_as_its_infinitive(app: LeseglasApp, data_dir: Path) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await go_to(pilot, "findet im Rahmen")
        select(pilot, "stattfinden")
        await pilot.press("p")
        await settle(pilot)
        speech = data_dir / "speech"
        assert _said(speech, "stattfinden") and not _said(speech, "findet")
        assert any(m.startswith("No sound device here") for m in _messages(app))
        assert reader(app).session.position == reader(app).session.search("findet im Rahmen")


async def test_shift_p_says_the_sentence(app: LeseglasApp, data_dir: Path) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await go_to(pilot, "findet im Rahmen")
        index = select(pilot, "stattfinden")
        screen = reader(app)
        sentence = screen.session.sentence_text(screen.session.words()[index])
        assert sentence.startswith("Die Mission findet im Rahmen")
        await pilot.press("P")
        await settle(pilot)
        assert _said(data_dir / "speech", sentence)


async def test_the_detail_panel_shows_the_ipa(app: LeseglasApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await go_to(pilot, "Fallschirmjäger")
        select(pilot, "Fallschirmjäger")
        await pilot.pause()
        assert "Fallschirmjäger /fˈalʃɪɾmjˌɛːɡɜ/" in detail(app)


async def test_p_with_nothing_selected_asks_for_a_word(app: LeseglasApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await pilot.pause()
        assert any(m.startswith("Select a word first") for m in _messages(app))


async def test_the_review_says_the_answer_and_p_repeats_it(tmp_path: Path) -> None:
    store = deck(tmp_path)
    folder = tmp_path / "speech"
    screen = ReviewScreen(store, Schedule(), speaker=Speaker(folder), speak_answers=True)
    host = Host(screen)
    async with host.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "der Machthaber" in str(screen.query_one("#front", Static).content)
        await pilot.press("space")
        await settle(pilot)
        assert _said(folder, "der Machthaber")  # said with its article, as the card writes it
        told = [m for m in _messages(host) if m.startswith("No sound device")]
        assert len(told) == 1
        await pilot.press("3", "space")  # the next card turned: no second notice
        await settle(pilot)
        assert len([m for m in _messages(host) if m.startswith("No sound device")]) == 1
        await pilot.press("p")  # asked for: told again
        await settle(pilot)
        assert len([m for m in _messages(host) if m.startswith("No sound device")]) == 2


async def test_the_review_is_silent_when_the_setting_is_off(tmp_path: Path) -> None:
    store = deck(tmp_path)
    folder = tmp_path / "speech"
    screen = ReviewScreen(store, Schedule(), speaker=Speaker(folder), speak_answers=False)
    async with Host(screen).run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("space")
        await settle(pilot)
        assert not folder.exists() or not any(folder.iterdir())
