"""Party colours by convention in the window: Democrats blue, Republicans red, Labour red, SNP yellow (issue 16)."""

from __future__ import annotations

from pathlib import Path


from electview.core.palette import NEAR, PALETTE, colour_distance
from electview.core.party_conventions import conventional_colour
from electview.formats import load_file

DATA = Path(__file__).parent / "data"
COLORADO = DATA / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml"
UK = DATA / "national" / "uk-hoc-library" / "HoC-GE2024-results-by-candidate.csv"

BLUE, RED = conventional_colour("DEM"), conventional_colour("REP")


def _hue(colour: str) -> float:
    from PySide6.QtGui import QColor

    return QColor(colour).hsvHueF() * 360


def _swatches(window) -> dict[str, str]:
    """Party → the colour its row shows, read from the table the user sees."""
    result = window.document.tally
    return {candidate.party: result.colours[i] for i, candidate in enumerate(result.candidates)}


def test_colorado_democrats_are_blue_and_republicans_red_in_every_contest(window):
    dataset = load_file(COLORADO)
    window.document.set_dataset(dataset, str(COLORADO))
    partisan = [i for i, c in enumerate(dataset.contests) if {"DEM", "REP"} <= {x.party for x in c.candidates}]
    assert len(partisan) >= 3
    for index in partisan:
        window.document.set_contest(index)
        swatches = _swatches(window)
        assert swatches["DEM"] == BLUE and swatches["REP"] == RED  # was DEM #0072B2 blue, REP #E69F00 orange
        assert 200 <= _hue(BLUE) <= 230 and (_hue(RED) < 10 or _hue(RED) > 350)
        colours = list(window.document.tally.colours)
        assert len(set(colours)) == len(colours)  # distinct swatches within the table
        others = [c for p, c in swatches.items() if p not in ("DEM", "REP")]
        assert all(colour_distance(c, BLUE) >= NEAR and colour_distance(c, RED) >= NEAR for c in others)


def test_uk_parties_by_abbreviation_in_a_scottish_seat(window):
    dataset = load_file(UK)
    window.document.set_dataset(dataset, str(UK))
    window.document.set_contest(next(i for i, c in enumerate(dataset.contests) if c.name == "Aberdeen North"))
    swatches = _swatches(window)
    assert swatches["Lab"] == conventional_colour("Labour") and (_hue(swatches["Lab"]) > 340 or _hue(swatches["Lab"]) < 10)
    assert swatches["Con"] == conventional_colour("Conservative") and 190 <= _hue(swatches["Con"]) <= 220
    assert swatches["LD"] == conventional_colour("Liberal Democrats") and 30 <= _hue(swatches["LD"]) <= 45
    assert swatches["SNP"] == conventional_colour("Scottish National Party") and 45 <= _hue(swatches["SNP"]) <= 60
    assert swatches["Green"] == conventional_colour("Green Party") and 100 <= _hue(swatches["Green"]) <= 140
    colours = list(window.document.tally.colours)
    assert len(set(colours)) == len(colours)


def test_the_same_party_keeps_its_colour_from_file_to_file(window):
    colorado = load_file(COLORADO)
    window.document.set_dataset(colorado, str(COLORADO))
    window.document.set_contest(next(i for i, c in enumerate(colorado.contests) if "GRN" in {x.party for x in c.candidates}))
    colorado_green = _swatches(window)["GRN"]
    window.document.set_dataset(load_file(UK), str(UK))
    window.document.set_contest(next(i for i, c in enumerate(window.document.dataset.contests) if c.name == "Aberdeen North"))
    assert _swatches(window)["Green"] == colorado_green == conventional_colour("Green")


def test_names_and_abbreviations_match_alike():
    assert conventional_colour("DEMOCRAT") == conventional_colour("Democratic Party") == conventional_colour(" dem ")
    assert conventional_colour("REPUBLICAN") == conventional_colour("Rep") == RED
    assert conventional_colour("Liberal") == ""  # red in Canada, blue in Australia: not guessed
    assert conventional_colour("Workers Party of Britain") == ""
    assert all(colour not in PALETTE for colour in (BLUE, RED))


def _swatch_pixels(table, row: int) -> set[str]:
    """The colours drawn inside the swatch of ``row``'s name cell, as the screen shows them."""
    from PySide6.QtCore import QRect

    cell = table.visualRect(table.model().index(row, 0))
    size = table.iconSize()
    probe = QRect(cell.left(), cell.top(), size.width() + 8, cell.height())
    image = table.viewport().grab(probe).toImage()
    middle = image.height() // 2
    colours = [image.pixelColor(x, middle).name() for x in range(image.width())]
    swatch = table.model().index(row, 0).data(1).name()  # DecorationRole
    return {c for c in colours if colour_distance(c, swatch) < 40}


def test_a_selected_row_keeps_its_swatch_in_the_party_colour(window, qtbot):
    from PySide6.QtWidgets import QApplication

    window.open_path(str(COLORADO))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    table = window.table
    for row in range(2):
        colour = table.model().index(row, 0).data(1).name()
        QApplication.processEvents()
        assert _swatch_pixels(table, row) == {colour}
        table.selectRow(row)
        QApplication.processEvents()
        assert _swatch_pixels(table, row) == {colour}  # was tinted by the selection (#0072b2 drawn #0e7ab7)
