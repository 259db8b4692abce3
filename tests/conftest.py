"""Shared fixtures: headless Qt, settings kept out of the user's real profile, the sample dataset."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# CI explores the same examples every run, so a green main stays green; local runs keep
# exploring new ones (and find new bugs) with Hypothesis' random default.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from electview.formats import load_file  # noqa: E402
from electview.resources import sample_path  # noqa: E402

DATA_DIR = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def qapp_cls():
    """pytest-qt's application is electview's own, as ``electview`` runs it."""
    from electview.ui.application import Application

    return Application


@pytest.fixture
def shown_errors(monkeypatch):
    """The (title, message) of every error dialog the window would have shown, none shown."""
    from electview.ui import errors

    calls = []
    monkeypatch.setattr(errors, "show_error", lambda parent, title, message, details="": calls.append((title, message)))
    return calls


@pytest.fixture
def sample_dataset():
    return load_file(sample_path())


@pytest.fixture(scope="session")
def final_sample() -> Path:
    """The bundled final results of Kazakhstan 2019 (the sample is the preliminary ones)."""
    return sample_path().with_name("kazakhstan-2019-presidential-final.electview.json")


@pytest.fixture
def window(qtbot):
    """The main window at 1280 × 800, shown; its live following stopped when the test ends.

    A module whose tests need it holding a file overrides it by name and builds on this one
    (``def window(window): window.document.open(...)``). test_majority_ui keeps a window of
    its own, never shown, whose gauge text is cut to the default size and so has a tooltip.
    """
    from electview.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.live.stop()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path, monkeypatch):
    """Settings, cache, data and logs go to a temporary home, never the user's."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    # Qt reads XDG_CONFIG_HOME once per process: point QSettings at this test's folder
    # itself, or every test after the first shares the first one's settings.
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None:
        for settings_format in (qt_core.QSettings.Format.NativeFormat, qt_core.QSettings.Format.IniFormat):
            qt_core.QSettings.setPath(settings_format, qt_core.QSettings.Scope.UserScope, str(home / ".config"))


@pytest.fixture
def feed_server():
    """A results feed served on 127.0.0.1 (tests/live_helpers.py); tests set what it answers."""
    from live_helpers import FeedServer

    server = FeedServer()
    yield server
    server.close()
