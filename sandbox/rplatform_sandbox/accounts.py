"""What an account's own decisions do to its credentials and its data.

- A password change revokes every other session of the account (`revoke_other_sessions`).
- Deletion: when the 30-day grace period of a deletion request has ended, the account is removed
  for real. `purge_due` runs at the start of every request's transaction (authentication, every
  operation, every sandbox route), so the first request after the deadline, whoever sends it,
  finds the account gone: its tokens get 401, logging in fails, its email address is free.

Removed with the account: the user row (and so the preferences), sessions, login history,
pending email changes, the deletion request, push tokens, stored Idempotency-Key answers, its
memberships, and everything billed to the user: personal projects with their usage and AI usage,
customer, subscriptions, credits, checkout and portal sessions. An organization of which the
account is the only member is removed the same way, with its projects, usage and billing. An
organization with other members stays as it is for them; only the account's membership goes.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from .clock import iso

OWNED_BY_USER = (
    ("sessions", "user_id"),
    ("login_history", "user_id"),
    ("email_changes", "user_id"),
    ("deletion_requests", "user_id"),
    ("push_tokens", "user_id"),
    ("idempotency", "scope"),
    ("memberships", "user_id"),
    ("users", "id"),
)
BILLED_TO_OWNER = ("customers", "subscriptions", "credits", "checkout_sessions", "portal_sessions")


def revoke_other_sessions(conn: sqlite3.Connection, user_id: str, keep: str, now: str) -> int:
    return conn.execute(
        "UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND id != ? AND revoked_at IS NULL"
        " AND expires_at > ?",
        (now, user_id, keep, now),
    ).rowcount


def purge_due(conn: sqlite3.Connection, now: datetime) -> None:
    """Remove every account whose deletion grace period has ended by `now`."""
    due = conn.execute(
        "SELECT user_id FROM deletion_requests WHERE scheduled_at <= ?", (iso(now),)
    ).fetchall()
    for (user_id,) in due:
        delete_account(conn, user_id)


def delete_account(conn: sqlite3.Connection, user_id: str) -> None:
    alone = [
        row[0]
        for row in conn.execute(
            "SELECT organization_id FROM memberships m WHERE user_id = ? AND NOT EXISTS ("
            " SELECT 1 FROM memberships o"
            " WHERE o.organization_id = m.organization_id AND o.user_id != m.user_id)",
            (user_id,),
        )
    ]
    for owner in [("user", user_id), *(("organization", org) for org in alone)]:
        _delete_owner(conn, *owner)
    for org in alone:
        conn.execute("DELETE FROM memberships WHERE organization_id = ?", (org,))
        conn.execute("DELETE FROM organizations WHERE id = ?", (org,))
    for table, column in OWNED_BY_USER:
        conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (user_id,))


def _delete_owner(conn: sqlite3.Connection, owner_type: str, owner_id: str) -> None:
    """An owner's projects with their usage, and its billing."""
    projects = "SELECT id FROM projects WHERE owner_type = ? AND owner_id = ?"
    # SQLite reads a table's name in any case.
    for table in ("usage_events", "ai_usage"):  # pragma: no mutate (above)
        conn.execute(
            f"DELETE FROM {table} WHERE project_id IN ({projects})", (owner_type, owner_id)
        )
    for table in ("projects", *BILLED_TO_OWNER):  # pragma: no mutate (above)
        conn.execute(
            f"DELETE FROM {table} WHERE owner_type = ? AND owner_id = ?", (owner_type, owner_id)
        )
