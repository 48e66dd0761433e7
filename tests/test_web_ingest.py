"""Real-world ingestion: web archives, feeds, addresses, and hostile input."""

from __future__ import annotations

import gzip
import io
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from entente.cli import main
from entente.ingest.feeds import read_feed_bytes
from entente.ingest.fetch import Fetcher
from entente.ingest.warc import read_warc
from entente.ingest.web import read_url

BODY = ("Venezuela and Cuba signed a new energy agreement in Caracas on Tuesday, extending oil "
        "shipments to the island for five more years, officials in both capitals said.")
PAGE = (f"<html><head><title>Energy pact</title><meta property='og:site_name' "
        f"content='Andes Wire'></head><body><nav>Home News Sport</nav><article><h1>Energy "
        f"pact</h1><p>{BODY}</p><p>The deal was announced after two days of talks.</p>"
        f"</article><footer>(c) Andes Wire</footer></body></html>")
RSS = f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Andes Wire</title><link>https://andes.example/</link>
<item><title>Energy pact</title><link>https://andes.example/a1</link>
<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate><description>&lt;p&gt;{BODY}&lt;/p&gt;
</description></item>
<item><title>Short one</title><link>LINK</link><description>Brief.</description></item>
</channel></rss>"""
BOMB = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss><channel><title>&lol2;</title></channel></rss>"""


# warcio's writer (used here only to make test archives) leaves a temporary file for the GC
WARCIO_WRITER = pytest.mark.filterwarnings(
    "ignore::pytest.PytestUnraisableExceptionWarning", "ignore::ResourceWarning")


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for url, status, body, ctype in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(
                body), http_headers=headers))


@WARCIO_WRITER
def test_warc_html_responses_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [
        ("https://andes.example/a1", "200 OK", PAGE.encode(), "text/html; charset=utf-8"),
        ("https://andes.example/logo.png", "200 OK", b"\x89PNG....", "image/png"),
        ("https://andes.example/gone", "404 Not Found", b"<html>no</html>", "text/html"),
        ("https://ledger.example/b2", "200 OK", PAGE.replace("Andes Wire", "Ledger")
         .replace("Tuesday", "Wednesday").encode("latin-1"), "text/html; charset=iso-8859-1"),
    ])
    results = list(read_warc(path))
    assert [r.article.url for r in results if r.article] == [
        "https://andes.example/a1", "https://ledger.example/b2"]
    assert all(r.error is None for r in results)
    assert results[0].article is not None and "energy agreement" in results[0].article.text
    assert "Home News Sport" not in results[0].article.text


