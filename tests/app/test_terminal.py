"""One real run in a real terminal (tmux): start, read, add a word, quit."""

import os
import shutil
import subprocess
import sys
import time
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
        wait_for(socket, "¶ 3 / 27")
        time.sleep(0.5)
        for key in ("n", "Tab", "a"):  # one at a time, as a person types
            tmux(socket, "send-keys", key)
            time.sleep(0.5)
        wait_for(socket, "Added")
        tmux(socket, "send-keys", "q")
        deadline = time.monotonic() + 10
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert done.read_text().strip() == "0"
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True, env=_OWN)
