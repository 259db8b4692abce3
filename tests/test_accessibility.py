"""Every reader: a screen reader's view of the window is complete; keyboard path; plain sentence; patterns."""

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel

from electview.core.model import Status
from electview.core.sentence import result_sentence
from electview.core.tally import tally
from electview.formats import load_file
from electview.resources import sample_path
from electview.ui.pie_painter import SLICE_PATTERNS, paint_swatch, slice_pattern

Role = QAccessible.Role
# Containers whose children carry the meaning; a screen reader doesn't announce them by name.
STRUCTURAL = {Role.Client, Role.Splitter, Role.Grip, Role.Separator, Role.ScrollBar, Role.PopupMenu, Role.MenuBar,
              Role.StatusBar, Role.Window, Role.Cell, Role.Row, Role.ColumnHeader, Role.RowHeader, Role.Pane}


@pytest.fixture
def window(window, qtbot):
    window.document.open(str(sample_path()))
    window.comparison.compare_with(str(sample_path()))  # so the comparison's column and status are walked too
    qtbot.waitExposed(window)
    return window


def accessible_tree(window):
    """(interface, depth) for the window and everything under it, as assistive technology sees it."""
    found = []

    def walk(interface, depth):
        if interface is None or not interface.isValid():
            return
        found.append(interface)
        for index in range(interface.childCount()):
            walk(interface.child(index), depth + 1)

    walk(QAccessible.queryAccessibleInterface(window), 0)
    return found


def unnamed(window):
    missing = []
    for interface in accessible_tree(window):
        role = interface.role()
        hidden = interface.state().invisible and role != Role.MenuItem  # menu items are hidden until opened
        if role in STRUCTURAL or hidden:
            continue
        obj = interface.object()
        if role == Role.StaticText and isinstance(obj, QLabel) and not obj.text():
            continue  # an empty label (a status slot with nothing to say yet) has nothing to read
        if not interface.text(QAccessible.Text.Name).strip():
            obj = interface.object()
            missing.append(f"{role.name} {type(obj).__name__ if obj else ''} {obj.objectName() if obj else ''}")
    return missing


def test_every_control_has_an_accessible_name(window):
    assert unnamed(window) == []
    names = {i.text(QAccessible.Text.Name) for i in accessible_tree(window)}
    assert {"Candidates", "Pie chart of vote shares", "Pie chart legend", "Commentary", "Compare With…"} <= names


def test_labels_expose_their_text(window):
    # A label's accessible name replaces its text for a screen reader: the text must be what is read.
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.text():
            interface = QAccessible.queryAccessibleInterface(label)
            assert interface.text(QAccessible.Text.Name) == label.text()
    assert window.header.turnout_label.accessibleDescription() == "Turnout"


def test_plain_sentence_in_window_and_core(window, sample_dataset, final_sample):
    sentence = (
        "Preliminary results: Kassym-Jomart Tokayev leads with 70.8% of valid votes, "
        "ahead of Amirjan Kosanov with 16.2%; turnout 77.4%."
    )
    assert window.accessibleDescription() == sentence
    assert window.table.accessibleDescription() == sentence
    assert window.pie.view.accessibleDescription().startswith(sentence)
    assert "Kassym-Jomart Tokayev  (leading)  70.76%" in window.pie.view.accessibleDescription()  # the legend, with its mark
    final = load_file(final_sample)
    result = tally(final.contests[0], None, final.turnout)
    assert result_sentence(result, Status.FINAL).startswith("Final results: Kassym-Jomart Tokayev came first with 71.0%")
    assert result_sentence(None) == "No results are open."


def test_f6_cycles_table_pie_commentary(window, qtbot):
    controller = window.accessibility
    window.table.setFocus()
    assert controller.cycle(1) is window.pie.view
    assert controller.cycle(1) is window.commentary
    assert controller.cycle(1) is window.table  # the places tree is hidden for a one-place file
    assert controller.cycle(-1) is window.commentary
    assert window.accessibility.next_pane_action.shortcut().toString() == "F6"


def test_arrow_keys_walk_the_pie(window, qtbot):
    window.pie.view.setFocus()
    qtbot.keyClick(window.pie.view, Qt.Key.Key_Right)
    assert window.selected_candidates() == [0]  # Tokayev, the first slice
    qtbot.keyClick(window.pie.view, Qt.Key.Key_Right)
    assert window.selected_candidates() == [1]
    qtbot.keyClick(window.pie.view, Qt.Key.Key_Left)
    assert window.selected_candidates() == [0]
    assert "Selected: Kassym-Jomart Tokayev" in window.pie.view.accessibleDescription()


def test_slices_differ_in_pattern_not_only_colour():
    assert slice_pattern(0) is None
    assert len(set(SLICE_PATTERNS)) == len(SLICE_PATTERNS)
    assert Qt.BrushStyle.BDiagPattern not in SLICE_PATTERNS  # that hatch means "share computed"
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    paint_swatch(painter, QRectF(0, 0, 16, 16), "#0072B2", 1)
    painter.end()
    colours = {image.pixelColor(x, y).name() for x in range(16) for y in range(16)}
    assert len(colours) == 2 and QColor("#0072B2").name() in colours  # colour plus horizontal lines
