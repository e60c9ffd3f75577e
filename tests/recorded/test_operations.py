"""Every operation of openapi.yaml, called as its documentation calls it, with the outcome it has.

For each operation, the facade method and its arguments come from the spec's examples
(`_support.documented_call`), so a new operation needs nothing here: `nox -s record` records
its cassette, and it is expected to succeed as the spec documents: its one documented success
status (`ANSWERED` names the one of an operation that documents two), and the model its
`SUCCESS` names, holding exactly the body. `REFUSED` lists, with the exact refusal each one
records, the operations whose documented example the sandbox's seed data refuses (its
password, a token from an email, nothing to cancel).

A wrong API key is refused by the authentication every operation shares: it is recorded once,
on one operation, not once per operation (the sandbox's own tests check every operation needs
a token).
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest
import rplatform
from _support import documented_call, load_spec, operations, snake
from rplatform_api.api import ArrayBody, NoBody

from . import _expect
from ._cassettes import Wire

pytestmark = pytest.mark.vcr

SPEC = load_spec()
OPERATIONS = {op["operationId"]: op for _, _, op in operations(SPEC)}

# The documented example the seed data refuses: (exception, status, problem kind).
REFUSED: dict[str, tuple[type[rplatform.APIStatusError], int, str]] = {
    "cancelDeletion": (rplatform.ConflictError, 409, "nothing-to-cancel"),
    "changePassword": (rplatform.PermissionDeniedError, 403, "wrong-password"),
    "verifyEmailChange": (rplatform.NotFoundError, 404, "not-found"),
}
# The success the seed data gives, where an operation documents two: org_123 has a customer
# already (200, not 201); the example's push token is new (201, not 200).
ANSWERED = {"ensureCustomer": 200, "registerToken": 201}


def invoke(client: rplatform.Client, operation_id: str) -> Any:
    resource, method, arguments = documented_call(SPEC, OPERATIONS[operation_id])
    return getattr(getattr(client, resource), method)(**arguments)


def success_of(operation_id: str) -> Any:
    operation = OPERATIONS[operation_id]
    module = importlib.import_module(f"rplatform_api.api.{operation['tags'][0]}")
    return getattr(module, snake(operation_id)).SUCCESS


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_documented_call(client: rplatform.Client, wire: Wire, operation_id: str) -> None:
    if operation_id in REFUSED:
        error, status, code = REFUSED[operation_id]
        with pytest.raises(error) as caught:
            invoke(client, operation_id)
        assert type(caught.value) is error and caught.value.code == code
        _expect.problem(caught.value, status, "")
        return
    result = invoke(client, operation_id)
    success = success_of(operation_id)
    (expected,) = [ANSWERED[operation_id]] if operation_id in ANSWERED else success.statuses
    assert wire.last.status_code == expected
    if isinstance(success, NoBody):
        assert result is None and wire.last.content == b""
        return
    if isinstance(result, rplatform.ListResult):  # paginated: the documented call is one page
        result = result.to_list()
    if isinstance(success, ArrayBody):
        assert isinstance(result, rplatform.ModelList) and result._model is success.model
    else:
        assert type(result) is success.model
    _expect.lossless(result, wire.last)


def test_the_expectations_name_operations_of_the_spec() -> None:
    assert set(REFUSED) | set(ANSWERED) <= set(OPERATIONS)
    assert all(len(success_of(name).statuses) == 2 for name in ANSWERED)


def test_a_wrong_api_key_is_refused(client: rplatform.Client) -> None:
    wrong = client.with_options(api_key="sk_test_wrong")
    with pytest.raises(rplatform.AuthenticationError) as caught:
        wrong.billing.get_status(organization_id="org_123")
    assert caught.value.code == "unauthenticated"
    _expect.problem(caught.value, 401, "bearer token")
