"""`client.billing`: usage tracking, billing periods, Stripe checkout and portal, AI usage.

Every method takes the owner scope as `user_id=` or `organization_id=` (never both; neither
means the caller's own billing), except `get_project_usage` and `record_ai_usage`, which are
scoped by the project.
"""

from __future__ import annotations

import datetime
import functools
from typing import TYPE_CHECKING, Protocol, Unpack

from rplatform_api.api import Operation, RequestDescription
from rplatform_api.api import billing as api
from rplatform_api.models import (
    AiUsageCreate,
    CheckoutSessionCreate,
    OwnerScope,
    PortalSessionCreate,
)
from rplatform_api.types import Unset

from .. import _validation as check
from .._pages import paging
from .._types import PostOptions, RequestOptions
from ._base import Call, ModeT, Raw, Resource, call, given, paged
from ._endpoint import RawView, endpoint

if TYPE_CHECKING:
    from rplatform_api.lists import ModelList
    from rplatform_api.models import (
        AiUsageRecord,
        ApiKeyEligibility,
        BillingInfo,
        BillingPeriods,
        BillingStatus,
        CheckoutSession,
        MeterUsage,
        PortalSession,
        ProjectUsageItem,
        ProjectUsageSummary,
        StripeCustomer,
        UsageSummary,
    )

    from .._list_result import ListResult

DateLike = datetime.date | str


