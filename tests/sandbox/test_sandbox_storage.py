"""The sandbox's storage (`db.py`) on its own: transactions, exact sums, seeding, snapshots.

No server: a `Database` in memory or in a temporary file, a few milliseconds a test. The
server-level stories (kill -9 during writes, a kept `--db` file) are in test_sandbox_crash.py
and test_sandbox_exactly_once.py; these pin the rules they rely on.
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from rplatform_sandbox.db import Database


class Refusal(Exception):
    """An exception like `Problem`: `keep_changes` says whether its effects commit."""

    def __init__(self, keep_changes: bool) -> None:
        super().__init__("refused")
        self.keep_changes = keep_changes


def _fill(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO organizations VALUES ('org_1', 'Acme', '2025-01-01T00:00:00Z')")


@pytest.fixture
def db() -> Database:
    database = Database()
    database.create(_fill, "2025-01-01T00:00:00Z")
    return database


def _names(db: Database) -> list[str]:
    return [row[0] for row in db.conn.execute("SELECT name FROM organizations ORDER BY id")]


def _add(conn: sqlite3.Connection, org: str) -> None:
    conn.execute("INSERT INTO organizations VALUES (?, ?, '2025-01-01T00:00:00Z')", (org, org))


def test_a_transaction_commits_what_it_wrote(db: Database) -> None:
    with db.transaction() as conn:
        _add(conn, "org_2")
    assert _names(db) == ["Acme", "org_2"]
    assert not db.conn.in_transaction


def test_an_error_rolls_the_whole_transaction_back(db: Database) -> None:
    with pytest.raises(ZeroDivisionError), db.transaction() as conn:
        _add(conn, "org_2")
        _ = 1 / 0
    assert _names(db) == ["Acme"]
    assert not db.conn.in_transaction


def test_a_refusal_that_keeps_its_changes_commits_them_before_it_propagates(db: Database) -> None:
    with pytest.raises(Refusal), db.transaction() as conn:
        _add(conn, "org_2")  # like the failed entry a wrong password leaves in the history
        raise Refusal(keep_changes=True)
    assert _names(db) == ["Acme", "org_2"]


def test_a_refusal_that_does_not_keep_its_changes_is_rolled_back(db: Database) -> None:
    with pytest.raises(Refusal), db.transaction() as conn:
        _add(conn, "org_2")
        raise Refusal(keep_changes=False)
    assert _names(db) == ["Acme"]


def test_a_transaction_is_immediate_so_a_second_writer_waits(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite3"
    db = Database(path)
    db.create(_fill, "2025-01-01T00:00:00Z")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    # BEGIN IMMEDIATE takes the write lock before the first write.
    with db.transaction(), pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()
    db.close()


def test_bigsum_adds_past_sqlite_integers_exactly_and_counts_null_as_zero(db: Database) -> None:
    rows = [(2**63 - 1,), (2**63 - 1,), (None,), (2,)]
    db.conn.execute("CREATE TEMP TABLE numbers (n INTEGER)")
    db.conn.executemany("INSERT INTO numbers VALUES (?)", rows)
    total = db.conn.execute("SELECT bigsum(n) FROM numbers").fetchone()[0]
    assert total == "18446744073709551616"  # 2^64, as text


def test_an_empty_database_is_not_seeded() -> None:
    assert Database().is_seeded() is False


def test_a_database_is_seeded_only_with_its_closing_row(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite3"
    half = sqlite3.connect(path)
    half.execute("CREATE TABLE seeded (at TEXT NOT NULL)")  # the schema, but no closing row
    half.commit()
    half.close()
    assert Database(path).is_seeded() is False
    done = Database(path)
    done.create(_fill, "2025-01-01T00:00:00Z")
    done.close()
    kept = Database(path)  # a new process opening the same file
    assert kept.is_seeded() is True
    assert _names(kept) == ["Acme"]
    assert kept.conn.execute("SELECT at FROM seeded").fetchall()[0][0] == "2025-01-01T00:00:00Z"


def test_create_starts_from_scratch_whatever_tables_were_there(db: Database) -> None:
    db.conn.execute("CREATE TABLE leftover (x)")
    _add(db.conn, "org_2")
    db.create(_fill, "2025-02-01T00:00:00Z")
    tables = {row[0] for row in db.conn.execute("SELECT name FROM sqlite_master")}
    assert "leftover" not in tables and {"users", "idempotency", "seeded"} <= tables
    assert _names(db) == ["Acme"]
    assert [row[0] for row in db.conn.execute("SELECT at FROM seeded")] == ["2025-02-01T00:00:00Z"]


def test_a_failing_seed_leaves_the_database_as_it_was(db: Database) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        _fill(conn)
        raise RuntimeError("killed while seeding")

    with pytest.raises(RuntimeError):
        db.create(broken, "2025-02-01T00:00:00Z")
    assert db.is_seeded() is True
    assert [row[0] for row in db.conn.execute("SELECT at FROM seeded")] == ["2025-01-01T00:00:00Z"]


def test_a_snapshot_restores_from_another_thread_and_is_kept_in_memory(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The seed's snapshot is taken where the sandbox starts and restored by `/sandbox/reset`,
    # on whichever server thread takes that request; it is never a file.
    monkeypatch.chdir(tmp_path)
    snapshot = db.snapshot()
    with db.transaction() as conn:
        _add(conn, "org_2")
    with ThreadPoolExecutor(1) as pool:
        pool.submit(db.restore, snapshot).result()
    assert _names(db) == ["Acme"]
    assert list(tmp_path.iterdir()) == []


def test_restore_brings_back_the_snapshot_and_nothing_written_since(db: Database) -> None:
    snapshot = db.snapshot()
    with db.transaction() as conn:
        _add(conn, "org_2")
        conn.execute("DELETE FROM organizations WHERE id = 'org_1'")
    assert _names(db) == ["org_2"]
    db.restore(snapshot)
    assert _names(db) == ["Acme"]
    assert snapshot.execute("SELECT count(*) FROM organizations").fetchone()[0] == 1


def test_rows_read_by_column_name(db: Database) -> None:
    row = db.conn.execute("SELECT id, name FROM organizations").fetchone()
    assert (row["id"], row["name"]) == ("org_1", "Acme")


def test_a_row_is_read_by_its_exact_column_name(db: Database) -> None:
    row = db.conn.execute("SELECT 1 AS id, 'x' AS owner_type").fetchone()
    assert (row["id"], row["owner_type"], row[1], tuple(row)) == (1, "x", "x", (1, "x"))
    for wrong in ("ID", "Owner_Type", "missing"):
        with pytest.raises(IndexError, match=f"no column named '{wrong}'"):
            row[wrong]
