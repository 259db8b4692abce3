"""Closing the windows a test left open leaves Qt's own hidden top-level widgets to their owners.

test_lang_option_opens_the_window_in_that_language closed and deleted every top-level widget run_gui had
made, which took in the hidden style widget each pyqtgraph grid layout keeps: its layout deleted it again
when the window went, and the suite died of a segmentation fault at the next event loop (in about 1 full
run of 4, at tests/test_map_chart_pane.py's small_window, depending on the order the deletions came in).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# In a process of its own: done the old way, the last deletion is a segmentation fault.
SCRIPT = """
import sys

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from window_support import close_windows_opened_since

app = QApplication(sys.argv)
holder = QWidget()  # there before: the plot in it is no new top-level widget, its layouts' style widgets are
before = set(app.topLevelWidgets())
plot = pg.PlotWidget(holder)
window = QMainWindow()
window.show()
new = [widget for widget in app.topLevelWidgets() if widget not in before]
closed = close_windows_opened_since(before)
QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
print("new", sorted(type(widget).__name__ for widget in new))
print("closed", [type(widget).__name__ for widget in closed])
holder.deleteLater()  # the plot, its grid layouts and their style widgets with it
QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
print("deleted")
"""


def test_only_the_windows_opened_are_closed_and_a_plot_deleted_after_them_survives():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=Path(__file__).parent, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert "'QWidget'" in lines[0] and "'QMainWindow'" in lines[0]  # the layout's style widget is a new top-level one
    assert lines[1:] == ["closed ['QMainWindow']", "deleted"]
