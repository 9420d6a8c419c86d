"""Coding on the fly (``POST /v1/code``, nothing stored) and, for the operator's token holders,
ingesting articles into the store (``POST /v1/ingest``)."""

from __future__ import annotations

import datetime as dt
import hmac
import json
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.responses import Response

from deeppol.analysis.filters import AnalysisError
from deeppol.store.ingest import ingest
from deeppol.types import Article, Rejection
from deeppol.web.errors import ApiError
from deeppol.web.routes.common import app_state, json_response
from deeppol.web.schemas import (
    ERRORS,
    INVALID,
    CodeOut,
    CodeRequest,
    ErrorOut,
    IngestOut,
    IngestRequest,
)
from deeppol.web.state import AppState

router = APIRouter(prefix="/v1", tags=["coding"], responses=INVALID)
bearer = HTTPBearer(auto_error=False, description="The token the operator set (DEEPPOL_API_TOKEN).")

UPLOAD_NAME = "api-request.jsonl"


def _day(value: str | None) -> dt.date | None:
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise AnalysisError(f"[A030] date {value!r} is not a date (YYYY-MM-DD)") from None


def _check_texts(state: AppState, texts: list[str]) -> None:
    limits = state.settings
    if len(texts) > limits.max_texts:
        raise ApiError(422, "invalid_request", f"at most {limits.max_texts} texts per request")
    for i, text in enumerate(texts):
        if len(text) > limits.max_text_chars:
            raise ApiError(422, "invalid_request",
                           f"text {i} has {len(text):,} characters, over the limit of "
                           f"{limits.max_text_chars:,}")


@router.post("/code", response_model=CodeOut, responses={
    **ERRORS, 413: {"model": ErrorOut, "description": "The body is too large."}})
def code(request: Request, body: CodeRequest) -> Response:
    """Code texts with the rule coder and return their events with evidence; stores nothing.
    The first call loads the coder (a few seconds)."""
    state = app_state(request)
    _check_texts(state, body.texts)
    day = _day(body.date)
    coder = state.coder()
    if body.include_unasserted != coder.settings.include_unasserted:
        coder = coder.derive(include_unasserted=body.include_unasserted)
    articles = [Article(f"text-{i}", text, day) for i, text in enumerate(body.texts)]
    results: dict[int, dict[str, object]] = {
        i: {"index": i, "events": [], "error": None} for i in range(len(articles))}

    def failed(rejection: Rejection) -> None:
        index = int(rejection.input.rsplit("-", 1)[1]) if rejection.input.startswith("text-") else -1
        if index in results:
            results[index]["error"] = f"[{rejection.stage}/{rejection.reason}] {rejection.detail}"

    with state.coding_lock:
        for article, events in coder.code_articles(articles, on_rejection=failed):
            results[int(article.id.rsplit("-", 1)[1])]["events"] = [e.as_row() for e in events]
    return json_response({"coder": coder.version, "results": list(results.values())})


def require_token(request: Request, credentials: Annotated[
        HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    """Let the request through only with the operator's bearer token (403 when ingest is off)."""
    token = app_state(request).settings.token
    if token is None:
        raise ApiError(403, "ingest_disabled", "ingest is disabled on this server: the operator "
                       "set no API token (deeppol serve reads it from DEEPPOL_API_TOKEN)")
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
        raise ApiError(401, "unauthorized", "a valid bearer token is required",
                       headers={"www-authenticate": "Bearer"})


@router.post("/ingest", response_model=IngestOut, dependencies=[Depends(require_token)], responses={
    **ERRORS,
    401: {"model": ErrorOut, "description": "No token, or not the operator's."},
    403: {"model": ErrorOut, "description": "Ingest is off: the operator set no token."},
    413: {"model": ErrorOut, "description": "The body is too large."}})
def ingest_articles(request: Request, body: IngestRequest) -> Response:
    """Code articles and store them (with their events, evidence and rejections), as
    ``deeppol ingest`` does; articles already stored are skipped."""
    state = app_state(request)
    if len(body.articles) > state.settings.max_ingest_articles:
        raise ApiError(422, "invalid_request",
                       f"at most {state.settings.max_ingest_articles} articles per request")
    _check_texts(state, [a.text for a in body.articles])
    coder = state.coder()
    with tempfile.TemporaryDirectory(prefix="deeppol-api-") as folder:
        upload = Path(folder) / UPLOAD_NAME
        with upload.open("w", encoding="utf-8") as out:
            for record in body.articles:
                out.write(json.dumps(record.model_dump(exclude_none=True), ensure_ascii=False) + "\n")
        rejected: list[Rejection] = []
        with state.writer() as db, state.coding_lock:
            summary = ingest([str(upload)], db, coder, on_rejection=rejected.append)
    rejections = [{"input": UPLOAD_NAME, "line": r.line, "stage": r.stage, "reason": r.reason,
                   "detail": r.detail.replace(str(upload), UPLOAD_NAME)} for r in rejected]
    return json_response({"run_id": summary.run_id, "articles": summary.articles,
                          "already_stored": summary.already_stored,
                          "duplicates": summary.duplicates, "events": summary.events,
                          "rejected": summary.rejected, "rejections": rejections})
