"""The timeline: a slider over the night's snapshots that replays the count as it was at each one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSlider, QToolButton, QWidget

from electview.ui.text import plain_label


#: The History slider's track and handle drawn from the palette (re-resolved when the theme changes).
TRACK_STYLE = (
    "QSlider::groove:horizontal { height: 4px; background: palette(base); border: 1px solid palette(window-text);"
    " border-radius: 3px; }"
    " QSlider::sub-page:horizontal { background: palette(highlight); border: 1px solid palette(window-text);"
    " border-radius: 3px; }"
    " QSlider::handle:horizontal { width: 14px; margin: -6px 0; background: palette(button);"
    " border: 1px solid palette(window-text); border-radius: 7px; }"
    " QSlider::handle:horizontal:focus { border: 2px solid palette(highlight); }"
    " QSlider:disabled { color: palette(window-text); }"
)


class TimelineBar(QWidget):
    """Snapshot *i* of *n*, a slider to move through them and a button back to the latest.

    The bar only shows and asks; the live controller loads the snapshot.

    Signals:
        snapshot_requested(int): the user moved to snapshot ``index`` (0 = the first seen).
    """

    snapshot_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label(self.tr("History"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Snapshot timeline"))
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setMinimumWidth(200)
        # Fusion draws the track a shade off the window colour (1.3:1 in dark, 1.0:1 in high contrast: gone);
        # outlined in the text colour it shows in every theme (WCAG 1.4.11 asks 3:1 of a control's parts).
        self.slider.setStyleSheet(TRACK_STYLE)
        self.position_label = plain_label()
        self.position_label.setAccessibleDescription(self.tr("Snapshot shown"))
        self.latest_button = QToolButton()
        self.latest_button.setText(self.tr("Latest"))
        self.latest_button.setToolTip(self.tr("Show the newest version and follow new ones"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.position_label)
        layout.addWidget(self.latest_button)
        self.slider.valueChanged.connect(self.snapshot_requested)
        self.latest_button.clicked.connect(lambda: self.slider.setValue(self.slider.maximum()))
        self.set_snapshots([], -1)

    @property
    def count(self) -> int:
        return self.slider.maximum() + 1 if self.slider.isEnabled() else 0

    @property
    def current(self) -> int:
        return self.slider.value()

    def set_snapshots(self, descriptions: list[str], current: int) -> None:
        """Show ``descriptions`` (one line per snapshot, oldest first) with ``current`` selected; no signal."""
        count = len(descriptions)
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(count - 1, 0))
        self.slider.setValue(max(current, 0))
        self.slider.blockSignals(False)
        self.slider.setEnabled(count > 1)
        self.latest_button.setEnabled(0 <= current < count - 1)
        if count == 0:
            self.position_label.setText(self.tr("no versions yet"))
            self.setToolTip("")
        else:
            self.position_label.setText(self.tr("{0} of {1} · {2}").format(current + 1, count, descriptions[current]))
        self.slider.setToolTip(
            self.tr("Drag to replay the count: table, pie and header as they were at each version")
        )
