"""Story: register a push token twice (the second updates it), then unregister it."""

from __future__ import annotations

import re

import pytest
import rplatform
from rplatform.models import Platform

from . import _expect

pytestmark = pytest.mark.vcr

TOKEN = "ExponentPushToken[abc123]"


def test_register_twice_then_unregister(client: rplatform.Client) -> None:
    raw = client.with_raw_response.notifications
    created = raw.register_token(token=TOKEN, platform="expo", device_id="old-device")
    assert created.status_code == 201
    first = created.parse()
    _expect.lossless(first, created.http_response)
    assert re.match(r"^ptk_[0-9a-f]{16}$", first.id)
    assert (first.platform, first.device_id) == (Platform.EXPO, "old-device")
    assert first.created_at == first.updated_at == _expect.NOW

    updated = raw.register_token(token=TOKEN, platform="expo", device_id="new-device")
    assert updated.status_code == 200, "already registered: updated, not created"
    second = updated.parse()
    _expect.lossless(second, updated.http_response)
    assert (second.id, second.created_at) == (first.id, first.created_at)
    assert second.device_id == "new-device"

    client.notifications.unregister_token(TOKEN)
    client.notifications.unregister_token(TOKEN)  # no longer registered: not an error either
    again = raw.register_token(token=TOKEN, platform="expo", device_id="new-device")
    assert again.status_code == 201, "it was really gone"
