"""One real run in a real terminal (tmux): start, read, add a word, quit."""

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


# Its own server, not the one the test suite may run in: without $TMUX the inner
# tmux does not take the outer client for its own (sizes, the session it attaches).
_OWN = {k: v for k, v in os.environ.items() if k not in ("TMUX", "TMUX_PANE")}


def tmux(socket: str, *args: str) -> subprocess.CompletedProcess[str]:
    """A tmux command on this test's own server: a shared one exits when another
    run kills its last session, under a new-session still connecting to it."""
    return subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True,
                          check=True, env=_OWN)  # fmt: skip


def capture(socket: str) -> str:
    return tmux(socket, "capture-pane", "-p").stdout


def wait_for(socket: str, text: str, seconds: float = 20) -> str:
    deadline = time.monotonic() + seconds
    screen = ""
    while time.monotonic() < deadline:
        screen = capture(socket)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; screen was:\n{screen}")


def test_reader_in_tmux(tmp_path: Path) -> None:
    socket = f"leseglas-test-{time.monotonic_ns()}"
    done = tmp_path / "exit-code"
    command = f"{sys.executable} -m leseglas --data-dir {tmp_path}; echo $? > {done}"
    tmux(socket, "new-session", "-d", "-x", "100", "-y", "30", command)
    try:
        wait_for(socket, "Bereit für den Einsatz")
        wait_for(socket, "¶ 3 / 8")
        # one key at a time, as a person types, each once its answer is on screen
        for key, answer in (("n", "¶ 4 / 8"), ("Tab", "source: "), ("a", "Added")):
            tmux(socket, "send-keys", key)
            wait_for(socket, answer)
        tmux(socket, "send-keys", "q")
        deadline = time.monotonic() + 10
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert done.read_text().strip() == "0"
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True, env=_OWN)


_SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def painted_when(
    socket: str,
    ready: Callable[[list[list[tuple[str, str | None, bool]]]], bool],
    seconds: float = 20,
) -> list[list[tuple[str, str | None, bool]]]:
    """The screen's cells once ``ready`` holds for them, or as they are after
    ``seconds`` (a loaded machine paints later; the caller's asserts then say what
    is missing)."""
    deadline = time.monotonic() + seconds
    while True:
        lines = painted(tmux(socket, "capture-pane", "-p", "-e").stdout)
        if ready(lines) or time.monotonic() > deadline:
            return lines
        time.sleep(0.2)


def painted(screen: str) -> list[list[tuple[str, str | None, bool]]]:
    """Each line of ``capture-pane -e`` as cells: (character, foreground, underlined);
    a foreground is "r,g,b" (truecolor) or "5;n" (256 colours)."""
    lines = []
    foreground: str | None = None
    underline = False
    for line in screen.splitlines():
        cells = []
        position = 0
        for match in _SGR.finditer(line):
            cells += [(ch, foreground, underline) for ch in line[position : match.start()]]
            position = match.end()
            codes = [c for c in re.split("[;:]", match.group(1)) if c != ""] or ["0"]
            index = 0
            while index < len(codes):
                code = codes[index]
                if code == "0":
                    foreground, underline = None, False
                elif code == "4":
                    underline = True
                elif code == "24":
                    underline = False
                elif code == "39":
                    foreground = None
                elif code == "38" and codes[index + 1 : index + 2] == ["2"]:
                    foreground = ",".join(codes[index + 2 : index + 5])
                    index += 4
                elif code == "38" and codes[index + 1 : index + 2] == ["5"]:
                    foreground = "5;" + codes[index + 2]
                    index += 2
                index += 1
        cells += [(ch, foreground, underline) for ch in line[position:]]
        lines.append(cells)
    return lines


def colours_of(lines: list[list[tuple[str, str | None, bool]]], word: str) -> set[str | None]:
    """The foreground of every whole occurrence of ``word`` on the screen."""
    found = set()
    for cells in lines:
        text = "".join(ch for ch, _, _ in cells)
        for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
            found |= {cells[i][1] for i in range(match.start(), match.end())}
    return found


def rgb(colour: str) -> str:
    return ",".join(str(int(colour[i : i + 2], 16)) for i in (1, 3, 5))


