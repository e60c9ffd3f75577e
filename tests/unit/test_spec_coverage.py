"""The facade covers openapi.yaml exactly, and each method sends what the spec describes.

Every operation (by tag and operationId) must have its snake_case method on the resource of
its tag, and every public resource method must have its operation. Each method is then called
as documented against a transport that checks the HTTP method and path against the spec and
answers with the spec's own example, which must parse into the declared model.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import rplatform
from _support import AI_USAGE, load_spec, normal_json, snake
from _support import operations as spec_operations
from rplatform.resources.billing import Billing
from rplatform.resources.notifications import Notifications
from rplatform.resources.settings import Settings

RESOURCES: dict[str, type] = {
    "billing": Billing,
    "settings": Settings,
    "notifications": Notifications,
}


def operations() -> dict[tuple[str, str], tuple[str, str, dict[str, Any]]]:
    """(tag, method name) -> (HTTP method, path, operation) for every operation of the spec."""
    return {
        (op["tags"][0], snake(op["operationId"])): (method, path, op)
        for method, path, op in spec_operations(load_spec())
    }


def facade_methods() -> set[tuple[str, str]]:
    return {
        (tag, name)
        for tag, cls in RESOURCES.items()
        for name, _ in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    }


def test_every_operation_has_a_facade_method() -> None:
    missing = sorted(
        f"{op['operationId']} ({method.upper()} {path}) has no method client.{tag}.{name}"
        for (tag, name), (method, path, op) in operations().items()
        if (tag, name) not in facade_methods()
    )
    assert not missing, "\n".join(missing)


def test_every_facade_method_has_an_operation() -> None:
    extra = sorted(
        f"client.{tag}.{name} has no operation in openapi.yaml"
        for tag, name in facade_methods() - set(operations())
    )
    assert not extra, "\n".join(extra)


def test_the_documented_count() -> None:
    assert len(operations()) == 28 == len(facade_methods())


# One documented call per operation (the examples of the documentation, in Python).
CALLS: dict[str, Callable[[rplatform.Client], Any]] = {
    "get": lambda r: r.billing.get(organization_id="org_123"),
    "getStatus": lambda r: r.billing.get_status(organization_id="org_123"),
    "getPeriods": lambda r: r.billing.get_periods(organization_id="org_123"),
    "canCreateApiKey": lambda r: r.billing.can_create_api_key(organization_id="org_123"),
    "getUsage": lambda r: r.billing.get_usage(organization_id="org_123", year=2025, month=6),
    "getUsageByProject": lambda r: r.billing.get_usage_by_project(
        organization_id="org_123", year=2025, month=6
    ),
    "getUsageFromMeters": lambda r: r.billing.get_usage_from_meters(
        organization_id="org_123", year=2025, month=6
    ),
    "getProjectUsage": lambda r: r.billing.get_project_usage(
        "proj_123", from_="2025-06-01", to="2025-06-30"
    ),
    "createCheckoutSession": lambda r: r.billing.create_checkout_session(
        organization_id="org_123", return_url="https://myapp.com/billing"
    ),
    "createPortalSession": lambda r: r.billing.create_portal_session(
        organization_id="org_123", return_url="https://myapp.com/billing"
    ),
    "ensureCustomer": lambda r: r.billing.ensure_customer(organization_id="org_123"),
    "recordAiUsage": lambda r: r.billing.record_ai_usage(**AI_USAGE),
    "getPreferences": lambda r: r.settings.get_preferences(),
    "updateNotifications": lambda r: r.settings.update_notifications(push=True, email=False),
    "updatePrivacy": lambda r: r.settings.update_privacy(
        profile_visibility="network", show_email=False
    ),
    "updateAppearance": lambda r: r.settings.update_appearance(
        theme="dark", timezone="America/New_York"
    ),
    "listSessions": lambda r: r.settings.list_sessions(),
    "revokeSession": lambda r: r.settings.revoke_session("session_123"),
    "revokeAllSessions": lambda r: r.settings.revoke_all_sessions(),
    "changePassword": lambda r: r.settings.change_password(
        current_password="oldPassword123", new_password="newSecurePassword456"
    ),
    "requestEmailChange": lambda r: r.settings.request_email_change(
        new_email="newemail@example.com", password="currentPassword123"
    ),
    "verifyEmailChange": lambda r: r.settings.verify_email_change("verification_token_from_email"),
    "requestDeletion": lambda r: r.settings.request_deletion(
        password="currentPassword123",
        confirm_text="DELETE MY ACCOUNT",
        reason="No longer using the service",
    ),
    "cancelDeletion": lambda r: r.settings.cancel_deletion(),
    "getDeletionStatus": lambda r: r.settings.get_deletion_status(),
    "getLoginHistory": lambda r: r.settings.get_login_history(limit=10),
    "registerToken": lambda r: r.notifications.register_token(
        token="ExponentPushToken[abc123...]", platform="expo", device_id="unique-device-id"
    ),
    "unregisterToken": lambda r: r.notifications.unregister_token("ExponentPushToken[abc123...]"),
}


def test_every_operation_has_a_documented_call() -> None:
    ids = {op["operationId"] for _, _, op in operations().values()}
    assert ids == set(CALLS)


def _path_regex(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$")


def _success(op: dict[str, Any]) -> tuple[int, Any]:
    status = min(int(s) for s in op["responses"] if s.startswith("2"))
    content = op["responses"][str(status)].get("content")
    return status, None if content is None else content["application/json"]["example"]


def _schema_is_array(op: dict[str, Any]) -> bool:
    status, _ = _success(op)
    content = op["responses"][str(status)].get("content") or {}
    return content.get("application/json", {}).get("schema", {}).get("type") == "array"


@pytest.mark.parametrize(
    "key", sorted(operations(), key=lambda k: k[1]), ids=lambda k: f"{k[0]}.{k[1]}"
)
def test_documented_call_sends_the_spec_request_and_parses_the_spec_example(
    key: tuple[str, str],
) -> None:
    method, path, op = operations()[key]
    status, example = _success(op)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if example is None:
            return httpx.Response(status)
        return httpx.Response(status, json=example)

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        rplatform.Client("sk_test", base_url="https://api.test", http_client=http) as client,
    ):
        result = CALLS[op["operationId"]](client)

    (request,) = sent
    assert request.method == method.upper()
    assert _path_regex(path).match(request.url.path), (request.url.path, path)
    declared = {p.get("name") for p in op.get("parameters", []) if "name" in p}
    declared |= {
        load_spec()["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]]["name"]
        for p in op.get("parameters", [])
        if "$ref" in p
    }
    assert set(request.url.params) <= declared
    assert ("idempotency-key" in request.headers) == (method == "post")
    if "requestBody" in op:
        assert request.headers["content-type"] == "application/json"
    if example is None:
        assert result is None
    elif _schema_is_array(op):
        assert isinstance(result, rplatform.ModelList) and len(result) == len(example)
        assert normal_json(result[0].to_dict()) == normal_json(example[0])
    else:
        assert normal_json(result.to_dict()) == normal_json(example)
        assert (
            type(result).__name__
            == op["responses"][str(status)]["content"]["application/json"]["schema"]["$ref"].rsplit(
                "/", 1
            )[1]
        )


@pytest.mark.parametrize("key", sorted(facade_methods()), ids=lambda k: f"{k[0]}.{k[1]}")
def test_every_method_has_a_docstring_with_its_example(key: tuple[str, str]) -> None:
    tag, name = key
    doc = inspect.getdoc(getattr(RESOURCES[tag], name)) or ""
    summary = operations()[key][2]["summary"].rstrip(".")
    assert f">>> r.{tag}.{name}(" in doc or f"r.{tag}.{name}(" in doc, doc
    assert doc.splitlines()[0], "a one-line summary first"
    assert summary.split()[0].lower() in doc.lower()  # the spec's verb: get, create, revoke...
