"""The header's audit findings: one line each in a short window, every word a click ("Show all") or a hover away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from electview.resources import sample_path
from electview.ui import i18n
from electview.ui.main_window import MainWindow
from electview.ui.settings import Settings


@pytest.fixture
def window_in(qtbot, tmp_path, request):
    i18n.install_language(getattr(request, "param", "en"))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.document.open(str(sample_path()))
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    yield window
    i18n.install_language("en")


def _drawn(label) -> str:
    return type(label).__mro__[1].text(label)  # QLabel's own text: what is painted


@pytest.mark.parametrize("window_in", ["en", "ru", "kk"], indirect=True)
def test_each_finding_takes_one_line_and_its_whole_text_is_in_the_tooltip(window_in):
    header = window_in.header
    whole = header.findings_text()
    assert "100.17%" in whole or "100,17%" in whole  # the sample's shares don't sum to 100
    drawn = _drawn(header.findings_label)
    assert len(drawn.split("\n")) == len(whole.split("\n")) == 3  # the warning, the estimate note, what the editor added
    assert drawn != whole and "…" in drawn  # shortened at 1024 px (wrapped it was 4 lines in Russian)
    assert header.findings_label.toolTip() and header.findings_label.accessibleName() == whole
    assert header.findings_toggle.isVisible()


def test_show_all_wraps_every_finding_whole_and_is_remembered(window_in, qtbot):
    header = window_in.header
    qtbot.mouseClick(header.findings_toggle, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert header.findings_label.wordWrap()
    assert "…" not in _drawn(header.findings_label)
    assert header.findings_toggle.text() == "Show less"
    assert window_in.settings.findings_expanded() is True
    qtbot.mouseClick(header.findings_toggle, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not header.findings_label.wordWrap() and "…" in _drawn(header.findings_label)
    assert window_in.settings.findings_expanded() is False


def test_a_wide_window_needs_no_toggle(window_in):
    window_in.resize(2600, 900)
    QApplication.processEvents()
    header = window_in.header
    assert _drawn(header.findings_label) == header.findings_text()
    assert not header.findings_toggle.isVisible() and header.findings_label.toolTip() == ""
