"""Shared fixtures: one spaCy pipeline and one Coder for the whole session."""

from __future__ import annotations

import datetime as dt
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from deeppol.coding.coder import Coder
from deeppol.config import Settings
from deeppol.nlp.pipeline import load_pipeline
from deeppol.store import Database, open_store

Row = dict[str, Any]
CodeFn = Callable[..., list[Row]]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def coder(nlp: Language) -> Coder:
    return Coder(Settings(), nlp=nlp)


@pytest.fixture(scope="session")
def unasserted_coder(coder: Coder) -> Coder:
    return coder.derive(include_unasserted=True)


def _coding(coder: Coder) -> CodeFn:
    def code(text: str, date: str | dt.date | None = "2022-01-07") -> list[Row]:
        return [event.as_row() for event in coder.code_text(text, date=date)]

    return code


@pytest.fixture(scope="session")
def code(coder: Coder) -> CodeFn:
    """``code(text, date)``: the rows (``Event.as_row()``) the default coder finds."""
    return _coding(coder)


@pytest.fixture(scope="session")
def code_unasserted(unasserted_coder: Coder) -> CodeFn:
    """Like ``code`` but keeping negated and hypothetical events."""
    return _coding(unasserted_coder)


# -- stores: SQLite and a real PostgreSQL server ------------------------------------------------

REQUIRE_POSTGRESQL = "DEEPPOL_REQUIRE_POSTGRESQL"
"""Set (as .ci/run does) to fail, not skip, when PostgreSQL cannot be started."""


