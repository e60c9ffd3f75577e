"""SQLite storage (stdlib `sqlite3`): the schema and one serialised transaction per request.

One connection per server, shared by uvicorn's worker threads behind a lock: each request runs
in one `BEGIN IMMEDIATE ... COMMIT`, so concurrent calls (two `ensureCustomer` at once) cannot
interleave. `:memory:` by default; with a file, an existing database is kept across restarts.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
    cancel_at_period_end INTEGER NOT NULL, created_at TEXT NOT NULL
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
"""
INSERT_USAGE_EVENT = (
    "INSERT INTO usage_events (project_id, meter, quantity, cost_microcents, day, occurred_at)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)


class Database:
    """The sandbox's SQLite database and its request lock."""

    def __init__(self, path: str | Path | None = None) -> None:
        target = str(path) if path else ":memory:"
        self.conn = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()

    def is_empty(self) -> bool:
        row = self.conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'users'"
        ).fetchone()
        return bool(row[0] == 0)

    def recreate(self) -> None:
        """Drop every table and create the schema afresh (start and `/sandbox/reset`)."""
        with self._lock:
            tables = [
                r[0]
                for r in self.conn.execute(
                    "SELECT name FROM sqlite_master"
                    " WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            self.conn.execute("BEGIN IMMEDIATE")
            for table in tables:
                self.conn.execute(f'DROP TABLE "{table}"')
            self.conn.execute("COMMIT")
            self.conn.executescript(SCHEMA)

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
                self.conn.execute("COMMIT" if getattr(exc, "keep_changes", False) else "ROLLBACK")
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
