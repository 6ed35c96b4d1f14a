"""Says a text aloud: its sound from the voice (made once, then kept), on the player."""

from __future__ import annotations

from pathlib import Path

from leseglas.speech.audio import Audio
from leseglas.speech.errors import NoSoundDevice
from leseglas.speech.player import Player
from leseglas.speech.voice import DEFAULT_RATE, Voice


class Speaker:
    def __init__(self, folder: Path | None = None, rate: int = DEFAULT_RATE) -> None:
        self.voice = Voice(folder, rate)
        self.player = Player()
        self.no_device_told = False  # the learner has been told once that nothing can play

    def say(self, text: str) -> Audio:
        """Plays ``text`` (stopping what plays); ``NoSoundDevice`` when nothing can play.
        The sound is made, and kept, even then."""
        audio = self.voice.audio(text)
        try:
            self.player.play(audio)
        except NoSoundDevice:
            self.no_device_told = True
            raise
        return audio

    def ipa(self, text: str) -> str:
        return self.voice.ipa(text)

    def close(self) -> None:
        """Silence, and the device let go: before the program ends."""
        self.player.close()
