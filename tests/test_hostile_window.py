"""The window under hostile files (issue 17, items 2 and 9): text stays plain, reports name the bytes shown."""

import hashlib
import json

from live_helpers import results_json
from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from electview.core.report_html import build_report_html
from electview.ui.main_window import MainWindow


def test_report_hash_is_of_the_version_shown_not_the_broken_file(window, qtbot, tmp_path):
    path = tmp_path / "night.electview.json"
    good = results_json(6_000_000)
    path.write_bytes(good)
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: window.live.history is not None and len(window.live.history) >= 1)
    path.write_bytes(good[: len(good) // 2])  # the file goes bad; the window keeps the good version
    qtbot.waitUntil(lambda: "not valid JSON" in window.live.problem_label.text(), timeout=3000)
    options = window.printing.report_options()
    assert options.sha256 == hashlib.sha256(good).hexdigest()
    html = build_report_html(window.document.dataset, window.printing.results(), options)
    assert hashlib.sha256(good).hexdigest() in html
    assert hashlib.sha256(path.read_bytes()).hexdigest() not in html


def test_no_widget_shows_markup_from_a_file_and_no_image_is_opened(qtbot, tmp_path, monkeypatch):
    canary = tmp_path / "canary.png"
    markup = f"<img src='{canary}'><b>bold</b><a href='x'>link</a>"
    doc = {
        "format": "electview",
        "version": 1,
        "election": {"title": "Title " + markup, "status": "preliminary", "description": markup},
        "candidates": [
            {"name": "Ana " + markup, "party": "Party " + markup, "votes": 10},
            {"name": "Ben", "party": markup, "votes": 5},
        ],
    }
    path = tmp_path / "markup.electview.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    opened = []
    real_read = QImageReader.read
    monkeypatch.setattr(QImageReader, "read", lambda self, *a: opened.append(self.fileName()) or real_read(self, *a))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.open_path(str(path))
        qtbot.wait(200)
        for widget in window.findChildren(QWidget):
            tip = widget.toolTip()
            # A tooltip is either plain-escaped rich text or text that holds no live tag.
            assert "<img" not in tip and "<b>" not in tip, (type(widget).__name__, tip)
            if isinstance(widget, QLabel) and "<img" in widget.text():
                assert widget.textFormat() == widget.textFormat().PlainText, type(widget).__name__
            if isinstance(widget, QAbstractButton):
                assert "<img" not in widget.toolTip()
        assert not canary.exists() or opened == []
        assert str(canary) not in " ".join(opened)
    finally:
        window.live.stop()


def test_a_right_to_left_override_in_a_name_stays_inside_the_name(window, tmp_path):
    doc = {
        "format": "electview",
        "version": 1,
        "election": {"title": "t"},
        "candidates": [{"name": "Ana \u202eBen", "votes": 10}, {"name": "Tok\u0430yev", "votes": 5}, {"name": "Tokayev", "votes": 4}],
    }
    path = tmp_path / "rlo.electview.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert window.open_path(str(path))
    texts = [window.pie.legend.item(row).text() for row in range(window.pie.legend.count())]
    (ana,) = [text for text in texts if "Ana" in text]
    assert ana.startswith("\u2068Ana \u202eBen\u2069")  # the share after it keeps its direction
    assert [text for text in texts if "Tokayev" in text][0] == "Tokayev  21.05%"  # plain names untouched
    (warning,) = [w for w in window.document.dataset.import_warnings if "look alike" in w]
    assert warning.startswith("t: ")


def test_names_with_no_break_are_elided_or_wrapped_never_widening_the_window(window, qtbot, tmp_path):
    """A 2,000-letter name with no space made the window 24,000 px wide (issue 17, item 6)."""
    from electview.ui.candidate_model import NAME, VOTES

    name, title, quote = "A" * 2000, "Long " + "T" * 1500, "W" * 3000
    doc = {
        "format": "electview",
        "version": 1,
        "election": {"title": title},
        "candidates": [{"name": name, "party": "P" * 800, "votes": 10}, {"name": "Ben", "votes": 5}],
        "commentary": [{"speaker": "Q" * 900, "quote": quote}],
    }
    path = tmp_path / "long.electview.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    window.resize(1024, 640)
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert window.minimumSizeHint().width() <= 1024
    # The votes stay in view beside the elided name, whose tooltip has it whole.
    table = window.table
    votes_right = table.columnViewportPosition(VOTES) + table.columnWidth(VOTES)
    assert 0 < votes_right <= table.viewport().width()
    assert table.columnWidth(NAME) < table.viewport().width() // 2
    assert name in window.model.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole).replace("\u200b", "")
    # The title is elided on its line, whole in text() and the tooltip.
    header_title = window.header.title_label
    assert header_title.text() == title
    assert "…" in QLabel.text(header_title)
    assert title in header_title.toolTip().replace("\u200b", "")
    # No label is wider than the window.
    for label in window.findChildren(QLabel):
        if label.isVisible():
            assert label.width() <= 1024, (type(label).__name__, label.width())


def test_a_right_to_left_override_stays_inside_the_name_in_every_sentence_on_screen(window, tmp_path):
    """The gauge, the notes and every label that puts the name in a sentence isolate it (issue 17, item 6)."""
    from hostile_support import RLO_NAME as NAME, not_isolated

    doc = {
        "format": "electview",
        "version": 1,
        "election": {"title": "t"},
        "candidates": [{"name": NAME, "votes": 10, "share": 70.0}, {"name": "Carl", "votes": 5, "share": 31.0}],
    }
    path = tmp_path / "rlo.electview.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert window.open_path(str(path))
    sentences = [label.text() for label in window.findChildren(QLabel) if NAME in label.text() and label.text() != NAME]
    sentences += [widget.toolTip() for widget in window.findChildren(QWidget) if NAME in widget.toolTip()]
    assert any(window.gauge_label.text() == text for text in sentences)
    for text in sentences:
        assert not_isolated(text, NAME) == [], text
