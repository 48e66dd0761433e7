"""The health probe answered by the HTTP protocol itself, as its bytes arrive.

Under uvicorn every request, the health check too, is parsed by h11, becomes a task that
waits for its turn on the event loop (behind the other requests' callbacks: big answers
written, worker threads' results, access-log lines), and passes the ASGI layers before
ProbeFirst answers it. Each step is Python run on the event loop's thread, and each is a
chance for a worker thread busy with a dear request to take the interpreter, for a
millisecond or for as long as its C call lasts. Here a request that is exactly
`GET <path> HTTP/1.1` with headers and no body, alone in what the socket gave, on a
connection with nothing else in flight, is answered in the same callback that read it:
the same JSON and headers as ProbeFirst's (plus the server's Date), one write, then the
access-log line (after the answer, not before it as uvicorn logs).

Anything else (another method or target, a query string, a body, an upgrade, a request
split over reads or pipelined behind another, HTTP/1.0, a probe that answers None) goes to
uvicorn's own handling unchanged, where ProbeFirst or the app answers it.
"""

from __future__ import annotations

import logging

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from entente.web.middleware import Probe, probe_headers, probe_payload

# Request headers after which the fast path leaves a request to uvicorn.
_NOT_PLAIN = (b"content-length", b"transfer-encoding", b"upgrade", b"expect")

access_log = logging.getLogger("uvicorn.access")


def probe_protocol(path: str, probe: Probe) -> type[H11Protocol]:
    """uvicorn's h11 protocol with `GET path` answered from `probe()` as it arrives."""
    start = b"GET " + path.encode("ascii") + b" HTTP/1.1\r\n"

    class ProbeProtocol(H11Protocol):
        def data_received(self, data: bytes) -> None:
            if not (data.startswith(start) and self._idle() and self._answer(data)):
                super().data_received(data)

        def _idle(self) -> bool:
            conn = self.conn
            return (conn.our_state is h11.IDLE and conn.their_state is h11.IDLE
                    and not conn.trailing_data[0]
                    and (self.cycle is None or self.cycle.response_complete))

        def _answer(self, data: bytes) -> bool:
            head, end, rest = data.partition(b"\r\n\r\n")
            if not end or rest:  # split over reads, or a body or a pipelined request
                return False
            lines = head.split(b"\r\n")[1:]
            names: set[bytes] = set()
            close = False
            for line in lines:
                name, colon, value = line.partition(b":")
                name = name.lower()
                if not colon or name != name.strip() or name in _NOT_PLAIN:
                    return False  # uvicorn answers (or refuses) it
                names.add(name)
                if name == b"connection" and b"close" in value.lower():
                    close = True
            found = probe() if b"host" in names else None
            if found is None:
                return False
            payload = probe_payload(found)
            headers = [*self.server_state.default_headers, *probe_headers(payload)]
            if close:
                headers.append((b"connection", b"close"))
            self._unset_keepalive_if_required()
            self.transport.write(b"".join(
                [b"HTTP/1.1 200 OK\r\n", *(k + b": " + v + b"\r\n" for k, v in headers),
                 b"\r\n", payload]))
            self.server_state.total_requests += 1
            if close:
                self.transport.close()
            else:
                self.timeout_keep_alive_task = self.loop.call_later(
                    self.timeout_keep_alive, self.timeout_keep_alive_handler)
            if self.access_log:
                self.loop.call_soon(self._log)
            return True

        def _log(self) -> None:
            client = f"{self.client[0]}:{self.client[1]}" if self.client else "-"
            access_log.info('%s - "%s %s HTTP/%s" %d', client, "GET", path, "1.1", 200)

    return ProbeProtocol
