"""schemathesis over every operation of openapi.yaml against a live sandbox.

Bounded and reproducible: a fixed number of examples per operation, derandomized (a fixed seed),
positive and negative data. Checks: no server error, every status code and content type
documented, every response body valid against its schema. Each operation gets a fresh session
token, so an operation that revokes sessions cannot starve the others.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from rplatform_sandbox import serve
from rplatform_sandbox.app import spec_path
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from .conftest import NOW

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
schema = schemathesis.openapi.from_path(spec_path())


@pytest.fixture(scope="module")
def fuzzed_sandbox() -> Iterator[str]:
    with serve(now=NOW, seed=11) as url:
        yield url


@pytest.fixture
def token(fuzzed_sandbox: str) -> str:
    login = httpx.post(
        f"{fuzzed_sandbox}/sandbox/login",
        json={"email": "demo@example.com", "password": "currentPassword123"},
    )
    login.raise_for_status()
    return str(login.json()["token"])


def test_every_operation_is_fuzzed() -> None:
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 28


@schema.parametrize()
@settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_operation_conforms(case: schemathesis.Case, fuzzed_sandbox: str, token: str) -> None:
    case.call_and_validate(
        base_url=fuzzed_sandbox, headers={"Authorization": f"Bearer {token}"}, checks=CHECKS
    )
