"""Story: request account deletion, see it pending, fail to request it twice, cancel it."""

from __future__ import annotations

import pytest
import rplatform

from . import _expect
from ._cassettes import Wire

pytestmark = pytest.mark.vcr

REASON = "No longer using the service"


def test_request_status_then_cancel_deletion(client: rplatform.Client, wire: Wire) -> None:
    deletion = client.settings.request_deletion(
        password="currentPassword123", confirm_text="DELETE MY ACCOUNT", reason=REASON
    )
    _expect.lossless(deletion, wire.last)
    grace_end = _expect.NOW + 30 * _expect.DAY
    assert deletion.requested is True
    assert (deletion.requested_at, deletion.scheduled_at) == (_expect.NOW, grace_end)
    assert (deletion.grace_period_ends, deletion.reason) == (grace_end, REASON)

    status = client.settings.get_deletion_status()
    _expect.lossless(status, wire.last)
    assert (status.requested, status.scheduled_at, status.reason) == (True, grace_end, REASON)

    with pytest.raises(rplatform.ConflictError) as caught:
        client.settings.request_deletion(
            password="currentPassword123", confirm_text="DELETE MY ACCOUNT"
        )
    _expect.problem(caught.value, 409, "already pending")
    assert wire.waits == [], "a conflict no retry can cure is raised at once"

    cancelled = client.settings.cancel_deletion()
    _expect.lossless(cancelled, wire.last)
    assert cancelled.requested is False
    assert (cancelled.scheduled_at, cancelled.grace_period_ends) == (None, None)
    assert client.settings.get_deletion_status().requested is False
