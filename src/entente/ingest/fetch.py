"""Fetching pages and feeds over HTTP, carefully: all network code lives here.

httpx with timeouts, a size limit on the decoded body (so a gzip bomb stops at the limit),
a redirect limit (each hop checked), a clear user agent, retries with exponential backoff
on temporary failures (429, 502, 503, 504, connection errors), and refusal of private,
loopback, link-local and reserved addresses unless the user allows them, so that a feed
cannot make entente reach inside a network.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from entente.errors import InputError

if TYPE_CHECKING:
    import httpx

USER_AGENT = "entente/0.1 (political event coder; offline-first research tool)"
RETRY_STATUSES = frozenset({429, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class Page:
    url: str  # after redirects
    content_type: str
    body: bytes


@dataclass
class Fetcher:
    allow_private: bool = False
    timeout: float = 15.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 0.5  # seconds, doubled at each retry

    def get(self, url: str) -> Page:
        """The page at `url`, or InputError naming the URL and what went wrong."""
        import httpx

        current = url
        with httpx.Client(timeout=self.timeout, follow_redirects=False,
                          headers={"User-Agent": USER_AGENT}) as client:
            for _hop in range(self.max_redirects + 1):
                self._check_address(current, url)
                response = self._send(client, current, url)
                if response is None:
                    raise InputError(url, "no answer after retries", "try again later")
                if response.is_redirect:
                    location = response.headers.get("location")
                    if not location:
                        raise InputError(url, "redirect without a location")
                    current = urljoin(current, location)
                    continue
                return response_page(response, current, url, self.max_bytes)
        raise InputError(url, f"more than {self.max_redirects} redirects",
                         "the site redirects in a loop; check the address")

    def _send(self, client: httpx.Client, current: str, original: str) -> httpx.Response | None:
        import httpx

        delay = self.backoff
        for attempt in range(self.retries + 1):
            try:
                request = client.build_request("GET", current)
                response = client.send(request, stream=True)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                if attempt == self.retries:
                    raise InputError(original, f"cannot connect ({exc.__class__.__name__})",
                                     "check the address or your network") from exc
            else:
                if response.status_code not in RETRY_STATUSES or attempt == self.retries:
                    return response
                response.close()
            time.sleep(delay)
            delay *= 2
        return None

    def _check_address(self, url: str, original: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError(original, f"not an http(s) address: {url}")
        if self.allow_private:
            return
        try:
            infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise InputError(original, f"cannot resolve {parts.hostname}") from exc
        for info in infos:
            address = ipaddress.ip_address(info[4][0])
            if (address.is_private or address.is_loopback or address.is_link_local
                    or address.is_reserved or address.is_multicast or address.is_unspecified):
                raise InputError(original, f"refusing to fetch {parts.hostname}: it resolves to "
                                 f"the non-public address {address}",
                                 "pass --allow-private if you mean to reach it")


def response_page(response: httpx.Response, current: str, original: str, limit: int) -> Page:
    import httpx

    try:
        if response.status_code >= 400:
            raise InputError(original, f"HTTP {response.status_code}", "check the address")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():  # decoded: a gzip bomb is cut at the limit
            size += len(chunk)
            if size > limit:
                raise InputError(original, f"page larger than {limit / 1e6:.0f} MB "
                                 "(decompressed)", "skipped")
            chunks.append(chunk)
        return Page(current, response.headers.get("content-type", ""), b"".join(chunks))
    except httpx.HTTPError as exc:
        raise InputError(original, f"download failed ({exc.__class__.__name__})") from exc
    finally:
        response.close()
