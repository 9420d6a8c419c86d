"""Liveness: ``GET /healthz``."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from deeppol.store.migrations import schema_version
from deeppol.web.routes.common import app_state, json_response
from deeppol.web.schemas import INVALID, HealthOut

router = APIRouter(tags=["system"], responses=INVALID)


@router.get("/healthz", response_model=HealthOut)
def healthz(request: Request) -> Response:
    """The server answers and its store can be read."""
    from deeppol import __version__

    state = app_state(request)
    with state.reader() as db:
        version = schema_version(db)
        dialect = db.dialect
    return json_response({"status": "ok", "version": __version__, "schema_version": version,
                          "dialect": dialect, "ingest_enabled": state.settings.token is not None,
                          "coder_loaded": state.coder_loaded})
