"""File → Open URL…: a results feed's address and how often to check it. Nothing is fetched until OK."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from electview.live.polling import DEFAULT_FEED_INTERVAL, MIN_FEED_INTERVAL
from electview.live.sources import is_url
from electview.ui.text import plain_label


class OpenUrlDialog(QDialog):
    """Asks for an http(s) address and an interval in seconds (default 60)."""

    def __init__(self, parent: QWidget | None = None, url: str = "", interval: float = DEFAULT_FEED_INTERVAL) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open URL"))
        self.url_edit = QLineEdit(url)
        self.url_edit.setPlaceholderText("https://results.example.org/president.json")
        self.url_edit.setAccessibleName(self.tr("Results address"))
        self.url_edit.setMinimumWidth(420)
        self.interval_box = QSpinBox()
        self.interval_box.setRange(int(MIN_FEED_INTERVAL), 24 * 60 * 60)
        self.interval_box.setValue(int(interval))
        self.interval_box.setSuffix(self.tr(" s"))
        self.interval_box.setAccessibleName(self.tr("Check every"))
        note = plain_label(
            self.tr(
                "electview reads the results at this address now, then checks it again at this interval "
                "(asking the server only for changes, and waiting longer after errors) until the results "
                "are final or certified."
            ),
            word_wrap=True,
        )
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.url_edit)
        form.addRow(self.tr("Check &every:"), self.interval_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.url_edit.textChanged.connect(self._on_url_changed)
        self._on_url_changed(url)

    def _on_url_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(is_url(text.strip()))

    def url(self) -> str:
        return self.url_edit.text().strip()

    def interval(self) -> float:
        return float(self.interval_box.value())

    @classmethod
    def ask(cls, parent: QWidget | None = None, url: str = "", interval: float = DEFAULT_FEED_INTERVAL):
        """(url, interval in seconds), or None when cancelled (tests replace this)."""
        dialog = cls(parent, url, interval)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.url(), dialog.interval()
