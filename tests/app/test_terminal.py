"""One real run in a real terminal (tmux): start, read, add a word, quit."""

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def capture(session: str) -> str:
    return subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def wait_for(session: str, text: str, seconds: float = 20) -> str:
    deadline = time.monotonic() + seconds
    screen = ""
    while time.monotonic() < deadline:
        screen = capture(session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; screen was:\n{screen}")


def test_reader_in_tmux(tmp_path: Path) -> None:
    session = f"leseglas-test-{time.monotonic_ns()}"
    done = tmp_path / "exit-code"
    command = f"{sys.executable} -m leseglas --data-dir {tmp_path}; echo $? > {done}"
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30", command],
                   check=True)  # fmt: skip
    try:
        wait_for(session, "Bereit für den Einsatz")
        wait_for(session, "¶ 3 / 27")
        time.sleep(0.5)
        for key in ("n", "Tab", "a"):  # one at a time, as a person types
            subprocess.run(["tmux", "send-keys", "-t", session, key], check=True)
            time.sleep(0.5)
        wait_for(session, "Added")
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=True)
        deadline = time.monotonic() + 10
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert done.read_text().strip() == "0"
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
