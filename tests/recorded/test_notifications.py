"""`client.notifications`: the errors each method can meet (the happy path is a story:
test_story_push_tokens.py)."""

from __future__ import annotations

import pytest
import rplatform

from . import _expect

pytestmark = pytest.mark.vcr

TOKEN = "ExponentPushToken[abc123]"


ERRORS = [
    pytest.param(
        lambda r: r.notifications.register_token(token="x" * 4097, platform="fcm"),
        rplatform.BadRequestError,
        400,
        "token",
        id="register-token-with-an-overlong-token-is-a-bad-request",
    ),
]


@pytest.mark.parametrize(("call", "error", "status", "detail"), ERRORS)
def test_error(
    client: rplatform.Client, call: _expect.Call, error: _expect.Error, status: int, detail: str
) -> None:
    _expect.refused(client, call, error, status, detail)
