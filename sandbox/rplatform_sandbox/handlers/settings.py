"""Settings operations: preferences, sessions, password, email change, deletion, login history.

Policies: see the package docstring (password policy, deletion repeat and cancel, 422 rules).
No refusal repeats a secret the request carried (a password, a token, an email address).
What a schema can state (the password policy, an email address, a locale, an IANA time zone
(`formats.py`), the confirmation text, a parameter's default) is openapi.yaml's alone: connexion
refuses a request that breaks it, and fills in defaults, before a handler runs. The handlers
check only what a schema cannot: a password equal to the current one, an address in use.
"""

from __future__ import annotations

import json
from datetime import timedelta
from operator import itemgetter
from typing import Any

from .. import pagination
from ..accounts import revoke_other_sessions
from ..clock import iso
from ..ids import token_digest
from ..passwords import hash_password, verify_password
from ..problems import Problem, invalid
from .common import Answer, Ctx, no_content, ok, operation

GRACE_PERIOD = timedelta(days=30)
EMAIL_TOKEN_LIFETIME = timedelta(hours=24)


# --- preferences ---------------------------------------------------------------------------


def _preferences(ctx: Ctx) -> dict[str, Any]:
    row = ctx.one("SELECT preferences, preferences_updated_at FROM users WHERE id = ?", ctx.user)
    assert row is not None
    return {**json.loads(row["preferences"]), "updated_at": row["preferences_updated_at"]}


def _update_section(ctx: Ctx, section: str, changes: dict[str, Any]) -> Answer:
    stored = _preferences(ctx)
    updated_at = stored.pop("updated_at")
    known = {k: v for k, v in changes.items() if k in stored[section]}
    stored[section].update(known)
    if known:
        updated_at = ctx.stamp
    ctx.conn.execute(
        "UPDATE users SET preferences = ?, preferences_updated_at = ? WHERE id = ?",
        (json.dumps(stored), updated_at, ctx.user),
    )
    return ok({**stored, "updated_at": updated_at})


@operation("getPreferences")
def get_preferences(ctx: Ctx) -> Answer:
    return ok(_preferences(ctx))


@operation("updateNotifications")
def update_notifications(ctx: Ctx, body: dict[str, Any]) -> Answer:
    return _update_section(ctx, "notifications", body)


@operation("updatePrivacy")
def update_privacy(ctx: Ctx, body: dict[str, Any]) -> Answer:
    return _update_section(ctx, "privacy", body)


@operation("updateAppearance")
def update_appearance(ctx: Ctx, body: dict[str, Any]) -> Answer:
    return _update_section(ctx, "appearance", body)


# --- sessions ------------------------------------------------------------------------------


@operation("listSessions")
def list_sessions(ctx: Ctx, limit: int, cursor: str | None = None) -> Answer:
    # The caller's session first, then newest first: a key no later call can change.
    after = pagination.decode("sessions", cursor, (int, str, str))
    rows = ctx.all(
        "SELECT *, id = ? AS is_current FROM sessions"
        " WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ?"
        " AND (? OR (id = ?, created_at, id) < (?, ?, ?))"
        " ORDER BY is_current DESC, created_at DESC, id DESC LIMIT ?",
        ctx.session_id,
        ctx.user,
        ctx.stamp,
        after is None,
        ctx.session_id,
        *(after or (None, None, None)),
        limit + 1,  # pragma: no mutate (rows read past the one after the page are not shown)
    )
    key = itemgetter("is_current", "created_at", "id")
    shown, link = pagination.page("sessions", rows, limit, key)
    return ok(
        [
            {
                "id": r["id"],
                "user_agent": r["user_agent"],
                "ip_address": r["ip_address"],
                "is_current": bool(r["is_current"]),
                "created_at": r["created_at"],
                "last_active_at": r["last_active_at"],
                "expires_at": r["expires_at"],
            }
            for r in shown
        ],
        headers=link,
    )


