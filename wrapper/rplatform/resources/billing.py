"""`client.billing`: usage tracking, billing periods, Stripe checkout and portal, AI usage.

Every method takes the owner scope as `user_id=` or `organization_id=` (never both; neither
means the caller's own billing), except `get_project_usage` and `record_ai_usage`, which are
scoped by the project.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any, Unpack

from rplatform_api.api.billing import (
    can_create_api_key,
    create_checkout_session,
    create_portal_session,
    ensure_customer,
    get,
    get_periods,
    get_project_usage,
    get_status,
    get_usage,
    get_usage_by_project,
    get_usage_from_meters,
    record_ai_usage,
)
from rplatform_api.models import (
    AiUsageCreate,
    AiUsageRecord,
    ApiKeyEligibility,
    BillingPeriods,
    BillingStatus,
    CheckoutSession,
    CheckoutSessionCreate,
    MeterUsage,
    OwnerScope,
    PortalSession,
    PortalSessionCreate,
    ProjectUsageItem,
    ProjectUsageSummary,
    StripeCustomer,
    UsageSummary,
)

from .. import _validation as check
from .._tables import ModelList
from .._types import PostOptions, RequestOptions
from ..models import BillingInfo
from ._base import Resource, given, model, model_list

DateLike = datetime.date | str


class Billing(Resource):
    """Billing: `client.billing`."""

    def get(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> BillingInfo:
        """Get comprehensive billing info (customer, credits, subscriptions).

        >>> info = r.billing.get(organization_id="org_123")
        >>> info.credits.balance_cents, [s.status for s in info.subscriptions]
        """
        return self._call(
            self._owned(get._get_kwargs, user_id, organization_id),
            options,
            model(BillingInfo.from_dict),
        )

    def get_status(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> BillingStatus:
        """Get billing status for a user or organization.

        >>> status = r.billing.get_status(organization_id="org_123")
        >>> status.has_stripe_account, status.stripe_subscription_id
        >>> status.status  # 'active' | 'trialing' | 'past_due' | ... or None
        >>> status.has_payment_method
        """
        return self._call(
            self._owned(get_status._get_kwargs, user_id, organization_id),
            options,
            model(BillingStatus.from_dict),
        )

    def get_periods(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> BillingPeriods:
        """Get available billing periods with usage data, newest first.

        >>> for period in r.billing.get_periods(organization_id="org_123").periods:
        ...     print(f"{period.label} ({period.year}-{period.month})")
        """
        return self._call(
            self._owned(get_periods._get_kwargs, user_id, organization_id),
            options,
            model(BillingPeriods.from_dict),
        )

    def can_create_api_key(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyEligibility:
        """Check if the user or organization can create API keys.

        >>> if not r.billing.can_create_api_key(organization_id="org_123").can_create:
        ...     print("Add a payment method to create API keys")
        """
        description = self._owned(can_create_api_key._get_kwargs, user_id, organization_id)
        return self._call(description, options, model(ApiKeyEligibility.from_dict))

    def get_usage(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        year: int | None = None,
        month: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> UsageSummary:
        """Get the usage summary of a billing period (a UTC calendar month; default: this one).

        >>> usage = r.billing.get_usage(organization_id="org_123", year=2025, month=6)
        >>> print(f"Sandbox compute: {usage.sandbox_compute_hours}h")
        >>> print(f"AI cost: ${usage.ai_cost_cents / 100:.2f}")
        >>> for item in usage.line_items:
        ...     print(f" {item.name}: {item.quantity} {item.unit} = ${item.total_cost:.2f}")
        """
        description = self._monthly(get_usage._get_kwargs, user_id, organization_id, year, month)
        return self._call(description, options, model(UsageSummary.from_dict))

    def get_usage_by_project(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        year: int | None = None,
        month: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> ModelList[ProjectUsageSummary]:
        """Get the usage of a billing period broken down by project.

        >>> for p in r.billing.get_usage_by_project(organization_id="org_123", year=2025, month=6):
        ...     print(f"{p.project_name}: sandbox {p.sandbox_compute_hours}h, {p.ai_tokens} tokens")
        """
        description = self._monthly(
            get_usage_by_project._get_kwargs, user_id, organization_id, year, month
        )
        return self._call(description, options, model_list(ProjectUsageSummary.from_dicts))

    def get_usage_from_meters(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        year: int | None = None,
        month: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> ModelList[MeterUsage]:
        """Get the usage of a billing period from the Stripe meters, one summary per meter.

        >>> for m in r.billing.get_usage_from_meters(organization_id="org_123", year=2025, month=6):
        ...     print(f"{m.display_name}: {m.aggregated_value} {m.unit}")
        """
        description = self._monthly(
            get_usage_from_meters._get_kwargs, user_id, organization_id, year, month
        )
        return self._call(description, options, model_list(MeterUsage.from_dicts))

    def get_project_usage(
        self,
        project_id: str,
        *,
        from_: DateLike | None = None,
        to: DateLike | None = None,
        **options: Unpack[RequestOptions],
    ) -> ModelList[ProjectUsageItem]:
        """Get the usage of one project between two dates (inclusive; default: this month).

        >>> items = r.billing.get_project_usage("proj_123", from_="2025-06-01", to="2025-06-30")
        >>> for item in items:
        ...     print(f"{item.item}: {item.units} {item.unit_type}")
        """
        start = check.optional(check.date, "from_", from_)
        end = check.optional(check.date, "to", to)
        if start is not None and end is not None and end < start:
            raise ValueError(f"to ({end}) must not be before from_ ({start})")
        description = get_project_usage._get_kwargs(
            check.text("project_id", project_id), from_=given(start), to=given(end)
        )
        return self._call(description, options, model_list(ProjectUsageItem.from_dicts))

    def create_checkout_session(
        self,
        *,
        return_url: str,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[PostOptions],
    ) -> CheckoutSession:
        """Create a Stripe Checkout session that adds a payment method; redirect to its `url`.

        >>> checkout = r.billing.create_checkout_session(
        ...     organization_id="org_123", return_url="https://myapp.com/billing"
        ... )
        >>> checkout.url, checkout.session_id
        """
        user, org = check.owner(user_id, organization_id)
        body = CheckoutSessionCreate(
            return_url=check.text("return_url", return_url),
            user_id=given(user),
            organization_id=given(org),
        )
        return self._call(
            create_checkout_session._get_kwargs(body=body),
            options,
            model(CheckoutSession.from_dict),
        )

    def create_portal_session(
        self,
        *,
        return_url: str,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[PostOptions],
    ) -> PortalSession:
        """Create a Stripe Billing Portal session; redirect the user to its `url`.

        >>> portal = r.billing.create_portal_session(
        ...     organization_id="org_123", return_url="https://myapp.com/billing"
        ... )
        >>> portal.url
        """
        user, org = check.owner(user_id, organization_id)
        body = PortalSessionCreate(
            return_url=check.text("return_url", return_url),
            user_id=given(user),
            organization_id=given(org),
        )
        return self._call(
            create_portal_session._get_kwargs(body=body), options, model(PortalSession.from_dict)
        )

    def ensure_customer(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[PostOptions],
    ) -> StripeCustomer:
        """Ensure a Stripe customer exists (idempotent: created the first time only).

        >>> customer = r.billing.ensure_customer(organization_id="org_123")
        >>> customer.stripe_customer_id, customer.is_new  # is_new: True if created now
        """
        user, org = check.owner(user_id, organization_id)
        body = OwnerScope(user_id=given(user), organization_id=given(org))
        return self._call(
            ensure_customer._get_kwargs(body=body), options, model(StripeCustomer.from_dict)
        )

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
    ) -> AiUsageRecord:
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
        body = AiUsageCreate(
            project_id=check.text("project_id", project_id),
            input_tokens=check.integer("input_tokens", input_tokens, minimum=0),
            output_tokens=check.integer("output_tokens", output_tokens, minimum=0),
            reasoning_tokens=given(
                check.optional(check.integer, "reasoning_tokens", reasoning_tokens, minimum=0)
            ),
            cost_cents=check.number("cost_cents", cost_cents, minimum=0),
            provider_model=check.text("provider_model", provider_model),
        )
        return self._call(
            record_ai_usage._get_kwargs(body=body), options, model(AiUsageRecord.from_dict)
        )

    # The owner-scoped GETs differ only in their operation; these build their requests.

    @staticmethod
    def _owned(
        get_kwargs: Callable[..., dict[str, Any]],
        user_id: object,
        organization_id: object,
        **query: Any,
    ) -> dict[str, Any]:
        user, org = check.owner(user_id, organization_id)
        return get_kwargs(user_id=given(user), organization_id=given(org), **query)

    @classmethod
    def _monthly(
        cls,
        get_kwargs: Callable[..., dict[str, Any]],
        user_id: object,
        organization_id: object,
        year: object,
        month: object,
    ) -> dict[str, Any]:
        if (year is None) != (month is None):
            raise ValueError("pass year and month together, or neither for the current month")
        return cls._owned(
            get_kwargs,
            user_id,
            organization_id,
            year=given(check.optional(check.integer, "year", year, minimum=2000, maximum=2100)),
            month=given(check.optional(check.integer, "month", month, minimum=1, maximum=12)),
        )
