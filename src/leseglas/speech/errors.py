"""What can go wrong with speech, each with a message a learner can act on."""

from leseglas.errors import LeseglasError


class SpeechError(LeseglasError):
    """No sound could be made: the speech library is missing, or the text is empty."""


class NoSoundDevice(SpeechError):
    """Sound was made but nothing can play it (a server, an SSH session, CI)."""