class Billing(Resource[ModeT]):
    """Billing: `client.billing`."""

    with_raw_response: RawView[Billing[Raw]] = RawView()

    @endpoint
    def get(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[BillingInfo]:
        """Get comprehensive billing info (customer, credits, subscriptions).

        >>> info = r.billing.get(organization_id="org_123")
        >>> info.credits.balance_cents, [s.status for s in info.subscriptions]
        """
        request = _owned(api.get.request, user_id, organization_id)
        return call(request, api.get.SUCCESS, options)

    @endpoint
    def get_status(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[BillingStatus]:
        """Get billing status for a user or organization.

        >>> status = r.billing.get_status(organization_id="org_123")
        >>> status.has_stripe_account, status.stripe_subscription_id
        >>> status.status  # 'active' | 'trialing' | 'past_due' | ... or None
        >>> status.has_payment_method
        """
        request = _owned(api.get_status.request, user_id, organization_id)
        return call(request, api.get_status.SUCCESS, options)

    @endpoint
    def get_periods(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[BillingPeriods]:
        """Get available billing periods with usage data, newest first.

        >>> for period in r.billing.get_periods(organization_id="org_123").periods:
        ...     print(f"{period.label} ({period.year}-{period.month})")
        """
        request = _owned(api.get_periods.request, user_id, organization_id)
        return call(request, api.get_periods.SUCCESS, options)

    @endpoint
    def can_create_api_key(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ApiKeyEligibility]:
        """Check if the user or organization can create API keys.

        >>> if not r.billing.can_create_api_key(organization_id="org_123").can_create:
        ...     print("Add a payment method to create API keys")
        """
        request = _owned(api.can_create_api_key.request, user_id, organization_id)
        return call(request, api.can_create_api_key.SUCCESS, options)

    @endpoint
    def get_usage(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        year: int | None = None,
        month: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[UsageSummary]:
        """Get the usage summary of a billing period (a UTC calendar month; default: this one).

        >>> usage = r.billing.get_usage(organization_id="org_123", year=2025, month=6)
        >>> print(f"Sandbox compute: {usage.sandbox_compute_hours}h")
        >>> print(f"AI cost: ${usage.ai_cost_cents / 100:.2f}")
        >>> for item in usage.line_items:
        ...     print(f" {item.name}: {item.quantity} {item.unit} = ${item.total_cost:.2f}")
        """
        request = _monthly(
            api.get_usage.request, api.get_usage.OPERATION, user_id, organization_id, year, month
        )
        return call(request, api.get_usage.SUCCESS, options)

    @endpoint
    def get_usage_by_project(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        year: int | None = None,
        month: int | None = None,
        limit: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ListResult[ProjectUsageSummary]]:
        """Get the usage of a billing period broken down by project.

        >>> for p in r.billing.get_usage_by_project(organization_id="org_123", year=2025, month=6):
        ...     print(f"{p.project_name}: sandbox {p.sandbox_compute_hours}h, {p.ai_tokens} tokens")
        """
        operation = api.get_usage_by_project.OPERATION
        asked = paging(operation, limit, page_size, cursor)
        paged_request = functools.partial(
            api.get_usage_by_project.request,
            limit=given(asked.per_page(0)),
            cursor=given(asked.cursor),
        )
        request = _monthly(paged_request, operation, user_id, organization_id, year, month)
        return paged(self._client, request, api.get_usage_by_project.SUCCESS, asked, options)

    @endpoint
    def get_usage_from_meters(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        year: int | None = None,
        month: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ModelList[MeterUsage]]:
        """Get the usage of a billing period from the Stripe meters, one summary per meter.

        >>> for m in r.billing.get_usage_from_meters(organization_id="org_123", year=2025, month=6):
        ...     print(f"{m.display_name}: {m.aggregated_value} {m.unit}")
        """
        meters = api.get_usage_from_meters
        request = _monthly(meters.request, meters.OPERATION, user_id, organization_id, year, month)
        return call(request, api.get_usage_from_meters.SUCCESS, options)

    @endpoint
    def get_project_usage(
        self,
        project_id: str,
        *,
        from_: DateLike | None = None,
        to: DateLike | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ModelList[ProjectUsageItem]]:
        """Get the usage of one project between two dates (inclusive; default: this month).

        >>> items = r.billing.get_project_usage("proj_123", from_="2025-06-01", to="2025-06-30")
        >>> for item in items:
        ...     print(f"{item.item}: {item.units} {item.unit_type}")
        """
        start = check.optional(check.date, "from_", from_)
        end = check.optional(check.date, "to", to)
        if start is not None and end is not None and end < start:
            raise ValueError(f"to ({end}) must not be before from_ ({start})")
        request = api.get_project_usage.request(
            check.identifier("project_id", project_id), from_=given(start), to=given(end)
        )
        return call(request, api.get_project_usage.SUCCESS, options)

    @endpoint
    def create_checkout_session(
        self,
        *,
        return_url: str,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[PostOptions],
    ) -> Call[CheckoutSession]:
        """Create a Stripe Checkout session that adds a payment method; redirect to its `url`.

        >>> checkout = r.billing.create_checkout_session(
        ...     organization_id="org_123", return_url="https://myapp.com/billing"
        ... )
        >>> checkout.url, checkout.session_id
        """
        user, org = _owner(user_id, organization_id)
        body = CheckoutSessionCreate(
            return_url=check.text("return_url", return_url), user_id=user, organization_id=org
        )
        request = api.create_checkout_session.request(body=body)
        return call(request, api.create_checkout_session.SUCCESS, options)

    @endpoint
    def create_portal_session(
        self,
        *,
        return_url: str,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[PostOptions],
    ) -> Call[PortalSession]:
        """Create a Stripe Billing Portal session; redirect the user to its `url`.

        >>> portal = r.billing.create_portal_session(
        ...     organization_id="org_123", return_url="https://myapp.com/billing"
        ... )
        >>> portal.url
        """
        user, org = _owner(user_id, organization_id)
        body = PortalSessionCreate(
            return_url=check.text("return_url", return_url), user_id=user, organization_id=org
        )
        request = api.create_portal_session.request(body=body)
        return call(request, api.create_portal_session.SUCCESS, options)

    @endpoint
    def ensure_customer(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[PostOptions],
    ) -> Call[StripeCustomer]:
        """Ensure a Stripe customer exists (idempotent: created the first time only).

        >>> customer = r.billing.ensure_customer(organization_id="org_123")
        >>> customer.stripe_customer_id, customer.is_new  # is_new: True if created now
        """
        user, org = _owner(user_id, organization_id)
        body = OwnerScope(user_id=user, organization_id=org)
        request = api.ensure_customer.request(body=body)
        return call(request, api.ensure_customer.SUCCESS, options)

    @endpoint
    def record_ai_usage(
        self,
        *,
        project_id: str,
        input_tokens: int,
        output_tokens: int,
        cost_cents: float,
        provider_model: str,
        reasoning_tokens: int | None = None,
        **options: Unpack[PostOptions],
    ) -> Call[AiUsageRecord]:
        """Record AI token usage from a project for metered billing.

        >>> r.billing.record_ai_usage(
        ...     project_id="proj_123",
        ...     input_tokens=1500,
        ...     output_tokens=800,
        ...     reasoning_tokens=200,
        ...     cost_cents=0.05,
        ...     provider_model="anthropic/claude-sonnet-4",
        ... )
        """
        rule = api.record_ai_usage.OPERATION.field
        body = AiUsageCreate(
            project_id=check.text("project_id", project_id),
            input_tokens=check.integer_field(rule("input_tokens"), input_tokens),
            output_tokens=check.integer_field(rule("output_tokens"), output_tokens),
            reasoning_tokens=given(
                check.optional(check.integer_field, rule("reasoning_tokens"), reasoning_tokens)
            ),
            cost_cents=check.number_field(rule("cost_cents"), cost_cents),
            provider_model=check.text("provider_model", provider_model),
        )
        request = api.record_ai_usage.request(body=body)
        return call(request, api.record_ai_usage.SUCCESS, options)


class _OwnedRequest(Protocol):
    """The generated `request` of an operation scoped by the billing owner."""

    def __call__(
        self, *, user_id: str | Unset = ..., organization_id: str | Unset = ...
    ) -> RequestDescription: ...


class _MonthlyRequest(Protocol):
    """The generated `request` of an operation scoped by the owner and a billing period."""

    def __call__(
        self,
        *,
        user_id: str | Unset = ...,
        organization_id: str | Unset = ...,
        year: int | Unset = ...,
        month: int | Unset = ...,
    ) -> RequestDescription: ...


def _owner(user_id: object, organization_id: object) -> tuple[str | Unset, str | Unset]:
    """The billing owner scope: user_id or organization_id or neither (yourself), never both."""
    user, org = check.owner(user_id, organization_id)
    return given(user), given(org)


def _owned(request: _OwnedRequest, user_id: object, organization_id: object) -> RequestDescription:
    user, org = _owner(user_id, organization_id)
    return request(user_id=user, organization_id=org)


def _monthly(
    request: _MonthlyRequest,
    operation: Operation,
    user_id: object,
    organization_id: object,
    year: object,
    month: object,
) -> RequestDescription:
    """A request for one billing period: year and month together, or neither (this month),
    each within the bounds `operation` documents."""
    if (year is None) != (month is None):
        raise ValueError("pass year and month together, or neither for the current month")
    user, org = _owner(user_id, organization_id)
    if year is None:  # and month, as checked above: this month
        return request(user_id=user, organization_id=org)
    return request(
        user_id=user,
        organization_id=org,
        year=check.integer_field(operation.field("year"), year),
        month=check.integer_field(operation.field("month"), month),
    )
