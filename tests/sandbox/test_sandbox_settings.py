"""Settings over HTTP: preferences, sessions, password, email change, deletion, login history."""

from __future__ import annotations

import httpx
import pytest

from .conftest import DOCS_PREFERENCES, client, login, problem

DEMO = ("demo@example.com", "currentPassword123")


def test_preferences_defaults_and_partial_updates(api: httpx.Client) -> None:
    prefs = api.get("/v1/settings/preferences").json()
    assert {k: v for k, v in prefs.items() if k != "updated_at"} == DOCS_PREFERENCES
    updated = api.patch("/v1/settings/preferences/notifications", json={"email": False}).json()
    assert updated["notifications"] == {"in_app": True, "push": True, "email": False}
    updated = api.patch(
        "/v1/settings/preferences/privacy", json={"profile_visibility": "network"}
    ).json()
    assert updated["privacy"]["show_location"] is True
    assert updated["notifications"]["email"] is False
    updated = api.patch(
        "/v1/settings/preferences/appearance",
        json={"timezone": "America/New_York", "locale": "en-US"},
    ).json()
    assert updated["appearance"] == {
        "theme": "system",
        "timezone": "America/New_York",
        "locale": "en-US",
    }
    cleared = api.patch("/v1/settings/preferences/appearance", json={"timezone": None}).json()
    assert cleared["appearance"]["timezone"] is None and cleared["appearance"]["locale"] == "en-US"
    assert api.get("/v1/settings/preferences").json() == cleared


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("appearance", {"timezone": "Mars/Olympus"}, "timezone"),
        ("appearance", {"timezone": "EST5EDT-nope"}, "timezone"),
        ("appearance", {"locale": "english please"}, "locale"),
        ("appearance", {"locale": "e"}, "locale"),
        ("appearance", {"theme": "purple"}, "theme"),
        ("privacy", {"profile_visibility": "everyone"}, "profile_visibility"),
    ],
)
def test_preference_values_are_checked(
    api: httpx.Client, path: str, body: dict[str, str], field: str
) -> None:
    before = api.get("/v1/settings/preferences").json()
    detail = problem(api.patch(f"/v1/settings/preferences/{path}", json=body), 422)["detail"]
    assert field in detail
    assert api.get("/v1/settings/preferences").json() == before


def test_preference_types_are_checked(api: httpx.Client) -> None:
    detail = problem(
        api.patch("/v1/settings/preferences/notifications", json={"push": "yes"}), 400
    )["detail"]
    assert "push" in detail
    problem(
        api.patch(
            "/v1/settings/preferences/notifications",
            content=b"{nope",
            headers={"content-type": "application/json"},
        ),
        400,
    )


def test_sessions_list_current_first(api: httpx.Client) -> None:
    sessions = api.get("/v1/settings/sessions").json()
    assert [s["is_current"] for s in sessions] == [True, False, False, False]
    assert {s["id"] for s in sessions} == {
        "session_sandbox",
        "session_123",
        "session_124",
        "session_125",
    }


def test_revoked_session_token_gets_401(api: httpx.Client, sandbox_url: str) -> None:
    token = login(sandbox_url, *DEMO).json()
    with client(sandbox_url, token["token"]) as phone:
        assert phone.get("/v1/settings/preferences").status_code == 200
        assert api.delete(f"/v1/settings/sessions/{token['session_id']}").status_code == 204
        problem(phone.get("/v1/settings/preferences"), 401)
    problem(api.delete(f"/v1/settings/sessions/{token['session_id']}"), 404)  # already revoked
    ids = [s["id"] for s in api.get("/v1/settings/sessions").json()]
    assert token["session_id"] not in ids


def test_revoking_unknown_or_another_users_session_is_404(api: httpx.Client) -> None:
    problem(api.delete("/v1/settings/sessions/session_nope"), 404)
    problem(api.delete("/v1/settings/sessions/session_456"), 404)


