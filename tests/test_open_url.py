"""File → Open URL…: a busy bar with Cancel while the first version is on its way, a dialog when it fails (issue 16, habits).

A failed Open URL was one status-bar line ("no answer in time — nothing to show yet; retrying") and
nothing could stop it short of opening something else.
"""

from __future__ import annotations

import pytest
from live_helpers import results_json

from electview.live import sources
from electview.resources import sample_path
from electview.ui.main_window import MainWindow
from electview.ui.open_url_dialog import OpenUrlDialog


@pytest.fixture
def window(qtbot, feed_server, monkeypatch):
    """The window on the bundled sample, followed; Open URL… answers with the test server's address."""
    monkeypatch.setattr(OpenUrlDialog, "ask", classmethod(lambda cls, *a: (feed_server.url(), 5.0)))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(str(sample_path()))
    qtbot.waitUntil(lambda: win.live.location == str(sample_path()), timeout=5000)
    yield win
    win.live.stop()


def _leader_votes(window) -> str:
    return window.proxy.index(0, 2).data()


def test_a_stalled_server_shows_progress_that_cancel_stops(window, qtbot, feed_server, shown_errors):
    feed_server.state.hang = True  # the request is accepted and never answered
    shown = _leader_votes(window)
    window.live.open_url_action.trigger()
    qtbot.waitUntil(lambda: len(feed_server.state.requests) == 1, timeout=5000)
    fetching = window.live.fetching
    assert fetching.isVisible() and fetching.cancel_button.isEnabled()
    assert fetching.label.text() == f"Fetching {feed_server.url()}…"
    assert fetching.bar.maximum() == 0  # busy: no fraction to show
    assert window.statusBar().currentMessage() == ""  # "Opened …" was drawn over the bar and its Cancel
    fetching.cancel_button.click()
    assert not fetching.isVisible()
    assert window.statusBar().currentMessage() == f"Stopped fetching {feed_server.url()}: the results on screen are unchanged."
    assert window.live.location == str(sample_path())  # the file on screen is followed again
    assert not window.live.is_feed
    assert _leader_votes(window) == shown
    assert window.document.path == str(sample_path())
    assert shown_errors == []  # cancelled is not an error


def test_a_server_that_never_answers_gets_an_error_dialog(window, qtbot, feed_server, monkeypatch, shown_errors):
    monkeypatch.setattr(sources, "FEED_TIMEOUT", 0.3)
    feed_server.state.hang = True
    shown = _leader_votes(window)
    window.live.open_url_action.trigger()
    qtbot.waitUntil(lambda: shown_errors != [], timeout=10_000)
    url = feed_server.url()
    [(title, message)] = shown_errors
    assert title == f"Could not open {url}"
    assert message.startswith(f"Could not fetch results from “{url}”:\n{url}: no answer")
    assert message.endswith(". The results already on screen are unchanged.")
    assert not window.live.fetching.isVisible()
    assert window.live.location == str(sample_path())  # not retrying the URL behind the user's back
    assert _leader_votes(window) == shown


def test_an_error_status_gets_an_error_dialog_naming_it(window, qtbot, feed_server, shown_errors):
    feed_server.state.status = 404
    window.live.open_url_action.trigger()
    qtbot.waitUntil(lambda: shown_errors != [], timeout=10_000)
    [(_title, message)] = shown_errors
    assert "404" in message
    assert window.document.path == str(sample_path())


def test_a_feed_that_answers_hides_the_progress(window, qtbot, feed_server, shown_errors):
    feed_server.state.publish(results_json(6_000_000), etag='"v1"')
    window.live.open_url_action.trigger()
    qtbot.waitUntil(lambda: _leader_votes(window) == "6,000,000", timeout=5000)
    assert not window.live.fetching.isVisible()
    assert window.live.is_feed
    assert shown_errors == []


def test_opening_a_file_while_fetching_ends_the_fetch(window, qtbot, feed_server, shown_errors, tmp_path):
    feed_server.state.hang = True
    window.live.open_url_action.trigger()
    assert window.live.fetching.isVisible()
    other = tmp_path / "other.electview.json"
    other.write_bytes(results_json(6_100_000))
    assert window.open_path(str(other))
    assert not window.live.fetching.isVisible()  # the file opened wins; the stalled URL is forgotten
    qtbot.waitUntil(lambda: window.live.location == str(other), timeout=5000)
    assert _leader_votes(window) == "6,100,000"
    assert shown_errors == []
