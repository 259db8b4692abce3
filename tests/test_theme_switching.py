"""Switching themes while the window is open: nothing keeps the last theme's colours (issue 16, themes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from electview.resources import sample_path
from electview.ui import theme as theme_module
from electview.ui.main_window import MainWindow
from electview.ui.theme import Theme

import pytest


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.document.open(str(sample_path()))
    win.resize(1024, 640)
    win.show()
    qtbot.waitExposed(win)
    win.map.wait()  # the boundaries read in the background relayout the chart pane when they come
    QApplication.processEvents()
    yield win
    win.theme.choose(Theme.SYSTEM)  # the QApplication outlives the test


def _pie_corner(window):
    """The colour the pie's view shows in its top-left corner (its background, away from the slices)."""
    view = window.pie.view
    corner = view.mapTo(window, view.rect().topLeft())
    return window.grab().toImage().pixelColor(corner.x() + 6, corner.y() + 6)


def test_follow_the_system_after_dark_is_the_system_look_again(window):
    platform = theme_module._platform_look()[1].color(QPalette.ColorRole.Window)
    assert QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Unknown  # offscreen: judged by the palette
    assert platform.lightness() >= 128  # the case: a light desktop that doesn't say its scheme
    window.theme.choose(Theme.DARK)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#2b2b2b"
    window.theme.choose(Theme.SYSTEM)
    assert window.theme.applied is Theme.LIGHT  # was DARK: it judged the desktop by electview's own dark palette
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == platform.name()


@pytest.mark.parametrize("theme", [Theme.DARK, Theme.HIGH_CONTRAST], ids=str)
def test_the_pie_takes_the_new_theme_background(window, theme):
    window.chart_pane.set_current("pie")
    QApplication.processEvents()
    assert _pie_corner(window).name() == window.palette().color(QPalette.ColorRole.Window).name()  # drawn once, cached
    window.theme.choose(theme)
    QApplication.processEvents()
    # was the light window colour #efefef around a pie in the dark window: the view's cached background
    assert _pie_corner(window).name() == window.palette().color(QPalette.ColorRole.Window).name()
