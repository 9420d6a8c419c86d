"""DeepPol over HTTP: the JSON API and the analyst dashboard (``deeppol serve``).

``create_app(db_url)`` builds the ASGI app; it is a thin shell over ``deeppol.analysis`` and
``deeppol.web.queries``. FastAPI is imported only when ``create_app`` is first used, so the CLI
starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from deeppol.web.config import TOKEN_ENV, WebSettings

if TYPE_CHECKING:
    from deeppol.web.app import create_app


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from deeppol.web.app import create_app

        return create_app
    raise AttributeError(f"module 'deeppol.web' has no attribute {name!r}")


__all__ = ["TOKEN_ENV", "WebSettings", "create_app"]
