"""A disabled control reads as disabled in every theme: its text measured in a grab against the same control enabled."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from electview.ui.theme import Theme

from contrast_support import contrast
import map_support
from map_support import COLORADO, COUNTIES

window = map_support.window  # its teardown puts the theme back: the QApplication outlives the test

#: A disabled label at most this share of the enabled one's contrast (dark: 2.6 of 8.3, high contrast: 5.3 of 21).
DIMMED = 0.5


def _text_contrast(button) -> float:
    """Lightest to darkest inside the button's frame: its text on its face."""
    return contrast(button.grab(button.rect().adjusted(6, 5, -6, -5)).toImage())


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST], ids=str)
def test_the_maps_up_button_disabled_at_the_whole_contest_looks_disabled(window, theme):
    # Issue #18: in dark the disabled "↑ Whole contest" drew its text at 8.3:1, as enabled (high contrast 21:1):
    # the palette's Disabled group greyed Text and WindowText but left ButtonText white.
    window.document.open(str(COLORADO))
    window.map.attach(str(COUNTIES))
    window.map.wait()
    window.map.show_map()
    window.theme.choose(theme)
    QApplication.processEvents()
    button = window.map.pane.up_button
    assert not button.isEnabled()  # the whole contest: nowhere to go up to
    disabled = _text_contrast(button)
    window.drill_down(list(window.document.contest.units.names).index("Denver"))
    QApplication.processEvents()
    assert button.isEnabled()
    enabled = _text_contrast(button)
    assert disabled <= DIMMED * enabled, (theme, round(disabled, 2), round(enabled, 2))
