"""`APIStatusError.type`, `.code` and `.errors`: the kind of error, to branch on.

The API's problem types are URIs under https://docs.rplatform.dev/problems/; `code` is the
rest of the URI (kinds newer than this SDK included), None for any other URI or none at all;
`errors` holds the well-formed field errors of a validation failure, secrets scrubbed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import rplatform
from facade_mock import Recorder

Make = Callable[..., Recorder]
BASE = "https://docs.rplatform.dev/problems/"


def answer(status: int, **problem: Any) -> httpx.Response:
    body = {"title": "Problem", "status": status, "detail": "no", **problem}
    return httpx.Response(status, json=body, headers={"content-type": "application/problem+json"})


def raised(recorder: Make, response: httpx.Response) -> rplatform.APIStatusError:
    rec = recorder(response, max_retries=0)
    with pytest.raises(rplatform.APIStatusError) as info:
        rec.client.billing.get_status(organization_id="org_123")
    return info.value


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        (BASE + "wrong-password", "wrong-password"),
        (BASE + "a-kind-from-the-future", "a-kind-from-the-future"),
        ("about:blank", None),
        ("https://example.com/problems/wrong-password", None),
        (BASE, None),
        (BASE + "nested/kind", None),
        (None, None),
        (42, None),
    ],
)
def test_code_is_the_kind_of_the_apis_own_types(
    recorder: Make, kind: object, code: str | None
) -> None:
    error = raised(recorder, answer(403, type=kind))
    assert error.code == code
    assert error.type == (kind if isinstance(kind, str) else None)
    assert isinstance(error, rplatform.PermissionDeniedError)  # classes as before


def test_field_errors_of_a_validation_failure(recorder: Make) -> None:
    errors = [
        {"field": "return_url", "code": "format", "message": "not an absolute http URL"},
        {"field": "events[0].quantity", "code": "minimum", "message": "-1 is less than 0"},
        {"field": "month"},  # malformed entries are left out, not raised on
        "month",
    ]
    error = raised(recorder, answer(422, type=BASE + "validation-failed", errors=errors))
    assert isinstance(error, rplatform.UnprocessableEntityError)
    assert error.code == "validation-failed"
    assert error.errors == (
        rplatform.FieldError("return_url", "format", "not an absolute http URL"),
        rplatform.FieldError("events[0].quantity", "minimum", "-1 is less than 0"),
    )
    with pytest.raises(AttributeError):
        error.errors[0].field = "other"  # type: ignore[misc]


def test_no_problem_body_means_no_kind(recorder: Make) -> None:
    error = raised(recorder, httpx.Response(502, text="<html>Bad Gateway</html>"))
    assert (error.type, error.code, error.errors) == (None, None, ())
    assert raised(recorder, answer(400, type=BASE + "malformed-body", errors={})).errors == ()


def test_field_error_messages_never_carry_the_callers_secrets(recorder: Make) -> None:
    echoed = "'Sesame-0pen' is too long; sk_test_unit_secret_4242 rejected"
    errors = [{"field": "new_password", "code": "maxLength", "message": echoed}]
    rec = recorder(answer(422, type=BASE + "validation-failed", errors=errors), max_retries=0)
    with pytest.raises(rplatform.UnprocessableEntityError) as info:
        rec.client.settings.change_password(
            current_password="currentPassword123", new_password="Sesame-0pen"
        )
    (field_error,) = info.value.errors
    assert "Sesame-0pen" not in field_error.message
    assert "sk_test_unit_secret_4242" not in field_error.message
