"""Story: request an email change, then verify it with the token from the (sandbox) outbox.

The token is a secret: the cassette holds a placeholder in both the outbox answer and the
verification request, so the replay sends back exactly what it read.
"""

from __future__ import annotations

import httpx
import pytest
import rplatform

from . import _expect
from ._cassettes import Wire

pytestmark = pytest.mark.vcr

NEW_EMAIL = "newemail@example.com"


def test_email_change_verified_with_the_token_from_the_outbox(
    client: rplatform.Client, sandbox_api: httpx.Client, wire: Wire
) -> None:
    requested = client.settings.request_email_change(
        new_email=NEW_EMAIL, password="currentPassword123"
    )
    _expect.lossless(requested, wire.last)
    assert requested.message == "Verification email sent to the new address."
    assert requested.expires_at == _expect.NOW + _expect.DAY

    outbox = sandbox_api.get("/outbox", params={"to": NEW_EMAIL}).json()["emails"]
    [email] = outbox
    assert email["to"] == NEW_EMAIL
    assert email["token"] in email["body"]

    verified = client.settings.verify_email_change(email["token"])
    _expect.lossless(verified, wire.last)
    assert verified.message == "Email address changed."
    assert verified.verified_at == _expect.NOW

    with pytest.raises(rplatform.APIStatusError) as caught:
        client.settings.verify_email_change(email["token"])
    _expect.problem(caught.value, 410, "already been used")
    # Now the old address is free and the new one is ours.
    with pytest.raises(rplatform.UnprocessableEntityError) as own:
        client.settings.request_email_change(new_email=NEW_EMAIL, password="currentPassword123")
    _expect.problem(own.value, 422, "already your email address")
