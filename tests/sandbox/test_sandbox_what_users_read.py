"""What a user reads back from the sandbox, to the letter: the ids it mints, its refusals' details.

Ids are `<kind>_<16 hex digits>` (24 for Stripe-style session ids, 32 letters and digits for
secrets), so logs and support tickets show what an id names. A refusal's detail and its field
errors say which field broke which rule, in the words a user will search for.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import httpx

from .conftest import NOW, problem

DEMO = ("demo@example.com", "currentPassword123")
ORG = {"organization_id": "org_123"}
RETURN = "https://myapp.com/billing"


def hex_id(kind: str, digits: int = 16) -> re.Pattern[str]:
    return re.compile(rf"{kind}_[0-9a-f]{{{digits}}}")


def secret(kind: str) -> re.Pattern[str]:
    return re.compile(rf"{kind}_[A-Za-z0-9]{{32}}")


def test_minted_ids_name_their_kind(api: httpx.Client) -> None:
    login = api.post("/sandbox/login", json={"email": DEMO[0], "password": DEMO[1]}).json()
    assert hex_id("session").fullmatch(login["session_id"]), login
    assert secret("sk_test").fullmatch(login["token"]), login
    newest = api.get("/v1/settings/login-history", params={"limit": 1}).json()[0]
    assert hex_id("login").fullmatch(newest["id"]), newest

    checkout = api.post("/v1/billing/checkout-sessions", json={**ORG, "return_url": RETURN})
    assert hex_id("cs_test", 24).fullmatch(checkout.json()["session_id"]), checkout.json()
    portal = api.post("/v1/billing/portal-sessions", json={**ORG, "return_url": RETURN})
    assert hex_id("bps", 24).fullmatch(portal.json()["session_id"]), portal.json()
    customer = api.post("/v1/billing/customer", json={}).json()  # the demo user's own: new
    assert customer["is_new"] and hex_id("cus").fullmatch(customer["stripe_customer_id"])

    token = {"token": "ExponentPushToken[xxxxxxxxxxxxxxxxxxxxxx]", "platform": "expo"}
    registered = api.post("/v1/notifications/push-tokens", json=token).json()
    assert hex_id("ptk").fullmatch(registered["id"]), registered

    api.post("/v1/settings/email-change", json={"new_email": "n@example.com", "password": DEMO[1]})
    mail = api.get("/sandbox/outbox").json()["emails"][0]
    assert hex_id("eml").fullmatch(mail["id"]) and secret("emv").fullmatch(mail["token"]), mail


def only_error(response: httpx.Response, status: int) -> dict[str, str]:
    body = problem(response, status, "validation-failed")
    [error] = body["errors"]
    assert body["detail"] == f"{error['field']}: {error['message']}", body
    return error


def test_a_new_password_equal_to_the_current_one_is_named(api: httpx.Client) -> None:
    same = {"current_password": DEMO[1], "new_password": DEMO[1]}
    assert only_error(api.post("/v1/settings/password", json=same), 422) == {
        "field": "new_password",
        "code": "unchanged",
        "message": "must differ from the current password.",
    }


def test_changing_to_your_own_address_is_named(api: httpx.Client) -> None:
    own = {"new_email": "Demo@Example.com", "password": DEMO[1]}
    assert only_error(api.post("/v1/settings/email-change", json=own), 422) == {
        "field": "new_email",
        "code": "unchanged",
        "message": "this is already your email address.",
    }


def test_verification_token_refusals_say_why(api: httpx.Client) -> None:
    verify = "/v1/settings/email-change/verify"
    unknown = problem(api.post(verify, json={"token": "emv_nope"}), 404, "not-found")
    assert unknown["detail"] == "token: no such email verification token for your account."
    api.post("/v1/settings/email-change", json={"new_email": "a@example.com", "password": DEMO[1]})
    token = api.get("/sandbox/outbox").json()["emails"][0]["token"]
    assert api.post(verify, json={"token": token}).status_code == 200
    used = problem(api.post(verify, json={"token": token}), 410, "gone")
    assert used["detail"] == "token: this verification token has already been used."
    api.post("/v1/settings/email-change", json={"new_email": "b@example.com", "password": DEMO[1]})
    token = api.get("/sandbox/outbox").json()["emails"][0]["token"]
    api.post("/sandbox/clock", json={"seconds": 24 * 3600})
    expired = problem(api.post(verify, json={"token": token}), 410, "gone")
    assert expired["detail"] == "token: this verification token has expired; request a new one."


def test_an_address_taken_before_verification_is_409_and_changes_nothing(
    api: httpx.Client, other: httpx.Client
) -> None:
    change = "/v1/settings/email-change"
    api.post(change, json={"new_email": "wanted@example.com", "password": DEMO[1]})
    mine = api.get("/sandbox/outbox", params={"to": "wanted@example.com"}).json()["emails"][0]
    other.post(change, json={"new_email": "wanted@example.com", "password": "otherPassword456"})
    theirs = other.get("/sandbox/outbox", params={"to": "wanted@example.com"}).json()["emails"][0]
    verify = f"{change}/verify"
    assert other.post(verify, json={"token": theirs["token"]}).status_code == 200
    taken = problem(api.post(verify, json={"token": mine["token"]}), 409, "email-in-use")
    assert taken["detail"] == (
        "The new address is now in use by another account; request a change to another one."
    )
    login = {"email": DEMO[0], "password": DEMO[1]}
    assert api.post("/sandbox/login", json=login).status_code == 201  # still the old address


def test_deletion_refusals_say_why(api: httpx.Client) -> None:
    url = "/v1/settings/deletion"
    nothing = problem(api.delete(url), 409, "nothing-to-cancel")
    assert nothing["detail"] == "No account deletion is pending."
    request = {"password": DEMO[1], "confirm_text": "DELETE MY ACCOUNT"}
    assert api.post(url, json=request).status_code == 201
    again = problem(api.post(url, json=request), 409)
    assert "until 2025-08-14T12:00:00Z" in again["detail"], again


def test_year_and_month_come_together(api: httpx.Client) -> None:
    for given, missing in (({"year": 2025}, "month"), ({"month": 6}, "year")):
        answer = api.get("/v1/billing/usage", params={**ORG, **given})
        body = problem(answer, 400, "validation-failed")
        assert body["errors"] == [
            {
                "field": missing,
                "code": "required",
                "message": "pass year and month together, or neither for the current month.",
            }
        ]


def test_bulk_login_history_ends_now_one_second_apart(api: httpx.Client) -> None:
    added = api.post("/sandbox/login-history", json={"email": DEMO[0], "count": 3})
    assert added.status_code == 201 and added.json() == {"added": 3}
    newest = api.get("/v1/settings/login-history", params={"limit": 3}).json()
    times = [NOW, "2025-07-15T11:59:59Z", "2025-07-15T11:59:58Z"]
    assert [h["created_at"] for h in newest] == times
    assert {(h["ip_address"], h["user_agent"], h["success"]) for h in newest} == {
        ("127.0.0.1", "rplatform-sandbox-bulk", True)
    }


def test_bulk_login_history_for_an_unknown_address_is_404(api: httpx.Client) -> None:
    answer = api.post("/sandbox/login-history", json={"email": "nobody@example.com", "count": 1})
    detail = problem(answer, 404, "not-found")["detail"]
    assert detail == "No user with this email address."


def test_the_clock_stops_at_its_last_instant(api: httpx.Client) -> None:
    decade = 315360000  # sandbox.yaml's maximum per call
    answers = [api.post("/sandbox/clock", json={"seconds": decade}) for _ in range(8)]
    assert [a.status_code for a in answers] == [200] * 7 + [422]
    assert only_error(answers[-1], 422) == {
        "field": "seconds",
        "code": "maximum",
        "message": "the clock cannot move past 2100-12-31T23:59:59Z.",
    }
    seventy = datetime.fromisoformat(NOW) + timedelta(seconds=7 * decade)
    assert (
        answers[6].json()["now"] == seventy.strftime("%Y-%m-%dT%H:%M:%SZ") == "2095-06-28T12:00:00Z"
    )
    # the refused move left the clock where it was
    assert api.post("/sandbox/clock", json={"seconds": 0}).json() == answers[6].json()


def test_an_event_time_outside_the_clocks_range_is_named(api: httpx.Client) -> None:
    event = {"project_id": "proj_123", "meter": "ai_tokens", "quantity": 1}
    for when in ("1999-12-31T23:59:59Z", "2101-01-01T00:00:00Z"):
        answer = api.post("/sandbox/usage-events", json={"events": [{**event, "timestamp": when}]})
        error = only_error(answer, 422)
        assert (error["field"], error["code"]) == ("events[0].timestamp", "format"), error
        assert error["message"].endswith("; send an ISO 8601 time."), error


def test_an_ai_event_without_a_cost_costs_nothing(api: httpx.Client) -> None:
    before = api.get("/v1/billing/usage", params={**ORG, "year": 2025, "month": 7}).json()
    event = {"project_id": "proj_123", "meter": "ai_tokens", "quantity": 1000}
    assert api.post("/sandbox/usage-events", json={"events": [event]}).status_code == 201
    after = api.get("/v1/billing/usage", params={**ORG, "year": 2025, "month": 7}).json()
    assert after["ai_cost_cents"] == before["ai_cost_cents"]
    assert after["ai_tokens"] == before["ai_tokens"] + 1000


def test_a_wrong_current_password_is_named_exactly(api: httpx.Client) -> None:
    change = {"current_password": "notMyPassword1", "new_password": "newSecurePassword456"}
    refused = problem(api.post("/v1/settings/password", json=change), 403, "wrong-password")
    assert refused["detail"] == "current_password: the password is not correct."


def test_a_wrong_password_to_change_the_email_or_delete_the_account_is_named(
    api: httpx.Client,
) -> None:
    for path, body in (
        ("/v1/settings/email-change", {"new_email": "n@example.com"}),
        ("/v1/settings/deletion", {"confirm_text": "DELETE MY ACCOUNT"}),
    ):
        answer = api.post(path, json={**body, "password": "notMyPassword1"})
        refused = problem(answer, 403, "wrong-password")
        assert refused["detail"] == "password: the password is not correct.", path


def test_a_bad_date_bound_is_named(api: httpx.Client) -> None:
    url = "/v1/billing/projects/proj_123/usage"
    for name in ("from", "to"):
        body = problem(api.get(url, params={name: "2025-06-31"}), 422, "validation-failed")
        message = "'2025-06-31' is not an RFC 3339 date (YYYY-MM-DD)."
        assert body["errors"] == [{"field": name, "code": "format", "message": message}]
        assert body["detail"] == f"{name} (query parameter): {message}"


def test_to_alone_starts_on_the_first_of_its_month(api: httpx.Client) -> None:
    url = "/v1/billing/projects/proj_123/usage"

    def usage(**bounds: str) -> object:
        answer = api.get(url, params=bounds)
        assert answer.status_code == 200, answer.text
        return answer.json()

    alone = usage(to="2025-06-20")
    assert alone == usage(**{"from": "2025-06-01", "to": "2025-06-20"})
    assert alone != usage(**{"from": "2025-06-02", "to": "2025-06-20"})  # June 1 had usage


def test_an_ai_cost_is_kept_to_the_microcent_rounding_half_up(api: httpx.Client) -> None:
    record = {
        "project_id": "proj_123",
        "input_tokens": 1,
        "output_tokens": 1,
        "provider_model": "m",
    }
    for cents, kept in ((0.0000025, 0.000003), (0.0000035, 0.000004), (0.0000024, 0.000002)):
        answer = api.post("/v1/billing/ai-usage", json={**record, "cost_cents": cents})
        assert answer.status_code == 201 and answer.json()["cost_cents"] == kept, answer.text


def test_an_owner_without_credits_has_a_zero_balance(api: httpx.Client) -> None:
    credits = api.get("/v1/billing", params={"user_id": "usr_123"}).json()["credits"]
    assert credits == {
        "balance_cents": 0,
        "granted_cents": 0,
        "used_cents": 0,
        "currency": "usd",
        "expires_at": None,
    }


def test_a_weak_new_password_is_refused_in_the_spec_words_without_echoing_it(
    api: httpx.Client,
) -> None:
    change = {"current_password": DEMO[1], "new_password": "nodigitsatall"}
    refused = api.post("/v1/settings/password", json=change)
    assert only_error(refused, 422) == {
        "field": "new_password",
        "code": "pattern",
        "message": "must be 8 to 128 characters long, with at least one letter and one digit.",
    }
    assert "nodigitsatall" not in refused.text
