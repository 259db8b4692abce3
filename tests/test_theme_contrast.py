"""Text on its background in the legend, the table and the header, in all three themes: at least 4.5:1 (issue 16 item 7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from electview.resources import sample_path
from electview.ui.main_window import MainWindow
from electview.ui.theme import Theme
from electview.ui.timeline import TimelineBar

from contrast_support import contrast, ratio

THEMES = [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST]
#: WCAG 2.1 AA: 4.5:1 for text, 3:1 for the parts of a control one must see to use it (1.4.11).
TEXT, CONTROL = 4.5, 3.0


@pytest.fixture
def themed(qtbot, request):
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.open(str(sample_path()))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.theme.choose(request.param)
    QApplication.processEvents()
    yield window
    window.theme.choose(Theme.SYSTEM)  # the QApplication outlives the test


def _grab(window, widget, rect: QRect | None = None):
    """What ``widget`` (or ``rect`` of it) shows, grabbed from the window: transparent backgrounds included."""
    rect = rect or widget.rect()
    return window.grab(QRect(widget.mapTo(window, rect.topLeft()), rect.size())).toImage()


def _surfaces(window):
    """(what, image) of each text the test measures."""
    table = window.table
    table.clearSelection()
    table.setCurrentIndex(table.model().index(-1, -1))
    model, header = table.model(), table.horizontalHeader()
    cell = table.visualRect(model.index(0, 0))
    yield "table cell", _grab(window, table.viewport(), cell)
    section = QRect(header.sectionViewportPosition(0), 0, header.sectionSize(0), header.height())
    yield "table heading", _grab(window, header.viewport(), section)
    legend = window.pie.legend
    yield "legend", _grab(window, legend.viewport(), legend.visualItemRect(legend.item(0))), 24
    bar = window.header
    for name in ("title_label", "status_badge", "details_label", "source_label", "turnout_label", "findings_label"):
        label = getattr(bar, name)
        assert label.isVisible() and label.text(), name
        yield f"header {name}", _grab(window, label)


@pytest.mark.parametrize("themed", THEMES, indirect=True, ids=str)
def test_text_reads_on_its_background_in_every_theme(themed):
    measured = {}
    for what, image, *left in _surfaces(themed):
        measured[what] = round(contrast(image, *left), 1)
    assert {what: value for what, value in measured.items() if value < TEXT} == {}


@pytest.mark.parametrize("themed", THEMES, indirect=True, ids=str)
def test_the_history_track_shows_on_its_background(themed):
    bar = themed.findChild(TimelineBar)
    bar.set_snapshots(["first", "second", "third"], 0)  # the handle at the left: the rest is empty track
    bar.show()
    QApplication.processEvents()
    slider = bar.slider
    image = slider.grab().toImage()
    background = themed.palette().color(QPalette.ColorRole.Window)
    handle = slider.height()  # past the handle, roughly square
    track = [image.pixelColor(x, y) for y in range(image.height()) for x in range(handle * 2, image.width() - handle)]
    assert max(ratio(colour, background) for colour in track) >= CONTROL  # was 1.2:1 in high contrast: black on black
