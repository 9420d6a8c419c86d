"""What one app holds: a pool of read-only store connections, the single writer lock, the coder.

Nothing here is module state: ``create_app`` builds one ``AppState`` and keeps it on
``app.state.deeppol``; ``close()`` releases every connection it opened.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from deeppol.store import open_store
from deeppol.store.database import POSTGRESQL, SQLITE, Database, StoreError

if TYPE_CHECKING:
    from deeppol.coding.coder import Coder
    from deeppol.web.config import WebSettings

log = logging.getLogger(__name__)

POOL_WAIT_SECONDS = 30.0
SQLITE_READ_PRAGMAS = (
    "PRAGMA query_only = ON",
    "PRAGMA mmap_size = 1073741824",  # pages shared through the OS cache, not copied per connection
    "PRAGMA cache_size = -16384",  # 16 MiB per connection
    "PRAGMA temp_store = MEMORY",
)


class ConnectionPool:
    """Read-only connections to one store, handed out one per request and taken back after.

    SQLite connections are opened with ``query_only``; PostgreSQL sessions are read-only. At most
    ``size`` exist; a request that finds none free waits up to ``POOL_WAIT_SECONDS``. ``close()``
    closes them all (those in use when they come back); later requests open new ones.
    """

    def __init__(self, url: str, size: int) -> None:
        self.url = url
        self.size = size
        self._idle: queue.LifoQueue[tuple[int, Database]] = queue.LifoQueue()
        self._open_count = 0
        self._generation = 0
        self._lock = threading.Lock()

    def _open(self) -> Database:
        db = Database.connect(self.url)
        try:
            if db.dialect == SQLITE:
                for pragma in SQLITE_READ_PRAGMAS:
                    db.execute(pragma)
            elif db.dialect == POSTGRESQL:
                db.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        except Exception:
            db.close()
            raise
        return db

    def _take(self) -> tuple[int, Database]:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            opening = self._open_count < self.size
            if opening:
                self._open_count += 1
            generation = self._generation
        if opening:
            try:
                return generation, self._open()
            except BaseException:
                with self._lock:
                    self._open_count -= 1
                raise
        try:
            return self._idle.get(timeout=POOL_WAIT_SECONDS)
        except queue.Empty:
            raise StoreError("[S021] the store is busy: no free connection, try again") from None

    def _give_back(self, generation: int, db: Database) -> None:
        with self._lock:
            current = generation == self._generation
            if not current:
                self._open_count -= 1
        if current:
            self._idle.put((generation, db))
        else:
            db.close()

    @contextmanager
    def connection(self) -> Iterator[Database]:
        """A connection for the duration of the block."""
        generation, db = self._take()
        try:
            yield db
        finally:
            self._give_back(generation, db)

    def close(self) -> None:
        """Close every idle connection now and every busy one when it is given back."""
        with self._lock:
            self._generation += 1
        while True:
            try:
                _, db = self._idle.get_nowait()
            except queue.Empty:
                break
            with self._lock:
                self._open_count -= 1
            db.close()


class AppState:
    """The store, its readers, the one writer and the lazily built coder of one app."""

    def __init__(self, db_url: str, settings: WebSettings,
                 coder_factory: Callable[[], Coder] | None = None) -> None:
        self.db_url = db_url
        self.settings = settings
        self.readers = ConnectionPool(db_url, settings.read_connections)
        self.write_lock = threading.Lock()
        """Held while anything writes: the store has one writer."""
        self.coding_lock = threading.Lock()
        """Held while the coder runs (a spaCy pipeline is not shared between threads)."""
        self._coder_factory = coder_factory
        self._coder: Coder | None = None
        self._coder_lock = threading.Lock()

    def migrate(self) -> None:
        """Open the store once, creating or migrating its schema (the only write at start-up)."""
        open_store(self.db_url).close()

    @contextmanager
    def reader(self) -> Iterator[Database]:
        """A read-only connection for one request."""
        with self.readers.connection() as db:
            yield db

    @contextmanager
    def writer(self) -> Iterator[Database]:
        """The store opened for writing, for one ingest at a time."""
        with self.write_lock:
            db = open_store(self.db_url)
            try:
                yield db
            finally:
                db.close()

    def coder(self) -> Coder:
        """The coder, built on first use (loading the pipeline takes a few seconds) and kept."""
        with self._coder_lock:
            if self._coder is None:
                if self._coder_factory is not None:
                    self._coder = self._coder_factory()
                else:
                    from deeppol.coding.coder import Coder

                    self._coder = Coder(self.settings.coder)
            return self._coder

    @property
    def coder_loaded(self) -> bool:
        return self._coder is not None

    def close(self) -> None:
        self.readers.close()
