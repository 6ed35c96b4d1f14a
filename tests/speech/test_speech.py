"""Speech on the real eSpeak NG and miniaudio: sound, IPA, the cache, the player."""

import ctypes.util
import os
import subprocess
import sys
import time
import unicodedata
import wave
from pathlib import Path

import pytest

from leseglas.speech import Audio, NoSoundDevice, SpeechError, Voice
from leseglas.speech.espeak import espeak
from leseglas.speech.player import BACKENDS_VARIABLE, NO_DEVICE, Player

SENTENCE = "Die Mission findet im Rahmen der sogenannten Organisation statt."
# a sound system this platform never has: nothing can play, whatever the machine
ABSENT_BACKEND = "wasapi" if sys.platform != "win32" else "alsa"


def _wav(path: Path) -> tuple[int, int, int, int]:
    with wave.open(str(path), "rb") as source:
        return (source.getframerate(), source.getnchannels(), source.getsampwidth(),
                source.getnframes())  # fmt: skip


@pytest.mark.parametrize("word", ["Fallschirmjäger", "Machthaber", "Bündnisnetz", "ich"])
def test_a_seed_word_becomes_a_wav_of_speech(word: str, tmp_path: Path) -> None:
    voice = Voice(tmp_path)
    file = voice.wav_file(word)
    rate, channels, width, frames = _wav(file)
    assert (rate, channels, width) == (22050, 1, 2)
    assert 0.15 < frames / rate < 2.0  # a word, not a silence or a sentence
    audio = Audio.read(file)
    assert audio.peak() > 3000  # speech, not silence


def test_a_sentence_is_seconds_of_speech(tmp_path: Path) -> None:
    audio = Voice(tmp_path).audio(SENTENCE)
    assert audio.sample_rate == 22050
    assert 2.5 < audio.seconds < 6.0
    # speech throughout: every second of it has sound in it
    second = audio.sample_rate * 2
    for start in range(0, len(audio.pcm) - second, second):
        assert Audio(audio.pcm[start : start + second], audio.sample_rate).peak() > 1000


def test_a_slower_rate_says_it_longer(tmp_path: Path) -> None:
    slow = Voice(tmp_path, rate=110).audio(SENTENCE)
    fast = Voice(tmp_path, rate=200).audio(SENTENCE)
    assert slow.seconds > fast.seconds * 1.4


def test_ipa_is_what_espeak_gives() -> None:
    voice = Voice()
    assert voice.ipa("Fallschirmjäger") == "fˈalʃɪɾmjˌɛːɡɜ"
    assert voice.ipa("ich") == "ɪç"
    assert voice.ipa("stattfinden") == "ʃtˈatfɪndən"
    assert voice.ipa("Fallschirmjäger ich") == "fˈalʃɪɾmjˌɛːɡɜ ɪç"  # as the issue measured
    assert voice.ipa("Straße") == "ʃtɾˈɑːsə"


def test_the_cache_keeps_each_text_once_whatever_its_unicode_form(tmp_path: Path) -> None:
    voice = Voice(tmp_path)
    composed = voice.wav_file("Mädchen")
    decomposed = unicodedata.normalize("NFD", "Mädchen")
    assert voice.wav_file(f"  {decomposed} ") == composed
    assert len(list(tmp_path.glob("*.wav"))) == 1
    assert Voice(tmp_path, rate=110).key("Mädchen") != voice.key("Mädchen")  # rate counts


def test_a_cached_sound_is_read_not_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    voice = Voice(tmp_path)
    first = voice.audio("Machthaber")

    def refuse(*_: object) -> Audio:
        raise AssertionError("made again")

    monkeypatch.setattr(espeak(), "synthesize", refuse)
    assert voice.audio("Machthaber") == first


def test_a_damaged_cache_file_is_made_again(tmp_path: Path) -> None:
    voice = Voice(tmp_path)
    file = voice.wav_file("Machthaber")
    file.write_bytes(b"RIFF broken")
    assert voice.audio("Machthaber").peak() > 3000
    assert Audio.read(file).peak() > 3000


