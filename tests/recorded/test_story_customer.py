"""Story: ensuring a Stripe customer twice creates it once."""

from __future__ import annotations

import re

import pytest
import rplatform

from . import _expect
from ._cassettes import Wire

pytestmark = pytest.mark.vcr


def test_ensure_customer_twice_creates_one_customer(client: rplatform.Client, wire: Wire) -> None:
    assert client.billing.get_status().has_stripe_account is False  # personal billing: none yet

    first = client.billing.ensure_customer()
    _expect.lossless(first, wire.last)
    assert first.is_new is True
    assert re.match(r"^cus_[0-9a-f]{16}$", first.stripe_customer_id)
    assert first.created_at == _expect.NOW

    second = client.billing.ensure_customer()
    _expect.lossless(second, wire.last)
    assert second.is_new is False
    assert (second.stripe_customer_id, second.created_at) == (
        first.stripe_customer_id,
        first.created_at,
    )

    status = client.billing.get_status()
    assert status.has_stripe_account is True
    assert status.stripe_customer_id == first.stripe_customer_id
