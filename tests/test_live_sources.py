"""Files and feeds checked step by step: rewrites, atomic replaces, torn writes, 304s, errors, hangs."""

import os

import pytest
from live_helpers import results_json

from electview.core.model import Status
from electview.live.polling import PollSchedule, follow, schedule_for
from electview.live.sources import FeedSource, FileSource, Outcome, open_source


def _leader_votes(check):
    return check.dataset.contests[0].votes.value[0]


def test_file_rewrites_atomic_replace_and_recreate(tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(100))
    source = FileSource(path)
    first = source.check()
    assert first.outcome is Outcome.CHANGED and _leader_votes(first) == 100
    assert first.dataset.source_path == str(path)
    assert source.check().outcome is Outcome.UNCHANGED

    path.write_bytes(results_json(200))  # rewritten in place
    assert _leader_votes(source.check()) == 200

    staged = tmp_path / ".night.tmp"
    staged.write_bytes(results_json(300))
    os.replace(staged, path)  # atomic replace: a new inode
    assert _leader_votes(source.check()) == 300

    path.unlink()  # delete and recreate
    missing = source.check()
    assert missing.outcome is Outcome.FAILED and "file not found" in missing.problem
    path.write_bytes(results_json(400))
    assert _leader_votes(source.check()) == 400


def test_torn_write_keeps_last_good_and_recovers(tmp_path):
    path = tmp_path / "night.electview.json"
    good = results_json(100)
    path.write_bytes(good)
    source = FileSource(path)
    source.check()
    newer = results_json(250)
    path.write_bytes(newer[: len(newer) // 2])  # the writer is half way through
    torn = source.check()
    assert torn.outcome is Outcome.FAILED and torn.problem.startswith("night.electview.json")
    assert not torn.repeated
    assert source.check().repeated  # same bytes: said once
    path.write_bytes(newer)
    assert _leader_votes(source.check()) == 250


def test_rewrite_with_identical_content_is_not_a_change(tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(100))
    source = FileSource(path)
    source.check()
    path.write_bytes(results_json(100))
    assert source.check().outcome is Outcome.UNCHANGED


def test_feed_conditional_requests_and_304(feed_server):
    feed_server.state.publish(results_json(100), etag='"v1"', modified=1_560_150_000)
    source = FeedSource(feed_server.url())
    first = source.check()
    assert _leader_votes(first) == 100
    assert first.version.changed_at == 1_560_150_000  # the server's Last-Modified, not our clock
    assert source.check().outcome is Outcome.UNCHANGED
    headers = feed_server.state.requests[-1]
    assert headers["If-None-Match"] == '"v1"'
    assert headers["If-Modified-Since"] == "Mon, 10 Jun 2019 07:00:00 GMT"
    feed_server.state.publish(results_json(200), etag='"v2"')
    assert _leader_votes(source.check()) == 200


def test_feed_last_modified_only(feed_server):
    feed_server.state.publish(results_json(100), modified=1_560_150_000)
    source = FeedSource(feed_server.url())
    source.check()
    assert source.check().outcome is Outcome.UNCHANGED
    assert "If-None-Match" not in feed_server.state.requests[-1]


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda s: setattr(s, "status", 503), "the server answered 503"),
        (lambda s: setattr(s, "status", 404), "the server answered 404"),
        (lambda s: (s.publish(results_json(200)), setattr(s, "torn", True)), "cut short"),
        (lambda s: s.publish(b"<html>maintenance</html>"), "not valid JSON"),
    ],
)
def test_feed_failures_keep_last_good(feed_server, setup, expected):
    feed_server.state.publish(results_json(100), etag='"v1"')
    source = FeedSource(feed_server.url())
    source.check()
    setup(feed_server.state)
    failed = source.check()
    assert failed.outcome is Outcome.FAILED
    assert expected in failed.problem
    assert source.etag == '"v1"'  # a bad answer never becomes the base of the next request
    feed_server.state.status, feed_server.state.torn = 200, False
    feed_server.state.publish(results_json(300), etag='"v3"')
    assert _leader_votes(source.check()) == 300


def test_feed_that_hangs_times_out(feed_server):
    feed_server.state.hang = True
    check = FeedSource(feed_server.url(), timeout=0.3).check()
    assert check.outcome is Outcome.FAILED
    assert "no answer in time" in check.problem


def test_unreachable_feed_fails_with_a_message(tmp_path):
    import socket

    with socket.socket() as closed:  # a port on 127.0.0.1 with nobody listening
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    check = FeedSource(f"http://127.0.0.1:{port}/r.json", timeout=2).check()
    assert check.outcome is Outcome.FAILED and "refused" in check.problem.lower()


def test_open_source_by_location(tmp_path):
    assert isinstance(open_source("https://127.0.0.1/x.json"), FeedSource)
    assert isinstance(open_source(str(tmp_path / "x.json")), FileSource)


def test_backoff_doubles_then_resets_and_stops_when_final(feed_server):
    schedule = PollSchedule(60, stop_when_final=True, max_backoff=300)
    feed_server.state.status = 500
    source = FeedSource(feed_server.url())
    delays = [schedule.next_delay(source.check()) for _ in range(4)]
    assert delays == [120, 240, 300, 300]
    feed_server.state.status = 200
    feed_server.state.publish(results_json(100))
    assert schedule.next_delay(source.check()) == 60
    feed_server.state.publish(results_json(100, status="certified"))
    assert schedule.next_delay(source.check()) is None
    assert schedule.stopped_reason == "the results are certified"


def test_follow_counts_changes_and_skips_torn_versions(tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(100))
    versions = [results_json(200)[:50], results_json(200), results_json(300, status="final")]
    seen = []

    def rewrite(_delay):
        if versions:
            path.write_bytes(versions.pop(0))

    source = FileSource(path)
    count = follow(source, schedule_for(source, 1), lambda c: seen.append(c.outcome), max_changes=3, sleep=rewrite)
    assert count == 3
    assert seen == [Outcome.CHANGED, Outcome.FAILED, Outcome.CHANGED, Outcome.CHANGED]
    assert source.check().outcome is Outcome.UNCHANGED


def test_feed_schedule_stops_when_final(feed_server):
    feed_server.state.publish(results_json(100, status="final"))
    source = open_source(feed_server.url())
    schedule = schedule_for(source, None)
    assert schedule.interval == 60
    checks = []
    assert follow(source, schedule, checks.append, sleep=lambda _d: None) == 1
    assert checks[0].dataset.election.status is Status.FINAL


def test_file_changed_while_parsed_is_not_taken(tmp_path, monkeypatch):
    from electview.live import sources

    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(100))
    real_load = sources.load_file

    def load_then_rewrite(target):
        dataset = real_load(target)
        path.write_bytes(results_json(999))  # another program writes while we parse
        return dataset

    monkeypatch.setattr(sources, "load_file", load_then_rewrite)
    source = FileSource(path)
    moved = source.check()
    assert moved.outcome is Outcome.FAILED and "being written" in moved.problem
    monkeypatch.setattr(sources, "load_file", real_load)
    assert _leader_votes(source.check()) == 999


def test_files_are_parsed_in_place_not_copied(tmp_path, monkeypatch):
    from electview.live import sources

    def no_copies(*args):
        raise AssertionError("a followed file was copied to parse it")

    monkeypatch.setattr(sources, "load_bytes", no_copies)
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(100))
    check = FileSource(path).check()
    assert check.dataset.source_path == str(path)
