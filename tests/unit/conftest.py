"""Fixtures of the unit tests: `recorder` makes clients on a scripted MockTransport."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from facade_mock import Recorder, respond
from rplatform.resources._docs import compose
from rplatform_api._columns import columns


@pytest.fixture(autouse=True)
def _derived_afresh() -> None:
    """Each test derives help() texts and a model's columns itself (both are cached, per method
    and per class): `nox -s mutate` runs for a mutant only the tests that reached its code, and
    through a cache only the first test that asks would."""
    compose.cache_clear()
    columns.cache_clear()


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
