"""One error shape for the whole web app: `{"error": {"code", "message", "detail"}}`.

Every failure (a route that does not exist, a bad parameter, a missing token, a body too
large, an unexpected exception) goes through `error_response`, so API clients parse one
shape. Under /api/ the body is that JSON; dashboard pages get the same code and message as
an HTML page, because a person reading a browser tab should not see raw JSON.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from entente.errors import StoreError

log = logging.getLogger(__name__)

# Status code -> the machine-readable `code` of the error shape.
CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    503: "unavailable",
}

HtmlRenderer = Callable[[Request, int, dict[str, Any]], Response]


class ApiError(Exception):
    """An error a route raises on purpose; becomes the shared shape with its status."""

    def __init__(self, status: int, message: str, detail: Any = None,
                 code: str | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.detail = detail
        self.headers = headers or {}


def error_body(code: str, message: str, detail: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "detail": detail}}


def wants_json(path: str) -> bool:
    """The API (and its description) answers in JSON; everything else is a page."""
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


def validation_detail(errors: Sequence[Any]) -> list[dict[str, Any]]:
    """Pydantic's error list without `input` and `ctx`: they may echo large or hostile user
    input, and `ctx` can hold exception objects that are not JSON."""
    out = []
    for err in errors:
        loc = [str(part) for part in err.get("loc", ())]
        msg = str(err.get("msg", "")).removeprefix("Value error, ")
        out.append({"loc": loc, "msg": msg, "type": str(err.get("type", ""))})
    return out


def validation_message(detail: list[dict[str, Any]]) -> str:
    parts = []
    for err in detail[:5]:
        loc = [p for p in err["loc"] if p not in ("query", "path", "body")]
        where = ".".join(loc) or "request"
        parts.append(f"{where}: {err['msg']}")
    more = f" (and {len(detail) - 5} more)" if len(detail) > 5 else ""
    return "; ".join(parts) + more if parts else "the request is not valid"


def install_error_handlers(app: FastAPI, render_html: HtmlRenderer) -> None:
    """Route every error kind through one shape, JSON under /api/ and HTML elsewhere."""

    def respond(request: Request, status: int, code: str, message: str, detail: Any = None,
                headers: dict[str, str] | None = None) -> Response:
        body = error_body(code, message, detail)
        if wants_json(request.url.path):
            return JSONResponse(body, status_code=status, headers=headers)
        response = render_html(request, status, body["error"])
        response.headers.update(headers or {})
        return response

    async def on_api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return respond(request, exc.status, exc.code, exc.message, exc.detail, exc.headers)

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        status = exc.status_code
        phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else ""
        message = exc.detail if isinstance(exc.detail, str) and exc.detail != phrase else ""
        if status == 404 and not message:
            message = f"nothing at {request.url.path}"
        elif status == 405 and not message:
            message = f"{request.method} is not allowed on {request.url.path}"
        return respond(request, status, CODES.get(status, "error"), message or phrase,
                       headers=dict(exc.headers or {}))

    async def on_validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        detail = validation_detail(exc.errors())
        return respond(request, 422, "invalid_request", validation_message(detail), detail)

    async def on_store_error(request: Request, exc: Exception) -> Response:
        # the store is busy or a query ran out of time: try again, nothing is wrong with it
        return respond(request, 503, "unavailable", str(exc), headers={"Retry-After": "5"})

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return respond(request, 500, "internal_error",
                       "the server failed to answer this request; see its log")

    app.add_exception_handler(StoreError, on_store_error)
    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(Exception, on_unexpected)

