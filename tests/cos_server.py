"""A server on 127.0.0.1 that answers as Cloud Infinite (CI) and Cloud Object Storage (COS) do
when a request fails, for the tests that drive Tencent's own SDKs against the generated errors.

Every failure is chosen by the object key the client asks for (the last path segment, any
bucket, any method): `GET /<bucket-or-anything>/sig-fail` answers as a CI image download whose
signature is wrong. Each `Scenario` says what the server sends (status, headers, XML body as COS
writes it: `<Error><Code>..<Message>..<RequestId>..<TraceId>..</Error>`) and what a client
should then see: the code, the server's message, the request and trace ids. What the generated
error must make of it (its category, fault, retryable) is the test's business, worked out from
the upstream page's rows, not written here.

Only loopback: the server binds 127.0.0.1 on a free port and serves until the context ends.

    with serve() as base_url:          # "http://127.0.0.1:PORT"
        ...                            # every key of SCENARIOS answers as described

Run alone (`python tests/cos_server.py`) it prints its URL and serves until interrupted, for a
test in another language that starts it as a process: the first line of stdout is the URL.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Scenario:
    """One failure: what the server answers for the key `key`."""

    key: str
    status: int
    code: str | None  # the XML body's <Code>; None: no body at all
    message: str | None = None  # the body's <Message>
    request_id: str | None = None  # the body's <RequestId> and the x-cos-request-id header
    trace_id: str | None = None  # the body's <TraceId> and x-cos-trace-id
    errno: str | None = None  # the X-ErrNo header, as sent (may be malformed)
    extra_headers: tuple[tuple[str, str], ...] = field(default=())

    def body(self) -> bytes:
        if self.code is None:
            return b""
        parts = [f"<Code>{escape(self.code)}</Code>"]
        if self.message is not None:
            parts.append(f"<Message>{escape(self.message)}</Message>")
        parts.append(f"<Resource>/{escape(self.key)}</Resource>")
        if self.request_id is not None:
            parts.append(f"<RequestId>{escape(self.request_id)}</RequestId>")
        if self.trace_id is not None:
            parts.append(f"<TraceId>{escape(self.trace_id)}</TraceId>")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<Error>' + "".join(parts) + "</Error>").encode()

    def headers(self) -> list[tuple[str, str]]:
        out = [("Server", "tencent-cos")]
        if self.code is not None:
            out.append(("Content-Type", "application/xml"))
        if self.request_id is not None:
            out.append(("x-cos-request-id", self.request_id))
        if self.trace_id is not None:
            out.append(("x-cos-trace-id", self.trace_id))
        if self.errno is not None:
            out.append(("X-ErrNo", self.errno))
        out.extend(self.extra_headers)
        return out


# The failures of issue 19: a CI image download whose signature fails (X-ErrNo -46618, HTTP
# 403), a code listed in two categories of CI's page (-3006), a code no page lists, COS
# throttling with 503 (SlowDown), a missing key, an empty body, a malformed X-ErrNo.
SCENARIOS: dict[str, Scenario] = {
    s.key: s
    for s in (
        Scenario("sig-fail", 403, "AccessDenied", "Access Denied.", "NjE0ZTRiYTBfOTFiNDg0Ml8xOTk5", "OGVmYzZiMmQzYjA2OWNh", "-46618"),
        Scenario("encrypted", 400, "InvalidArgument", "The file is encrypted.", "NjE0ZTRiYTBfMzAwNl8y", "dHJhY2UtMzAwNg==", "-3006"),
        Scenario("unknown-errno", 400, "InvalidArgument", "Something new.", "NjE0ZTRiYTBfdW5rbm93bg", None, "-99999"),
        Scenario("unknown-code", 409, "SomethingNobodyListed", "A code no page lists.", "NjE0ZTRiYTBfdW5rbm93bl9j", "dW5rbm93bg=="),
        Scenario("slow-down", 503, "SlowDown", "Please reduce your request rate.", "NjE0ZTRiYTBfc2xvd2Rvd24", "c2xvdy1kb3du"),
        Scenario("no-such-key", 404, "NoSuchKey", "The specified key does not exist.", "NjE0ZTRiYTBfbm9zdWNoa2V5", "bm8tc3VjaC1rZXk="),
        Scenario("empty-body", 500, None, None, "NjE0ZTRiYTBfZW1wdHk"),
        Scenario("bad-errno", 403, "AccessDenied", "Access Denied.", "NjE0ZTRiYTBfYmFkZXJybm8", None, "abc"),
    )
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _answer(self, with_body: bool) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)  # the request's body (a PUT): read and dropped
        key = self.path.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        scenario = SCENARIOS.get(key)
        if scenario is None:
            scenario = Scenario(key, 404, "NoSuchKey", f"No scenario is named {key!r}.", "bm8tc2NlbmFyaW8")
        body = scenario.body()
        self.send_response(scenario.status)
        for name, value in scenario.headers():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's names)
        self._answer(True)

    def do_PUT(self) -> None:  # noqa: N802
        self._answer(True)

    def do_POST(self) -> None:  # noqa: N802
        self._answer(True)

    def do_DELETE(self) -> None:  # noqa: N802
        self._answer(True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base's name)
        pass


@contextlib.contextmanager
def serve() -> Iterator[str]:
    """Serve SCENARIOS on 127.0.0.1 (a free port) in a thread; yield the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


if __name__ == "__main__":
    with serve() as url:
        print(url, flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            sys.exit(0)
