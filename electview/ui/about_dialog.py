"""Help → About: version, licence, links, the libraries in use and where settings and logs are kept."""

from __future__ import annotations

import html
import platform

import numpy
import pyqtgraph
import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from electview import __version__
from electview.ui.errors import log_file_path
from electview.ui.identity import app_icon
from electview.ui.text import plain_label

# Kept in step with [project.urls] in pyproject.toml (tests/test_about_dialog.py checks).
HOMEPAGE_URL = "https://github.com/electview/electview"
ISSUES_URL = f"{HOMEPAGE_URL}/issues"
FORMAT_DOCS_URL = f"{HOMEPAGE_URL}/blob/main/docs/FORMAT.md"
LICENCE = "MIT"
COPYRIGHT = "© 2026 electview contributors"
LINKS = (
    (QT_TRANSLATE_NOOP("AboutDialog", "Website"), HOMEPAGE_URL),
    (QT_TRANSLATE_NOOP("AboutDialog", "Report a problem"), ISSUES_URL),
    (QT_TRANSLATE_NOOP("AboutDialog", "Results file format"), FORMAT_DOCS_URL),
)


def library_versions() -> str:
    """One line naming the versions a bug report needs."""
    return (
        f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PySide6.__version__} · "
        f"pyqtgraph {pyqtgraph.__version__} · NumPy {numpy.__version__}"
    )


def links_html() -> str:
    return " · ".join(
        f'<a href="{html.escape(url)}">{html.escape(QCoreApplication.translate("AboutDialog", text))}</a>' for text, url in LINKS
    )


class AboutDialog(QDialog):
    """A small modal box; every text in it is plain except the links, which are our own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About electview"))
        self.setMinimumWidth(480)

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = plain_label(f"electview {__version__}")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.description_label = plain_label(
            self.tr(
                "A desktop viewer for election results: a sortable candidate table, a live pie chart, commentary and a printable summary."
            ),
            word_wrap=True,
        )
        self.licence_label = plain_label(self.tr("Released under the {0} licence. {1}.").format(LICENCE, COPYRIGHT), word_wrap=True)
        self.links_label = QLabel(links_html())
        self.links_label.setTextFormat(Qt.TextFormat.RichText)
        self.links_label.setOpenExternalLinks(True)
        self.versions_label = self._selectable(library_versions())
        self.settings_label = self._selectable(QSettings().fileName())
        self.log_label = self._selectable(str(log_file_path()))

        details = QFormLayout()
        details.addRow(self.tr("Built with:"), self.versions_label)
        details.addRow(self.tr("Settings:"), self.settings_label)
        details.addRow(self.tr("Log file:"), self.log_label)

        text = QVBoxLayout()
        for widget in (self.title_label, self.description_label, self.licence_label, self.links_label):
            text.addWidget(widget)
        text.addLayout(details)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    @staticmethod
    def _selectable(text: str) -> QLabel:
        label = plain_label(text, word_wrap=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


def show_about(parent: QWidget | None = None) -> None:
    AboutDialog(parent).exec()
