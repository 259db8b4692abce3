"""The Integrity window's histograms cut a last bin that dwarfs the rest, as the printed report does, and say its count:
the CIK 2018 file's 309 stations at 100% turnout flattened the whole distribution to the axis."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pytest

from electview.ui import i18n
from electview.ui.main_window import MainWindow

CIK_2018 = Path(__file__).parent / "data" / "national" / "ru-cik" / "2018-president-uik.5-regions.csv"


def _view(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(str(CIK_2018))
    qtbot.waitUntil(lambda: window.document.contest is not None and window.document.path.endswith(CIK_2018.name), timeout=20000)
    view = window.integrity.show_integrity()
    qtbot.waitUntil(lambda: view.panels is not None and view.task is None, timeout=20000)
    return view


def _notes(plot) -> list[str]:
    return [item.toPlainText() for item in plot.getPlotItem().items if isinstance(item, pg.TextItem)]


@pytest.mark.parametrize(("code", "text"), [("en", " at 99.95% and above, cut at the top"), ("ru", " — на 99,95% и выше, обрезано сверху")])
def test_a_towering_last_bin_is_cut_and_its_count_said(qtbot, code, text):
    i18n.install_language(code)
    try:
        view = _view(qtbot)
        counts = view.panels.turnout_counts
        last, others = int(counts[-1]), int(counts[:-1].max())
        assert last >= 309 and last > 2 * others
        (low, high) = view.turnout_plot.getPlotItem().viewRange()[1]
        assert low == 0 and others < high < last  # the hump fills the plot; the 100% bin runs off its top
        assert _notes(view.turnout_plot) == [f"{last}{text}"]
        # Back at a place without such a bin the scale follows the data again and the note goes.
        units = view.panels.contest.units
        for region in units.children(int(units.roots()[0])).tolist():
            view._document.set_scope(region)
            qtbot.waitUntil(lambda region=region: view.panels.scope == region and view.task is None, timeout=20000)
            counts = view.panels.turnout_counts
            if int(counts[-1]) <= 2 * int(counts[:-1].max()):
                assert _notes(view.turnout_plot) == []
                break
        else:
            pytest.skip("every region has a towering last bin")
    finally:
        i18n.install_language("en")
