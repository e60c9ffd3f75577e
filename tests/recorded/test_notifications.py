"""`client.notifications`: the errors each method can meet (the happy path is a story:
test_story_push_tokens.py)."""

from __future__ import annotations

import pytest
import rplatform
from rplatform.models import Platform

from . import _expect

pytestmark = pytest.mark.vcr

TOKEN = "ExponentPushToken[abc123]"


ERRORS = [
    pytest.param(
        lambda r: r.notifications.register_token(token="x" * 4097, platform="fcm"),
        rplatform.UnprocessableEntityError,
        422,
        "token",
        id="register-token-with-an-overlong-token-is-unprocessable",
    ),
    pytest.param(
        lambda r: r.with_options(api_key="sk_test_wrong").notifications.register_token(
            token=TOKEN, platform=Platform.EXPO
        ),
        rplatform.AuthenticationError,
        401,
        "bearer token",
        id="register-token-with-a-wrong-key-is-unauthorized",
    ),
    pytest.param(
        lambda r: r.with_options(api_key="sk_test_wrong").notifications.unregister_token(TOKEN),
        rplatform.AuthenticationError,
        401,
        "bearer token",
        id="unregister-token-with-a-wrong-key-is-unauthorized",
    ),
]


@pytest.mark.parametrize(("call", "error", "status", "detail"), ERRORS)
def test_error(
    client: rplatform.Client, call: _expect.Call, error: _expect.Error, status: int, detail: str
) -> None:
    _expect.refused(client, call, error, status, detail)
