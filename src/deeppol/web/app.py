"""The ASGI app: the versioned JSON API under ``/v1``, ``/healthz``, the OpenAPI schema and the
dashboard, all from one ``create_app`` call (no state at import time)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

from deeppol.errors import ConfigError
from deeppol.web.config import WebSettings
from deeppol.web.errors import install_error_handlers
from deeppol.web.middleware import BodyLimitMiddleware, SecurityHeadersMiddleware
from deeppol.web.pages import STATIC_DIR
from deeppol.web.pages import router as pages_router
from deeppol.web.routes import analysis, articles, coding, events, system
from deeppol.web.state import AppState

if TYPE_CHECKING:
    from deeppol.coding.coder import Coder

log = logging.getLogger(__name__)

API_DESCRIPTION = """\
Explainable political event data (CAMEO/PLOVER) from a DeepPol store.

Read-only by default. `POST /v1/ingest` needs the bearer token the operator set; without one it
is off. Errors are JSON: `{"error": {"code": ..., "message": ...}}`.
"""


def create_app(db_url: str | Path, *, token: str | None = None,
               settings: WebSettings | None = None,
               coder_factory: Callable[[], Coder] | None = None) -> FastAPI:
    """The DeepPol web app (API and dashboard) over the store at ``db_url``.

    Args:
        db_url: a SQLite path or a ``postgresql://`` URL; the schema is created or migrated once,
            here (the only write the app makes unless ingest is on).
        token: the bearer token ``POST /v1/ingest`` requires (overrides ``settings.token``);
            None leaves ingest off.
        settings: limits and connection counts (``WebSettings``).
        coder_factory: builds the coder on first use of ``/v1/code`` or ``/v1/ingest`` (default:
            ``Coder(settings.coder)``); tests pass one that returns a shared coder.

    Returns:
        A FastAPI app; ``app.state.deeppol`` is its ``AppState`` (close it when done if the app
        is not run under a server that sends lifespan events).

    Raises:
        ConfigError: ``:memory:`` (each request reads through its own connection).
        StoreError: the store cannot be opened or migrated.
    """
    if str(db_url) in (":memory:", "sqlite:///:memory:"):
        raise ConfigError("[E012] the web app needs a database file or a PostgreSQL URL: each "
                          "request reads through its own connection")
    settings = settings or WebSettings()
    if token is not None:
        settings = settings.replace(token=token)
    state = AppState(str(db_url), settings, coder_factory)
    state.migrate()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            state.close()

    from deeppol import __version__

    app = FastAPI(title="DeepPol", version=__version__, description=API_DESCRIPTION,
                  docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.deeppol = state
    install_error_handlers(app)
    for router in (system.router, events.router, analysis.router, articles.router,
                   coding.router, pages_router):
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR, check_dir=False), name="static")
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    return app