def test_the_terminal_shows_band_and_gender_colours_and_no_stray_underline(
    tmp_path: Path,
) -> None:
    from leseglas.app.widgets.paragraph import BAND_COLORS, GENDER_COLORS
    from leseglas.engine import Engine
    from leseglas.resources import default_article
    from leseglas.text import open_document

    document = open_document(default_article())
    tokens = Engine().analyze(document).paragraphs[2]  # the first body paragraph, ¶ 3
    hard = {t.token.text: t.gloss.band for t in tokens if t.hard and not t.gloss.proper}
    nouns = {t.token.text: t.gloss.gender for t in tokens
             if t.analysis.pos == "NOUN" and t.gloss.gender in GENDER_COLORS}  # fmt: skip
    assert len(hard) >= 3 and len(nouns) >= 3
    socket = f"leseglas-colours-{time.monotonic_ns()}"
    command = f"COLORTERM=truecolor {sys.executable} -m leseglas --data-dir {tmp_path}"
    tmux(socket, "new-session", "-d", "-x", "140", "-y", "45", command)
    try:
        wait_for(socket, "¶ 3 / 8")

        def banded(lines: list[list[tuple[str, str | None, bool]]]) -> bool:
            return all(rgb(BAND_COLORS[band]) in colours_of(lines, w) for w, band in hard.items())

        lines = painted_when(socket, banded)  # the glosses and colours follow the first paint
        for word, band in hard.items():  # every harder word in its band's colour
            assert rgb(BAND_COLORS[band]) in colours_of(lines, word), word
        text_rows = [cells for cells in lines[:-1]]  # the key bar aside
        assert not any(underlined for cells in text_rows for _, _, underlined in cells)
        tmux(socket, "send-keys", "d")  # der/die/das colours on nouns

        def gendered(lines: list[list[tuple[str, str | None, bool]]]) -> bool:
            return all(rgb(GENDER_COLORS[g]) in colours_of(lines, w) for w, g in nouns.items())

        lines = painted_when(socket, gendered)
        for word, gender in nouns.items():
            assert rgb(GENDER_COLORS[gender]) in colours_of(lines, word), word
        for key in ("Tab", "a"):  # the first harder word goes into the deck: underlined
            tmux(socket, "send-keys", key)
            time.sleep(0.5)
        wait_for(socket, "Added")
        added = next(t for t in tokens if t.hard and not t.gloss.proper).token.text
        lines = painted(tmux(socket, "capture-pane", "-p", "-e").stdout)
        underlined = {"".join(ch for ch, _, u in cells if u).strip() for cells in lines[:-1]}
        assert added in underlined and len(underlined - {added, ""}) == 0
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True, env=_OWN)


@pytest.mark.parametrize("size", [(80, 24), (140, 45)])
def test_the_key_bar_shows_its_keys_whole(tmp_path: Path, size: tuple[int, int]) -> None:
    socket = f"leseglas-keys-{time.monotonic_ns()}"
    command = f"{sys.executable} -m leseglas --data-dir {tmp_path}"
    tmux(socket, "new-session", "-d", "-x", str(size[0]), "-y", str(size[1]), command)
    try:
        screen = wait_for(socket, "¶ 3 / 8")
        time.sleep(1)
        screen = capture(socket)
        bar = screen.rstrip("\n").splitlines()[-1]
        for key in ("tab hard word", "n next ¶", "a add to deck", "k known", "r review",
                    "? help", "q quit", "^p palette"):  # fmt: skip
            assert key in bar, (key, bar)
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True, env=_OWN)


def test_speech_keys_in_a_terminal_with_no_sound_device(tmp_path: Path) -> None:
    """p and Shift+P as a terminal sends them: the sound is made and kept, and the
    notice says why nothing plays."""
    from leseglas.speech import Voice

    socket = f"leseglas-say-{time.monotonic_ns()}"
    command = f"LESEGLAS_SOUND_BACKENDS=wasapi {sys.executable} -m leseglas --data-dir {tmp_path}"
    tmux(socket, "new-session", "-d", "-x", "100", "-y", "30", command)
    try:
        wait_for(socket, "¶ 3 / 8")
        time.sleep(0.5)
        tmux(socket, "send-keys", "Tab")
        wait_for(socket, "Fallschirmjäger /fˈalʃɪɾmjˌɛːɡɜ/")
        tmux(socket, "send-keys", "p")
        screen = wait_for(socket, "No sound device here")
        assert "ALSA" not in screen  # the sound library's complaints stay off the screen
        tmux(socket, "send-keys", "P")
        speech = tmp_path / "speech"
        sentence = "Russische Fallschirmjäger sind auf dem Flughafen in Iwanowo angetreten."
        deadline = time.monotonic() + 10
        while not (speech / f"{Voice(speech).key(sentence)}.wav").exists():
            assert time.monotonic() < deadline, sorted(speech.iterdir())
            time.sleep(0.2)
        assert (speech / f"{Voice(speech).key('Fallschirmjäger')}.wav").exists()
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True, env=_OWN)
