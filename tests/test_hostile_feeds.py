"""Feeds and live options under hostile servers and arguments (issue 17, item 5)."""

import json
import socket
import threading

import pytest
from live_helpers import FeedServer, results_json

from electview.cli import main
from electview.live.sources import FeedSource, Outcome, load_bytes, safe_file_name


class RawServer:
    """A one-port server answering every connection with ``answer(connection)`` (raw bytes)."""

    def __init__(self, answer) -> None:
        self.answer = answer
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/results.electview.json"

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                connection, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(connection,), daemon=True).start()

    def _one(self, connection) -> None:
        with connection:
            connection.recv(65536)
            try:
                self.answer(connection, self.stop)
            except OSError:
                pass

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def raw_server():
    servers = []

    def start(answer):
        servers.append(RawServer(answer))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def _send(text: bytes):
    return lambda connection, stop: connection.sendall(text)


def test_304_without_a_validator_is_a_clear_failure(raw_server, capsys):
    server = raw_server(_send(b"HTTP/1.1 304 Not Modified\r\nContent-Length: 0\r\n\r\n"))
    check = FeedSource(server.url).check()
    assert check.outcome is Outcome.FAILED and "304" in check.problem
    assert main(["summary", server.url]) != 0
    assert "304 Not Modified" in capsys.readouterr().err


def test_304_with_follow_is_not_silence(raw_server, capsys):
    server = raw_server(_send(b"HTTP/1.1 304 Not Modified\r\nContent-Length: 0\r\n\r\n"))
    assert main(["summary", server.url, "--follow", "--max-updates", "0"]) != 0
    assert "304" in capsys.readouterr().err


def test_redirect_to_ftp_is_not_followed(raw_server, capsys):
    ftp = socket.socket()
    ftp.bind(("127.0.0.1", 0))
    ftp.listen(1)
    ftp.settimeout(0.2)
    target = f"ftp://127.0.0.1:{ftp.getsockname()[1]}/results.json".encode()
    server = raw_server(_send(b"HTTP/1.1 302 Found\r\nLocation: " + target + b"\r\nContent-Length: 0\r\n\r\n"))
    try:
        check = FeedSource(server.url).check()
        assert check.outcome is Outcome.FAILED
        assert "not an http(s) address" in check.problem and "ftp://" in check.problem
        with pytest.raises(TimeoutError):
            ftp.accept()  # nothing connected to the FTP port
    finally:
        ftp.close()


def test_one_deadline_for_a_trickling_server(raw_server):
    def trickle(connection, stop):
        for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b" " * 100000:
            if stop.wait(0.2):
                return
            connection.sendall(bytes([byte]))

    server = raw_server(trickle)
    check = FeedSource(server.url, timeout=5, deadline=1.0).check()
    assert check.outcome is Outcome.FAILED and check.problem.endswith("no answer in time")


@pytest.mark.parametrize("tail", ["x" * 300 + ".json", "x/..", "x/.", "%2e%2e", "a\x1b]0;t\x07.json"])
def test_url_paths_become_safe_cache_names(tail):
    name = safe_file_name(tail)
    assert name and "/" not in name and name not in (".", "..") and len(name.encode()) <= 120
    assert all(ch.isprintable() for ch in name)
    dataset = load_bytes(results_json(7), tail, "http://example.invalid/" + tail)
    assert dataset.contests[0].candidates


def test_long_url_part_feed_loads(tmp_path):
    server = FeedServer()
    try:
        server.state.publish(results_json(5))
        for name in ("x" * 300 + ".json", "x/.."):
            check = FeedSource(server.url(name)).check()
            assert check.outcome is Outcome.CHANGED, check.problem
    finally:
        server.close()


def test_reason_phrase_with_escapes_and_markup_is_plain(raw_server):
    server = raw_server(_send(b"HTTP/1.1 503 \x1b]0;owned\x07<img src='/tmp/canary.png'>\r\nContent-Length: 0\r\n\r\n"))
    check = FeedSource(server.url).check()
    assert check.outcome is Outcome.FAILED and "503" in check.problem
    assert "\x1b" not in check.problem and "\x07" not in check.problem


@pytest.mark.parametrize("value", ["1e308", "inf", "nan", "0", "-1", "86401"])
def test_interval_is_validated(value, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["summary", "--follow", "--interval", value])
    assert exited.value.code == 2
    assert "--interval" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["nan", "inf", "-5", "0", "101"])
def test_threshold_is_validated(value, capsys, tmp_path):
    from electview.resources import sample_path

    sample = str(sample_path())
    with pytest.raises(SystemExit) as exited:
        main(["compare", sample, sample, "--threshold", value, "--format", "json"])
    assert exited.value.code == 2
    assert "--threshold" in capsys.readouterr().err


def test_compare_json_is_json(capsys):
    from electview.resources import sample_path

    sample = str(sample_path())
    assert main(["compare", sample, sample, "--threshold", "66.7", "--format", "json"]) == 0
    json.loads(capsys.readouterr().out, parse_constant=lambda name: pytest.fail(f"{name} is not JSON"))