@WARCIO_WRITER
def test_a_damaged_warc_keeps_what_came_before(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    write_warc(path, [("https://andes.example/a1", "200 OK", PAGE.encode(), "text/html")])
    path.write_bytes(path.read_bytes() + b"\x1f\x8b\x08garbage that is not gzip")
    results = list(read_warc(path))
    assert results[0].article is not None
    assert results[-1].error is not None and "damaged archive" in results[-1].error.reason


def test_feed_entries_become_articles_and_short_ones_are_reported() -> None:
    results = list(read_feed_bytes(RSS.encode(), "feed.rss"))
    first, second = results
    assert first.article is not None and first.article.outlet == "Andes Wire"
    assert first.article.url == "https://andes.example/a1"
    assert str(first.article.published) == "2025-03-04"
    assert second.error is not None and "--fetch" in str(second.error)


@pytest.mark.parametrize("data, reason", [
    (BOMB, "unsafe XML refused"),
    (b"<rss><channel><item>unclosed", "malformed XML"),
])
def test_hostile_or_broken_feeds_get_a_clear_error(data: bytes, reason: str) -> None:
    (result,) = list(read_feed_bytes(data, "bad.xml"))
    assert result.error is not None and reason in result.error.reason


class Site(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        Site.hits[self.path] = Site.hits.get(self.path, 0) + 1
        if self.path == "/page":
            self._send(200, PAGE.encode(), "text/html; charset=utf-8")
        elif self.path == "/latin":
            self._send(200, PAGE.replace("Tuesday", "martes día").encode("latin-1"),
                       "text/html; charset=iso-8859-1")
        elif self.path == "/loop":
            self._redirect("/loop")
        elif self.path == "/moved":
            self._redirect("/page")
        elif self.path == "/flaky" and Site.hits[self.path] < 2:
            self._send(503, b"busy", "text/plain")
        elif self.path == "/flaky":
            self._send(200, PAGE.encode(), "text/html")
        elif self.path == "/bomb":
            body = gzip.compress(b"<html>" + b" " * 30_000_000)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/feed":
            self._send(200, RSS.replace("LINK", self._url("/page")).encode(),
                       "application/rss+xml")
        elif self.path == "/empty":
            self._send(200, b"<html><body><nav>menu</nav></body></html>", "text/html")
        else:
            self._send(404, b"not found", "text/plain")

    def _url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def _redirect(self, to: str) -> None:
        self.send_response(302)
        self.send_header("Location", to)
        self.end_headers()

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def fetcher(**kw: object) -> Fetcher:
    return Fetcher(allow_private=True, backoff=0.01, max_bytes=2_000_000, **kw)  # type: ignore[arg-type]


def test_pages_are_fetched_decoded_and_followed(site: str) -> None:
    (r,) = list(read_url(f"{site}/moved", fetcher()))
    assert r.article is not None and r.article.url == f"{site}/page"
    (latin,) = list(read_url(f"{site}/latin", fetcher()))
    assert latin.article is not None and "martes día" in latin.article.text


def test_private_addresses_are_refused_unless_allowed(site: str) -> None:
    (r,) = list(read_url(f"{site}/page", Fetcher()))
    assert r.error is not None and "non-public address 127.0.0.1" in r.error.reason
    assert "--allow-private" in str(r.error)


@pytest.mark.parametrize("path, reason", [
    ("/loop", "more than 5 redirects"),
    ("/bomb", "larger than 2 MB (decompressed)"),
    ("/missing", "HTTP 404"),
    ("/empty", "no main text"),
])
def test_hostile_pages_get_a_clear_error(site: str, path: str, reason: str) -> None:
    (r,) = list(read_url(f"{site}{path}", fetcher()))
    assert r.error is not None and reason in str(r.error)


def test_temporary_failures_are_retried(site: str) -> None:
    (r,) = list(read_url(f"{site}/flaky", fetcher(retries=2)))
    assert r.article is not None and Site.hits["/flaky"] == 2


def test_a_feed_url_gives_its_entries_with_pages_fetched(site: str) -> None:
    results = list(read_url(f"{site}/feed", fetcher(), fetch_entries=True))
    assert len(results) == 2 and all(r.article is not None for r in results)


@pytest.mark.slow
def test_ingest_reads_addresses_only_when_asked(site: str, tmp_path: Path) -> None:
    db = str(tmp_path / "w.duckdb")
    runner = CliRunner()
    refused = runner.invoke(main, ["ingest", f"{site}/page", "--db", db, "--no-progress"])
    assert refused.exit_code == 1 and "pass --fetch" in refused.stderr
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# my feeds\n{site}/feed\n")
    ok = runner.invoke(main, ["ingest", "--feeds", str(feeds), "--fetch", "--allow-private",
                              "--db", db, "--no-progress"])
    assert ok.exit_code == 0, ok.stderr
    # the entry's own text and its fetched page are two texts of one story
    assert "stored 2 new" in ok.output and "1 articles are other outlets' copies" in ok.output


@pytest.mark.slow
def test_fetch_reads_the_pages_of_a_local_feed_files_entries(site: str, tmp_path: Path) -> None:
    """--fetch once applied to feed addresses only: a local feed file's entry without
    text was reported as such, its page never fetched."""
    feed = tmp_path / "saved.rss"
    feed.write_text(RSS.replace("LINK", f"{site}/page"), encoding="utf-8")
    db = str(tmp_path / "f.duckdb")
    runner = CliRunner()
    without = runner.invoke(main, ["ingest", str(feed), "--db", db, "--no-progress"])
    assert without.exit_code == 1 and "use --fetch" in without.stderr
    fetched = runner.invoke(main, ["ingest", str(feed), "--fetch", "--allow-private", "--db", db,
                                   "--no-progress"])
    assert fetched.exit_code == 0, fetched.stderr
    assert "stored 1 new, 1 already stored" in fetched.output
    assert Site.hits.get("/page", 0) >= 1