def test_an_unwritable_cache_still_speaks(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert Voice(blocked / "speech").audio("Haus").peak() > 3000


def test_empty_text_is_a_clear_error() -> None:
    with pytest.raises(SpeechError, match="Nothing to say"):
        Voice().audio(" \n ")


def test_no_sound_device_is_one_clear_error_and_no_noise(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(BACKENDS_VARIABLE, ABSENT_BACKEND)
    audio = Voice().audio("Haus")
    with pytest.raises(NoSoundDevice, match="No sound device"):
        Player().play(audio)
    assert capfd.readouterr().err == ""  # ALSA's complaints do not reach the terminal


def test_the_player_plays_to_the_end_and_lets_the_device_go(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(BACKENDS_VARIABLE, "null")  # miniaudio's device that plays in silence
    audio = Voice().audio("Machthaber")
    player = Player()
    started = time.monotonic()
    player.play(audio)
    player.wait(timeout=10)
    assert time.monotonic() - started >= audio.seconds * 0.8  # played in real time
    deadline = time.monotonic() + 3
    while player._device is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert player._device is None  # closed by itself after the sound


def test_a_new_sound_stops_the_one_playing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BACKENDS_VARIABLE, "null")
    player = Player()
    player.play(Voice().audio(SENTENCE))
    first = player._device
    player.play(Voice().audio("Haus"))
    assert player._device is not first and player._device is not None
    player.stop()
    assert player._device is None


def test_closing_waits_for_every_device_a_new_sound_stopped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sound stopped by the next one has its device closed beside the caller; the
    player's close waits for that too, so no device thread calls into a Python that
    is ending (under load, a process that said two sounds and exited crashed with
    SIGSEGV in about 1 run of 30)."""
    monkeypatch.setenv(BACKENDS_VARIABLE, "null")
    player = Player()
    player.play(Voice().audio(SENTENCE))
    player.play(Voice().audio("Haus"))
    closers = list(player._closers)
    assert closers  # the first device's closing, and the second's timer
    player.close()
    assert not any(closer.is_alive() for closer in closers)
    assert player._device is None and not player._closers


def _leseglas(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "leseglas", "--data-dir", str(home), *args],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, **env})  # fmt: skip


def test_cli_say_writes_a_wav(tmp_path: Path) -> None:
    out = tmp_path / "satz.wav"
    done = _leseglas("say", SENTENCE, "-o", str(out), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "s of speech written to" in done.stdout
    rate, _, _, frames = _wav(out)
    assert rate == 22050 and frames / rate > 2.5


def test_cli_say_without_a_device_says_so_and_how_to_write_a_file(tmp_path: Path) -> None:
    done = _leseglas("say", "Hallo", home=tmp_path, **{BACKENDS_VARIABLE: ABSENT_BACKEND})
    assert done.returncode == 1
    assert done.stderr.startswith("leseglas: No sound device here")
    assert "-o FILE.wav" in done.stderr and "Traceback" not in done.stderr


def test_cli_say_plays_through_a_device(tmp_path: Path) -> None:
    done = _leseglas("say", "Hallo", home=tmp_path, **{BACKENDS_VARIABLE: "null"})
    assert (done.returncode, done.stderr) == (0, "")


def test_the_kept_sounds_are_pruned_least_recently_said_first(tmp_path: Path) -> None:
    from leseglas.speech.voice import prune

    voice = Voice(tmp_path)
    files = [voice.wav_file(word) for word in ("Haus", "Baum", "Hund", "Katze")]
    size = sum(f.stat().st_size for f in files)
    now = time.time() + 7200  # two hours on: none was said within the hour
    for age, file in enumerate(files):  # said a minute apart, three hours ago
        os.utime(file, (now - 10800 + 60 * age, now - 10800 + 60 * age))
    voice.audio("Haus")  # said again: now the most recent
    assert prune(tmp_path, limit=size - 1, now=now) == 1
    assert not files[1].exists()  # Baum, the least recently said, went first
    assert files[0].exists() and files[2].exists() and files[3].exists()
    assert prune(tmp_path, limit=0, now=time.time()) == 0  # all said within the hour: kept


@pytest.mark.skipif(ctypes.util.find_library("asound") is None, reason="no ALSA library here")
def test_alsa_finding_no_device_prints_nothing_over_the_screen(tmp_path: Path) -> None:
    """An ALSA with no device (an empty configuration: the same as a machine with no
    card) complains on stderr, where the reader's screen is; leseglas keeps it quiet.
    The raw library, for contrast, does print."""
    empty = tmp_path / "asound.conf"
    empty.write_text("")
    alsa = {BACKENDS_VARIABLE: "alsa", "ALSA_CONFIG_PATH": str(empty)}
    raw = subprocess.run(
        [sys.executable, "-c", "import miniaudio\ntry:\n    miniaudio.PlaybackDevice("
         "backends=[miniaudio.Backend.ALSA])\nexcept Exception:\n    pass"],
        capture_output=True, text=True, timeout=60, env={**os.environ, **alsa},
    )  # fmt: skip
    assert "ALSA lib" in raw.stderr
    done = _leseglas("say", "Hallo", home=tmp_path, **alsa)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [f"leseglas: {NO_DEVICE}"]


def test_a_book_is_too_long_to_say_at_once(tmp_path: Path) -> None:
    from leseglas.speech.voice import MAX_SPOKEN

    with pytest.raises(SpeechError, match="Too long to say at once"):
        Voice(tmp_path).audio("Wort " * MAX_SPOKEN)
    assert list(tmp_path.iterdir()) == []  # nothing made, nothing kept
    done = _leseglas("say", "Satz. " * 2000, "-o", str(tmp_path / "x.wav"), home=tmp_path)
    assert done.returncode == 1 and "Too long to say at once" in done.stderr


def test_the_mp3_of_a_word_is_a_tenth_of_its_wav_and_sounds_the_same(tmp_path: Path) -> None:
    import miniaudio

    voice = Voice(tmp_path)
    wav, mp3 = voice.wav_file("Fallschirmjäger"), voice.mp3_file("Fallschirmjäger")
    assert mp3 == wav.with_suffix(".mp3")
    assert mp3.stat().st_size * 5 < wav.stat().st_size
    sound = miniaudio.decode(mp3.read_bytes(), nchannels=1, sample_rate=22050)
    assert abs(sound.duration - Audio.read(wav).seconds) < 0.1  # LAME pads a frame or two


def test_cli_say_reads_standard_input_and_refuses_a_binary(tmp_path: Path) -> None:
    out = tmp_path / "stdin.wav"
    command = [sys.executable, "-m", "leseglas", "--data-dir", str(tmp_path), "say", "-"]
    done = subprocess.run([*command, "-o", str(out)], input="Grüße aus Köln".encode(),
                          capture_output=True, timeout=60)  # fmt: skip
    assert done.returncode == 0 and Audio.read(out).peak() > 3000
    binary = subprocess.run([*command, "-o", str(out)], input=b"\x7fELF\x02\x01\x01" + bytes(64),
                            capture_output=True, timeout=60)  # fmt: skip
    assert binary.returncode == 1 and b"not a text" in binary.stderr


def test_sounds_started_at_once_from_two_threads_leave_one_device(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    monkeypatch.setenv(BACKENDS_VARIABLE, "null")
    player, audio = Player(), Voice().audio("Haus")
    opened: list[object] = []
    original = player._start

    def counted(sound: Audio) -> None:
        original(sound)
        opened.append(player._device)

    monkeypatch.setattr(player, "_start", counted)
    threads = [threading.Thread(target=player.play, args=(audio,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(opened) == 4 and len({id(d) for d in opened}) == 4
    assert player._device is opened[-1]  # the last one plays; the others were stopped
    player.close()
    assert player._device is None
