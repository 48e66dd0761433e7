"""The health probe answered by the server's HTTP protocol as it arrives (web/fastprobe.py),
and everything else left to uvicorn and the app, on a real server over a socket."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from entente.store import open_store
from entente.web.app import HEALTH_PATH, create_app
from entente.web.fastprobe import probe_protocol
from entente.web.middleware import SECURITY_HEADERS
from tests.test_records import make_event
from tests.test_store import ART


class Served:
    def __init__(self, base: str, reached: list[str], site: Any) -> None:
        self.base, self.reached, self.site = base, reached, site


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    path = tmp_path / "p.duckdb"
    with open_store(path) as store:
        store.add_article(ART, [make_event()])
    app = create_app(str(path))
    reached: list[str] = []

    async def recorded(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            reached.append(scope["path"])
        await app(scope, receive, send)

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(recorded, host="127.0.0.1", port=port, log_level="warning",
                            http=probe_protocol(HEALTH_PATH, app.state.site.health),
                            lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    try:
        yield Served(f"http://127.0.0.1:{port}", reached, app.state.site)
    finally:
        server.should_exit = True
        thread.join(10)
        app.state.site.close()


def test_the_probe_is_answered_before_the_app_and_the_connection_goes_on(served: Served
                                                                         ) -> None:
    with httpx.Client(base_url=served.base) as http:
        answers = [http.get(HEALTH_PATH) for _ in range(3)]
        events = http.get("/api/events?modality=all")  # the same kept-alive connection
        last = http.get(HEALTH_PATH)
    for answer in [*answers, last]:
        assert answer.status_code == 200
        assert answer.json() == served.site.health()
        assert answer.json()["events"] == 1 and answer.json()["status"] == "ok"
        assert answer.headers["content-type"] == "application/json"
        assert "date" in answer.headers
        for name, value in SECURITY_HEADERS:
            assert answer.headers[name.decode()] == value.decode()
    assert events.status_code == 200 and events.json()["total"] == 1
    assert served.reached == ["/api/events"]  # no probe went through the app


def test_connection_close_is_honoured(served: Served) -> None:
    with httpx.Client(base_url=served.base) as http:
        answer = http.get(HEALTH_PATH, headers={"Connection": "close"})
    assert answer.status_code == 200 and answer.headers["connection"] == "close"
    assert served.reached == []


def test_what_is_not_a_plain_probe_is_left_to_the_app(served: Served) -> None:
    with httpx.Client(base_url=served.base) as http:
        assert http.get(HEALTH_PATH + "?verbose=1").status_code == 200  # ProbeFirst's
        assert http.head(HEALTH_PATH).status_code in (200, 405)
        assert http.request("GET", HEALTH_PATH, content=b"{}").status_code == 200
    assert served.reached == [HEALTH_PATH] * 3


def test_pipelined_probes_are_both_answered_by_uvicorn(served: Served) -> None:
    host = served.base.removeprefix("http://")
    request = f"GET {HEALTH_PATH} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
    name, port = host.split(":")
    with socket.create_connection((name, int(port))) as s:
        s.sendall(request + request)
        s.settimeout(10)
        received = b""
        while received.count(b'"status":"ok"') < 2:
            chunk = s.recv(65536)
            assert chunk, received
            received += chunk
    assert received.count(b"HTTP/1.1 200 OK") == 2
    assert served.reached == [HEALTH_PATH] * 2


def test_a_failed_probe_is_answered_by_the_app_with_its_error(served: Served) -> None:
    served.site.counts = lambda: (1, 1)  # type: ignore[method-assign]  # no recount
    served.site.store_error = "the store is gone"
    with httpx.Client(base_url=served.base) as http:
        answer = http.get(HEALTH_PATH)
    assert answer.status_code == 503 and "error" in answer.json()
    assert served.reached == [HEALTH_PATH]
