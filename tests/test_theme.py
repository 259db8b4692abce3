"""Themes: light, dark and high contrast, chosen in View → Theme or following the system."""

import pytest
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from electview.resources import sample_path
from electview.ui import theme as theme_module
from electview.ui.theme import Theme, effective_theme


@pytest.fixture
def window(window):
    window.document.open(str(sample_path()))
    yield window
    window.theme.choose(Theme.SYSTEM)  # the QApplication outlives the test


def window_lightness():
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


@pytest.mark.parametrize(("theme", "dark"), [(Theme.DARK, True), (Theme.HIGH_CONTRAST, True), (Theme.LIGHT, False)])
def test_chosen_theme_sets_palette_and_findings_colours(window, theme, dark):
    window.theme.actions[theme].trigger()
    assert window.settings.theme() == theme.value
    assert (window_lightness() < 128) == dark
    background, text, _ = theme_module._FINDINGS[theme]
    assert background in window.header.findings_label.styleSheet()
    assert window.theme.actions[theme].isChecked()


def test_high_contrast_is_black_and_white():
    palette = theme_module._palette(Theme.HIGH_CONTRAST)
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"


def test_system_choice_follows_the_desktop(window, monkeypatch):
    assert window.theme.choice is Theme.SYSTEM
    monkeypatch.setattr(theme_module, "system_prefers_dark", lambda: True)
    window.theme.apply()  # what colorSchemeChanged triggers
    assert window.theme.applied is Theme.DARK and window_lightness() < 128
    monkeypatch.setattr(theme_module, "system_prefers_high_contrast", lambda: True)
    QGuiApplication.styleHints().colorSchemeChanged.emit(QGuiApplication.styleHints().colorScheme())
    assert window.theme.applied is Theme.HIGH_CONTRAST
    assert effective_theme(Theme.LIGHT) is Theme.LIGHT  # an explicit choice wins over the system
