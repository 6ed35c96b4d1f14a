"""Speech from a screen: the sound is made and played beside the screen, and a
missing sound device is told once in a notice (a key press tells it again)."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen

from leseglas.speech import NoSoundDevice, Speaker, SpeechError


def say_aloud(screen: Screen[Any], speaker: Speaker, text: str, *, asked: bool = True) -> None:
    """``asked``: the learner pressed a key for it (rather than a card being turned)."""
    if not asked and speaker.no_device_told:
        return

    def speak() -> None:
        try:
            speaker.say(text)
        except NoSoundDevice as err:
            screen.app.call_from_thread(screen.notify, str(err), severity="warning", timeout=6)
        except SpeechError as err:
            screen.app.call_from_thread(screen.notify, str(err), severity="error", timeout=6)

    screen.run_worker(speak, thread=True, group="speech", exclusive=True)
