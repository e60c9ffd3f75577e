"""SQLite storage (stdlib `sqlite3`): the schema and one serialised transaction per request.

One connection per server, shared by uvicorn's worker threads behind a lock: each request runs
in one `BEGIN IMMEDIATE ... COMMIT`, so concurrent calls (two `ensureCustomer` at once) cannot
interleave. `:memory:` by default; with a file, an existing database is kept across restarts.

Creating the schema and filling it is one transaction too (`create()`), closed by a row in
`seeded`: a process killed while seeding leaves the file as it was, and a file without that row
(half-made by an older version) is created again on the next start.

Sums of usage go through `bigsum()`, an aggregate in Python integers: each stored quantity and
cost is bounded by the schema (at most 10^15, far below SQLite's 2^63), but SQLite's own `SUM()`
raises "integer overflow" once enough rows add up past 2^63, and every read of them would fail.
`bigsum()` returns the exact total as text, however many rows there are.

Rows are `ExactRow`s: read by index or by the column's exact name. `sqlite3.Row` matches a name
in any case, so `row["ID"]` would read `id` by luck; here a misspelt name fails at once.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE users (
    id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    password_hash TEXT NOT NULL, preferences TEXT NOT NULL, preferences_updated_at TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE organizations (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE memberships (
    organization_id TEXT NOT NULL, user_id TEXT NOT NULL, role TEXT NOT NULL,
    PRIMARY KEY (organization_id, user_id)
);
CREATE TABLE projects (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, owner_type TEXT NOT NULL, owner_id TEXT NOT NULL
);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY, user_id TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
    user_agent TEXT NOT NULL, ip_address TEXT NOT NULL, created_at TEXT NOT NULL,
    last_active_at TEXT NOT NULL, expires_at TEXT NOT NULL, revoked_at TEXT
);
CREATE TABLE login_history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, user_id TEXT NOT NULL,
    created_at TEXT NOT NULL, ip_address TEXT NOT NULL, user_agent TEXT NOT NULL,
    success INTEGER NOT NULL, failure_reason TEXT
);
CREATE TABLE customers (
    owner_type TEXT NOT NULL, owner_id TEXT NOT NULL, stripe_customer_id TEXT NOT NULL UNIQUE,
    name TEXT, payment_method_id TEXT, created_at TEXT NOT NULL,
    PRIMARY KEY (owner_type, owner_id)
);
CREATE TABLE subscriptions (
    id TEXT PRIMARY KEY, owner_type TEXT NOT NULL, owner_id TEXT NOT NULL, status TEXT NOT NULL,
    plan TEXT NOT NULL, current_period_start TEXT NOT NULL, current_period_end TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE credits (
    owner_type TEXT NOT NULL, owner_id TEXT NOT NULL, granted_cents INTEGER NOT NULL,
    used_cents INTEGER NOT NULL, expires_at TEXT, PRIMARY KEY (owner_type, owner_id)
);
CREATE TABLE checkout_sessions (
    id TEXT PRIMARY KEY, owner_type TEXT NOT NULL, owner_id TEXT NOT NULL,
    return_url TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL,
    completed_at TEXT
);
CREATE TABLE portal_sessions (
    id TEXT PRIMARY KEY, owner_type TEXT NOT NULL, owner_id TEXT NOT NULL,
    return_url TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE usage_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, project_id TEXT NOT NULL, meter TEXT NOT NULL,
    quantity INTEGER NOT NULL, cost_microcents INTEGER NOT NULL DEFAULT 0,
    day TEXT NOT NULL, occurred_at TEXT NOT NULL
);
CREATE INDEX usage_by_project_day ON usage_events (project_id, day);
CREATE TABLE ai_usage (
    id TEXT PRIMARY KEY, project_id TEXT NOT NULL, input_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL, reasoning_tokens INTEGER NOT NULL,
    cost_microcents INTEGER NOT NULL, provider_model TEXT NOT NULL, recorded_at TEXT NOT NULL
);
CREATE TABLE email_changes (
    token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, new_email TEXT NOT NULL,
    created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT
);
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, to_address TEXT NOT NULL,
    subject TEXT NOT NULL, body TEXT NOT NULL, token TEXT, sent_at TEXT NOT NULL
);
CREATE TABLE deletion_requests (
    user_id TEXT PRIMARY KEY, requested_at TEXT NOT NULL, scheduled_at TEXT NOT NULL,
    reason TEXT
);
CREATE TABLE push_tokens (
    id TEXT PRIMARY KEY, user_id TEXT NOT NULL, token TEXT NOT NULL UNIQUE,
    platform TEXT NOT NULL, device_id TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE TABLE idempotency (
    scope TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
    headers TEXT NOT NULL, body BLOB NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_by_age ON idempotency (created_at);
CREATE TABLE seeded (at TEXT NOT NULL)
"""
INSERT_USAGE_EVENT = (
    "INSERT INTO usage_events (project_id, meter, quantity, cost_microcents, day, occurred_at)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)


class BigSum:
    """`bigsum(x)`: an exact sum in Python integers, returned as text (SQLite ints stop at 2^63)."""

    def __init__(self) -> None:
        self.total = 0

    def step(self, value: Any) -> None:
        self.total += int(value or 0)

    def finalize(self) -> str:
        return str(self.total)


class ExactRow(sqlite3.Row):
    """A `sqlite3.Row` whose names match exactly, as a dict's keys do."""

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str) and key not in self.keys():
            raise IndexError(f"no column named {key!r}; this row has {self.keys()}")
        return super().__getitem__(key)