def test_revoking_the_calling_session_is_refused_and_the_key_still_works(
    api: httpx.Client,
) -> None:
    refused = api.delete("/v1/settings/sessions/session_sandbox")
    body = problem(refused, 409, "current-session")
    assert body["detail"] == (
        "Session session_sandbox is the one making this call: revoking it would lock you out, so"
        " it stays. To revoke every other session, call revokeAllSessions"
        " (r.settings.revoke_all_sessions())."
    )
    assert refused.headers["x-should-retry"] == "false"
    sessions = api.get("/v1/settings/sessions").json()
    assert [s["id"] for s in sessions] == [
        "session_sandbox",
        "session_125",
        "session_124",
        "session_123",
    ]
    assert api.delete("/v1/settings/sessions/session_124").status_code == 204
    assert [s["id"] for s in api.get("/v1/settings/sessions").json()] == [
        "session_sandbox",
        "session_125",
        "session_123",
    ]


def test_revoking_every_listed_session_cannot_lock_the_caller_out(api: httpx.Client) -> None:
    # A "revoke the others" script that forgot to skip `is_current`.
    statuses = {
        s["id"]: api.delete(f"/v1/settings/sessions/{s['id']}").status_code
        for s in api.get("/v1/settings/sessions").json()
    }
    assert statuses == {
        "session_sandbox": 409,
        "session_125": 204,
        "session_124": 204,
        "session_123": 204,
    }
    sessions = api.get("/v1/settings/sessions").json()
    assert [(s["id"], s["is_current"]) for s in sessions] == [("session_sandbox", True)]


def test_revoke_all_keeps_the_calling_session(api: httpx.Client, other: httpx.Client) -> None:
    assert api.post("/v1/settings/sessions/revoke-all").json() == {"revoked_count": 3}
    sessions = api.get("/v1/settings/sessions").json()
    assert [(s["id"], s["is_current"]) for s in sessions] == [("session_sandbox", True)]
    assert other.get("/v1/settings/sessions").status_code == 200  # other users untouched
    assert api.post("/v1/settings/sessions/revoke-all").json() == {"revoked_count": 0}


def test_change_password(api: httpx.Client, sandbox_url: str) -> None:
    change = {"current_password": DEMO[1], "new_password": "newSecurePassword456"}
    assert api.post("/v1/settings/password", json=change).status_code == 204
    assert login(sandbox_url, DEMO[0], "newSecurePassword456").status_code == 201
    problem(login(sandbox_url, *DEMO), 401)


def test_wrong_current_password_is_403_and_logged(api: httpx.Client) -> None:
    change = {"current_password": "oldPassword123", "new_password": "newSecurePassword456"}
    assert (
        "current_password" in problem(api.post("/v1/settings/password", json=change), 403)["detail"]
    )
    latest = api.get("/v1/settings/login-history", params={"limit": 1}).json()[0]
    assert latest["success"] is False and latest["failure_reason"] == "wrong_password"
    assert latest["created_at"] == "2025-07-15T12:00:00Z"


@pytest.mark.parametrize(
    "weak", ["short1", "nodigitsatall", "12345678901", "a1" * 65, "currentPassword123"]
)
def test_weak_new_passwords_are_refused(api: httpx.Client, weak: str) -> None:
    change = {"current_password": DEMO[1], "new_password": weak}
    # One policy, one status: the lengths (schema), letter and digit (schema), not the current
    # one (handler).
    assert "new_password" in problem(api.post("/v1/settings/password", json=change), 422)["detail"]


def test_email_change_flow(api: httpx.Client) -> None:
    request = {"new_email": "newemail@example.com", "password": DEMO[1]}
    answer = api.post("/v1/settings/email-change", json=request)
    assert answer.status_code == 202
    assert answer.json()["expires_at"] == "2025-07-16T12:00:00Z"
    mail = api.get("/sandbox/outbox", params={"to": "newemail@example.com"}).json()["emails"][0]
    assert mail["token"] in mail["body"]
    verified = api.post("/v1/settings/email-change/verify", json={"token": mail["token"]})
    assert verified.status_code == 200
    problem(api.post("/v1/settings/email-change/verify", json={"token": mail["token"]}), 410)
    with httpx.Client(base_url=str(api.base_url)) as anonymous:
        assert (
            anonymous.post(
                "/sandbox/login", json={"email": "newemail@example.com", "password": DEMO[1]}
            ).status_code
            == 201
        )


