"""Text from files shows as plain text everywhere: table cells, tooltips, labels, commentary, title, report.

Qt guesses rich text for labels and tooltips, so a candidate named ``<img src="http://…">``
would load an image and ``<a href=…>`` would become a link. Each place is checked by what a
person would see: the characters of the name, literally.
"""

import html
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QWidget

from electview.core.report_html import build_report_html
from electview.core.summary import render
from electview.formats import load_file
from electview.ui import errors
from electview.ui.candidate_model import NAME, PARTY

HOSTILE_FILE = Path(__file__).parent / "data" / "hostile-names.electview.json"
IMG = '<img src="http://127.0.0.1:9/x.png">'
LINK = "<a href=x>y</a>"


def seen(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a person sees for ``text`` shown with ``text_format`` (AutoText: Qt's own guess)."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGuiNamespace.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().replace("\u2028", "\n")


def assert_literal(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> None:
    """Wherever the file's markup reached this text, it is shown as characters, not obeyed."""
    shown = seen(text, text_format)
    for marker in ("<img", "<a href", "<b>", "<u>", "<script>"):
        if marker in text or html.escape(marker) in text:
            assert marker in shown, f"{text!r} shows as {shown!r}"


@pytest.fixture
def window(window, monkeypatch):
    monkeypatch.setattr(errors, "show_error", lambda *args, **kwargs: pytest.fail(f"unexpected error dialog: {args}"))
    assert window.open_path(str(HOSTILE_FILE))
    return window


def _model_texts(model, role, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            value = index.data(role)
            if isinstance(value, str):
                yield value
            yield from _model_texts(model, role, index)


def test_table_cells_show_names_literally(window):
    proxy = window.proxy
    names = {proxy.index(r, NAME).data() for r in range(proxy.rowCount())}
    parties = {proxy.index(r, PARTY).data() for r in range(proxy.rowCount())}
    assert names == {IMG, LINK, "Smith &amp; <u>Jones</u>"}
    assert parties == {LINK, IMG, "&lt;escaped&gt;"}


def test_table_tooltips_literal(window):
    tooltips = list(_model_texts(window.proxy, Qt.ItemDataRole.ToolTipRole))
    assert any(IMG in seen(t) for t in tooltips)
    assert any("Smith &amp; <u>Jones</u>" in seen(t) for t in tooltips)
    for tooltip in tooltips:
        assert_literal(tooltip)


def test_region_tree_names_and_tooltips_literal(window):
    model = window.region_tree.model()
    assert {IMG, LINK} <= set(_model_texts(model, Qt.ItemDataRole.DisplayRole))
    tooltips = list(_model_texts(model, Qt.ItemDataRole.ToolTipRole))
    assert any(f"{LINK} (<b>region</b>)" in seen(t) for t in tooltips)
    for tooltip in tooltips:
        assert_literal(tooltip)


def test_pie_tooltips_and_legend_literal(window):
    pie = window.pie
    hover_texts = []
    for index in range(len(pie.slices)):
        pie._on_slice_hovered(index)  # what hovering a slice does
        hover_texts.append(pie.item.toolTip())
    for tooltip in hover_texts:
        assert_literal(tooltip)
    assert any(seen(t).startswith(f"{IMG}: 100 votes") for t in hover_texts)
    legend = pie.findChild(QListWidget)
    items = [legend.item(i) for i in range(legend.count())]
    assert any(item.text().startswith(IMG) for item in items)  # list items are drawn as plain text
    for item in items:
        assert_literal(item.toolTip())


def test_every_tooltip_in_the_window_literal(window):
    tooltips = [w.toolTip() for w in window.findChildren(QWidget)] + [a.toolTip() for a in window.findChildren(QAction)]
    for tooltip in tooltips:
        assert_literal(tooltip)


def test_labels_plain(window):
    header = window.header
    assert header.title_label.text() == f"{IMG} election {LINK}"
    labels = window.findChildren(QLabel)
    shown = [label for label in labels if "<" in label.text()]
    assert shown, "the hostile names should reach some labels"
    for label in shown:
        assert_literal(label.text(), label.textFormat())
    assert any(IMG in seen(label.text(), label.textFormat()) for label in shown)


def test_commentary_plain(window):
    labels = [label for label in window.commentary.findChildren(QLabel) if label.text().strip()]
    texts = [seen(label.text(), label.textFormat()) for label in labels]
    assert f"“{IMG} said {LINK}”" in texts
    assert any(text.startswith(f"— {IMG}, {LINK}, <b>Org</b>") for text in texts)


def test_window_title_plain(window):
    # Window titles are never rich text; the title is the file's, character for character.
    assert window.windowTitle() == f"{IMG} election {LINK} — electview"


def test_report_html_escapes_everything():
    dataset = load_file(HOSTILE_FILE)
    report = build_report_html(dataset)
    assert IMG not in report and LINK not in report and "<script>" not in report
    text = seen(report, Qt.TextFormat.RichText)
    for literal in (IMG, LINK, "Smith &amp; <u>Jones</u>", "&lt;escaped&gt;", "<script>alert(1)</script>", "<b>invalid</b>"):
        assert literal in text


def test_markdown_summary_escapes_html():
    """Markdown viewers render raw HTML, so names are escaped there (and only there)."""
    dataset = load_file(HOSTILE_FILE)
    markdown = render(dataset, "markdown")
    assert IMG not in markdown and "<u>" not in markdown
    assert html.escape(IMG, quote=False) in markdown
    assert IMG in render(dataset, "text")  # plain text output keeps the characters as they are


def test_error_dialog_plain(qtbot, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    errors.show_error(None, f"Could not open {IMG}", f"{LINK}: broken", "details")
    (box,) = boxes
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == f"{LINK}: broken"


def test_file_named_like_html(window, tmp_path):
    """A file name is text from outside too: the recent-files menu and status bar show it literally."""
    path = tmp_path / "<b>results<b>.electview.json"
    path.write_bytes(HOSTILE_FILE.read_bytes())
    assert window.open_path(str(path))
    actions = window.actions_.recent_menu.actions()
    assert actions[0].text().startswith("<b>results<b>")  # menu text is always plain
    for action in actions:
        assert_literal(action.toolTip())
    assert_literal(window.file_status.text(), window.file_status.textFormat())
