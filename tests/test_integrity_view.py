"""The Integrity window on the Russian CIK 2018 station file: histograms, fingerprint and figures from the file."""

from __future__ import annotations

import csv
import io
import re
import threading
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from electview.core import integrity
from electview.resources import sample_path
from electview.ui import i18n, integrity_view
from electview.ui.flagged_model import SortRole
from electview.ui.main_window import MainWindow

CIK_2018 = Path(__file__).parent / "data" / "national" / "ru-cik" / "2018-president-uik.5-regions.csv"


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(str(CIK_2018))
    qtbot.waitUntil(lambda: window.document.contest is not None and window.document.path.endswith(CIK_2018.name), timeout=20000)
    return window


def _curve(plot):
    (item,) = plot.getPlotItem().listDataItems()
    return item.getData()


def test_integrity_window_on_the_cik_stations(window, qtbot, tmp_path):
    assert window.integrity.action.isEnabled() and "no stations" not in window.integrity.action.toolTip()
    window.integrity.action.trigger()
    view = window.integrity.integrity_window
    qtbot.waitUntil(lambda: view.report is not None, timeout=20000)
    assert "904 stations" in view.heading.text() and "Путин Владимир Владимирович" in view.heading.text()
    # Every station in one 0.1-point bin of each histogram.
    _, turnout = _curve(view.turnout_plot)
    _, share = _curve(view.share_plot)
    assert len(turnout) == len(share) == 1001 and turnout.sum() == share.sum() == 904
    found = view.report.found
    # The last bin, centred on 100%, holds the 309 stations at exactly 100% and those from 99.95% up.
    assert turnout[1000] == int((found.turnout >= 99.95).sum()) == 325
    # The fingerprint holds every registered voter of the stations.
    assert view.fingerprint_grid.shape == view.fingerprint_image.image.shape == (100, 100)
    assert view.fingerprint_grid.sum() == view.report.found.registered.sum()
    assert view.fingerprint_image.image == pytest.approx(np.log1p(view.fingerprint_grid), rel=1e-6)
    assert "turnout: 91 of 860" in view.figures.text().lower() and "not proof" in view.figures.text()
    for key in ("turnout_histogram", "leader_histogram", "fingerprint"):
        assert view.caveats[key].text() == integrity.CAVEATS[key]
    assert "Klimek" in view.caveats["fingerprint"].text()
    shot = tmp_path / "integrity.png"
    assert view.grab().save(str(shot)) and shot.stat().st_size > 10_000


def test_drilling_into_a_region_redraws_its_stations(window, qtbot):
    window.integrity.action.trigger()
    view = window.integrity.integrity_window
    qtbot.waitUntil(lambda: view.report is not None, timeout=20000)
    units = window.document.contest.units
    tuva = int(np.flatnonzero(units.names == "Республика Тыва")[0])
    window.document.set_scope(tuva)
    qtbot.waitUntil(lambda: view.report is not None and len(view.report.found) == 183, timeout=20000)
    assert _curve(view.turnout_plot)[1].sum() == 183


