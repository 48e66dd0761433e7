"""One thread that stops statements running past their deadline, for every statement of a
store: no thread is started per statement.

    dog = Watchdog()
    with dog.watch(seconds, con.interrupt):   # interrupt() is called if still inside
        run the statement
    dog.close()

A thread per statement (threading.Timer) cost the server a thread start and end for every
query, each a wait for the new thread to take the interpreter while the health check and
the other requests needed it too. Here a statement only enters and leaves a table under a
lock; the thread sleeps until the earliest deadline of the statements inside and wakes
early only for a statement whose deadline comes sooner than the one it sleeps for.

An interrupt is called under the same lock as a statement leaves, and the next statement on
a connection enters only after the last one left, so it can only reach the statement it was
meant for (or a connection already idle, where DuckDB ignores it).
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress


class Watchdog:
    """Deadlines for running statements, kept by one daemon thread started on first use."""

    def __init__(self, name: str = "entente-watchdog") -> None:
        self._name = name
        self._cond = threading.Condition()
        self._inside: dict[int, tuple[float, Callable[[], object]]] = {}
        self._tokens = itertools.count()
        self._wake_at: float | None = None  # the deadline the thread sleeps until (None: idle)
        self._thread: threading.Thread | None = None
        self._closed = False
        self.interrupted = 0  # statements stopped so far

    @contextmanager
    def watch(self, seconds: float, interrupt: Callable[[], object]) -> Iterator[None]:
        """Call `interrupt()` (from the watchdog's thread) if the block still runs after
        `seconds`."""
        deadline = time.monotonic() + seconds
        with self._cond:
            if self._thread is None and not self._closed:
                self._thread = threading.Thread(target=self._keep, name=self._name,
                                                daemon=True)
                self._thread.start()
            token = next(self._tokens)
            self._inside[token] = (deadline, interrupt)
            if self._wake_at is None or deadline < self._wake_at:
                self._cond.notify()
        try:
            yield
        finally:
            with self._cond:
                self._inside.pop(token, None)

    def _keep(self) -> None:
        with self._cond:
            while not self._closed:
                now = time.monotonic()
                for token, (deadline, interrupt) in list(self._inside.items()):
                    if deadline <= now:
                        del self._inside[token]
                        self.interrupted += 1
                        with suppress(Exception):  # a closed connection: nothing runs
                            interrupt()
                self._wake_at = min((d for d, _i in self._inside.values()), default=None)
                self._cond.wait(None if self._wake_at is None else self._wake_at - now)
            self._wake_at = None

    def close(self) -> None:
        """Stop the thread (statements still inside are no longer watched)."""
        with self._cond:
            self._closed = True
            self._cond.notify()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(5)

    @property
    def running(self) -> bool:
        """Whether the watchdog's thread is alive."""
        return self._thread is not None and self._thread.is_alive()
