"""Bearer authentication: token → live session → user.

Tokens are stored only as SHA-256 digests. A token is accepted while its session is neither
revoked nor expired; each accepted call refreshes the session's `last_active_at`. Connexion
answers 401 before any handler runs when the token is missing, unknown, revoked or expired, or
belongs to an account removed at the end of its deletion grace period (`accounts.purge_due`).
"""

from __future__ import annotations

from typing import Any

from connexion.security import BearerSecurityHandler

from .accounts import purge_due
from .clock import iso
from .ids import token_digest
from .problems import Problem
from .state import current

# The SDK's and the README's words: a user holds an "API key", sent as a bearer token.
MISSING = "The API key (bearer token) is missing: send it as `Authorization: Bearer <API key>`."
REFUSED = "The API key (bearer token) is unknown, revoked or expired."


def bearer_info(token: str) -> dict[str, Any]:
    """Connexion's token-info function: the user and session behind a bearer token."""
    sandbox = current()
    instant = sandbox.clock.now()
    now = iso(instant)
    with sandbox.db.transaction() as conn:
        purge_due(conn, instant)
        row = conn.execute(
            "SELECT id, user_id FROM sessions WHERE token_hash = ? AND revoked_at IS NULL"
            " AND expires_at > ?",
            (token_digest(token), now),
        ).fetchone()
        if row is None:
            raise Problem("unauthenticated", REFUSED)
        conn.execute("UPDATE sessions SET last_active_at = ? WHERE id = ?", (now, row["id"]))
    return {"sub": row["user_id"], "session_id": row["id"]}


class SandboxBearerHandler(BearerSecurityHandler):
    """Uses `bearer_info` whatever the spec's `x-bearerInfoFunc` says."""

    def _resolve_func(self, security_scheme: dict[str, Any]) -> Any:
        return bearer_info


SECURITY_MAP = {"bearer": SandboxBearerHandler}
