"""Fixtures of the unit tests: `recorder` makes clients on a scripted MockTransport."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from facade_mock import Recorder, respond


@pytest.fixture
def recorder() -> Iterator[Callable[..., Recorder]]:
    made: list[Recorder] = []

    def make(*responses: httpx.Response | Exception, **client_options: Any) -> Recorder:
        rec = Recorder(respond(*responses), **client_options)
        made.append(rec)
        return rec

    yield make
    for rec in made:
        rec.http.close()
