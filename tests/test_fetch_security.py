"""The fetcher against hostile servers and resolvers (issue 17, defects 1, 2, 4 and 14):
DNS rebinding, shared and metadata addresses, stacked encodings, slow drips. Only local
servers are used; the rebinding test runs in a network namespace of its own, where no
address but 127.0.0.1 answers."""

from __future__ import annotations

import gzip
import json
import shutil
import socket
import subprocess
import sys
import textwrap
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from entente.ingest.fetch import Fetcher
from entente.ingest.web import read_url
from tests.test_web_ingest import PAGE

SRC = Path(__file__).resolve().parent.parent / "src"


def inner_bomb(size: int) -> bytes:
    """gzip of `size` zero bytes, made in pieces (never `size` bytes in memory)."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    piece = bytes(1 << 20)
    parts = [squeeze.compress(piece) for _ in range(size >> 20)]
    return b"".join([*parts, squeeze.flush()])


class Hostile(BaseHTTPRequestHandler):
    double_gzip = b""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):  # a byte every 0.25 s: no read ever times out
                try:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.25)
        elif self.path == "/gzip-gzip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip, gzip")
            self.send_header("Content-Length", str(len(Hostile.double_gzip)))
            self.end_headers()
            self.wfile.write(Hostile.double_gzip)
        elif self.path == "/page-gzip":
            body = gzip.compress(PAGE.encode())
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_response(404)
            self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def hostile() -> Iterator[str]:
    # 1 GB of zeros, gzipped twice: a few kilobytes on the wire
    Hostile.double_gzip = gzip.compress(inner_bomb(1 << 30), 9)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def fake_resolver(address: str):  # type: ignore[no-untyped-def]
    def resolve(host: str, port: int, *args: object, **kw: object) -> list[object]:
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (address, port))]

    return resolve


@pytest.mark.parametrize("address", [
    "100.64.0.1",  # shared address space (RFC 6598): some clouds' metadata lives there
    "100.100.100.200",  # a cloud's metadata service
    "168.63.129.16",  # another's, a public address
    "::ffff:127.0.0.1",  # loopback written as IPv6
    "192.0.0.1", "198.18.0.1", "0.0.0.0", "fc00::1",
])
def test_every_address_that_is_not_global_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                     address: str) -> None:
    """Defect 2: 100.64.0.0/10 was fetched without --allow-private."""
    monkeypatch.setattr(socket, "getaddrinfo", fake_resolver(address))
    (r,) = list(read_url("http://news.example/a", Fetcher(timeout=1, retries=0)))
    assert r.error is not None and "non-public address" in r.error.reason, r.error


def test_public_addresses_pass() -> None:
    import ipaddress

    from entente.ingest.fetch import is_public

    assert is_public(ipaddress.ip_address("93.184.216.34"))
    assert is_public(ipaddress.ip_address("2606:4700::1111"))


REBIND = """
import json, socket, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Internal(BaseHTTPRequestHandler):
    hits = 0
    def do_GET(self):
        Internal.hits += 1
        body = b"<html><body><article><p>%s</p></article></body></html>" % (
            b"internal secret page " * 20)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Internal)
threading.Thread(target=server.serve_forever, daemon=True).start()
port = server.server_address[1]
real, asked = socket.getaddrinfo, []

def rebinding(host, *args, **kw):
    if host != "rebind.example":
        return real(host, *args, **kw)
    asked.append(host)  # a public address to the first question, loopback afterwards
    address = "93.184.216.34" if len(asked) == 1 else "127.0.0.1"
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, args[0] if args else port))]

socket.getaddrinfo = rebinding
from entente.ingest.fetch import Fetcher
from entente.ingest.web import read_url
(r,) = list(read_url(f"http://rebind.example:{port}/secret", Fetcher(timeout=2, retries=0)))
print(json.dumps({"hits": Internal.hits, "error": r.error.reason if r.error else None,
                  "text": r.article.text[:40] if r.article else None}))
"""


def in_network_namespace(script: str) -> dict[str, object]:
    """Run `script` with this tree's entente in a new network namespace (only loopback)."""
    if not shutil.which("unshare") or subprocess.run(
            ["unshare", "-n", "true"], capture_output=True).returncode != 0:
        pytest.skip("needs unshare -n (a network namespace)")
    done = subprocess.run(
        ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$0" -c "$1"',
         sys.executable, textwrap.dedent(script)],
        capture_output=True, text=True, timeout=60, env={"PYTHONPATH": str(SRC)})
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_dns_rebinding_never_reaches_the_internal_page() -> None:
    """Defect 1: the name was resolved once to be checked and again by httpx to connect;
    the second answer, 127.0.0.1, was fetched and stored."""
    result = in_network_namespace(REBIND)
    assert result["hits"] == 0 and result["text"] is None, result
    assert "cannot connect" in str(result["error"])


def test_stacked_encodings_are_refused_within_a_memory_bound(hostile: str) -> None:
    """Defect 4: 'Content-Encoding: gzip, gzip' of a few kilobytes took gigabytes before the
    size limit stopped it. The fetch runs with 600 MB of address space at most."""
    script = f"""
        import json, resource
        resource.setrlimit(resource.RLIMIT_AS, (600 << 20, 600 << 20))
        from entente.ingest.fetch import Fetcher
        from entente.ingest.web import read_url
        (r,) = list(read_url("{hostile}/gzip-gzip", Fetcher(allow_private=True, retries=0)))
        print(json.dumps({{"error": r.error.reason if r.error else None}}))
    """
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True,
                          text=True, timeout=120, env={"PYTHONPATH": str(SRC)})
    assert done.returncode == 0, done.stderr[-1500:]
    error = json.loads(done.stdout.strip().splitlines()[-1])["error"]
    assert error is not None and "stacked content encodings refused" in error


def test_one_encoding_is_still_decoded(hostile: str) -> None:
    (r,) = list(read_url(f"{hostile}/page-gzip", Fetcher(allow_private=True)))
    assert r.article is not None and "energy agreement" in r.article.text


def test_a_slow_drip_is_cut_off_at_the_deadline(hostile: str) -> None:
    """Defect 14: a server sending a byte every few seconds held a fetch for minutes; each
    read was within its timeout. The deadline is for the address as a whole."""
    started = time.monotonic()
    (r,) = list(read_url(f"{hostile}/drip", Fetcher(allow_private=True, timeout=5,
                                                    deadline=1.5, retries=0)))
    assert r.error is not None and "no complete answer within 2 s" in r.error.reason
    assert time.monotonic() - started < 6  # the drip alone lasts 10 s
