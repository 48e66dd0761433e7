"""Answers kept per store revision: a GET asked again before the store changes is answered
from memory, without a query or a template.

Everything the server shows is a function of the stored articles and events, and the store
names each state of them (`Store.revision()`: the number of articles and the last one's
time, one cheap query). A cached answer is used only while the revision it was made at
holds; the first request after a change (an ingest by this server or by another process
on a shared PostgreSQL) finds a new revision and empties the cache. Only whole 200 answers
of a bounded size are kept, at most `max_entries` of them, the least recently used going
first. The health check is never cached here (its counts, site.py, are at most about a
second old).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

NEVER_CACHED = ("/api/health", "/static/", "/openapi.json")


class RevisionCache:
    """ASGI middleware: GET answers per (path, query), valid for one store revision."""

    def __init__(self, app: ASGIApp, revision: Callable[[], str], max_entries: int = 512,
                 max_body: int = 1 << 20) -> None:
        self.app = app
        self.revision = revision
        self.max_entries = max_entries
        self.max_body = max_body
        self._revision: str | None = None
        self._answers: OrderedDict[tuple[str, bytes], tuple[Message, bytes]] = OrderedDict()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] != "GET"
                or scope["path"].startswith(NEVER_CACHED)):
            await self.app(scope, receive, send)
            return
        revision = await run_in_threadpool(self.revision)  # a query: off the event loop
        if revision != self._revision:
            self._revision = revision
            self._answers.clear()
        key = (scope["path"], scope.get("query_string", b""))
        hit = self._answers.get(key)
        if hit is not None:
            self._answers.move_to_end(key)
            await send(hit[0])
            await send({"type": "http.response.body", "body": hit[1]})
            return
        start: Message = {}
        chunks: list[bytes] = []
        size = 0

        async def keep(message: Message) -> None:
            nonlocal start, size
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body" and size <= self.max_body:
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if not message.get("more_body", False) and start.get("status") == 200 \
                        and size <= self.max_body:
                    self._keep(key, revision, start, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, keep)

    def _keep(self, key: tuple[str, bytes], revision: str, start: Message, body: bytes) -> None:
        if revision != self._revision:  # the store changed while this was answered
            return
        self._answers[key] = (start, body)
        while len(self._answers) > self.max_entries:
            self._answers.popitem(last=False)
