"""Every error the API answers is JSON: ``{"error": {"code": ..., "message": ...}}``.

One set of handlers maps them:

- ``ApiError`` (raised by routes): its own status and code;
- ``DeeppolError``: 400 for bad filters, cursors, settings or input (``AnalysisError``,
  ``ConfigError``, ``InputError``), 503 when the store or the model is unavailable; the code is
  the message's ``[A004]``-style tag;
- request validation: 422 ``invalid_request``, naming the parameter;
- HTTP errors (unknown path 404, wrong method 405, body too large 413): ``not_found``, ...;
- anything else: 500 ``internal_error`` (logged; the message says nothing about internals).
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from deeppol.analysis.filters import AnalysisError
from deeppol.errors import ConfigError, DeeppolError, InputError, ModelError
from deeppol.store.database import StoreError

log = logging.getLogger(__name__)

HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
              405: "method_not_allowed", 406: "not_acceptable", 413: "payload_too_large",
              415: "unsupported_media_type", 422: "invalid_request", 429: "too_many_requests",
              500: "internal_error", 503: "unavailable"}
_TAG = re.compile(r"^\[([A-Z]\d{3})\]\s*")


class ApiError(Exception):
    """An error a route answers on purpose, with its HTTP status and a stable code."""

    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def error_response(status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> Response:
    """The JSON error response."""
    body = json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False)
    return Response(body.encode("utf-8"), status_code=status, headers=headers,
                    media_type="application/json")


def deeppol_status(exc: DeeppolError) -> int:
    """The HTTP status of a library error."""
    if isinstance(exc, AnalysisError | ConfigError | InputError):
        return 400
    if isinstance(exc, StoreError | ModelError):
        return 503
    return 500


def _split_tag(message: str, fallback: str) -> tuple[str, str]:
    match = _TAG.match(message)
    if match is None:
        return fallback, message
    return match.group(1), message[match.end():]


def _validation_message(errors: list[dict[str, Any]]) -> str:
    parts = []
    for error in errors[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body" or len(error["loc"]) == 1)
        parts.append(f"{where or 'request'}: {error.get('msg', 'invalid')}")
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return "; ".join(parts) + more


async def _on_api_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, exc.headers)


async def _on_deeppol_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, DeeppolError)
    status = deeppol_status(exc)
    if status >= 500:
        log.error("request failed: %s", exc)
    code, message = _split_tag(str(exc), HTTP_CODES[status])
    return error_response(status, code, message)


async def _on_validation_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return error_response(422, "invalid_request", _validation_message(list(exc.errors())))


async def _on_http_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code = HTTP_CODES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    if exc.status_code == 404 and message == "Not Found":
        message = "no such resource"
    return error_response(exc.status_code, code, message, dict(exc.headers or {}))


async def _on_unexpected(_: Request, exc: Exception) -> Response:
    log.exception("unexpected error", exc_info=exc)
    return error_response(500, "internal_error", "the server failed to answer this request")


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(DeeppolError, _on_deeppol_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(Exception, _on_unexpected)
