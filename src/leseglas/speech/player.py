"""Plays sound on the machine's sound device through miniaudio (no system library
needed beyond the sound system itself).

Where there is no device (a server, an SSH session, CI), ``play`` raises
``NoSoundDevice`` at once; the ALSA library's own complaints, which it would
print over the reader's screen, are silenced.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
import threading
import time
from collections.abc import Generator
from functools import cache

from leseglas.speech.audio import SAMPLE_WIDTH, Audio
from leseglas.speech.errors import NoSoundDevice, SpeechError

NO_DEVICE = ("No sound device here (a server or an SSH session?): nothing can be played. "
             "'leseglas say TEXT -o FILE.wav' still writes the sound to a file.")  # fmt: skip
BACKENDS_VARIABLE = "LESEGLAS_SOUND_BACKENDS"  # e.g. "pulseaudio,alsa"; tests name an absent one
SILENT = {"NULL", "CUSTOM"}  # miniaudio's backends that play to nowhere
BUFFER_MS = 50  # the device's buffer: the delay to the first sound, and to stopping
DRAIN_SECONDS = 0.2  # the buffer still plays after the last frame is handed over
CLOSE_WAIT_SECONDS = 2.0  # closing a device waits for its thread, up to a buffer's time


class Player:
    """One sound at a time: a new one stops the one playing."""

    def __init__(self) -> None:
        self._device: object | None = None
        self._finished = threading.Event()  # the sound playing was all handed over, or stopped
        self._finished.set()
        self._lock = threading.Lock()
        self._starting = threading.Lock()  # two keys pressed at once: one sound, then the other
        # threads closing devices, and timers that will: ``close`` waits for them all
        self._closers: list[threading.Thread] = []

    def play(self, audio: Audio) -> None:
        """Starts playing and returns; raises ``NoSoundDevice`` when nothing can play."""
        with self._starting:
            self._start(audio)

    def _start(self, audio: Audio) -> None:
        miniaudio = _miniaudio()
        self.stop()
        _silence_alsa()
        try:
            device = miniaudio.PlaybackDevice(
                output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1,
                sample_rate=audio.sample_rate, buffersize_msec=BUFFER_MS,
                backends=_backends(miniaudio),
            )  # fmt: skip
        except miniaudio.MiniaudioError:
            raise NoSoundDevice(NO_DEVICE) from None
        finished = threading.Event()
        stream = _frames(audio.pcm, finished)
        next(stream)
        with self._lock:
            self._device, self._finished = device, finished
        device.start(stream)
        closer = threading.Timer(audio.seconds + DRAIN_SECONDS, self._release, (device,))
        closer.daemon = True
        self._closing(closer)

    def wait(self, timeout: float | None = None) -> None:
        """Until the sound playing has been handed to the device, and a little longer
        for the device's buffer."""
        if self._finished.wait(timeout):
            time.sleep(DRAIN_SECONDS)

    def stop(self) -> None:
        """Silences the sound playing at once; its device is closed beside the caller
        (closing waits for the device's thread, up to a buffer's time)."""
        device = self._take()
        if device is not None:
            self._closing(threading.Thread(target=device.close, daemon=True))  # type: ignore[attr-defined]

    def close(self) -> None:
        """Stops, and lets every device go before returning, the ones a new sound
        stopped too: before the program ends, when no device thread may still call
        into Python (a device still closing then crashed the interpreter)."""
        device = self._take()
        if device is not None:
            device.close()  # type: ignore[attr-defined]
        with self._lock:
            closers, self._closers = self._closers, []
        for closer in closers:
            if isinstance(closer, threading.Timer):
                closer.cancel()  # its device was taken above: nothing left for it
            closer.join(CLOSE_WAIT_SECONDS)

    def _closing(self, closer: threading.Thread) -> None:
        with self._lock:
            self._closers = [c for c in self._closers if c.is_alive()] + [closer]
        closer.start()

    def _take(self) -> object | None:
        with self._lock:
            device, self._device = self._device, None
            self._finished.set()  # the stream hands over nothing more
        return device

    def _release(self, device: object) -> None:
        """Closes the device once its sound is over, unless another took its place."""
        with self._lock:
            if self._device is not device:
                return
            self._device = None
        device.close()  # type: ignore[attr-defined]


def _frames(pcm: bytes, finished: threading.Event) -> Generator[bytes, int, None]:
    """miniaudio's feeding generator: asked for a number of frames, gives them,
    until the sound ends or is stopped (``finished``)."""
    offset = 0
    wanted = yield b""
    while offset < len(pcm) and not finished.is_set():
        size = wanted * SAMPLE_WIDTH
        wanted = yield pcm[offset : offset + size]
        offset += size
    finished.set()


@cache
def _miniaudio():  # type: ignore[no-untyped-def]
    try:
        import miniaudio
    except ImportError as err:
        raise SpeechError(f"miniaudio is missing ({err}); reinstall leseglas.") from None
    return miniaudio


def _backends(miniaudio) -> list[object]:  # type: ignore[no-untyped-def]
    """Those named in LESEGLAS_SOUND_BACKENDS, else the real sound systems: never
    miniaudio's null device, which would 'play' in silence."""
    known = miniaudio.Backend.__members__
    named = [n.strip().upper() for n in os.environ.get(BACKENDS_VARIABLE, "").split(",")]
    chosen = [known[name] for name in named if name in known]  # "null": plays to nowhere
    return chosen or [backend for name, backend in known.items() if name not in SILENT]


_ALSA_HANDLER = ctypes.CFUNCTYPE(
    None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p
)


@cache
def _silence_alsa() -> object | None:
    """ALSA prints 'cannot find card' to the terminal's stderr when a machine has
    none; an error handler of our own keeps it quiet (and kept alive here)."""
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("asound")
    if name is None:
        return None
    try:
        alsa = ctypes.CDLL(name)
    except OSError:
        return None
    handler = _ALSA_HANDLER(lambda *_: None)
    alsa.snd_lib_error_set_handler(handler)
    return handler
