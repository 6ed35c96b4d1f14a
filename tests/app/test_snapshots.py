"""Snapshots of the main screens (pytest-textual-snapshot); update with --snapshot-update."""

from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from tests.app.conftest import make_app
from tests.app.test_reader import go_to, reader, select, settle

Compare = Callable[..., bool]


def test_reader_first_body_paragraph(snap_compare: Compare, data_dir: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await go_to(pilot, "Das russische Militär eilt")

    assert snap_compare(make_app(data_dir), terminal_size=(80, 24), run_before=run_before)


def test_detail_panel(snap_compare: Compare, data_dir: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await go_to(pilot, "Bündnisnetz")
        select(pilot, "Bündnisnetz")
        await pilot.pause()

    assert snap_compare(make_app(data_dir), terminal_size=(100, 32), run_before=run_before)


def test_help_screen(snap_compare: Compare, data_dir: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        reader(pilot.app).action_help()
        await pilot.pause()

    assert snap_compare(make_app(data_dir), terminal_size=(100, 32), run_before=run_before)


def test_tiny_layout(snap_compare: Compare, data_dir: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await go_to(pilot, "Das russische Militär eilt")
        await pilot.press("tab")

    assert snap_compare(make_app(data_dir), terminal_size=(40, 12), run_before=run_before)
