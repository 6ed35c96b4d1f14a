"""eSpeak NG through ctypes, from the library and German data ``espeakng-loader`` ships.

Why ctypes: the four calls leseglas needs (initialise, voice, synthesise, text to
phonemes) are a few lines, and the wrappers on PyPI either run the ``espeak-ng``
program (a system install) or give phonemes only.  eSpeak NG keeps one global
state, so every call holds one lock.
"""

from __future__ import annotations

import ctypes
import threading
from functools import cache

from leseglas.speech.audio import Audio
from leseglas.speech.errors import SpeechError

SYNCHRONOUS = 2  # AUDIO_OUTPUT_SYNCHRONOUS: espeak_Synth returns when all is made
DONT_EXIT = 0x8000  # espeakINITIALIZE_DONT_EXIT: an error is returned, not exit()
CHARS_UTF8 = 1
POSITION_CHARACTER = 1
RATE = 1  # espeakRATE: words per minute
PHONEMES_IPA = 0x02
MIN_RATE, MAX_RATE = 80, 450  # what eSpeak NG accepts
VOICE = "de"

_SynthCallback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


class Espeak:
    """The German voice of eSpeak NG: text → 16-bit PCM, text → IPA."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._chunks: list[bytes] = []
        self._lib = _load()
        self._callback = _SynthCallback(self._collect)  # kept alive as long as the library
        data = _data_path().encode()
        self.sample_rate = self._lib.espeak_Initialize(SYNCHRONOUS, 0, data, DONT_EXIT)
        if self.sample_rate <= 0:
            raise SpeechError("eSpeak NG could not start: its data is missing; reinstall leseglas.")
        if self._lib.espeak_SetVoiceByName(VOICE.encode()) != 0:
            raise SpeechError("eSpeak NG has no German voice; reinstall leseglas.")
        self._lib.espeak_SetSynthCallback(self._callback)
        self.version = self._lib.espeak_Info(None).decode()
        self._rate = 0

    def _collect(self, wave: ctypes.Array[ctypes.c_short], count: int, _events: int) -> int:
        if wave and count > 0:
            self._chunks.append(ctypes.string_at(wave, count * 2))
        return 0  # go on

    def synthesize(self, text: str, rate: int) -> Audio:
        """The sound of ``text`` read at ``rate`` words per minute."""
        encoded = text.encode("utf-8")
        with self._lock:
            self._set_rate(rate)
            self._chunks = []
            status = self._lib.espeak_Synth(encoded, len(encoded) + 1, 0, POSITION_CHARACTER, 0,
                                            CHARS_UTF8, None, None)  # fmt: skip
            pcm, self._chunks = b"".join(self._chunks), []
        if status != 0:
            raise SpeechError(f"eSpeak NG could not read the text (error {status}).")
        return Audio(pcm, self.sample_rate)

    def _set_rate(self, rate: int) -> None:
        rate = max(MIN_RATE, min(MAX_RATE, rate))
        if rate != self._rate:
            self._lib.espeak_SetParameter(RATE, rate, 0)
            self._rate = rate

    def ipa(self, text: str) -> str:
        """``text`` in IPA as eSpeak NG says it, its clauses joined by spaces."""
        buffer = ctypes.create_string_buffer(text.encode("utf-8"))
        pointer = ctypes.c_char_p(ctypes.addressof(buffer))
        clauses = []
        with self._lock:
            while pointer.value:
                clause = self._lib.espeak_TextToPhonemes(ctypes.byref(pointer), CHARS_UTF8,
                                                         PHONEMES_IPA)  # fmt: skip
                if clause:
                    clauses.append(clause.decode("utf-8").strip())
        return " ".join(c for c in clauses if c)


def _data_path() -> str:
    import espeakng_loader

    return str(espeakng_loader.get_data_path())


def _load() -> ctypes.CDLL:
    try:
        import espeakng_loader

        lib = ctypes.CDLL(espeakng_loader.get_library_path())
    except (ImportError, OSError, RuntimeError) as err:
        raise SpeechError(f"eSpeak NG is not available here ({err}); "
                          "reinstall leseglas to bring it.") from None  # fmt: skip
    lib.espeak_Initialize.restype = ctypes.c_int
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_SetSynthCallback.argtypes = [_SynthCallback]
    lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.espeak_Synth.argtypes = [
        ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
        ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
    ]  # fmt: skip
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int,
                                          ctypes.c_int]  # fmt: skip
    lib.espeak_Info.restype = ctypes.c_char_p
    lib.espeak_Info.argtypes = [ctypes.c_void_p]
    return lib


@cache
def espeak() -> Espeak:
    """The one eSpeak NG of this process, started on first use (a few milliseconds)."""
    return Espeak()
