"""``deeppol serve``: loopback by default, token from the environment, a clear error without a
store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from deeppol.cli import cli
from deeppol.cli.serve import is_loopback
from deeppol.store import open_store


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def fake_run(app: Any, **options: Any) -> None:
        calls.append({"app": app, **options})
        app.state.deeppol.close()

    import uvicorn

    monkeypatch.setattr(uvicorn, "run", fake_run)
    return calls


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    path = tmp_path / "serve.db"
    open_store(path).close()
    return str(path)


def test_web_serve_binds_loopback_and_is_read_only_by_default(served: list[dict[str, Any]],
                                                              db_path: str) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", db_path], env={"DEEPPOL_API_TOKEN": ""})
    assert result.exit_code == 0, result.output
    assert served[0]["host"] == "127.0.0.1" and served[0]["port"] == 8000
    assert served[0]["app"].state.deeppol.settings.token is None
    assert "read-only" in result.output


def test_web_serve_reads_the_token_from_the_environment(served: list[dict[str, Any]],
                                                        db_path: str) -> None:
    token = "a-token-of-at-least-16-chars"
    result = CliRunner().invoke(cli, ["serve", "--db", db_path, "--token-env", "MY_TOKEN",
                                      "--port", "8123"], env={"MY_TOKEN": token})
    assert result.exit_code == 0, result.output
    assert served[0]["app"].state.deeppol.settings.token == token
    assert served[0]["port"] == 8123 and "ingest on" in result.output


def test_web_serve_warns_when_not_on_loopback(served: list[dict[str, Any]], db_path: str) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", db_path, "--host", "0.0.0.0"])
    assert result.exit_code == 0 and "reachable from other machines" in result.output


@pytest.mark.parametrize(("args", "message"), [
    (["--db", "missing.db"], "no database at"),
])
def test_web_serve_fails_clearly(served: list[dict[str, Any]], tmp_path: Path,
                                 args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["serve", *[str(tmp_path / a) if a.endswith(".db") else a
                                                  for a in args]])
    assert result.exit_code != 0 and message in result.output and not served


def test_web_serve_refuses_a_short_token(served: list[dict[str, Any]], db_path: str) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", db_path], env={"DEEPPOL_API_TOKEN": "short"})
    assert result.exit_code != 0 and "E010" in result.output and not served


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("127.1.2.3", True), ("::1", True),
                                                ("localhost", True), ("0.0.0.0", False),
                                                ("192.168.1.2", False), ("example.org", False)])
def test_web_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
