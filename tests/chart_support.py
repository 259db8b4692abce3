"""Shared by the chart tests: the window as they open it, and a real file's two party ballots, each allocating seats."""

from pathlib import Path

from electview.core.model import ElectoralSystem
from electview.core.outcomes import with_system
from electview.core.tally import tally
from electview.formats import load_file
from electview.ui.main_window import MainWindow

BUNDESTAG = Path(__file__).parent / "data" / "national" / "de-bundeswahlleiter" / "btw21_kerg.csv"


def bundestag_ballots(seats=598):
    """Erststimmen and Zweitstimmen of the Bundestag file, each allocating ``seats`` by D'Hondt (all 45 parties' votes known)."""
    dataset = load_file(BUNDESTAG)
    system = ElectoralSystem("dhondt", seats, 0.0, "user")
    for contest in dataset.contests:
        dataset = with_system(dataset, system, contest.name)
    return [tally(contest, None, dataset.turnout) for contest in dataset.contests]


def shown_window(qtbot) -> MainWindow:
    """The main window at 1280×800, shown: the charts lay themselves out only once on screen."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window
