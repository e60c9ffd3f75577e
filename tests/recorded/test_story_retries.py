"""Story: the client rides out 429, 503 and a 500 after commit, as the server asks.

Waits are asserted, never slept in replay. A POST keeps its Idempotency-Key across retries,
so a request that the server committed before failing is not performed twice.
"""

from __future__ import annotations

import pytest
import rplatform
from _support import AI_USAGE

from . import _expect
from ._cassettes import Wire

pytestmark = pytest.mark.vcr


def fault(spec: str) -> dict[str, str]:
    return {"X-Sandbox-Fault": spec}


def test_rate_limited_call_is_retried_after_retry_after(
    client: rplatform.Client, wire: Wire
) -> None:
    raw = client.with_raw_response.billing.get_status(
        organization_id="org_123", extra_headers=fault("429; retry_after=2")
    )
    assert raw.parse().stripe_subscription_id == "sub_123"
    _expect.lossless(raw.parse(), raw.http_response)
    assert raw.retries_taken == 1
    assert wire.waits == [2.0], "waited what Retry-After asked"
    assert len(wire.requests) == 2


def test_unavailable_post_is_retried_with_the_same_idempotency_key(
    client: rplatform.Client, wire: Wire
) -> None:
    customer = client.billing.ensure_customer(
        organization_id="org_123", extra_headers=fault("503; times=2")
    )
    assert customer.stripe_customer_id == "cus_123"
    assert wire.waits == [1.0, 1.0]
    [key, *retries] = wire.idempotency_keys()
    assert key and retries == [key, key]


def test_500_after_commit_is_retried_without_a_second_effect(
    client: rplatform.Client, wire: Wire
) -> None:
    before = client.billing.get_usage(organization_id="org_123", year=2025, month=6).ai_tokens

    raw = client.with_raw_response.billing.record_ai_usage(
        **AI_USAGE, extra_headers=fault("500-after-commit")
    )
    assert raw.status_code == 201 and raw.retries_taken == 1
    assert raw.headers["Idempotent-Replayed"] == "true", "the committed answer, replayed"
    assert raw.parse().total_tokens == 2500
    _expect.lossless(raw.parse(), raw.http_response)
    posts = [r for r in wire.requests if r.method == "POST"]
    assert len(posts) == 2
    assert posts[0].headers["Idempotency-Key"] == posts[1].headers["Idempotency-Key"]
    assert wire.waits == [0.5], "backoff (no Retry-After on a 500)"

    after = client.billing.get_usage(organization_id="org_123", year=2025, month=6).ai_tokens
    assert after - before == 2500, "recorded once, not twice"
