"""Live-test fixtures: one sandbox server for the session, reset to its seed data per test."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import rplatform
import rplatform_sandbox

SANDBOX_TOKEN = "sk_test_sandbox"


@pytest.fixture(scope="session")
def sandbox_url() -> Iterator[str]:
    """The base URL of a sandbox running in this process for the whole test session."""
    with rplatform_sandbox.serve() as url:
        yield url


@pytest.fixture
def client(sandbox_url: str) -> Iterator[rplatform.Client]:
    """A client of the demo user on a sandbox freshly reset to its seed data."""
    httpx.post(f"{sandbox_url}/sandbox/reset").raise_for_status()
    with rplatform.Client(SANDBOX_TOKEN, base_url=sandbox_url) as r:
        yield r
