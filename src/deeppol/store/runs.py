"""Runs (which coder configuration stored what) and a summary of a store's contents.

A run is identified by what affects the output (coder version, dictionary hash, settings), not by
when it ran: starting again with the same configuration continues the same ``runs`` row
(``first_started`` stays, ``last_started`` and ``invocations`` move on).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from typing import Any, Protocol

from deeppol.coding.coder import CODER_NAME
from deeppol.coding.dictionaries import Dictionaries
from deeppol.config import Settings
from deeppol.store.database import POSTGRESQL, Database, redact_url
from deeppol.store.ids import digest
from deeppol.store.migrations import schema_version

NOT_OUTPUT_SETTINGS = frozenset({"batch_size", "dictionaries"})
"""Settings left out of a run's identity: speed only, or already in the dictionary hash."""


class ConfiguredCoder(Protocol):
    """What a run needs to know about a coder (``deeppol.coding.coder.Coder`` qualifies)."""

    settings: Settings
    dictionaries: Dictionaries


@dataclass(frozen=True, slots=True)
class Run:
    """One coder configuration; ``id`` is a hash of the other three fields."""

    id: str
    coder_version: str
    dictionary_hash: str
    settings: str
    """JSON of the settings that affect output, keys sorted."""

    @classmethod
    def for_coder(cls, coder: ConfiguredCoder) -> Run:
        """The run of ``coder``'s configuration."""
        coder_version = f"{CODER_NAME} (deeppol {_package_version()})"
        dictionary_hash = coder.dictionaries.digest
        settings = json.dumps(output_settings(coder.settings), sort_keys=True)
        return cls(digest("run", coder_version, dictionary_hash, settings), coder_version,
                   dictionary_hash, settings)


def output_settings(settings: Settings) -> dict[str, Any]:
    """The settings that change what is coded, as a JSON-ready dict."""
    return {key: value for key, value in dataclasses.asdict(settings).items()
            if key not in NOT_OUTPUT_SETTINGS}


def start_run(db: Database, run: Run) -> Run:
    """Record that ``run`` starts (a new row, or one more invocation of the same configuration)."""
    now = _now()
    with db.transaction():
        db.execute(
            "INSERT INTO runs (id, coder_version, dictionary_hash, settings, first_started,"
            " last_started, last_finished, invocations) VALUES (?, ?, ?, ?, ?, ?, NULL, 1)"
            " ON CONFLICT (id) DO UPDATE SET last_started = excluded.last_started,"
            " invocations = runs.invocations + 1",
            (run.id, run.coder_version, run.dictionary_hash, run.settings, now, now))
    return run


def finish_run(db: Database, run: Run) -> None:
    """Record that ``run`` went through all its inputs."""
    with db.transaction():
        db.execute("UPDATE runs SET last_finished = ? WHERE id = ?", (_now(), run.id))


@dataclass(frozen=True, slots=True)
class StoreInfo:
    """What a store holds: ``deeppol db info``."""

    url: str
    dialect: str
    schema_version: int
    counts: dict[str, int]
    """Rows per table."""
    runs: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def describe_store(db: Database) -> StoreInfo:
    """Schema version, rows per table and the runs recorded in ``db``."""
    tables = sorted(db.tables())
    counts = {}
    for table in tables:  # names come from the catalogue, quoted as identifiers
        row = db.query_one(f'SELECT COUNT(*) AS n FROM "{table}"')
        counts[table] = int(row["n"]) if row else 0
    runs = db.query("SELECT * FROM runs ORDER BY first_started, id") if "runs" in tables else []
    return StoreInfo(_safe_url(db), db.dialect, schema_version(db), counts, runs)


def _safe_url(db: Database) -> str:
    """The store's address without a password."""
    return redact_url(db.url) if db.dialect == POSTGRESQL else db.url


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _package_version() -> str:
    try:
        return version("deeppol")
    except PackageNotFoundError:  # a source tree that is not installed
        return "0.0.0+local"


__all__ = ["NOT_OUTPUT_SETTINGS", "Run", "StoreInfo", "describe_store", "finish_run",
           "output_settings", "start_run"]
