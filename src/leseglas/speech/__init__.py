"""Offline German speech: eSpeak NG (shipped by ``espeakng-loader``) turns text
into sound and IPA, a cache keeps each text's sound once, miniaudio plays it.

No Textual here: the reader, the review and the Anki export use it alike.
"""

from leseglas.speech.audio import Audio
from leseglas.speech.errors import NoSoundDevice, SpeechError
from leseglas.speech.speaker import Speaker
from leseglas.speech.voice import Voice

__all__ = ["Audio", "NoSoundDevice", "Speaker", "SpeechError", "Voice"]
