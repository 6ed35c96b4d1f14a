"""Time to the first sound: a word and a sentence, cold (a fresh process: eSpeak NG
loads, the sound is made, the device opens) and cached (the sound read back).

Each run is a new process on miniaudio's null device (a machine with no sound card
opens it as a real one would be opened); "first sound" is when playing has begun.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile

Row = tuple[str, str, str]
WORD = "Fallschirmjäger"
SENTENCE = "Die Mission findet im Rahmen der sogenannten Organisation statt."
RUNS = 5

_PROBE = """
import json, sys, time
from pathlib import Path
started = time.perf_counter()
from leseglas.speech import Speaker
speaker = Speaker(Path(sys.argv[1]))
speaker.say(sys.argv[2])
cold = time.perf_counter() - started
started = time.perf_counter()
speaker.say(sys.argv[2])
cached = time.perf_counter() - started
speaker.close()
print(json.dumps([cold, cached]))
"""


def first_sound(text: str) -> tuple[float, float]:
    """Median seconds to the first sound of ``text``: cold, and cached."""
    env = {**os.environ, "LESEGLAS_SOUND_BACKENDS": "null"}
    colds, cacheds = [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as folder:
            done = subprocess.run([sys.executable, "-c", _PROBE, folder, text], env=env,
                                  capture_output=True, text=True, check=True)  # fmt: skip
            cold, cached = json.loads(done.stdout)
        colds.append(cold)
        cacheds.append(cached)
    return statistics.median(colds), statistics.median(cacheds)


def speed_rows() -> list[Row]:
    rows = []
    for name, text in (("a word", WORD), ("a sentence", SENTENCE)):
        cold, cached = first_sound(text)
        rows.append((f"speech: first sound of {name}, cold", f"{cold * 1000:.0f} ms", "< 150 ms"))
        rows.append((f"speech: first sound of {name}, cached", f"{cached * 1000:.1f} ms",
                     "< 10 ms"))  # fmt: skip
    return rows


if __name__ == "__main__":
    from benchmarks.__main__ import print_table

    print_table(speed_rows())