def _postgresql_binaries() -> tuple[str, str] | None:
    """``initdb`` and ``pg_ctl``: from PATH, else the newest /usr/lib/postgresql/*/bin."""
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        return initdb, pg_ctl
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: [int(x) for x in Path(p).parent.name.split(".") if x.isdigit()],
                         reverse=True):
        initdb, pg_ctl = f"{folder}/initdb", f"{folder}/pg_ctl"
        if os.access(initdb, os.X_OK) and os.access(pg_ctl, os.X_OK):
            return initdb, pg_ctl
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get(REQUIRE_POSTGRESQL):
        pytest.fail(f"PostgreSQL is required ({REQUIRE_POSTGRESQL} is set): {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def postgresql_server() -> Iterator[str]:
    """A throw-away PostgreSQL cluster on a free loopback port; yields the URL of an empty
    database. Run as the ``postgres`` user when the tests run as root (the server refuses root)."""
    binaries = _postgresql_binaries()
    if binaries is None:
        _unavailable("initdb/pg_ctl not found on PATH or in /usr/lib/postgresql/*/bin "
                     "(install Debian's postgresql package)")
    initdb, pg_ctl = binaries  # type: ignore[misc]
    root = Path(tempfile.mkdtemp(prefix="deeppol-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(root, ignore_errors=True)
            _unavailable("running as root and there is no 'postgres' user to run the server")
        os.chown(root, owner.pw_uid, owner.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = root / "data"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=120)

    done = run(initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
               "--locale=C", "--no-sync")
    if done.returncode:
        shutil.rmtree(root, ignore_errors=True)
        _unavailable(f"initdb failed: {done.stderr.strip()[-500:]}")
    port = 0
    for _ in range(3):  # the free port may be taken before the server binds it
        port = _free_port()
        options = (f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
                   " -c synchronous_commit=off -c full_page_writes=off")
        done = run(pg_ctl, "-D", str(data), "-l", str(root / "server.log"), "-o", options,
                   "-w", "-t", "60", "start")
        if not done.returncode:
            break
    else:
        server_log = root / "server.log"
        log = server_log.read_text(errors="replace")[-800:] if server_log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        _unavailable(f"pg_ctl start failed: {done.stderr.strip()[-300:]} {log}")
    try:
        import psycopg

        admin = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute("CREATE DATABASE deeppol_test")
        yield f"postgresql://postgres@127.0.0.1:{port}/deeppol_test"
    finally:
        run(pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


StoreUrls = Callable[[], str]


@pytest.fixture(params=["sqlite", "postgresql"])
def store_urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreUrls]:
    """A factory of empty stores of one backend (parametrised: SQLite, PostgreSQL): each call
    gives a new SQLite file, or a new schema in the session's PostgreSQL database."""
    if request.param == "sqlite":
        counter = iter(range(1_000_000))
        yield lambda: str(tmp_path / f"store{next(counter)}.db")
        return
    import psycopg

    server = request.getfixturevalue("postgresql_server")
    schemas: list[str] = []

    def make() -> str:
        schema = f"test_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(f'CREATE SCHEMA "{schema}"')
        schemas.append(schema)
        return f"{server}?options=-csearch_path%3D{schema}"

    yield make
    with psycopg.connect(server, autocommit=True) as connection:
        for schema in schemas:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def store_url(store_urls: StoreUrls) -> str:
    """The URL of an empty store, on SQLite and on PostgreSQL."""
    return store_urls()


@pytest.fixture
def store(store_url: str) -> Iterator[Database]:
    """An open, migrated, empty store (SQLite and PostgreSQL); closed after the test."""
    db = open_store(store_url)
    try:
        yield db
    finally:
        db.close()


_COUNTRIES = (("Japan", "Tokyo"), ("China", "Beijing"), ("Russia", "Moscow"), ("Ukraine", "Kyiv"),
              ("Israel", "Jerusalem"), ("Egypt", "Cairo"), ("France", "Paris"),
              ("India", "New Delhi"), ("Pakistan", "Islamabad"), ("Turkey", "Ankara"),
              ("Iran", "Tehran"), ("Germany", "Berlin"))
_TEMPLATES = (
    "{a} accused {b} of violating the ceasefire on {day}.",
    "The foreign minister of {a} met his counterpart from {b} in {city} to discuss trade.",
    "{a} signed a defense agreement with {b} on {day}.",
    "Troops from {a} shelled villages near the border with {b}, officials said.",
    "{a} condemned the attack and demanded that {b} withdraw its forces.",
    "Officials in {city} said the talks would continue next week.",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def make_news_corpus(originals: int = 50) -> list[dict[str, Any]]:
    """Short made-up wire stories (JSON Lines records) with the duplicates real feeds have:
    syndicated copies (same text, another URL), updated versions (a few words added: near
    duplicates) and one record repeated verbatim."""
    records: list[dict[str, Any]] = []
    for i in range(originals):
        a, city = _COUNTRIES[i % len(_COUNTRIES)]
        b = _COUNTRIES[(i * 5 + 1 + i // len(_COUNTRIES)) % len(_COUNTRIES)][0]
        if b == a:
            b = _COUNTRIES[(i + 3) % len(_COUNTRIES)][0]
        text = " ".join(_TEMPLATES[(i + k) % len(_TEMPLATES)].format(
            a=a, b=b, city=city, day=_DAYS[(i + k) % len(_DAYS)]) for k in range(5))
        record = {"id": f"story-{i}", "text": text, "date": f"2022-03-{i % 28 + 1:02d}",
                  "title": f"Story {i}", "url": f"https://news.example/{i}",
                  "source": "Example News"}
        records.append(record)
        if i % 7 == 3:  # syndicated: the same text elsewhere
            records.append({**record, "id": f"wire-{i}", "url": f"https://wire.example/{i}",
                            "source": "Example Wire"})
        if i % 9 == 5:  # updated later: a near duplicate
            records.append({**record, "id": f"story-{i}-update", "url": f"https://news.example/{i}/u",
                            "text": text[:-1] + ", a spokesman added."})
        if i == 20:  # the same record twice
            records.append(dict(record))
    return records


@pytest.fixture(scope="session")
def news_corpus() -> list[dict[str, Any]]:
    """``make_news_corpus()``: about 60 short articles with exact and near duplicates."""
    return make_news_corpus()
