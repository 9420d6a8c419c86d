"""``deeppol serve``: the JSON API and the dashboard over a store."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path

import click

from deeppol.cli.main import cli
from deeppol.errors import DeeppolError
from deeppol.store import DEFAULT_DB
from deeppol.web.config import TOKEN_ENV


def is_loopback(host: str) -> bool:
    """True when ``host`` only listens on this machine (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@cli.command("serve")
@click.option("--db", "db_url", default=DEFAULT_DB, show_default=True, envvar="DEEPPOL_DB",
              show_envvar=True, metavar="PATH_OR_URL", help="SQLite file or postgresql:// URL.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback is reachable from other machines.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token-env", default=TOKEN_ENV, show_default=True, metavar="NAME",
              help="Environment variable holding the bearer token that enables POST /v1/ingest "
                   "(unset or empty: ingest is off, the server is read-only).")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              default="info", show_default=True)
def serve_cli(db_url: str, host: str, port: int, token_env: str, log_level: str) -> None:
    """Serve the JSON API (/v1, OpenAPI at /openapi.json) and the dashboard (/) over a store.

    Read-only unless the environment variable named by --token-env holds a token (16 characters
    or more): then POST /v1/ingest accepts requests that send it as "Authorization: Bearer".
    The token is read from the environment so that it never shows in the process list.

    \b
    Example:
        deeppol serve --db news.db                  # http://127.0.0.1:8000/
        DEEPPOL_API_TOKEN=$(openssl rand -hex 24) deeppol serve --db news.db --port 8080
    """
    import uvicorn

    from deeppol.web import create_app

    is_file = not db_url.startswith(("postgresql://", "postgres://"))
    path = db_url[len("sqlite:///"):] if db_url.startswith("sqlite:///") else db_url
    if is_file and not Path(path).is_file():
        raise click.ClickException(f"no database at {path} (create one with deeppol ingest)")
    token = os.environ.get(token_env) or None
    try:
        app = create_app(db_url, token=token)
    except DeeppolError as exc:
        raise click.ClickException(str(exc)) from exc
    if not is_loopback(host):
        click.echo(f"warning: listening on {host}: the server is reachable from other machines",
                   err=True)
    click.echo(f"DeepPol on http://{host}:{port}/ ({'ingest on' if token else 'read-only'})",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False,
                server_header=False)