def test_email_change_rules(api: httpx.Client) -> None:
    url = "/v1/settings/email-change"
    problem(api.post(url, json={"new_email": "x@example.com", "password": "wrongPassword1"}), 403)
    problem(api.post(url, json={"new_email": "not-an-email", "password": DEMO[1]}), 422)
    taken = api.post(url, json={"new_email": "Other@Example.com", "password": DEMO[1]})
    assert problem(taken, 409, "email-in-use")["detail"] == (
        "new_email: this address is in use by another account."
    )
    problem(api.post(url, json={"new_email": "demo@example.com", "password": DEMO[1]}), 422)
    problem(api.post(f"{url}/verify", json={"token": "verification_token_from_email"}), 404)


def test_email_change_token_expires_after_24_hours(api: httpx.Client) -> None:
    api.post(
        "/v1/settings/email-change", json={"new_email": "late@example.com", "password": DEMO[1]}
    )
    token = api.get("/sandbox/outbox").json()["emails"][0]["token"]
    api.post("/sandbox/clock", json={"seconds": 24 * 3600})
    assert (
        "expired"
        in problem(api.post("/v1/settings/email-change/verify", json={"token": token}), 410)[
            "detail"
        ]
    )


def test_deletion_request_status_and_cancel(api: httpx.Client) -> None:
    assert api.get("/v1/settings/deletion").json()["requested"] is False
    problem(api.delete("/v1/settings/deletion"), 409)  # nothing to cancel
    request = {
        "password": DEMO[1],
        "confirm_text": "DELETE MY ACCOUNT",
        "reason": "No longer using the service",
    }
    created = api.post("/v1/settings/deletion", json=request)
    assert created.status_code == 201
    assert created.json() == {
        "requested": True,
        "requested_at": "2025-07-15T12:00:00Z",
        "scheduled_at": "2025-08-14T12:00:00Z",
        "grace_period_ends": "2025-08-14T12:00:00Z",
        "reason": "No longer using the service",
    }
    assert api.get("/v1/settings/deletion").json() == created.json()
    problem(api.post("/v1/settings/deletion", json=request), 409)  # already pending
    cancelled = api.delete("/v1/settings/deletion")
    assert cancelled.status_code == 200 and cancelled.json()["requested"] is False
    assert api.get("/v1/settings/deletion").json()["requested"] is False


def test_deletion_rules(api: httpx.Client) -> None:
    url = "/v1/settings/deletion"
    problem(
        api.post(url, json={"password": "wrongPassword1", "confirm_text": "DELETE MY ACCOUNT"}), 403
    )
    problem(api.post(url, json={"password": DEMO[1], "confirm_text": "delete my account"}), 422)
    problem(api.post(url, json={"password": DEMO[1]}), 400)
    assert (
        api.post(url, json={"password": DEMO[1], "confirm_text": "DELETE MY ACCOUNT"}).status_code
        == 201
    )
    api.post("/sandbox/clock", json={"seconds": 31 * 24 * 3600})
    problem(api.delete(url), 401)  # nothing left to cancel: the account is gone


def test_login_history_newest_first_with_limit(api: httpx.Client, sandbox_url: str) -> None:
    first_page = api.get("/v1/settings/login-history")
    history = first_page.json()
    assert len(history) == 100 and "next" in first_page.links  # 262 seeded, 100 a page
    assert [h["created_at"] for h in history] == sorted(
        (h["created_at"] for h in history), reverse=True
    )
    assert {h["success"] for h in history} == {True, False}
    login(sandbox_url, DEMO[0], "nope")
    assert api.get("/v1/settings/login-history", params={"limit": 1}).json()[0]["success"] is False
    assert len(api.get("/v1/settings/login-history", params={"limit": 3}).json()) == 3
    for limit, status in ((0, 422), (101, 422), ("ten", 400)):
        assert (
            "limit"
            in problem(api.get("/v1/settings/login-history", params={"limit": limit}), status)[
                "detail"
            ]
        )
