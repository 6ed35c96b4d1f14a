"""Snapshots of the main screens (pytest-textual-snapshot); update with --snapshot-update."""

from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from tests.app.conftest import make_app
from tests.app.test_reader import go_to, reader, select, settle

Compare = Callable[..., bool]
SNAPSHOTS = Path(__file__).parent / "__snapshots__" / "test_snapshots"


def test_reader_first_body_paragraph(snap_compare: Compare, data_dir: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await go_to(pilot, "Das russische Militär eilt")

    assert snap_compare(make_app(data_dir), terminal_size=(80, 24), run_before=run_before)


def test_reader_page_at_140x45(snap_compare: Compare, data_dir: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)

    assert snap_compare(make_app(data_dir), terminal_size=(140, 45), run_before=run_before)


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


def test_the_reader_snapshot_holds_the_band_colours_of_its_harder_words() -> None:
    """The committed picture is checked too: it once locked in words without colour."""
    from leseglas.app.widgets.paragraph import BAND_COLORS
    from leseglas.engine import Engine
    from leseglas.resources import default_article
    from leseglas.text import open_document

    document = open_document(default_article())
    index = next(p.index for p in document.paragraphs
                 if p.text.startswith("Das russische Militär eilt"))  # fmt: skip
    tokens = Engine().analyze(document).paragraphs[index]
    bands = {t.gloss.band for t in tokens if t.hard and not t.gloss.proper}
    assert bands  # this paragraph has harder words
    svg = (SNAPSHOTS / "test_reader_first_body_paragraph.svg").read_text("utf-8").lower()
    for band in bands:
        assert BAND_COLORS[band].lower() in svg, band
    assert "underline" not in svg  # no word is in the deck: nothing is underlined


def test_help_at_80x24(snap_compare: Compare, data_dir: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(data_dir), terminal_size=(80, 24), run_before=run_before)


def test_settings_at_80x24(snap_compare: Compare, data_dir: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()

    assert snap_compare(make_app(data_dir), terminal_size=(80, 24), run_before=run_before)
