"""One sandbox instance's state: database, clock, id factory and fault counters.

A `--db` file is kept across restarts once it is completely seeded; anything less (a first
start killed while seeding) is created again. Reset restores an in-memory snapshot of the seed
with SQLite's backup API, which writes the file in one transaction as well.

Several servers may run in one process (tests), so no instance lives in module globals: the
middleware in `app.py` makes the instance serving a request available through `current()`.

Seeding takes about 0.3 s (scrypt hashes, 18 months of usage). With a fixed clock (`--now`) its
result depends on that instant alone, so the process keeps an image of the last seeds it made
(`_SEEDS`: 1.8 MB each, at most SEEDS_KEPT of them): the next sandbox with the same `now` (a test
session's, a notebook cell run again) starts from a copy of it in milliseconds.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from contextvars import ContextVar
from datetime import date, datetime
from pathlib import Path

from .clock import Clock, iso
from .db import Database
from .faults import FaultBook
from .ids import IdFactory
from .seed import seed


class Sandbox:
    """Everything a request may touch."""

    def __init__(
        self, *, now: datetime | None = None, seed: int | None = None, db: str | Path | None = None
    ) -> None:
        self.clock = Clock(now)
        self.ids = IdFactory(seed)
        self.db = Database(db)
        self.faults = FaultBook()
        self._seeded: tuple[date, sqlite3.Connection] | None = None
        if not self.db.is_seeded():
            self._seed()

    def _seed(self) -> None:
        now = self.clock.now()
        image = _kept_seed(now) if self.clock.deterministic else None
        if image is None:
            self.db.create(lambda conn: seed(conn, now), iso(now))
            snapshot = self.db.snapshot()
            if self.clock.deterministic:
                _keep_seed(now, snapshot.serialize())
        else:
            snapshot = sqlite3.connect(":memory:", check_same_thread=False)
            snapshot.deserialize(image)
            self.db.restore(snapshot)
        self._seeded = (now.date(), snapshot)

    def reset(self) -> None:
        """Back to the seed data, and the clock, id sequence and fault counters of the start.

        The seeded database is restored from a snapshot unless the (real) clock has moved to
        another day since, in which case the seed runs again so usage reaches today.
        """
        self.clock.reset()
        self.ids.reset()
        self.faults.clear()
        if self._seeded is not None and self._seeded[0] == self.clock.now().date():
            self.db.restore(self._seeded[1])
        else:
            self._seed()

    def close(self) -> None:
        if self._seeded is not None:
            self._seeded[1].close()
        self.db.close()


SEEDS_KEPT = 4
_SEEDS: OrderedDict[datetime, bytes] = OrderedDict()
_SEEDS_LOCK = threading.Lock()


def _kept_seed(now: datetime) -> bytes | None:
    with _SEEDS_LOCK:
        image = _SEEDS.get(now)
        if image is not None:
            _SEEDS.move_to_end(now)
        return image


def _keep_seed(now: datetime, image: bytes) -> None:
    with _SEEDS_LOCK:
        _SEEDS[now] = image
        while len(_SEEDS) > SEEDS_KEPT:
            _SEEDS.popitem(last=False)


_CURRENT: ContextVar[Sandbox] = ContextVar("rplatform_sandbox")


def current() -> Sandbox:
    return _CURRENT.get()


def activate(sandbox: Sandbox) -> None:
    _CURRENT.set(sandbox)
