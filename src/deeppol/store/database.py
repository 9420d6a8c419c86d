"""One small interface over the two supported databases: SQLite (embedded) and PostgreSQL.

Everything above this module writes portable SQL with ``?`` placeholders; ``Database`` turns them
into the driver's style, hands rows back as dicts, and runs writes in explicit transactions.
Values are always passed as parameters, never formatted into SQL.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from deeppol.errors import DeeppolError

DEFAULT_DB = "deeppol.db"
SQLITE = "sqlite"
POSTGRESQL = "postgresql"

Params = Sequence[Any]
SQLITE_TIMEOUT = 30.0
"""Seconds a SQLite statement waits for another connection's lock."""
WRITE_LOCK = 0x64656570
"""PostgreSQL advisory lock key that writers of a store take in turn (``"deep"`` in ASCII)."""


class StoreError(DeeppolError):
    """The store cannot be opened, migrated or written."""


class Database:
    """A connection to SQLite or PostgreSQL with portable ``?`` placeholders.

    Open with ``Database.connect(url)``: a file path (or ``sqlite:///path``) gives SQLite, a
    ``postgresql://`` URL gives PostgreSQL (through psycopg 3).
    """

    def __init__(self, connection: Any, dialect: str, url: str) -> None:
        self.connection = connection
        self.dialect = dialect
        self.url = url
        self._depth = 0

    @property
    def errors(self) -> tuple[type[Exception], ...]:
        """The exceptions the driver raises (``sqlite3.Error`` or ``psycopg.Error``)."""
        if self.dialect == POSTGRESQL:
            import psycopg

            return (psycopg.Error,)
        return (sqlite3.Error,)

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def connect(cls, url: str | Path = DEFAULT_DB) -> Database:
        text = str(url)
        if text.startswith(("postgresql://", "postgres://")):
            return cls._postgresql(text)
        if text.startswith("sqlite:///"):
            text = text[len("sqlite:///"):]
        return cls._sqlite(text)

    @classmethod
    def _sqlite(cls, path: str) -> Database:
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"[S001] cannot create database {path!r}: {parent} is not a directory")
        try:
            connection = sqlite3.connect(path, isolation_level=None, timeout=SQLITE_TIMEOUT,
                                         check_same_thread=False)
            connection.row_factory = sqlite3.Row
            _set_wal(connection, SQLITE_TIMEOUT)
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"[S002] {path!r} is not a usable SQLite database: {exc}") from exc
        return cls(connection, SQLITE, path)

    @classmethod
    def _postgresql(cls, url: str) -> Database:
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:  # pragma: no cover - psycopg is a dependency
            raise StoreError("[S003] PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from exc
        try:
            connection = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(f"[S004] cannot connect to PostgreSQL: {exc}".strip()) from exc
        return cls(connection, POSTGRESQL, url)

    # -- statements ------------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        if self.dialect == POSTGRESQL:
            return _QMARK.sub("%s", sql.replace("%", "%%"))
        return sql

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the number of rows it changed (when the driver knows)."""
        cursor = self.connection.execute(self._sql(sql), tuple(params))
        return cursor.rowcount

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        rows = [tuple(row) for row in rows]
        if not rows:
            return
        if self.dialect == POSTGRESQL:
            with self.connection.cursor() as cursor:
                cursor.executemany(self._sql(sql), rows)
        else:
            self.connection.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        """All rows of a query, as dicts keyed by column name."""
        cursor = self.connection.execute(self._sql(sql), tuple(params))
        return [dict(row) for row in cursor.fetchall()]

    def query_one(self, sql: str, params: Params = ()) -> dict[str, Any] | None:
        cursor = self.connection.execute(self._sql(sql), tuple(params))
        row = cursor.fetchone()
        return dict(row) if row is not None else None

    def iterate(self, sql: str, params: Params = (), size: int = 1000) -> Iterator[dict[str, Any]]:
        """Rows streamed in chunks (for exports of millions of rows)."""
        cursor = self.connection.cursor()
        cursor.execute(self._sql(sql), tuple(params))
        while True:
            chunk = cursor.fetchmany(size)
            if not chunk:
                break
            for row in chunk:
                yield dict(row)
        cursor.close()

    def lock_for_writing(self) -> None:
        """Inside a transaction: wait until other writers' transactions end, so that writers of
        one store take turns. SQLite's ``BEGIN IMMEDIATE`` already does this; on PostgreSQL an
        advisory lock (``WRITE_LOCK``) is held until the transaction ends."""
        if self.dialect == POSTGRESQL:
            self.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All statements inside commit together or not at all (nested blocks join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        if self.dialect == POSTGRESQL:
            self._depth = 1
            try:
                with self.connection.transaction():
                    yield self
            finally:
                self._depth = 0
            return
        self.connection.execute("BEGIN IMMEDIATE")  # may fail (locked): then no block is open
        self._depth = 1
        try:
            yield self
        except BaseException:
            if self.connection.in_transaction:  # some errors end the transaction themselves
                self.connection.execute("ROLLBACK")
            raise
        else:
            self.connection.execute("COMMIT")
        finally:
            self._depth = 0

    def tables(self) -> set[str]:
        if self.dialect == POSTGRESQL:
            rows = self.query("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()")
        else:
            rows = self.query("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row["name"] for row in rows}

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


_QMARK = re.compile(r"\?")


def _set_wal(connection: sqlite3.Connection, timeout: float) -> None:
    """Switch to WAL mode. On a new file this needs the exclusive lock, and SQLite answers
    "database is locked" at once (no busy wait) while another connection is creating it: retry."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def redact_url(url: str) -> str:
    """``url`` fit to print: a PostgreSQL URL's password becomes ``***``."""
    if not url.startswith(("postgresql://", "postgres://")):
        return url
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:  # malformed: show nothing after the scheme rather than a secret
        return url.split("://", 1)[0] + "://…"
    if password is None:
        return url
    netloc = parts.netloc.replace(f":{password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))
