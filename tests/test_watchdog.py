"""The store's watchdog: one thread, deadlines kept for every statement inside."""

from __future__ import annotations

import threading
import time

from entente.store.watchdog import Watchdog


def test_only_the_block_past_its_deadline_is_interrupted() -> None:
    dog = Watchdog()
    fired: list[str] = []
    done = threading.Event()
    try:
        with dog.watch(60, lambda: fired.append("long")):  # left before its deadline
            pass
        with dog.watch(0.05, lambda: (fired.append("slow"), done.set())):
            assert done.wait(5)  # the interrupt came while the block ran
        with dog.watch(0.01, lambda: fired.append("quick")):
            pass  # left at once: never interrupted later
        time.sleep(0.1)
        assert fired == ["slow"] and dog.interrupted == 1
    finally:
        dog.close()
    assert not dog.running


def test_a_sooner_deadline_wakes_the_thread_sleeping_for_a_later_one() -> None:
    dog = Watchdog()
    woken = threading.Event()
    try:
        with dog.watch(60, lambda: None):
            time.sleep(0.05)  # the thread now sleeps until the 60 s deadline
            with dog.watch(0.05, woken.set):
                assert woken.wait(5)
        assert dog.interrupted == 1
    finally:
        dog.close()


def test_an_unused_watchdog_starts_no_thread() -> None:
    dog = Watchdog()
    assert not dog.running
    dog.close()
    with dog.watch(0.01, lambda: None):  # after close: not watched, no thread
        pass
    assert not dog.running
