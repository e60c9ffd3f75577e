"""Push tokens: registering a known token updates it (200) instead of duplicating it (201).

A token is registered to one user at a time; registering it from another account moves it.
Unregistering removes the caller's token; a token that is not registered to the caller is
answered 204 as well, so sign-out can always call it.
"""

from __future__ import annotations

from typing import Any

from .common import Answer, Ctx, no_content, ok, operation


@operation("registerToken")
def register_token(ctx: Ctx, body: dict[str, Any]) -> Answer:
    token, platform, device = body["token"], body["platform"], body.get("device_id")
    existing = ctx.one("SELECT id FROM push_tokens WHERE token = ?", token)
    if existing is None:
        ctx.conn.execute(
            "INSERT INTO push_tokens VALUES (?, ?, ?, ?, ?, ?, ?)",
            (ctx.new_id("ptk"), ctx.user, token, platform, device, ctx.stamp, ctx.stamp),
        )
    else:
        ctx.conn.execute(
            "UPDATE push_tokens SET user_id = ?, platform = ?, device_id = ?, updated_at = ?"
            " WHERE id = ?",
            (ctx.user, platform, device, ctx.stamp, existing["id"]),
        )
    row = ctx.one("SELECT * FROM push_tokens WHERE token = ?", token)
    assert row is not None
    return ok(
        {
            "id": row["id"],
            "token": row["token"],
            "platform": row["platform"],
            "device_id": row["device_id"],
            "created_at": row["created_at"],
            "updated_at": row["updated_at"],
        },
        201 if existing is None else 200,
    )


@operation("unregisterToken")
def unregister_token(ctx: Ctx, body: dict[str, Any]) -> Answer:
    ctx.conn.execute(
        "DELETE FROM push_tokens WHERE token = ? AND user_id = ?", (body["token"], ctx.user)
    )
    return no_content()
