"""Fetching pages and feeds over HTTP, carefully: all network code lives here.

httpx with timeouts, a deadline for each address as a whole (a server that sends a byte
every few seconds is cut off), a size limit on the decoded body, decoded here with a
bounded output (a gzip bomb stops at the limit; stacked encodings such as "gzip, gzip" are
refused), a redirect limit (each hop checked), a clear user agent, retries with exponential
backoff on temporary failures (429, 502, 503, 504, connection errors).

Only public addresses are reached unless the user allows others: every address a name
resolves to must be global (not private, loopback, link-local, shared 100.64.0.0/10,
reserved, multicast) and none a cloud metadata address. The check is made where the
connection is made (`GuardedBackend`): the name is resolved once, and the socket connects
to the very address that was checked, while the Host header and TLS's SNI still carry the
name. A name that answers a public address to the check and 127.0.0.1 to the connection
(DNS rebinding) therefore never reaches inside a network.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from entente.errors import InputError

if TYPE_CHECKING:
    import httpx

USER_AGENT = "entente/0.1 (political event coder; offline-first research tool)"
RETRY_STATUSES = frozenset({429, 502, 503, 504})
ACCEPT_ENCODING = "gzip, deflate"  # what response_page can decode, bounded

# Cloud metadata services, refused even where they would pass as global (Azure's wire
# server is a public address); the others are refused anyway as non-global.
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "169.254.170.2", "168.63.129.16", "100.100.100.200", "192.0.0.192",
    "fd00:ec2::254"))

Resolver = Callable[..., list[Any]]  # socket.getaddrinfo's shape


def is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether entente may fetch from `address` without --allow-private: a global address
    (an IPv4-mapped IPv6 address judged as its IPv4 one) that is no metadata service."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast and address not in METADATA_ADDRESSES


class RefusedAddress(Exception):
    """A name that resolves to an address entente must not reach (raised while
    connecting; the Fetcher turns it into an InputError)."""

    def __init__(self, host: str, address: str) -> None:
        self.host, self.address = host, address
        super().__init__(f"{host} resolves to the non-public address {address}")


class PastDeadline(Exception):
    """The address took longer than the fetcher's deadline, all reads together."""


@dataclass(frozen=True, slots=True)
class Page:
    url: str  # after redirects
    content_type: str
    body: bytes


@dataclass
class Fetcher:
    allow_private: bool = False
    timeout: float = 15.0  # for each connect, read and write
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 0.5  # seconds, doubled at each retry
    deadline: float = 60.0  # seconds for one address, redirects and retries included
    resolve: Resolver | None = field(default=None, repr=False)  # None: socket.getaddrinfo

    def get(self, url: str) -> Page:
        """The page at `url`, or InputError naming the URL and what went wrong."""
        import httpx

        current = url
        ends = time.monotonic() + self.deadline
        transport = guarded_transport(GuardedBackend(self.allow_private, ends,
                                                     self.resolve or socket.getaddrinfo))
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING}
        with httpx.Client(timeout=self.timeout, follow_redirects=False, headers=headers,
                          transport=transport) as client:
            try:
                for _hop in range(self.max_redirects + 1):
                    _check_scheme(current, url)
                    response = self._send(client, current, url, ends)
                    if response is None:
                        raise InputError(url, "no answer after retries", "try again later")
                    if response.is_redirect:
                        location = response.headers.get("location")
                        response.close()
                        if not location:
                            raise InputError(url, "redirect without a location")
                        current = urljoin(current, location)
                        continue
                    return response_page(response, current, url, self.max_bytes)
            except RefusedAddress as exc:
                raise InputError(url, f"refusing to fetch {exc.host}: it resolves to the "
                                 f"non-public address {exc.address}",
                                 "pass --allow-private if you mean to reach it") from None
            except PastDeadline:
                raise InputError(url, f"no complete answer within {self.deadline:.0f} s",
                                 "the server is too slow; try again later") from None
        raise InputError(url, f"more than {self.max_redirects} redirects",
                         "the site redirects in a loop; check the address")

    def _send(self, client: httpx.Client, current: str, original: str,
              ends: float) -> httpx.Response | None:
        import httpx

        delay = self.backoff
        for attempt in range(self.retries + 1):
            try:
                request = client.build_request("GET", current)
                response = client.send(request, stream=True)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                if isinstance(exc.__context__, PastDeadline | RefusedAddress):
                    raise exc.__context__ from None
                if attempt == self.retries:
                    raise InputError(original, f"cannot connect ({exc.__class__.__name__})",
                                     "check the address or your network") from exc
            else:
                if response.status_code not in RETRY_STATUSES or attempt == self.retries:
                    return response
                response.close()
            if time.monotonic() + delay > ends:
                raise PastDeadline
            time.sleep(delay)
            delay *= 2
        return None


