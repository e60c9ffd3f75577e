"""`client.billing`: each method once against recorded answers, and the errors it can meet.

Seed data (see rplatform_sandbox/seed.py): the demo user usr_123 owns org_123 (customer
cus_123 without a payment method, trialing subscription sub_123, credits 50.00 granted and
25.00 used; projects proj_123, proj_124, proj_125); org_456 and proj_456 belong to another user.
"""

from __future__ import annotations

import datetime
import re

import pytest
import rplatform
from _support import AI_USAGE
from rplatform.models import OwnerType, SubscriptionStatus

from . import _expect
from ._cassettes import Wire

pytestmark = pytest.mark.vcr

ORG_PROJECTS = ["proj_123", "proj_124", "proj_125"]


def test_get(client: rplatform.Client, wire: Wire) -> None:
    info = client.billing.get(organization_id="org_123")
    _expect.lossless(info, wire.last)
    assert (info.owner_type, info.owner_id) == (OwnerType.ORGANIZATION, "org_123")
    assert info.has_payment_method is False
    assert info.customer is not None
    assert info.customer.stripe_customer_id == "cus_123"
    assert info.customer.name == "Acme Inc."
    assert (info.credits.granted_cents, info.credits.used_cents) == (5000, 2500)  # documented name
    assert info.credits.balance_cents == 2500
    assert info.credits.expires_at == datetime.datetime(2026, 6, 1, tzinfo=datetime.UTC)
    [subscription] = info.subscriptions
    assert (subscription.id, subscription.status) == ("sub_123", SubscriptionStatus.TRIALING)
    assert subscription.current_period_start == datetime.datetime(2025, 6, 1, tzinfo=datetime.UTC)
    assert subscription.current_period_end == datetime.datetime(2025, 7, 1, tzinfo=datetime.UTC)


def test_get_status(client: rplatform.Client, wire: Wire) -> None:
    status = client.billing.get_status(organization_id="org_123")
    _expect.lossless(status, wire.last)
    assert status.has_stripe_account is True
    assert status.stripe_customer_id == "cus_123"
    assert status.stripe_subscription_id == "sub_123"
    assert status.status == SubscriptionStatus.TRIALING
    assert status.has_payment_method is False


def test_get_status_of_own_billing_without_customer(client: rplatform.Client, wire: Wire) -> None:
    status = client.billing.get_status()
    _expect.lossless(status, wire.last)
    assert (status.owner_type, status.owner_id) == (OwnerType.USER, "usr_123")
    assert status.has_stripe_account is False
    assert status.stripe_customer_id is None and status.status is None


def test_get_periods(client: rplatform.Client, wire: Wire) -> None:
    result = client.billing.get_periods(organization_id="org_123")
    _expect.lossless(result, wire.last)
    periods = result.periods
    newest = periods[0]
    assert (newest.label, newest.year, newest.month) == ("June 2025", 2025, 6)
    assert newest.is_current is True
    assert (newest.start_date, newest.end_date) == (
        datetime.date(2025, 6, 1),
        datetime.date(2025, 6, 30),
    )
    starts = [period.start_date for period in periods]
    assert starts == sorted(starts, reverse=True), "newest first"
    assert [p.is_current for p in periods[1:]] == [False] * (len(periods) - 1)
    assert all(period.total_cost_cents > 0 for period in periods)


def test_can_create_api_key(client: rplatform.Client, wire: Wire) -> None:
    eligibility = client.billing.can_create_api_key(organization_id="org_123")
    _expect.lossless(eligibility, wire.last)
    assert eligibility.can_create is False
    assert eligibility.reason is not None and "payment method" in eligibility.reason


def test_get_usage(client: rplatform.Client, wire: Wire) -> None:
    usage = client.billing.get_usage(organization_id="org_123", year=2025, month=6)
    _expect.lossless(usage, wire.last)
    assert (usage.owner_type, usage.owner_id) == (OwnerType.ORGANIZATION, "org_123")
    assert (usage.year, usage.month) == (2025, 6)
    assert (usage.period_start, usage.period_end) == (
        datetime.date(2025, 6, 1),
        datetime.date(2025, 6, 30),
    )
    assert usage.sandbox_compute_hours > 0 and usage.ai_tokens > 0
    lines = {line.meter: line for line in usage.line_items}
    assert lines["sandbox_compute_hours"].quantity == usage.sandbox_compute_hours
    assert lines["deployment_compute_hours"].quantity == usage.deployment_compute_hours
    assert usage.total_cost_cents == round(100 * sum(line.total_cost for line in lines.values()))


