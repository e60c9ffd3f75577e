"""The sandbox never echoes a secret: no refusal carries a password, token or address it was sent.

Secret fields are the ones the specs mark `x-secret: true` (read from openapi.yaml and
sandbox.yaml, never listed here). Each operation that takes one is called with a distinctive
value in every secret field, through every refusal path the spec documents for it:

- every rule of every field broken on its own (`_probes.schema_probes`; a secret field's own
  bad values are made from its distinctive value: cut short, made too long, stripped of its
  digits and `@`, or a distinctive number where a string is due);
- a body that is not JSON, too large, or not sent as JSON; a wrong API key; an Idempotency-Key
  reused with another body; the injected 429, 500 and 503;
- the refusals that need a state: a wrong password (403), an unknown, used or overtaken
  verification token (404, 410, 409), an address in use (409), a new value equal to the
  current one (422), a deletion already pending (409).

Every status each operation documents must come up, and no secret value of the request may
appear in any response body or header, in any letter case.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from rplatform_sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD, OTHER_PASSWORD, OTHER_TOKEN

from ._probes import schema_probes, value_of
from ._requests import MISSING, Call, Field, Operation, operations, reset, served

WRONG_KEY = {"Authorization": "Bearer sk_test_wrong_key"}


def is_secret(field: Field) -> bool:
    return field.schema.get("x-secret") is True


def secret_fields(operation: Operation) -> list[Field]:
    return [field for field in operation.fields() if is_secret(field)]


def distinctive(field: Field, n: int) -> str:
    """A value no answer could hold by chance, that passes the field's own rules."""
    if field.schema.get("format") == "email":
        return f"zq{n}.hidden.address@example.com"
    if field.schema.get("format") == "password":
        return f"Zq{n}HiddenPassword{n}"
    return f"zq{n}-hidden-token-value"


SECRET_OPERATIONS = [
    operation for operation in operations(sandbox_routes=True) if secret_fields(operation)
]


@dataclass
class Exchange:
    label: str
    secrets: list[str]
    response: httpx.Response


def _secrets(operation: Operation, call: Call) -> list[str]:
    values = [value_of(call, field) for field in secret_fields(operation)]
    return [str(v) for v in values if isinstance(v, str | int) and len(str(v)) >= 6]


class Driver:
    """Sends calls of one operation and keeps what each one's secrets were."""

    def __init__(self, url: str, client: httpx.Client, operation: Operation) -> None:
        self.url, self.client, self.operation = url, client, operation
        self.exchanges: list[Exchange] = []
        self.base = Call.documented(operation)
        for n, field in enumerate(secret_fields(operation)):
            self.base = self.base.with_value(operation, field, distinctive(field, n))

    def send(self, label: str, call: Call, **request: Any) -> httpx.Response:
        if request:
            response = self.client.request(call.method, call.path, params=call.params, **request)
        else:
            response = call.send(self.client)
        self.exchanges.append(Exchange(label, _secrets(self.operation, call), response))
        return response

    def with_secret(self, name: str, value: Any) -> Call:
        field = next(f for f in self.operation.fields() if f.name == name)
        return self.base.with_value(self.operation, field, value)


def _generic(driver: Driver) -> None:
    base = driver.base
    for probe in schema_probes(driver.operation, base):
        driver.send(f"{probe.field} {probe.code}", probe.call)
    if base.body is MISSING:  # a secret in the query (the outbox's address)
        driver.send("wrong key", base, headers=WRONG_KEY)
        return
    text = json.dumps(base.body)
    json_type = {"Content-Type": "application/json"}
    driver.send("not JSON", base, content=text[:-1], headers=json_type)
    huge = json.dumps({**base.body, "padding": "x" * (1024 * 1024)})
    driver.send("too large", base, content=huge, headers=json_type)
    driver.send("not sent as JSON", base, content=text, headers={"Content-Type": "text/plain"})
    driver.send("wrong key", base, content=text, headers={**json_type, **WRONG_KEY})
    for fault in ("429", "503", "500-after-commit"):
        reset(driver.url)
        driver.send(fault, base, content=text, headers={**json_type, "X-Sandbox-Fault": fault})
    reset(driver.url)
    key = {**json_type, "Idempotency-Key": "one-key-two-bodies"}
    driver.send("key, first body", base, content=text, headers=key)
    other = json.dumps({**base.body, "unknown_member": "another body"})
    driver.send("key, another body", base, content=other, headers=key)


def _wrong_password(driver: Driver) -> None:
    """The base call: every password in it is a distinctive, wrong one."""
    reset(driver.url)
    driver.send("wrong password", driver.base)


def _other_takes(driver: Driver, address: str) -> None:
    """The other user changes their address to `address`, token from the outbox and all."""
    headers = {"Authorization": f"Bearer {OTHER_TOKEN}"}
    change = {"new_email": address, "password": OTHER_PASSWORD}
    with httpx.Client(base_url=driver.url, headers=headers) as other:
        assert other.post("/v1/settings/email-change", json=change).status_code == 202
        mail = other.get("/sandbox/outbox", params={"to": address}).json()["emails"][0]
        verify = {"token": mail["token"]}
        assert other.post("/v1/settings/email-change/verify", json=verify).status_code == 200


