"""An operation of openapi.yaml without a handler yet: the sandbox starts, warns, answers 501.

This is the state between the first and the third step of adding an operation (CONTRIBUTING.md):
the spec has it, the handler is not written yet.
"""

from __future__ import annotations

import logging

import httpx
import pytest
from rplatform_sandbox import handlers, serve
from rplatform_sandbox.handlers.common import REGISTRY

from .conftest import DEMO_TOKEN, problem


def test_a_missing_handler_answers_501_naming_the_operation(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delitem(REGISTRY, "getPeriods")
    monkeypatch.setattr(handlers, "_warned", set())
    with caplog.at_level(logging.WARNING, logger="rplatform_sandbox"), serve() as url:
        started = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
        headers = {"Authorization": f"Bearer {DEMO_TOKEN}"}
        missing = httpx.get(f"{url}/v1/billing/periods", headers=headers)
        served = httpx.get(f"{url}/v1/billing/status", headers=headers)
        anonymous = httpx.get(f"{url}/v1/billing/periods")
    body = problem(missing, 501, "not-implemented")
    assert "getPeriods" in body["detail"]
    assert started == ["no handler for operation getPeriods: it answers 501 Not Implemented"]
    assert served.status_code == 200, "the other operations are served"
    problem(anonymous, 401)  # authentication still comes first


def test_every_operation_of_the_spec_has_a_handler() -> None:
    from _support import load_spec, operations

    missing = [
        op["operationId"]
        for _, _, op in operations(load_spec())
        if op["operationId"] not in REGISTRY
    ]
    assert not missing, f"operations answered 501 by the sandbox: {missing}"