def test_get_usage_by_project_adds_up_to_get_usage(client: rplatform.Client, wire: Wire) -> None:
    projects = client.billing.get_usage_by_project(organization_id="org_123", year=2025, month=6)
    _expect.lossless(projects, wire.last)
    usage = client.billing.get_usage(organization_id="org_123", year=2025, month=6)
    assert sorted(p.project_id for p in projects) == ORG_PROJECTS
    assert {p.project_name for p in projects} == {"Website", "Mobile App", "Data Pipeline"}
    assert all((p.year, p.month) == (2025, 6) for p in projects)
    assert sum(p.ai_tokens for p in projects) == usage.ai_tokens
    assert sum(p.sandbox_compute_hours for p in projects) == pytest.approx(
        usage.sandbox_compute_hours
    )


def test_get_usage_from_meters(client: rplatform.Client, wire: Wire) -> None:
    meters = client.billing.get_usage_from_meters(organization_id="org_123", year=2025, month=6)
    _expect.lossless(meters, wire.last)
    usage = client.billing.get_usage(organization_id="org_123", year=2025, month=6)
    by_event = {meter.event_name: meter for meter in meters}
    assert by_event["sandbox_compute_hours"].aggregated_value == usage.sandbox_compute_hours
    assert by_event["ai_tokens"].aggregated_value == usage.ai_tokens
    for meter in meters:
        assert meter.start_time == datetime.datetime(2025, 6, 1, tzinfo=datetime.UTC)
        assert meter.end_time == datetime.datetime(2025, 7, 1, tzinfo=datetime.UTC)


def test_get_usage_from_meters_rate_limited_without_retries(
    client: rplatform.Client, wire: Wire
) -> None:
    with pytest.raises(rplatform.RateLimitError) as caught:
        client.billing.get_usage_from_meters(
            organization_id="org_123",
            year=2025,
            month=6,
            max_retries=0,
            extra_headers={"X-Sandbox-Fault": "429; retry_after=3"},
        )
    _expect.problem(caught.value, 429, "retry after 3")
    assert caught.value.response.headers["Retry-After"] == "3"
    assert (len(wire.requests), wire.waits) == (1, []), "max_retries=0: no retry, no wait"


def test_get_project_usage(client: rplatform.Client, wire: Wire) -> None:
    items = client.billing.get_project_usage(
        "proj_123", from_=datetime.date(2025, 6, 1), to=datetime.date(2025, 6, 30)
    )
    _expect.lossless(items, wire.last)
    by_meter = {item.meter: item for item in items}
    assert "sandbox_compute_hours" in by_meter and "ai_tokens" in by_meter
    assert by_meter["sandbox_compute_hours"].item == "Sandbox compute"
    assert by_meter["sandbox_compute_hours"].unit_type == "hours"
    assert all(item.units > 0 and item.cost_cents >= 0 for item in items)


def test_create_checkout_session(client: rplatform.Client, wire: Wire) -> None:
    checkout = client.billing.create_checkout_session(
        organization_id="org_123", return_url="https://myapp.com/billing"
    )
    _expect.lossless(checkout, wire.last)
    assert re.match(r"^cs_test_[0-9a-f]{24}$", checkout.session_id)
    assert checkout.url == f"https://checkout.stripe.com/c/pay/{checkout.session_id}"
    assert checkout.return_url == "https://myapp.com/billing"
    assert checkout.expires_at == _expect.NOW + datetime.timedelta(hours=24)


def test_create_portal_session(client: rplatform.Client, wire: Wire) -> None:
    portal = client.billing.create_portal_session(
        organization_id="org_123", return_url="https://myapp.com/billing"
    )
    _expect.lossless(portal, wire.last)
    assert re.match(r"^bps_[0-9a-f]{24}$", portal.session_id)
    assert portal.url == f"https://billing.stripe.com/p/session/{portal.session_id}"
    assert portal.return_url == "https://myapp.com/billing"
    assert portal.created_at == _expect.NOW


