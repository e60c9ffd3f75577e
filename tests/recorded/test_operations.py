"""Every operation of openapi.yaml, derived from the spec: its documented call, and a refusal.

For each operation, the facade method and its arguments come from the spec's examples
(`_support.documented_call`), so a new operation needs nothing here: `nox -s record` records
its two cassettes. The documented call must be answered as the spec documents it: a 2xx whose
model holds exactly the body, or, where the sandbox's seed data refuses the documentation's
example (its password, a token from an email), a documented error status raised as its typed
exception. With a wrong API key, every operation is refused 401.
"""

from __future__ import annotations

from typing import Any

import pytest
import rplatform
from _support import documented_call, load_spec, operations

from . import _expect
from ._cassettes import Wire

pytestmark = pytest.mark.vcr

SPEC = load_spec()
OPERATIONS = {op["operationId"]: op for _, _, op in operations(SPEC)}


def invoke(client: rplatform.Client, operation_id: str) -> Any:
    resource, method, arguments = documented_call(SPEC, OPERATIONS[operation_id])
    return getattr(getattr(client, resource), method)(**arguments)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_documented_call(client: rplatform.Client, wire: Wire, operation_id: str) -> None:
    documented = OPERATIONS[operation_id]["responses"]
    try:
        result = invoke(client, operation_id)
    except rplatform.APIStatusError as error:
        assert str(error.status_code) in documented, error
        _expect.problem(error, error.status_code, "")
        return
    status = wire.last.status_code
    assert 200 <= status < 300 and str(status) in documented
    if result is None:
        assert wire.last.content == b""
    else:
        _expect.lossless(result, wire.last)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_wrong_api_key_is_refused(client: rplatform.Client, operation_id: str) -> None:
    _expect.refused(
        client.with_options(api_key="sk_test_wrong"),
        lambda wrong: invoke(wrong, operation_id),
        rplatform.AuthenticationError,
        401,
        "bearer token",
    )
