"""Starting the sandbox: serve() twice in one process, the CLI, determinism, the helper routes."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections import OrderedDict

import httpx
import pytest
from rplatform_sandbox import serve, state
from rplatform_sandbox.clock import parse_instant

from .conftest import DEMO_TOKEN, NOW, client


def test_two_servers_in_one_process_are_independent() -> None:
    with serve() as first, serve() as second:
        assert first != second
        with client(first) as a, client(second) as b:
            a.patch("/v1/settings/preferences/appearance", json={"theme": "dark"})
            assert a.get("/v1/settings/preferences").json()["appearance"]["theme"] == "dark"
            assert b.get("/v1/settings/preferences").json()["appearance"]["theme"] == "system"


def test_deterministic_mode_is_reproducible_byte_for_byte() -> None:
    def story(base_url: str) -> list[tuple[str, bytes]]:
        with client(base_url) as c:
            calls = [
                c.post("/v1/billing/customer", json={}),
                c.post(
                    "/v1/billing/checkout-sessions",
                    json={"organization_id": "org_123", "return_url": "https://a.example"},
                ),
                c.post("/v1/notifications/push-tokens", json={"token": "t", "platform": "fcm"}),
                c.get("/v1/settings/sessions"),
                c.get("/v1/billing/usage", params={"organization_id": "org_123"}),
                c.get("/v1/settings/login-history"),
            ]
            return [(r.headers["x-request-id"], r.content) for r in calls]

    with serve(now=NOW, seed=3) as first, serve(now=NOW, seed=3) as second:
        recorded = story(first)
        assert recorded == story(second)
        httpx.post(f"{first}/sandbox/reset").raise_for_status()
        assert story(first) == recorded  # a reset replays like a fresh start
    with serve(now=NOW, seed=4) as third:
        assert story(third) != recorded  # another seed, other ids


def test_every_response_has_a_request_id(api: httpx.Client, sandbox_url: str) -> None:
    for response in (
        api.get("/v1/settings/preferences"),
        httpx.get(f"{sandbox_url}/v1/billing"),
        api.get("/nowhere"),
        httpx.get(f"{sandbox_url}/sandbox/health"),
    ):
        assert response.headers["x-request-id"].startswith("req_")


def test_health_reports_the_frozen_clock(api: httpx.Client) -> None:
    body = api.get("/sandbox/health").json()
    assert body == {"status": "ok", "now": NOW, "deterministic": True, "seed": 7}


def test_reset_restores_the_seed_data(api: httpx.Client) -> None:
    api.patch("/v1/settings/preferences/appearance", json={"theme": "dark"})
    api.post("/sandbox/clock", json={"seconds": 3600})
    assert api.post("/sandbox/reset").json() == {"status": "reset", "now": NOW}
    assert api.get("/v1/settings/preferences").json()["appearance"]["theme"] == "system"


def test_unknown_route_is_a_problem(api: httpx.Client) -> None:
    response = api.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


def test_cli_starts_and_prints_url_and_credentials() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "rplatform_sandbox", "--port", "0", "--now", NOW, "--seed", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("rplatform sandbox listening on http://127.0.0.1:")
        url = first.split()[-1]
        rest = "".join(process.stdout.readline() for _ in range(3))
        assert DEMO_TOKEN in rest and "demo@example.com" in rest and "currentPassword123" in rest
        assert httpx.get(f"{url}/sandbox/health").json()["now"] == NOW
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert process.returncode == 0


def _cli_exit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rplatform_sandbox", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_cli_on_a_busy_port_says_a_sandbox_may_run_there_and_to_pass_port() -> None:
    with serve() as url:  # a sandbox already running there
        port = url.rsplit(":", 1)[1]
        done = _cli_exit("--port", port)
    assert done.returncode == 1
    assert (done.stdout, done.stderr) == (
        "",
        f"rplatform sandbox: port {port} on 127.0.0.1 is already in use; a sandbox may already"
        f" be running there (see http://127.0.0.1:{port}/sandbox/health). Pass --port to use"
        " another port (--port 0 picks a free one and prints it).\n",
    )


def test_the_cli_on_an_address_it_cannot_use_says_so_without_a_traceback() -> None:
    done = _cli_exit("--host", "192.0.2.1", "--port", "8787")  # TEST-NET-1: not this machine's
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (
        f"rplatform sandbox: cannot listen on 192.0.2.1:8787: {os.strerror(errno.EADDRNOTAVAIL)}."
        " Pass --host or --port to listen elsewhere.\n"
    )


def test_a_sandbox_at_an_instant_seen_before_starts_from_that_seed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(state, "_SEEDS", OrderedDict())
    instant = parse_instant("2024-02-29T08:30:00Z")
    first = state.Sandbox(now=instant, seed=1)
    assert set(state._SEEDS) == {instant}

    def no_second_seeding(*args: object) -> None:
        raise AssertionError("seeded again")

    monkeypatch.setattr(state, "seed", no_second_seeding)
    second = state.Sandbox(now=instant, seed=2)
    try:
        assert list(second.db.conn.iterdump()) == list(first.db.conn.iterdump())
        second.db.conn.execute("DELETE FROM users")  # a copy: the first keeps its users
        assert first.db.conn.execute("SELECT count(*) FROM users").fetchone()[0] == 2
        second.reset()
        assert list(second.db.conn.iterdump()) == list(first.db.conn.iterdump())
    finally:
        first.close()
        second.close()


def test_a_sandbox_on_the_real_clock_seeds_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state, "_SEEDS", OrderedDict())
    sandbox = state.Sandbox()
    sandbox.close()
    assert state._SEEDS == {}


def test_a_process_keeps_only_its_latest_seeds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state, "_SEEDS", OrderedDict())
    monkeypatch.setattr(state, "SEEDS_KEPT", 2)
    first, second, third = (parse_instant(f"2025-0{m}-01T00:00:00Z") for m in (1, 2, 3))
    for instant in (first, second, first, third):  # the second use of `first` keeps it fresh
        state.Sandbox(now=instant).close()
    assert list(state._SEEDS) == [first, third]


# A process in which the sandbox extra is not installed: importing one of its libraries fails.
WITHOUT = """
import sys
class Missing:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] == {module!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
sys.meta_path.insert(0, Missing())
{code}
"""


@pytest.mark.parametrize("module", ["uvicorn", "connexion", "starlette", "yaml"])
@pytest.mark.parametrize(
    "code",
    [
        "import rplatform_sandbox",
        "import runpy; runpy.run_module('rplatform_sandbox', run_name='__main__')",
    ],
)
def test_without_the_sandbox_extra_the_error_says_how_to_install_it(module: str, code: str) -> None:
    run = subprocess.run(
        [sys.executable, "-c", WITHOUT.format(module=module, code=code)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1
    assert run.stderr.splitlines()[-1] == (
        f"ModuleNotFoundError: the rplatform sandbox needs {module}, which comes with the sandbox "
        'extra: pip install "rplatform[sandbox]"'
    )
