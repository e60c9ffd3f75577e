"""Assertions shared by the cassette tests."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import rplatform
from _support import normal_json

REQUEST_ID = re.compile(r"^req_[0-9a-f]{20}$")
# The sandbox's frozen clock while recording (see NOW in _cassettes.py).
NOW = datetime.datetime(2025, 6, 15, 12, 0, tzinfo=datetime.UTC)
DAY = datetime.timedelta(days=1)

Call = Callable[[rplatform.Client], object]
Error = type[rplatform.APIStatusError]


def refused(
    client: rplatform.Client,
    call: Call,
    error: Error,
    status: int,
    detail: str,
) -> None:
    """The call raises exactly `error`, with its status, request id and problem details."""
    with pytest.raises(error) as caught:
        call(client)
    assert type(caught.value) is error
    problem(caught.value, status, detail)


def problem(error: rplatform.APIStatusError, status: int, detail: str) -> None:
    """The error carries the status, the server's request id and its problem details."""
    assert error.status_code == status
    assert error.request_id is not None and REQUEST_ID.match(error.request_id), error.request_id
    assert error.problem is not None
    assert error.problem["status"] == status
    assert detail in error.problem["detail"], error.problem["detail"]
    assert f"request_id={error.request_id}" in str(error)


def lossless(result: Any, response: httpx.Response) -> None:
    """The model holds exactly what the server sent: no field lost, renamed or garbled.

    Compares `to_dict()` (what a notebook shows and exports) with the recorded JSON body.
    """
    if isinstance(result, rplatform.ListResult):  # one page: its items, no request
        result = list(result)
    data = [item.to_dict() for item in result] if isinstance(result, list) else result.to_dict()
    assert normal_json(data) == normal_json(response.json())
