"""Cassette tests: every operation recorded from the sandbox once, replayed offline ever after.

Replay is the default (`--record-mode=none`; `nox -s tests` adds `--block-network`): nothing is
started, the client talks to the fixed address the cassettes were recorded at, and vcrpy
answers from the cassette. A request that is not in the cassette fails the test, and so does
a recorded interaction that the test left unplayed.

Recording is `nox -s record` (`pytest tests/recorded --record-mode=rewrite`): a sandbox in
deterministic mode (frozen clock, seeded ids and tokens) serves the fixed address, and is
reset to its seed data before each test, before the cassette opens, so the reset is never
recorded. Two recordings in a row are byte-for-byte identical.

Retry waits are never slept in replay: the client's retry policy (`RetryPolicy(sleep=...)`, the
public seam) records them in `wire.waits` for the test to assert (recording sleeps them too).

Adding a test: put it in its resource's module (or a test_story_* module for a flow), use the
`client` fixture, record its cassette with `nox -s record -- -k <its name>` and commit both.
Cassettes are never written or edited by hand; test_cassettes.py checks them all.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable, Generator, Iterator
from typing import Any

import httpx
import pytest
import rplatform
from vcr.cassette import Cassette
from vcr.persisters.filesystem import FilesystemPersister

from ._cassettes import (
    API_KEY,
    BASE_URL,
    NOW,
    PORT,
    SANDBOX_ROUTES,
    SEED,
    RequestScrubber,
    Wire,
)

META_MODULE = "test_cassettes"  # checks over all cassettes: run after the recording tests

# vcrpy's own matchers; "body" compares JSON bodies parsed (key order and spacing are free).
MATCH_ON = ("method", "scheme", "host", "port", "path", "query", "body")


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    # pytest-recording 0.14.1's combined loader cannot read cassettes that carry vcrpy 9's
    # metadata ("too many values to unpack"); vcrpy's own persister reads them.
    vcr.register_persister(FilesystemPersister)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # When recording, the checks over all cassettes must see this run's cassettes.
    def is_meta(item: pytest.Item) -> bool:
        module = getattr(item, "module", None)
        return module is not None and module.__name__.endswith(META_MODULE)

    items.sort(key=is_meta)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    """Fail a replayed test that left recorded interactions unplayed."""
    result = yield
    funcargs: dict[str, Any] = getattr(item, "funcargs", {})
    cassette: Cassette | None = funcargs.get("vcr")
    if cassette is not None and funcargs.get("record_mode") == "none" and not cassette.all_played:
        unplayed = [
            f"  #{index}: {request.method} {request.uri}"
            for index, (request, _) in enumerate(cassette.data)
            if not cassette.play_counts[index]
        ]
        pytest.fail(
            f"{len(unplayed)} recorded interaction(s) of {cassette._path} were never played:\n"
            + "\n".join(unplayed),
            pytrace=False,
        )
    return result


@pytest.fixture(scope="session")
def recording(record_mode: str) -> bool:
    """True under `--record-mode=rewrite` (any mode but none): a real sandbox answers."""
    return record_mode != "none"


@pytest.fixture(scope="session")
def sandbox(recording: bool) -> Iterator[None]:
    """When recording, a deterministic sandbox on the cassettes' fixed address."""
    if not recording:
        yield
        return
    import rplatform_sandbox  # only the recording needs the server and its dependencies

    with rplatform_sandbox.serve(port=PORT, now=NOW, seed=SEED) as url:
        assert url == BASE_URL, url
        yield


@pytest.fixture
def fresh_sandbox(sandbox: None, recording: bool) -> None:
    """When recording, the sandbox back to its seed data (clock, ids, faults, idempotency)."""
    if recording:
        httpx.post(f"{BASE_URL}{SANDBOX_ROUTES}/reset").raise_for_status()


@pytest.fixture
def vcr_config(fresh_sandbox: None) -> dict[str, Any]:
    """Per test; pytest-recording asks for it just before opening the cassette, so the reset
    above happens outside it. Never a `record_mode` here: it would override the command line."""
    scrubber = RequestScrubber()
    return {
        "match_on": MATCH_ON,
        "decode_compressed_response": True,
        "before_record_request": scrubber,
        "before_record_response": scrubber.response,
    }


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture(scope="session")
def tls() -> ssl.SSLContext:
    # Building an httpx.Client loads the CA bundle (~75 ms): once per run, not per test.
    return ssl.create_default_context()


@pytest.fixture
def http_client(wire: Wire, tls: ssl.SSLContext) -> Iterator[httpx.Client]:
    hooks: dict[str, list[Callable[..., Any]]] = {
        "request": [wire.requests.append],
        "response": [wire.responses.append],
    }
    with httpx.Client(verify=tls, event_hooks=hooks) as http:
        yield http


@pytest.fixture
def client(
    vcr: Cassette | None, http_client: httpx.Client, wire: Wire, recording: bool
) -> Iterator[rplatform.Client]:
    """The demo user's client on the cassettes' address; retries wait without sleeping."""
    assert vcr is not None, "mark the test (or its module) with pytest.mark.vcr"

    def sleep(seconds: float) -> None:
        wire.waits.append(seconds)
        if recording:
            time.sleep(seconds)

    # random() = 0: no jitter, so backoff waits are exact.
    retry = rplatform.RetryPolicy(sleep=sleep, random=lambda: 0.0)
    with rplatform.Client(API_KEY, base_url=BASE_URL, http_client=http_client, retry=retry) as r:
        yield r


@pytest.fixture
def sandbox_api(vcr: Cassette | None, tls: ssl.SSLContext) -> Iterator[httpx.Client]:
    """The sandbox-only routes (outbox, checkout completion), recorded like any other call."""
    assert vcr is not None, "mark the test (or its module) with pytest.mark.vcr"
    with httpx.Client(base_url=f"{BASE_URL}{SANDBOX_ROUTES}", verify=tls) as http:
        yield http
