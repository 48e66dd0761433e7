"""ASGI middleware: a limit on request bodies, the security headers of every response, and
the health probe answered before everything else.

Pure ASGI rather than Starlette's BaseHTTPMiddleware, so the body can be counted as it
arrives (a client that sends no Content-Length, or lies in it, is still stopped at the
limit) and nothing is buffered beyond it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from entente.web.errors import CODES, error_body, wants_json

# A write's refusal before its body is read: (status, message), or None to let it in.
Gate = Callable[[dict[bytes, bytes]], tuple[int, str] | None]
# A probe's JSON answer, or None to let the app answer (with its error).
Probe = Callable[[], dict[str, Any] | None]

DEFAULT_MAX_BODY = 2 * 1024 * 1024

# No script runs on the dashboard and nothing is loaded from elsewhere: charts are inline
# SVG, styles come from /static/. Ingested text can therefore never execute, even if an
# escaping mistake let markup through.
CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self' data:; "
                           "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
]


class BodyLimit:
    """Answer 413 (in the shared error shape) to a request whose body exceeds `max_bytes`.

    The body is read here, up to the limit, and replayed to the app; bodies are small
    (articles of at most a few megabytes), so holding one in memory is cheap.
    """

    def __init__(self, app: ASGIApp, max_bytes: int = DEFAULT_MAX_BODY,
                 gate: Gate | None = None, gated: frozenset[str] = frozenset()) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.gate = gate  # asked before a write to one of the `gated` paths is read
        self.gated = gated

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        refused = self.gate(headers) if self.gate and scope["path"] in self.gated else None
        if refused is not None:  # the token first: a stranger's body is never read
            await self._refuse(scope, send, *refused)
            return
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._too_large(scope, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._too_large(scope, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, send: Send, status: int, message: str) -> None:
        payload = json.dumps(error_body(CODES.get(status, "error"), message)).encode()
        extra = [(b"www-authenticate", b"Bearer")] if status == 401 else []
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(payload)).encode()),
                                (b"connection", b"close"), *extra, *SECURITY_HEADERS]})
        await send({"type": "http.response.body", "body": payload})

    async def _too_large(self, scope: Scope, send: Send) -> None:
        message = (f"the request body is larger than {self.max_bytes} bytes; send a shorter "
                   "article or split it")
        if wants_json(scope["path"]):
            payload = json.dumps(error_body("payload_too_large", message,
                                            {"max_bytes": self.max_bytes})).encode()
            ctype = b"application/json"
        else:
            payload = message.encode()
            ctype = b"text/plain; charset=utf-8"
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", ctype),
                                (b"content-length", str(len(payload)).encode()),
                                (b"connection", b"close"), *SECURITY_HEADERS]})
        await send({"type": "http.response.body", "body": payload})


class SecurityHeaders:
    """Add SECURITY_HEADERS to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _v in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class ProbeFirst:
    """Answer GET `path` with `probe()`'s JSON before any other layer or the router runs.

    A health probe is answered on the event loop, which every other request needs too:
    the fewer steps it takes there (routing, dependencies, validation, three middlewares,
    each a chance for a busy worker thread to take the interpreter), the sooner it is
    answered while dear requests run. `probe()` must not wait (no store query, no lock);
    when it gives None the app answers the request, errors included.
    """

    def __init__(self, app: ASGIApp, path: str, probe: Probe) -> None:
        self.app = app
        self.path = path
        self.probe = probe

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        found = (self.probe() if scope["type"] == "http" and scope["method"] == "GET"
                 and scope["path"] == self.path else None)
        if found is None:
            await self.app(scope, receive, send)
            return
        payload = probe_payload(found)
        await send({"type": "http.response.start", "status": 200,
                    "headers": probe_headers(payload)})
        await send({"type": "http.response.body", "body": payload})


def probe_payload(found: dict[str, Any]) -> bytes:
    """A probe's answer as sent, by ProbeFirst and by the server's own fast path."""
    return json.dumps(found, separators=(",", ":")).encode()


def probe_headers(payload: bytes) -> list[tuple[bytes, bytes]]:
    return [(b"content-type", b"application/json"),
            (b"content-length", str(len(payload)).encode()), *SECURITY_HEADERS]
