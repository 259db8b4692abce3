"""What the map's window tests share: the Colorado sample, the us-atlas counties and a shown window."""

from __future__ import annotations

from pathlib import Path

import pytest

from electview.ui.main_window import MainWindow
from electview.ui.theme import Theme

DATA = Path(__file__).parent / "data"
COLORADO = DATA / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml"
COUNTIES = DATA / "geo" / "us-atlas" / "counties-10m.json"
NE_KAZ = DATA / "geo" / "ne-admin1" / "ne10m-admin1-kaz.topo.json"


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.map.wait()
    window.theme.choose(Theme.SYSTEM)