def _request_email_change(driver: Driver) -> None:
    _wrong_password(driver)
    reset(driver.url)
    address = driver.base.body["new_email"]
    _other_takes(driver, address)
    driver.send("address in use", driver.with_secret("password", DEMO_PASSWORD))
    reset(driver.url)
    own = {"new_email": DEMO_EMAIL, "password": DEMO_PASSWORD}
    driver.send("own address", Call(driver.base.method, driver.base.path, {}, {}, own))


def _token_for(driver: Driver, address: str) -> str:
    change = {"new_email": address, "password": DEMO_PASSWORD}
    assert driver.client.post("/v1/settings/email-change", json=change).status_code == 202
    mail = driver.client.get("/sandbox/outbox", params={"to": address}).json()["emails"][0]
    return str(mail["token"])


def _verify_email_change(driver: Driver) -> None:
    reset(driver.url)
    driver.send("unknown token", driver.base)
    reset(driver.url)
    token = _token_for(driver, "zq-used.hidden.address@example.com")
    assert driver.send("first use", driver.with_secret("token", token)).status_code == 200
    driver.send("used token", driver.with_secret("token", token))
    reset(driver.url)
    address = "zq-taken.hidden.address@example.com"
    token = _token_for(driver, address)
    _other_takes(driver, address)
    driver.send("address taken meanwhile", driver.with_secret("token", token))


def _change_password(driver: Driver) -> None:
    _wrong_password(driver)
    reset(driver.url)
    same = {"current_password": DEMO_PASSWORD, "new_password": DEMO_PASSWORD}
    driver.send("unchanged", Call(driver.base.method, driver.base.path, {}, {}, same))


def _request_deletion(driver: Driver) -> None:
    _wrong_password(driver)
    reset(driver.url)
    real = driver.with_secret("password", DEMO_PASSWORD)
    assert driver.send("first request", real).status_code == 201
    driver.send("already pending", real)


def _unknown_user(driver: Driver) -> None:
    reset(driver.url)
    driver.send("unknown address or wrong password", driver.base)


STATEFUL: dict[str, Callable[[Driver], None]] = {
    "changePassword": _change_password,
    "requestEmailChange": _request_email_change,
    "verifyEmailChange": _verify_email_change,
    "requestDeletion": _request_deletion,
    "sandboxLogin": _unknown_user,
    "sandboxAddLoginHistory": _unknown_user,
}


@pytest.fixture(scope="module")
def drivers() -> Iterator[dict[str, Driver]]:
    with served() as (url, client):
        done = {}
        for operation in SECRET_OPERATIONS:
            reset(url)
            driver = Driver(url, client, operation)
            _generic(driver)
            STATEFUL.get(operation.id, lambda _: None)(driver)
            done[operation.id] = driver
        yield done


def test_the_secret_fields_are_the_specs_markings() -> None:
    marked = {(op.id, field.name) for op in SECRET_OPERATIONS for field in secret_fields(op)}
    assert marked >= {
        ("changePassword", "current_password"),
        ("changePassword", "new_password"),
        ("requestEmailChange", "new_email"),
        ("requestEmailChange", "password"),
        ("verifyEmailChange", "token"),
        ("requestDeletion", "password"),
        ("registerToken", "token"),
        ("unregisterToken", "token"),
    }
    for operation in operations(sandbox_routes=True):
        for field in operation.fields():
            if field.schema.get("format") == "password":
                assert is_secret(field), (operation.id, field.name)


@pytest.mark.parametrize("operation", SECRET_OPERATIONS, ids=lambda op: op.id)
def test_every_documented_refusal_is_driven(
    drivers: dict[str, Driver], operation: Operation
) -> None:
    documented = {int(s) for s in operation.op["responses"] if int(s) >= 400}
    seen = {exchange.response.status_code for exchange in drivers[operation.id].exchanges}
    assert documented <= seen, sorted(documented - seen)


@pytest.mark.parametrize("operation", SECRET_OPERATIONS, ids=lambda op: op.id)
def test_no_refusal_echoes_a_secret(drivers: dict[str, Driver], operation: Operation) -> None:
    echoes = []
    for exchange in drivers[operation.id].exchanges:
        answer = exchange.response
        shown = "\n".join([answer.text, *(f"{k}: {v}" for k, v in answer.headers.items())])
        for secret in exchange.secrets:
            if answer.status_code >= 400 and secret.lower() in shown.lower():
                echoes.append(f"{exchange.label} -> {answer.status_code}: {secret}")
    assert echoes == []
    refused = [e for e in drivers[operation.id].exchanges if e.response.status_code >= 400]
    documented = [status for status in operation.op["responses"] if int(status) >= 400]
    assert sum(bool(e.secrets) for e in refused) >= len(documented)  # the check checked some
