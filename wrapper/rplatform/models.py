"""Every result type of the API: the generated models, re-exported from one public module.

    from rplatform.models import BillingStatus, SubscriptionStatus

Each model is an attrs class with the documented field names, `to_dict()`, and unknown fields
kept in `additional_properties` (also reachable as `model["field"]`). Enum-valued fields hold
the enum member, or the plain string when the server sends a value newer than this SDK.

The names are listed one by one (not `import *`) so that type checkers see `BillingInfo` below;
tests/unit/test_forward_compat.py fails when a generated model is missing here.
"""

from rplatform_api.models import (
    AiUsageCreate,
    AiUsageRecord,
    ApiKeyEligibility,
    AppearancePreferences,
    AppearancePreferencesUpdate,
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
    FieldError,
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
from rplatform_api.models import BillingInfo as _GeneratedBillingInfo

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
    "FieldError",
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


class BillingInfo(_GeneratedBillingInfo):
    """Comprehensive billing info: the generated model plus the documented name `credits`.

    The generator names that field `credits_` because `credits` is a Python builtin; this
    subclass adds the documented name back as a read-only alias (`to_dict()` says "credits").
    """

    __slots__ = ()

    @property
    def credits(self) -> Credits:
        return self.credits_
