"""PostgreSQL as the shared server database: two ingest processes and the web server at
once, over overlapping inputs. Every article is stored once, every event once, and the API
answers throughout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from entente.store import EventQuery, open_store
from tests.conftest import CORPUS, PG_ADMIN, ROOT

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    not PG_ADMIN, reason="PostgreSQL tests need ENTENTE_TEST_PG (set by .ci/run)")]


def test_two_ingest_processes_and_a_reader(pg_url: str, tmp_path: Path) -> None:
    db_url = pg_url
    files = sorted(p for p in (CORPUS / "en").rglob("*") if p.suffix in (".html", ".txt", ".md"))
    half = len(files) // 2
    for name, chosen in (("a", files[: half + 8]), ("b", files[half - 8:])):  # 16 overlap
        folder = tmp_path / name
        folder.mkdir()
        for f in chosen:
            shutil.copy(f, folder / f.name)
    errors: list[BaseException] = []
    polls = 0
    stop = threading.Event()
    open_store(db_url).close()  # create the schema before the race
    import httpx
    import uvicorn

    from entente.web.app import create_app
    from tests.test_web_browser import free_port

    app = create_app(db_url)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    serving = threading.Thread(target=server.run, daemon=True)
    serving.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"

    def reader() -> None:
        nonlocal polls
        with httpx.Client(base_url=base, timeout=30) as http:
            while not stop.is_set():
                try:
                    for path in ("/api/health", "/api/events?limit=50", "/"):
                        response = http.get(path)
                        assert response.status_code == 200, (path, response.text[:200])
                    polls += 1
                except BaseException as exc:  # noqa: BLE001 - the test reports any failure
                    errors.append(exc)
                time.sleep(0.2)

    thread = threading.Thread(target=reader)
    thread.start()
    # the processes run this tree's entente, however pytest was started
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p)}
    procs = [subprocess.Popen([sys.executable, "-m", "entente.cli", "ingest",
                               str(tmp_path / name), "--db", db_url, "--no-progress"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env)
             for name in ("a", "b")]
    outputs = [p.communicate(timeout=600) for p in procs]
    stop.set()
    thread.join()
    server.should_exit = True
    serving.join(timeout=10)
    app.state.site.close()
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert errors == [] and polls > 3
    with open_store(db_url, read_only=True) as store:
        articles = store.articles(limit=1000)
        events = store.events(EventQuery(modalities=None, limit=None))
    assert len(articles) == len(files)  # the 16 shared files stored once
    assert len({a.content_hash for a in articles}) == len(articles)
    keys = [(e.story_id, e.source.code, e.target.code if e.target else None, e.cameo,
             e.modality, e.sentence_index, e.article_id) for e in events]
    assert len(keys) == len(set(keys)) and len({e.id for e in events}) == len(events)
