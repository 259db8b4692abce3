"""Help → About, the window icon and the desktop identity set on the QApplication."""

import tomllib
from pathlib import Path

from PySide6.QtCore import QSize, Qt

from electview import APP_ID, __version__
from electview.ui import about_dialog
from electview.ui.about_dialog import AboutDialog
from electview.resources import ICON_SIZES
from electview.ui.identity import app_icon, apply_desktop_identity
from electview.ui.main_window import MainWindow

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def test_about_shows_version_licence_links_and_paths(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.title_label.text() == f"electview {__version__}"
    assert "MIT licence" in dialog.licence_label.text()
    links = dialog.links_label.text()
    for url in (about_dialog.HOMEPAGE_URL, about_dialog.ISSUES_URL, about_dialog.FORMAT_DOCS_URL):
        assert f'href="{url}"' in links
    assert dialog.links_label.openExternalLinks()
    assert "PySide6" in dialog.versions_label.text() and "Qt " in dialog.versions_label.text()
    assert dialog.log_label.text().endswith("electview.log")
    for label in (dialog.title_label, dialog.description_label, dialog.licence_label, dialog.settings_label):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_links_match_the_package_metadata():
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert project["urls"]["Homepage"] == about_dialog.HOMEPAGE_URL
    assert project["license"] == about_dialog.LICENCE
    assert project["version"] == __version__


def test_help_about_opens_the_dialog(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self.title_label.text()) or 0)
    window = MainWindow()
    qtbot.addWidget(window)
    help_menu = window.about_action.parent()
    assert help_menu.title() == "&Help"
    window.about_action.trigger()
    assert opened == [f"electview {__version__}"]


def test_icon_has_every_rendered_size():
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(ICON_SIZES)
    assert icon.pixmap(QSize(48, 48)).size() == QSize(48, 48)


def test_desktop_identity(qapp):
    apply_desktop_identity(qapp)
    assert qapp.desktopFileName() == APP_ID
    assert sorted(s.width() for s in qapp.windowIcon().availableSizes()) == sorted(ICON_SIZES)
