"""Story: once a checkout session is completed, the organization may create API keys."""

from __future__ import annotations

import httpx
import pytest
import rplatform
from rplatform.models import SubscriptionStatus

from . import _expect
from ._cassettes import Wire

pytestmark = pytest.mark.vcr


def test_completed_checkout_lets_the_organization_create_api_keys(
    client: rplatform.Client, sandbox_api: httpx.Client, wire: Wire
) -> None:
    assert client.billing.can_create_api_key(organization_id="org_123").can_create is False

    checkout = client.billing.create_checkout_session(
        organization_id="org_123", return_url="https://myapp.com/billing"
    )
    # What the user does on Stripe's page; the sandbox has a route for it.
    completed = sandbox_api.post(f"/checkout-sessions/{checkout.session_id}/complete")
    assert completed.status_code == 200 and completed.json()["status"] == "complete"

    eligibility = client.billing.can_create_api_key(organization_id="org_123")
    _expect.lossless(eligibility, wire.last)
    assert (eligibility.can_create, eligibility.reason) == (True, None)
    status = client.billing.get_status(organization_id="org_123")
    _expect.lossless(status, wire.last)
    assert status.has_payment_method is True
    assert status.status == SubscriptionStatus.ACTIVE, "the trial converted"