def _check_scheme(url: str, original: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(original, f"not an http(s) address: {url[:100]}")


# -- connections: the address checked is the address connected to ------------------------


class GuardedBackend:
    """httpcore's network backend, resolving each name once, refusing non-public addresses
    (unless allowed) and connecting to the address it checked; every read and write of the
    connection is bounded by the deadline `ends` (time.monotonic())."""

    def __init__(self, allow_private: bool, ends: float,
                 resolve: Resolver = socket.getaddrinfo) -> None:
        self.allow_private, self.ends, self._resolve = allow_private, ends, resolve

    def addresses(self, host: str, port: int) -> list[str]:
        """The addresses `host` resolves to, all checked. Raises RefusedAddress, OSError."""
        found: list[str] = []
        for info in self._resolve(host, port, type=socket.SOCK_STREAM):
            address = str(info[4][0]).split("%", 1)[0]
            if not self.allow_private and not is_public(ipaddress.ip_address(address)):
                raise RefusedAddress(host, address)
            if address not in found:
                found.append(address)
        return found

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Any = None) -> Any:
        import httpcore
        from httpcore._backends.sync import SyncStream

        error: Exception = OSError(f"{host} has no address")
        try:
            addresses = self.addresses(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        for address in addresses:
            try:
                sock = socket.create_connection((address, port), self._left(timeout),
                                                source_address=(local_address, 0)
                                                if local_address else None)
            except OSError as exc:
                error = exc
                continue
            peer = ipaddress.ip_address(sock.getpeername()[0])
            if not self.allow_private and not is_public(peer):  # never, but cheap to be sure
                sock.close()
                raise RefusedAddress(host, str(peer))
            for option in socket_options or ():
                sock.setsockopt(*option)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return DeadlineStream(SyncStream(sock), self)
        if isinstance(error, TimeoutError):
            raise httpcore.ConnectTimeout(str(error)) from error
        raise httpcore.ConnectError(str(error)) from error

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> Any:
        raise RefusedAddress("a unix socket", "(local)")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def _left(self, timeout: float | None) -> float:
        left = self.ends - time.monotonic()
        if left <= 0:
            raise PastDeadline
        return left if timeout is None else min(timeout, left)


class DeadlineStream:
    """A connection whose every read and write ends by the backend's deadline."""

    def __init__(self, stream: Any, backend: GuardedBackend) -> None:
        self._stream, self._backend = stream, backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        import httpcore

        left = self._backend._left(timeout)
        try:
            data: bytes = self._stream.read(max_bytes, left)
        except httpcore.ReadTimeout:
            if time.monotonic() >= self._backend.ends:
                raise PastDeadline from None
            raise
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._backend._left(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> Any:
        return DeadlineStream(self._stream.start_tls(ssl_context, server_hostname,
                                                     self._backend._left(timeout)),
                              self._backend)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


def guarded_transport(backend: GuardedBackend) -> httpx.HTTPTransport:
    """An httpx transport whose connections are made by `backend` (no proxy from the
    environment: a proxy would connect where we did not check)."""
    import httpcore
    import httpx

    transport = httpx.HTTPTransport(trust_env=False)
    # the pool httpx would have made, with our backend (duck-typed: httpcore is imported
    # only when something is fetched)
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        network_backend=backend)  # type: ignore[arg-type]
    return transport


# -- bodies: decoded here, bounded --------------------------------------------------------


def response_page(response: httpx.Response, current: str, original: str, limit: int) -> Page:
    """The body of `response`, decoded, at most `limit` bytes once decoded."""
    import httpx

    try:
        if response.status_code >= 400:
            raise InputError(original, f"HTTP {response.status_code}", "check the address")
        chunks: list[bytes] = []
        size = 0
        for chunk in decoded(response.iter_raw(), response.headers.get("content-encoding", ""),
                             limit, original):
            size += len(chunk)
            if size > limit:
                raise InputError(original, f"page larger than {limit / 1e6:.0f} MB "
                                 "(decompressed)", "skipped")
            chunks.append(chunk)
        return Page(current, response.headers.get("content-type", ""), b"".join(chunks))
    except httpx.HTTPError as exc:
        if isinstance(exc.__context__, PastDeadline):
            raise PastDeadline from None
        raise InputError(original, f"download failed ({exc.__class__.__name__})") from exc
    finally:
        response.close()


def decoded(raw: Iterator[bytes], content_encoding: str, limit: int,
            origin: str) -> Iterator[bytes]:
    """The body's bytes with its Content-Encoding undone, never more than `limit` + 1
    bytes at a time (zlib's max_length). One encoding at most: "gzip, gzip" is refused,
    since only a bomb needs two."""
    codings = [c.strip().lower() for c in content_encoding.split(",")
               if c.strip() and c.strip().lower() != "identity"]
    if not codings:
        yield from raw
        return
    if len(codings) > 1:
        raise InputError(origin, f"stacked content encodings refused ({content_encoding[:60]})",
                         "a page needs one compression at most")
    coding = codings[0]
    if coding not in ("gzip", "x-gzip", "deflate"):
        raise InputError(origin, f"unsupported content encoding {coding[:30]!r}",
                         "the server ignored Accept-Encoding")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS if coding != "deflate"
                                  else zlib.MAX_WBITS)
    raw_deflate = coding == "deflate"  # some servers send deflate without its zlib header
    first = True
    for data in raw:
        try:
            out = inflater.decompress(data, limit + 1)
        except zlib.error:
            if not (first and raw_deflate):
                raise InputError(origin, "damaged compressed body", "try again later") from None
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            out = inflater.decompress(data, limit + 1)
        first = False
        yield out
        while inflater.unconsumed_tail:
            yield inflater.decompress(inflater.unconsumed_tail, limit + 1)
    yield inflater.flush()
