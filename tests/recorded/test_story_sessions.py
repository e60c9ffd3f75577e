"""Story: revoked sessions disappear from the list; revoking all keeps only the caller's."""

from __future__ import annotations

import pytest
import rplatform

from . import _expect

pytestmark = pytest.mark.vcr


def session_ids(client: rplatform.Client) -> list[str]:
    return [session.id for session in client.settings.list_sessions()]


def test_revoke_a_session_then_all_the_others(client: rplatform.Client) -> None:
    assert session_ids(client) == ["session_sandbox", "session_125", "session_124", "session_123"]

    client.settings.revoke_session("session_123")
    assert session_ids(client) == ["session_sandbox", "session_125", "session_124"]

    with pytest.raises(rplatform.NotFoundError) as caught:
        client.settings.revoke_session("session_123")
    _expect.problem(caught.value, 404, "session_123")

    assert client.settings.revoke_all_sessions().revoked_count == 2
    assert session_ids(client) == ["session_sandbox"]
    assert client.settings.revoke_all_sessions().revoked_count == 0
