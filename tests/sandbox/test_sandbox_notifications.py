"""Push tokens over HTTP: register (201), register again (200, updated), unregister (204)."""

from __future__ import annotations

import httpx

from .conftest import problem

TOKEN = "ExponentPushToken[abc123...]"


def test_register_again_updates_instead_of_duplicating(api: httpx.Client) -> None:
    first = api.post(
        "/v1/notifications/push-tokens",
        json={"token": TOKEN, "platform": "expo", "device_id": "unique-device-id"},
    )
    assert first.status_code == 201
    again = api.post(
        "/v1/notifications/push-tokens",
        json={"token": TOKEN, "platform": "fcm", "device_id": "new-device"},
    )
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert (again.json()["platform"], again.json()["device_id"]) == ("fcm", "new-device")


def test_unregister_known_and_unknown_tokens(api: httpx.Client) -> None:
    api.post("/v1/notifications/push-tokens", json={"token": TOKEN, "platform": "apns"})
    url = "/v1/notifications/push-tokens/unregister"
    assert api.post(url, json={"token": TOKEN}).status_code == 204
    assert api.post(url, json={"token": TOKEN}).status_code == 204  # no longer known: still 204
    again = api.post("/v1/notifications/push-tokens", json={"token": TOKEN, "platform": "apns"})
    assert again.status_code == 201  # it really was removed


def test_another_user_cannot_unregister_my_token(api: httpx.Client, other: httpx.Client) -> None:
    api.post("/v1/notifications/push-tokens", json={"token": TOKEN, "platform": "apns"})
    url = "/v1/notifications/push-tokens/unregister"
    assert other.post(url, json={"token": TOKEN}).status_code == 204
    assert (
        api.post(
            "/v1/notifications/push-tokens", json={"token": TOKEN, "platform": "apns"}
        ).status_code
        == 200
    )


def test_platform_must_be_one_of_the_documented(api: httpx.Client) -> None:
    detail = problem(
        api.post("/v1/notifications/push-tokens", json={"token": TOKEN, "platform": "web"}), 422
    )["detail"]
    assert "platform" in detail
    problem(api.post("/v1/notifications/push-tokens", json={"platform": "expo"}), 400)
    problem(api.post("/v1/notifications/push-tokens/unregister", json={"token": ""}), 422)