@operation("revokeSession")
def revoke_session(ctx: Ctx, session_id: str) -> Answer:
    if session_id == ctx.session_id:
        raise Problem(
            "current-session",
            f"Session {session_id} is the one making this call: revoking it would lock you out,"
            " so it stays. To revoke every other session, call revokeAllSessions"
            " (r.settings.revoke_all_sessions()).",
        )
    revoked = ctx.conn.execute(
        "UPDATE sessions SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL"
        " AND expires_at > ?",
        (ctx.stamp, session_id, ctx.user, ctx.stamp),
    ).rowcount
    if not revoked:
        raise Problem("not-found", f"No active session {session_id} of yours.")
    return no_content()


@operation("revokeAllSessions")
def revoke_all_sessions(ctx: Ctx) -> Answer:
    assert ctx.session_id is not None
    revoked = revoke_other_sessions(ctx.conn, ctx.user, ctx.session_id, ctx.stamp)
    return ok({"revoked_count": revoked})


# --- password, email, deletion -------------------------------------------------------------


def record_login(
    ctx: Ctx,
    user_id: str,
    ip: str,
    agent: str,
    failure_reason: str | None = None,
    *,
    at: str | None = None,
) -> None:
    """An entry in the login history (now, unless `at`): a success unless `failure_reason`."""
    ctx.conn.execute(
        "INSERT INTO login_history VALUES (NULL, ?, ?, ?, ?, ?, ?, ?)",  # NULL: the next seq
        (
            ctx.new_id("login"),
            user_id,
            at or ctx.stamp,
            ip,
            agent,
            int(failure_reason is None),
            failure_reason,
        ),
    )


def _check_password(ctx: Ctx, password: str, field: str) -> None:
    """403 for a wrong password, leaving a failed entry in the login history."""
    row = ctx.one("SELECT password_hash FROM users WHERE id = ?", ctx.user)
    assert row is not None
    if not verify_password(password, row["password_hash"]):
        session = ctx.one(
            "SELECT user_agent, ip_address FROM sessions WHERE id = ?", ctx.session_id
        )
        assert session is not None
        record_login(ctx, ctx.user, session["ip_address"], session["user_agent"], "wrong_password")
        raise Problem("wrong-password", f"{field}: the password is not correct.", keep_changes=True)


@operation("changePassword")
def change_password(ctx: Ctx, body: dict[str, Any]) -> Answer:
    _check_password(ctx, body["current_password"], "current_password")
    new = body["new_password"]
    if new == body["current_password"]:
        raise invalid("new_password", "unchanged", "must differ from the current password.")
    ctx.conn.execute(
        "UPDATE users SET password_hash = ? WHERE id = ?",
        (hash_password(new, ctx.sandbox.ids.salt()), ctx.user),
    )
    assert ctx.session_id is not None
    revoke_other_sessions(ctx.conn, ctx.user, ctx.session_id, ctx.stamp)
    return no_content()


@operation("requestEmailChange")
def request_email_change(ctx: Ctx, body: dict[str, Any]) -> Answer:
    _check_password(ctx, body["password"], "password")
    new_email = body["new_email"]
    owner = ctx.one("SELECT id FROM users WHERE lower(email) = lower(?)", new_email)
    if owner is not None and owner["id"] == ctx.user:
        raise invalid("new_email", "unchanged", "this is already your email address.")
    if owner is not None:
        raise Problem("email-in-use", "new_email: this address is in use by another account.")
    token = ctx.sandbox.ids.secret("emv")
    expires = iso(ctx.now + EMAIL_TOKEN_LIFETIME)
    ctx.conn.execute(
        "INSERT INTO email_changes VALUES (?, ?, ?, ?, ?, NULL)",
        (token_digest(token), ctx.user, new_email, ctx.stamp, expires),
    )
    ctx.conn.execute(
        "INSERT INTO outbox (id, to_address, subject, body, token, sent_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            ctx.new_id("eml"),
            new_email,
            "Confirm your new email address",
            f"Use this token to confirm your new address (valid 24 hours): {token}",
            token,
            ctx.stamp,
        ),
    )
    return ok(
        {"message": "Verification email sent to the new address.", "expires_at": expires}, 202
    )