def test_ensure_customer_of_an_organization_that_has_one(
    client: rplatform.Client, wire: Wire
) -> None:
    customer = client.billing.ensure_customer(organization_id="org_123")
    _expect.lossless(customer, wire.last)
    assert customer.stripe_customer_id == "cus_123"
    assert customer.is_new is False
    assert customer.created_at == datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)


def test_record_ai_usage(client: rplatform.Client, wire: Wire) -> None:
    record = client.billing.record_ai_usage(**AI_USAGE)
    _expect.lossless(record, wire.last)
    assert re.match(r"^aiu_[0-9a-f]{16}$", record.id)
    assert (record.project_id, record.provider_model) == ("proj_123", "anthropic/claude-sonnet-4")
    assert (record.input_tokens, record.output_tokens, record.reasoning_tokens) == (1500, 800, 200)
    assert record.total_tokens == 2500
    assert record.cost_cents == 0.05
    assert record.recorded_at == _expect.NOW


ERRORS = [
    pytest.param(
        lambda r: r.billing.get(organization_id="org_456"),
        rplatform.PermissionDeniedError,
        403,
        "org_456",
        id="get-of-another-organization-is-forbidden",
    ),
    pytest.param(
        lambda r: r.billing.get_status(user_id="usr_456"),
        rplatform.PermissionDeniedError,
        403,
        "usr_456",
        id="get-status-of-another-user-is-forbidden",
    ),
    pytest.param(
        lambda r: r.billing.can_create_api_key(organization_id="org_456"),
        rplatform.PermissionDeniedError,
        403,
        "org_456",
        id="can-create-api-key-of-another-organization-is-forbidden",
    ),
    pytest.param(
        lambda r: r.billing.get_usage(organization_id="org_456", year=2025, month=6),
        rplatform.PermissionDeniedError,
        403,
        "org_456",
        id="get-usage-of-another-organization-is-forbidden",
    ),
    pytest.param(
        lambda r: r.billing.get_usage_by_project(organization_id="org_456", year=2025, month=6),
        rplatform.PermissionDeniedError,
        403,
        "org_456",
        id="get-usage-by-project-of-another-organization-is-forbidden",
    ),
    pytest.param(
        lambda r: r.billing.get_project_usage("proj_999"),
        rplatform.NotFoundError,
        404,
        "proj_999",
        id="get-project-usage-of-an-unknown-project-is-not-found",
    ),
    pytest.param(
        lambda r: r.billing.get_project_usage("proj_456"),
        rplatform.NotFoundError,
        404,
        "proj_456",
        id="get-project-usage-of-another-users-project-is-not-found",
    ),
    pytest.param(
        lambda r: r.billing.get_project_usage("p" * 65),
        rplatform.BadRequestError,
        400,
        "project_id",
        id="get-project-usage-with-an-overlong-id-is-a-bad-request",
    ),
    pytest.param(
        lambda r: r.billing.create_checkout_session(
            organization_id="org_123", return_url="ftp://myapp.com/billing"
        ),
        rplatform.UnprocessableEntityError,
        422,
        "return_url",
        id="create-checkout-session-with-a-non-http-return-url-is-unprocessable",
    ),
    pytest.param(
        lambda r: r.billing.create_portal_session(
            organization_id="org_456", return_url="https://myapp.com/billing"
        ),
        rplatform.PermissionDeniedError,
        403,
        "org_456",
        id="create-portal-session-of-another-organization-is-forbidden",
    ),
    pytest.param(
        lambda r: r.billing.ensure_customer(organization_id="org_456"),
        rplatform.PermissionDeniedError,
        403,
        "org_456",
        id="ensure-customer-of-another-organization-is-forbidden",
    ),
    pytest.param(
        lambda r: r.billing.record_ai_usage(
            project_id="proj_999",
            input_tokens=1,
            output_tokens=1,
            cost_cents=0,
            provider_model="anthropic/claude-sonnet-4",
        ),
        rplatform.NotFoundError,
        404,
        "proj_999",
        id="record-ai-usage-of-an-unknown-project-is-not-found",
    ),
]


@pytest.mark.parametrize(("call", "error", "status", "detail"), ERRORS)
def test_error(
    client: rplatform.Client, call: _expect.Call, error: _expect.Error, status: int, detail: str
) -> None:
    _expect.refused(client, call, error, status, detail)