def test_action_is_off_with_a_reason_for_a_file_without_stations(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(str(sample_path()))  # the bundled 2019 Kazakhstan sample: national figures only
    qtbot.waitUntil(lambda: window.document.contest is not None, timeout=20000)
    assert not window.integrity.action.isEnabled()
    assert "no stations" in window.integrity.action.toolTip()


def test_checks_run_in_a_worker_and_a_late_result_is_dropped(window, qtbot, monkeypatch):
    """The whole contest's checks are held back until Tuva's are drawn: when they arrive late, they are dropped."""
    release = threading.Event()
    started: list[int | None] = []
    real = integrity_view.compute_panels

    def gated(contest, scope, job):
        started.append(scope)
        if scope is None:
            assert release.wait(60)  # the GUI thread keeps running meanwhile: this is a worker
        return real(contest, scope, job)

    monkeypatch.setattr(integrity_view, "compute_panels", gated)
    window.integrity.action.trigger()
    view = window.integrity.integrity_window
    qtbot.waitUntil(lambda: started == [None])
    whole = view.task
    assert view.report is None and view.progress.isVisibleTo(view) and "Computing" in view.progress.label.text()
    units = window.document.contest.units
    tuva = int(np.flatnonzero(units.names == "Республика Тыва")[0])
    window.document.set_scope(tuva)  # drill down while the first checks still run
    with qtbot.waitSignal(view.computed, timeout=30000):
        pass
    assert len(view.report.found) == 183 and "Республика Тыва" in view.heading.text()
    drawn = view.report
    with qtbot.assertNotEmitted(view.computed):
        release.set()
        qtbot.waitUntil(lambda: not whole.running, timeout=30000)
    assert view.report is drawn and _curve(view.turnout_plot)[1].sum() == 183
    assert not view.progress.isVisibleTo(view)


def _shown(window, qtbot):
    window.integrity.action.trigger()
    view = window.integrity.integrity_window
    qtbot.waitUntil(lambda: view.report is not None, timeout=30000)
    return view


def _shown_in_language(qtbot):
    """A window built after install_language(), on the CIK file, and its Integrity window once computed."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(str(CIK_2018))
    qtbot.waitUntil(lambda: window.document.contest is not None, timeout=20000)
    return window, _shown(window, qtbot)


def test_flagged_stations_model_contract(window, qtbot, qtmodeltester):
    view = _shown(window, qtbot)
    qtmodeltester.check(view.flagged_model)
    qtmodeltester.check(view.flagged_proxy)
    model = view.flagged_model
    assert model.rowCount() == len(view.report.flags) and model.columnCount() == 6
    first = model.rows[0]
    cells = [model.index(0, c).data() for c in range(6)]
    assert cells[0] == first.name and first.name.startswith("Республика Ингушетия / ")
    assert cells[1] == f"{first.registered:,}" and cells[5] == "; ".join(first.reasons)
    reasons = [reason for row in model.rows for reason in row.reasons]
    assert reasons.count(integrity.TURNOUT_100) == 309 and reasons.count(integrity.LEADER_100) == 13
    assert view.tabs.tabText(1) == f"Flagged stations ({len(model.rows):,})"


def test_flagged_stations_sort_by_turnout(window, qtbot):
    view = _shown(window, qtbot)
    view.flagged_view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    proxy = view.flagged_proxy
    turnouts = [proxy.index(r, 3).data(SortRole) for r in range(proxy.rowCount())]
    assert turnouts == sorted(turnouts) and turnouts[-1] >= 100.0


def test_double_click_opens_the_station_and_the_checks_stay_on_its_place(window, qtbot):
    view = _shown(window, qtbot)
    row = view.flagged_model.rows[0]
    drawn = len(view.report.found)
    index = view.flagged_proxy.mapFromSource(view.flagged_model.index(0, 0))
    view.flagged_view.doubleClicked.emit(index)
    assert window.document.scope == row.unit  # the main window shows that station's protocol
    assert window.document.tally.scope == row.unit
    # A station alone has no distribution: the checks are of the stations around it.
    qtbot.waitUntil(lambda: view.task is None and view.report is not None, timeout=30000)
    units = window.document.contest.units
    parent = int(units.parents[row.unit])
    assert str(units.names[parent]) in view.heading.text() and 1 < len(view.report.found) < drawn


def test_export_flagged_stations_as_csv(window, qtbot, tmp_path, monkeypatch):
    view = _shown(window, qtbot)
    target = tmp_path / "flagged.csv"
    monkeypatch.setattr(integrity_view.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.export_button.click()
    text = target.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(view.report.flags) and rows[0]["name"] == view.flagged_model.rows[0].name
    assert sum("turnout 100%" in row["flags"] for row in rows) == 309


@pytest.mark.parametrize(("code", "word", "count"), [("ru", "участков", "1\u00a0071"), ("kk", "учаске", "1\u00a0071")])
def test_figures_caveats_and_flagged_list_in_the_interface_language(qtbot, code, word, count):
    i18n.install_language(code)
    try:
        window, view = _shown_in_language(qtbot)
        figures = view.figures.text()
        # Counts and figures in the language's marks: 1,071 last digits, 904 stations.
        assert word in figures and f"{count}" in figures and "p = 0," in figures
        texts = [figures, view.heading.text(), view.tabs.tabText(0), view.tabs.tabText(1), view.export_button.text()]
        texts += [label.text() for label in view.caveats.values()] + [view.flagged_caveat.text()]
        texts += [view.flagged_model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
        texts += [action.text() for action in view.export_menu.actions()] + [view.export_plot_button.text()]
        texts += [view.flagged_model.index(r, 5).data() for r in range(view.flagged_model.rowCount())]
        for text in texts:
            for kept in (
                integrity.KOBAK_2016,
                integrity.KLIMEK_2012,
                integrity.BEBER_SCACCO_2012,
                "electview integrity",
                "--seed",
                "CSV",
                "PNG",
                "SVG",
                window.document.contest.name,  # from the file
            ):
                text = text.replace(kept, "")
            assert not re.findall(r"[A-Za-z]{3,}", text), text
    finally:
        i18n.install_language("en")


@pytest.mark.parametrize("key", ["turnout", "leader", "fingerprint"])
def test_each_plot_exports_as_png_and_svg(window, qtbot, tmp_path, monkeypatch, key):
    view = _shown(window, qtbot)
    for suffix in (".png", ".svg"):
        target = tmp_path / f"{key}{suffix}"
        monkeypatch.setattr(integrity_view.QFileDialog, "getSaveFileName", lambda *a, target=target, **k: (str(target), ""))
        names = [action.text() for action in view.export_menu.actions()]
        (action,) = [
            a for a in view.export_menu.actions() if a.text() == names[list(view.plots).index(key) * 2 + (suffix == ".svg")]
        ]
        action.trigger()
        data = target.read_bytes()
        if suffix == ".png":
            image = QImage(str(target))
            assert data.startswith(b"\x89PNG") and image.width() == 1600 and image.height() > 500
        else:
            text = data.decode("utf-8")
            assert text.lstrip().startswith("<?xml") and "<svg" in text and "<path" in text
            # The axis labels are text, not pixels.
            assert "turnout" in text or "leader" in text


def _label_span(axis) -> tuple[float, float, float]:
    """Where an axis's label starts and ends along the axis, and the axis's length (axis coordinates)."""
    rect = axis.label.mapRectToParent(axis.label.boundingRect())
    if axis.orientation in ("left", "right"):
        return rect.top(), rect.bottom(), axis.size().height()
    return rect.left(), rect.right(), axis.size().width()


@pytest.mark.parametrize("code", ["en", "ru", "kk"])
def test_every_axis_label_reads_whole_at_1024_by_640(qtbot, code):
    # In Kazakh the fingerprint's "leader's share of ballots cast, %" (kk: 46 letters) ran past both ends of its
    # 150-pixel axis and was cut; it wraps onto lines of the axis's length now.
    i18n.install_language(code)
    try:
        _, view = _shown_in_language(qtbot)
        view.resize(1024, 640)
        qtbot.waitUntil(lambda: view.size().height() == 640)
        qtbot.wait(50)
        for name, plot in view.plots.items():
            for side in ("left", "bottom"):
                axis = plot.getPlotItem().getAxis(side)
                start, end, length = _label_span(axis)
                assert axis.label.toPlainText().strip(), (name, side)
                assert start >= -0.5 and end <= length + 0.5, (name, side, axis.label.toPlainText(), start, end, length)
    finally:
        i18n.install_language("en")