class Database:
    """The sandbox's SQLite database and its request lock."""

    def __init__(self, path: str | Path | None = None) -> None:
        target = str(path) if path else ":memory:"
        self.conn = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        self.conn.row_factory = ExactRow
        # typeshed's protocol wants finalize() -> int; SQLite takes any value (here, text), and
        # reads a function's name in any case (no mutate).
        self.conn.create_aggregate("bigsum", 1, BigSum)  # type: ignore[arg-type]  # pragma: no mutate
        self._lock = threading.RLock()

    def is_seeded(self) -> bool:
        """Whether a complete database is there: the schema, the seed, and its closing row."""
        with self._lock:
            has_table = self.conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'seeded'"
            ).fetchone()[0]
            return bool(has_table and self.conn.execute("SELECT 1 FROM seeded").fetchone())

    def create(self, fill: Callable[[sqlite3.Connection], None], stamp: str) -> None:
        """Drop every table, create the schema and `fill` it, all in one transaction."""
        with self.transaction() as conn:
            tables = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master"
                    " WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            for table in tables:
                conn.execute(f'DROP TABLE "{table}"')
            for statement in SCHEMA.split(";"):  # executescript() would COMMIT first
                if statement.strip():
                    conn.execute(statement)
            fill(conn)
            conn.execute("INSERT INTO seeded VALUES (?)", (stamp,))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One serialised transaction: committed on success, rolled back on an exception.

        An exception whose `keep_changes` attribute is true (a refused password that must still
        leave a failed entry in the login history) commits before it propagates.
        """
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException as exc:
                # An exception without `keep_changes` rolls back, whatever falsy default says so.
                keep = getattr(exc, "keep_changes", False)  # pragma: no mutate (above)
                self.conn.execute("COMMIT" if keep else "ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def snapshot(self) -> sqlite3.Connection:
        """A copy of the whole database in memory (taken after seeding)."""
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        with self._lock:
            self.conn.backup(copy)
        return copy

    def restore(self, snapshot: sqlite3.Connection) -> None:
        """Replace the whole database with a snapshot: a reset in milliseconds."""
        with self._lock:
            snapshot.backup(self.conn)

    def close(self) -> None:
        self.conn.close()
