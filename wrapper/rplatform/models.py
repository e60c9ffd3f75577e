"""Every result type of the API: the generated models, re-exported from one public module.

    from rplatform.models import BillingStatus, SubscriptionStatus

Each model is an attrs class with the documented field names, `to_dict()`, and unknown fields
kept in `additional_properties` (also reachable as `model["field"]`). Enum-valued fields hold
the enum member, or the plain string when the server sends a value newer than this SDK. Lists
of models, in results and inside them, are `rplatform.ModelList`s.

Each name loads its model on first use (PEP 562 `__getattr__`), so importing this module costs
nothing and using one model loads that model only; type checkers see every name through the
`TYPE_CHECKING` imports.
tests/unit/test_forward_compat.py fails when a generated model is missing here.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rplatform_api.models import (
        AiUsageCreate,
        AiUsageRecord,
        ApiKeyEligibility,
        AppearancePreferences,
        AppearancePreferencesUpdate,
        BillingInfo,
        BillingPeriod,
        BillingPeriods,
        BillingStatus,
        CheckoutSession,
        CheckoutSessionCreate,
        Credits,
        Customer,
        DeletionCreate,
        DeletionStatus,
        EmailChangeCreate,
        EmailChangeRequested,
        EmailChangeVerified,
        EmailChangeVerify,
        LineItem,
        LoginHistoryEntry,
        MeterUsage,
        NotificationPreferences,
        NotificationPreferencesUpdate,
        OwnerScope,
        OwnerType,
        PasswordChange,
        Platform,
        PortalSession,
        PortalSessionCreate,
        Preferences,
        PrivacyPreferences,
        PrivacyPreferencesUpdate,
        Problem,
        ProblemFieldError,
        ProfileVisibility,
        ProjectUsageItem,
        ProjectUsageSummary,
        PushToken,
        PushTokenCreate,
        PushTokenDelete,
        RevokedSessions,
        Session,
        StripeCustomer,
        Subscription,
        SubscriptionStatus,
        Theme,
        UsageSummary,
    )

__all__ = [
    "AiUsageCreate",
    "AiUsageRecord",
    "ApiKeyEligibility",
    "AppearancePreferences",
    "AppearancePreferencesUpdate",
    "BillingInfo",
    "BillingPeriod",
    "BillingPeriods",
    "BillingStatus",
    "CheckoutSession",
    "CheckoutSessionCreate",
    "Credits",
    "Customer",
    "DeletionCreate",
    "DeletionStatus",
    "EmailChangeCreate",
    "EmailChangeRequested",
    "EmailChangeVerified",
    "EmailChangeVerify",
    "LineItem",
    "LoginHistoryEntry",
    "MeterUsage",
    "NotificationPreferences",
    "NotificationPreferencesUpdate",
    "OwnerScope",
    "OwnerType",
    "PasswordChange",
    "Platform",
    "PortalSession",
    "PortalSessionCreate",
    "Preferences",
    "PrivacyPreferences",
    "PrivacyPreferencesUpdate",
    "Problem",
    "ProblemFieldError",
    "ProfileVisibility",
    "ProjectUsageItem",
    "ProjectUsageSummary",
    "PushToken",
    "PushTokenCreate",
    "PushTokenDelete",
    "RevokedSessions",
    "Session",
    "StripeCustomer",
    "Subscription",
    "SubscriptionStatus",
    "Theme",
    "UsageSummary",
]

if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is an error there

    def __getattr__(name: str) -> Any:
        # _tables makes ModelList the class of every list the models parse, and installs the
        # models' HTML view (once; idempotent).
        importlib.import_module("._tables", __package__)
        if name in __all__:
            value = getattr(importlib.import_module("rplatform_api.models"), name)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value  # the next lookup is a plain module attribute
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
