"""One sandbox instance's state: database, clock, id factory and fault counters.

Several servers may run in one process (tests), so nothing lives in module globals: the
middleware in `app.py` makes the instance serving a request available through `current()`.
"""

from __future__ import annotations

from contextvars import ContextVar
from datetime import datetime
from pathlib import Path

from .clock import Clock
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
        if self.db.is_empty():
            self._seed()

    def _seed(self) -> None:
        self.db.recreate()
        with self.db.transaction() as conn:
            seed(conn, self.clock.now(), self.ids)

    def reset(self) -> None:
        """Back to the state at start: seed data, clock, id sequence, fault counters."""
        self.clock.reset()
        self.ids.reset()
        self.faults.clear()
        self._seed()

    def close(self) -> None:
        self.db.close()


_CURRENT: ContextVar[Sandbox] = ContextVar("rplatform_sandbox")


def current() -> Sandbox:
    return _CURRENT.get()


def activate(sandbox: Sandbox) -> None:
    _CURRENT.set(sandbox)
