"""`client.notifications`: the errors each method can meet (the happy path is a story:
test_story_push_tokens.py)."""

from __future__ import annotations

import pytest
import rplatform
from rplatform.models import Platform

from . import _expect

pytestmark = pytest.mark.vcr

TOKEN = "ExponentPushToken[abc123]"


def test_register_token_with_an_overlong_token_is_a_bad_request(
    client: rplatform.Client,
) -> None:
    with pytest.raises(rplatform.BadRequestError) as caught:
        client.notifications.register_token(token="x" * 4097, platform="fcm")
    _expect.problem(caught.value, 400, "token")


def test_register_token_with_a_wrong_key_is_unauthorized(client: rplatform.Client) -> None:
    with pytest.raises(rplatform.AuthenticationError) as caught:
        client.with_options(api_key="sk_test_wrong").notifications.register_token(
            token=TOKEN, platform=Platform.EXPO
        )
    _expect.problem(caught.value, 401, "bearer token")


def test_unregister_token_with_a_wrong_key_is_unauthorized(client: rplatform.Client) -> None:
    with pytest.raises(rplatform.AuthenticationError) as caught:
        client.with_options(api_key="sk_test_wrong").notifications.unregister_token(TOKEN)
    _expect.problem(caught.value, 401, "bearer token")