@operation("verifyEmailChange")
def verify_email_change(ctx: Ctx, body: dict[str, Any]) -> Answer:
    change = ctx.one(
        "SELECT * FROM email_changes WHERE token_hash = ? AND user_id = ?",
        token_digest(body["token"]),
        ctx.user,
    )
    if change is None:
        raise Problem("not-found", "token: no such email verification token for your account.")
    if change["used_at"] is not None:
        raise Problem("gone", "token: this verification token has already been used.")
    if change["expires_at"] <= ctx.stamp:
        raise Problem("gone", "token: this verification token has expired; request a new one.")
    taken = ctx.one(
        "SELECT 1 FROM users WHERE lower(email) = lower(?) AND id != ?",
        change["new_email"],
        ctx.user,
    )
    if taken:
        raise Problem(
            "email-in-use",
            "The new address is now in use by another account; request a change to another one.",
        )
    ctx.conn.execute("UPDATE users SET email = ? WHERE id = ?", (change["new_email"], ctx.user))
    ctx.conn.execute(
        "UPDATE email_changes SET used_at = ? WHERE token_hash = ?",
        (ctx.stamp, change["token_hash"]),
    )
    return ok({"message": "Email address changed.", "verified_at": ctx.stamp})


def _deletion_status(row: Any) -> dict[str, Any]:
    if row is None:
        return {
            key: None for key in ("requested_at", "scheduled_at", "grace_period_ends", "reason")
        } | {"requested": False}
    return {
        "requested": True,
        "requested_at": row["requested_at"],
        "scheduled_at": row["scheduled_at"],
        "grace_period_ends": row["scheduled_at"],
        "reason": row["reason"],
    }


def _pending_deletion(ctx: Ctx) -> Any:
    return ctx.one("SELECT * FROM deletion_requests WHERE user_id = ?", ctx.user)


@operation("getDeletionStatus")
def get_deletion_status(ctx: Ctx) -> Answer:
    return ok(_deletion_status(_pending_deletion(ctx)))


@operation("requestDeletion")
def request_deletion(ctx: Ctx, body: dict[str, Any]) -> Answer:
    _check_password(ctx, body["password"], "password")
    pending = _pending_deletion(ctx)
    if pending is not None:
        raise Problem(
            "deletion-pending",
            f"Account deletion is already pending (until {pending['scheduled_at']}).",
        )
    ctx.conn.execute(
        "INSERT INTO deletion_requests VALUES (?, ?, ?, ?)",
        (ctx.user, ctx.stamp, iso(ctx.now + GRACE_PERIOD), body.get("reason")),
    )
    return ok(_deletion_status(_pending_deletion(ctx)), 201)


@operation("cancelDeletion")
def cancel_deletion(ctx: Ctx) -> Answer:
    # A request whose grace period has ended is gone with its account (`accounts.purge_due`).
    if _pending_deletion(ctx) is None:
        raise Problem("nothing-to-cancel", "No account deletion is pending.")
    ctx.conn.execute("DELETE FROM deletion_requests WHERE user_id = ?", (ctx.user,))
    return ok(_deletion_status(None))


@operation("getLoginHistory")
def get_login_history(ctx: Ctx, limit: int, cursor: str | None = None) -> Answer:
    after = pagination.decode("login-history", cursor, (str, int))
    rows = ctx.all(
        "SELECT * FROM login_history WHERE user_id = ?"
        " AND (? OR (created_at, seq) < (?, ?))"
        " ORDER BY created_at DESC, seq DESC LIMIT ?",
        ctx.user,
        after is None,
        *(after or (None, None)),
        limit + 1,  # pragma: no mutate (rows read past the one after the page are not shown)
    )
    rows, link = pagination.page("login-history", rows, limit, itemgetter("created_at", "seq"))
    return ok(
        [
            {
                "id": r["id"],
                "created_at": r["created_at"],
                "ip_address": r["ip_address"],
                "user_agent": r["user_agent"],
                "success": bool(r["success"]),
                "failure_reason": r["failure_reason"],
            }
            for r in rows
        ],
        headers=link,
    )
