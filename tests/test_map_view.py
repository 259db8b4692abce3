"""The map pane in the real window: the sample's turnout map, Colorado's counties by leader, map ⇄ tree ⇄ table."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from electview.core.geo_measures import NO_DATA
from electview.core.model import Candidate, Contest, CountTable, Election, ResultsDataset, UnitTable
from electview.resources import sample_path
from electview.ui import map_view
from electview.ui.candidate_model import VOTES
from electview.ui.main_window import MainWindow
from electview.ui.theme import Theme

import map_support
from map_support import COLORADO, COUNTIES, NE_KAZ

window = map_support.window  # the window fixture


def _feature(window, code):
    return window.map.joined.layer.ids.index(code)


def _click_feature(qtbot, window, feature, double=False):
    view = window.map.pane.view
    path = window.map.scene.paths[feature]
    # A point inside the feature: its bounding box's centre when inside, else the first vertex nudged in.
    rect = path.boundingRect()
    point = rect.center()
    if not path.contains(point):
        point = path.pointAtPercent(0.0) + QPointF(rect.width() * 0.01, rect.height() * 0.01)
    position = view.mapFromScene(point)
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    else:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)


def test_the_sample_shows_the_reported_turnout_by_region(window, qtbot):
    window.document.open(str(sample_path()))
    window.map.wait()
    window.map.show_map()
    colouring = window.map.colouring
    assert window.map.measure() == "turnout"  # no results by region: what was reported for the regions
    assert len(window.map.joined.layer) == 17
    assert not (colouring.feature_class == NO_DATA).any()
    assert colouring.values[_feature(window, "KZ-75")] == 52.2
    notes = window.map.pane.notes_label.text()
    assert "no results by region" in notes and "preliminary" in notes
    assert "Who's On First" in window.map.pane.credit_label.text()
    tip = window.map.tooltip_for(_feature(window, "KZ-75"))
    assert tip.splitlines()[0] == "Almaty"
    assert "52.2%" in tip and "reported, preliminary" in tip and "inform.kz" in tip
    window.map.pane.view.grab().save("/tmp/test-map-kz.png")


@pytest.fixture
def colorado_window(window, qtbot):
    window.document.open(str(COLORADO))
    window.map.attach(str(COUNTIES))
    window.map.wait()
    window.map.set_beside(False)  # the map in the chart pane's tab, its widest place: Denver is a few pixels beside the pie
    window.map.show_map()
    QApplication.processEvents()
    return window


def test_colorado_counties_by_leader_and_denvers_figures_match_the_table(colorado_window, qtbot):
    window = colorado_window
    assert window.map.measure() == "leader"
    assert len(window.map.joined.layer) == 64  # Colorado's counties, not the country's 3,231
    colouring = window.map.colouring
    assert not (colouring.feature_class == NO_DATA).any()
    denver = _feature(window, "08031")
    assert colouring.classes[colouring.feature_class[denver]].group.startswith("Kamala D. Harris")
    tip = window.map.tooltip_for(denver)
    window.drill_down(list(window.document.contest.units.names).index("Denver"))
    harris_votes = window.model.cell(0, VOTES, Qt.ItemDataRole.DisplayRole)
    assert harris_votes == "278,634"
    assert f"Kamala D. Harris / Tim Walz: {harris_votes} · 76.74%" in tip
    assert "Turnout: 77.83%\n" in tip and "77.83% (derived)" not in tip and "Reporting: 303 of 303" in tip
    window.map.pane.view.grab().save("/tmp/test-map-colorado.png")


def test_clicking_denver_drills_down_everywhere_and_a_double_click_outside_goes_back(colorado_window, qtbot):
    window = colorado_window
    denver_unit = list(window.document.contest.units.names).index("Denver")
    _click_feature(qtbot, window, _feature(window, "08031"))
    assert window.document.scope == denver_unit
    assert window.region_tree.currentIndex().data() == "Denver"
    assert window.model.tally.scope == denver_unit and window.model.tally.votes[0] == 278634
    assert window.map.pane.view.item.selected == _feature(window, "08031")
    assert window.map.pane.place_label.text() == "Denver"
    # The tree drives the map the same way.
    adams = list(window.document.contest.units.names).index("Adams")
    window.region_tree.show_scope(adams)
    window.drill_down(adams)
    assert window.map.pane.view.item.selected == _feature(window, "08001")
    view = window.map.pane.view
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport().rect().topLeft() + QPointF(2, 2).toPoint())
    assert window.document.scope is None
    assert window.map.pane.view.item.selected is None


def test_attach_boundaries_from_the_file_menu_is_remembered_for_the_results_file(window, qtbot, monkeypatch):
    window.document.open(str(COLORADO))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(COUNTIES), ""))
    window.map.attach_action.trigger()
    window.map.wait()
    assert len(window.map.joined.layer) == 64
    assert window.settings.attached_boundaries(str(COLORADO)) == str(COUNTIES)
    again = MainWindow()
    qtbot.addWidget(again)
    again.document.open(str(COLORADO))
    again.map.wait()
    assert again.map.joined is not None and len(again.map.joined.matched) == 64


def _transliterated_dataset():
    units = UnitTable.from_lists(["kz", "a", "b", "c"], ["Kazakhstan", "Ақмола", "Kostanay", "Pavlodar"], ["country"] + ["region"] * 3, [-1, 0, 0, 0])
    contest = Contest("p", "President", (Candidate("t", "T", "Nur Otan"), Candidate("k", "K")), units,
                      CountTable.from_rows([(1, 0, 60), (1, 1, 40), (2, 0, 30), (2, 1, 50), (3, 0, 10), (3, 1, 10)]))  # fmt: skip
    return ResultsDataset(Election("Test", country="Nowhere"), (contest,))


def test_transliterated_names_join_only_after_the_user_confirms(window, qtbot, monkeypatch):
    asked = []

    def confirm(joined, parent=None):
        asked.append([(joined.units.names[p.unit], joined.layer.names[p.feature]) for p in joined.proposals])
        return [p for p in joined.proposals if joined.units.names[p.unit] == "Ақмола"]

    monkeypatch.setattr(map_view.ProposalsDialog, "ask", classmethod(lambda cls, joined, parent=None: confirm(joined, parent)))
    window.document.set_dataset(_transliterated_dataset(), "")
    window.map.attach(str(NE_KAZ))
    window.map.wait()
    assert sorted(asked[0]) == [("Kostanay", "Qostanay"), ("Ақмола", "Aqmola")]
    joined = {window.map.joined.layer.names[f]: window.map.joined.units.names[u] for f, u, _ in window.map.joined.matched}
    assert joined == {"Pavlodar": "Pavlodar", "Aqmola": "Ақмола"}  # Kostanay declined: not joined
    assert "1 places are not on the map" in window.map.pane.notes_label.text()


def test_the_unmatched_dialog_lists_both_sides_and_joins_what_the_user_pairs(window, qtbot, monkeypatch):
    seen = {}

    def fix(cls, joined, parent=None):
        seen["places"] = [joined.units.names[u] for u in joined.unmatched_units]
        seen["features"] = len(joined.unmatched_features)
        return [(joined.layer.ids.index("KZ.QS"), list(joined.units.names).index("Kostanay"))]

    monkeypatch.setattr(map_view.ProposalsDialog, "ask", classmethod(lambda cls, joined, parent=None: []))
    monkeypatch.setattr(map_view.UnmatchedDialog, "ask", classmethod(fix))
    window.document.set_dataset(_transliterated_dataset(), "")
    window.map.attach(str(NE_KAZ))
    window.map.wait()
    window.map.unmatched_action.trigger()
    assert sorted(seen["places"]) == ["Kostanay", "Ақмола"] and seen["features"] == 16
    assert "Qostanay" in [window.map.joined.layer.names[f] for f, _, _ in window.map.joined.matched]


def test_the_dialogs_build_with_both_lists(window, qtbot):
    window.document.set_dataset(_transliterated_dataset(), "")
    from electview.core.geo import read_boundaries
    from electview.core.geo_join import join

    joined = join(read_boundaries(NE_KAZ), window.document.contest.units)
    proposals = map_view.ProposalsDialog(joined)
    qtbot.addWidget(proposals)
    assert proposals.list.count() == 2 and len(proposals.chosen()) == 2
    unmatched = map_view.UnmatchedDialog(joined)
    qtbot.addWidget(unmatched)
    assert unmatched.places.count() == 2 and unmatched.features.count() == 16
    unmatched.places.setCurrentRow(0)
    unmatched.features.setCurrentRow(0)
    unmatched._join_selected()
    assert len(unmatched.pairs) == 1 and unmatched.places.count() == 1


def test_boundaries_read_for_the_file_before_never_land_on_the_next(window, qtbot, tmp_path):
    # The sample's boundaries were still being read when a file without a map opened: the sample's map came up on it.
    window.document.open(str(sample_path()))
    window.document.open(str(COLORADO))  # no bundled boundaries, none attached
    window.map.wait()
    QApplication.processEvents()
    assert window.map.joined is None and window.map.report_maps(window.printing.results()) == {}


def test_map_beside_the_chart_is_remembered(window, qtbot):
    window.map.set_beside(True)
    assert not window.chart_pane.has_view("map")
    assert window.settings.map_beside_chart()
    window.map.set_beside(False)
    assert window.chart_pane.names() == ["pie", "bars", "map"]


def test_dark_and_high_contrast_themes_draw_the_map(colorado_window, qtbot):
    window = colorado_window
    for theme in (Theme.DARK, Theme.HIGH_CONTRAST):
        window.theme.choose(theme)
        window.map.recolour()
        QApplication.processEvents()
        image = window.map.pane.view.grab().toImage()
        assert not image.isNull()
        window.grab().save(f"/tmp/test-map-{theme.value}.png")


def test_reading_boundaries_shows_a_progress_bar_that_cancel_stops(window, qtbot, monkeypatch):
    # Issue #18: while the boundaries were read the pane said nothing of it, and nothing could stop it.
    import threading

    release = threading.Event()
    real = map_view._load_layer
    monkeypatch.setattr(map_view, "_load_layer", lambda path, job: release.wait() and real(path, job))
    window.document.open(str(COLORADO))
    window.map.show_map()
    window.map.attach(str(COUNTIES))
    loading = window.map.pane.loading
    assert loading.isVisibleTo(window) and loading.cancel_button.isEnabled()
    assert loading.label.text() == "Reading boundaries from counties-10m.json… 0%"
    assert loading.bar.value() == 0 and loading.bar.maximum() == 1000
    assert window.map.pane.notes_label.text() == "Reading boundaries…"
    loading.cancel_button.click()
    assert not loading.isVisibleTo(window)
    assert window.map.pane.notes_label.text().startswith("Reading the boundaries was cancelled: no map.")
    release.set()
    window.map.wait()
    QApplication.processEvents()
    assert window.map.joined is None and window.map.scene is None  # the late result is dropped
    window.map.attach(str(COUNTIES))  # and reading again draws the map
    window.map.wait()
    assert not loading.isVisibleTo(window) and len(window.map.joined.matched) > 0


def test_the_pane_shows_how_far_the_boundaries_are_read_and_cancel_stops_the_reader(window, qtbot, monkeypatch):
    # Issue #18: the bar was busy with no figure (core.geo reported nothing); now the reader's fraction, in per cent.
    import threading

    from electview.core import geo

    reached, release = threading.Event(), threading.Event()
    seen: list[float] = []

    def held(path, object_name=None, progress=None):
        def step(fraction):
            seen.append(fraction)
            if fraction > 0.4 and not reached.is_set():
                reached.set()  # the worker waits here, the window's timer shows where it is
                release.wait()
            progress(fraction)

        return geo.read_boundaries(path, object_name, progress=step)

    monkeypatch.setattr(map_view, "read_boundaries", held)
    window.document.open(str(COLORADO))
    window.map.show_map()
    window.map.attach(str(COUNTIES))
    loading = window.map.pane.loading
    reached.wait()
    reports = len(seen)
    held_at = seen[-2]  # the last fraction passed on before the worker stopped to wait
    qtbot.waitUntil(lambda: loading.bar.value() == round(held_at * 1000))
    assert 0.39 < held_at <= 0.4
    assert loading.label.text() == f"Reading boundaries from counties-10m.json… {int(held_at * 100)}%"
    task = window.map._task
    loading.cancel_button.click()
    release.set()
    task.wait()  # the worker thread done
    assert len(seen) == reports  # the reader stopped at the report it was held in, not at the end
    assert seen[-1] < 1.0 and window.map.scene is None


def test_boundaries_that_fail_to_read_say_which_file_and_what_is_wrong(window, qtbot, tmp_path):
    from electview.core.errors import LoadError
    from electview.core.geo import read_boundaries

    cut = tmp_path / "counties-cut.json"
    cut.write_bytes(COUNTIES.read_bytes()[:5000])  # a download that stopped short
    with pytest.raises(LoadError) as error:
        read_boundaries(cut)
    window.document.open(str(COLORADO))
    window.map.attach(str(cut))
    window.map.wait()
    QApplication.processEvents()
    assert not window.map.pane.loading.isVisibleTo(window)
    assert window.map.pane.notes_label.text() == f"Could not read the boundaries: counties-cut.json: {error.value.problem}"
    assert window.map.pane.notes_label.textFormat() == Qt.TextFormat.PlainText
    assert window.map.scene is None
