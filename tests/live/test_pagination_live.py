"""Pagination through the SDK against a live sandbox (its clock runs: entries are stamped now).

250 login-history entries come back through `auto_paging_iter()` in 3 requests, newest first,
each once; sign-ins that happen while the iteration is between pages neither repeat an entry
nor push one out.
"""

from __future__ import annotations

import itertools

import httpx
import rplatform

DEMO = {"email": "demo@example.com", "password": "currentPassword123"}


def test_250_entries_in_3_requests(client: rplatform.Client, sandbox_url: str) -> None:
    added = httpx.post(f"{sandbox_url}/sandbox/login-history", json={**DEMO, "count": 250})
    assert added.status_code == 201
    sent: list[httpx.Request] = []
    with (
        httpx.Client(event_hooks={"request": [sent.append]}) as http,
        rplatform.Client("sk_test_sandbox", base_url=sandbox_url, http_client=http) as counted,
    ):
        entries = counted.settings.get_login_history().auto_paging_iter()
        read = list(itertools.islice(entries, 250))
    assert len(sent) == 3
    assert len({e.id for e in read}) == 250
    assert all(e.user_agent == "rplatform-sandbox-bulk" for e in read)  # the newest 250
    stamps = [e.created_at for e in read]
    assert stamps == sorted(stamps, reverse=True)


def test_sign_ins_between_pages_change_nothing_already_listed(
    client: rplatform.Client, sandbox_url: str
) -> None:
    before = [e.id for e in client.settings.get_login_history().auto_paging_iter()]
    assert len(before) == 262  # the sandbox's seeded sign-ins
    entries = client.settings.get_login_history(limit=3).auto_paging_iter()
    first = [next(entries).id for _ in range(3)]
    for _ in range(2):
        assert httpx.post(f"{sandbox_url}/sandbox/login", json=DEMO).status_code == 201
    rest = [e.id for e in entries]
    assert first + rest == before
    after = list(client.settings.get_login_history().auto_paging_iter())
    assert len(after) == len(before) + 2
