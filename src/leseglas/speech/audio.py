"""Sound as leseglas keeps it: 16-bit mono PCM, written and read as WAV."""

from __future__ import annotations

import io
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

from leseglas.speech.errors import SpeechError

SAMPLE_WIDTH = 2  # bytes: 16-bit signed samples
MP3_KBPS = 32  # speech at 22 kHz mono: a word in 4 KB, a tenth of its WAV


@dataclass(frozen=True)
class Audio:
    pcm: bytes  # 16-bit signed little-endian mono samples
    sample_rate: int

    @property
    def frames(self) -> int:
        return len(self.pcm) // SAMPLE_WIDTH

    @property
    def seconds(self) -> float:
        return self.frames / self.sample_rate

    def peak(self) -> int:
        """The loudest sample's magnitude (0 for silence)."""
        samples = array("h", self.pcm)
        return max((abs(s) for s in samples), default=0)

    def wav(self) -> bytes:
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(SAMPLE_WIDTH)
            out.setframerate(self.sample_rate)
            out.writeframes(self.pcm)
        return buffer.getvalue()

    def mp3(self) -> bytes:
        """MP3 (LAME, through ``lameenc``): what every Anki plays, desktop and phone."""
        try:
            import lameenc
        except ImportError as err:
            raise SpeechError(f"lameenc is missing ({err}); reinstall leseglas.") from None
        encoder = lameenc.Encoder()
        encoder.set_bit_rate(MP3_KBPS)
        encoder.set_in_sample_rate(self.sample_rate)
        encoder.set_channels(1)
        encoder.set_quality(2)  # LAME's "high quality": still milliseconds for a word
        return bytes(encoder.encode(self.pcm) + encoder.flush())

    def write(self, path: Path) -> None:
        path.write_bytes(self.wav())

    @classmethod
    def read(cls, path: Path) -> Audio:
        """A WAV file leseglas wrote (16-bit mono); ``wave.Error`` or ``OSError`` otherwise."""
        with wave.open(str(path), "rb") as source:
            if source.getnchannels() != 1 or source.getsampwidth() != SAMPLE_WIDTH:
                raise wave.Error(f"{path.name}: not 16-bit mono")
            return cls(source.readframes(source.getnframes()), source.getframerate())
