"""Helpers for the live tests: a results feed served on 127.0.0.1 and results files to rewrite."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from electview.resources import sample_path

SAMPLE_SHARES = [70.76, 16.2, 5.2, 3.2, 2.07, 1.82, 0.92]


def results_json(tokayev_votes: int = 6504054, status: str = "preliminary", shares=None) -> bytes:
    """The bundled sample with the leader's votes, the status and the shares changed."""
    data = json.loads(sample_path().read_text(encoding="utf-8"))
    data["candidates"][0]["votes"] = tokayev_votes
    data["election"]["status"] = status
    for candidate, share in zip(data["candidates"], shares or SAMPLE_SHARES, strict=True):
        candidate["share"] = share
    return json.dumps(data).encode("utf-8")


@dataclass
class FeedState:
    """What the fixture server answers; tests change it between requests."""

    body: bytes = b""
    etag: str = ""
    last_modified: str = ""
    status: int = 200  # anything else is sent as an error with no body
    hang: bool = False  # accept the request, never answer (until the test ends)
    torn: bool = False  # promise the whole body, send half, close
    requests: list[dict] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def publish(self, body: bytes, etag: str = "", modified: float | None = None) -> None:
        self.body = body
        self.etag = etag
        self.last_modified = formatdate(modified, usegmt=True) if modified is not None else ""


class _Handler(BaseHTTPRequestHandler):
    state: FeedState

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        state = self.server.state
        state.requests.append(dict(self.headers))
        if state.hang:
            state.release.wait(30)
            return
        if state.status != 200:
            self.send_error(state.status)
            return
        if state.etag and self.headers.get("If-None-Match") == state.etag:
            self.send_response(304)
            self.end_headers()
            return
        if state.last_modified and not state.etag and self.headers.get("If-Modified-Since") == state.last_modified:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(state.body)))
        if state.etag:
            self.send_header("ETag", state.etag)
        if state.last_modified:
            self.send_header("Last-Modified", state.last_modified)
        self.end_headers()
        self.wfile.write(state.body[: len(state.body) // 2] if state.torn else state.body)


class FeedServer:
    def __init__(self) -> None:
        self.state = FeedState()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)  # never any other address
        self._server.daemon_threads = True
        self._server.state = self.state
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def url(self, name: str = "results.electview.json") -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/{name}"

    def close(self) -> None:
        self.state.release.set()
        self._server.shutdown()
        self._server.server_close()
