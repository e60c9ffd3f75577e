"""Contains all the data models used in inputs/outputs.

Each model's module loads on first use (PEP 562 `__getattr__`), so importing one model costs
that model and the ones it refers to, not all of them. Type checkers see every name below.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ai_usage_create import AiUsageCreate
    from .ai_usage_record import AiUsageRecord
    from .api_key_eligibility import ApiKeyEligibility
    from .appearance_preferences import AppearancePreferences
    from .appearance_preferences_update import AppearancePreferencesUpdate
    from .billing_info import BillingInfo
    from .billing_period import BillingPeriod
    from .billing_periods import BillingPeriods
    from .billing_status import BillingStatus
    from .checkout_session import CheckoutSession
    from .checkout_session_create import CheckoutSessionCreate
    from .credits_ import Credits
    from .customer import Customer
    from .deletion_create import DeletionCreate
    from .deletion_status import DeletionStatus
    from .email_change_create import EmailChangeCreate
    from .email_change_requested import EmailChangeRequested
    from .email_change_verified import EmailChangeVerified
    from .email_change_verify import EmailChangeVerify
    from .line_item import LineItem
    from .login_history_entry import LoginHistoryEntry
    from .meter_usage import MeterUsage
    from .notification_preferences import NotificationPreferences
    from .notification_preferences_update import NotificationPreferencesUpdate
    from .owner_scope import OwnerScope
    from .owner_type import OwnerType
    from .password_change import PasswordChange
    from .platform import Platform
    from .portal_session import PortalSession
    from .portal_session_create import PortalSessionCreate
    from .preferences import Preferences
    from .privacy_preferences import PrivacyPreferences
    from .privacy_preferences_update import PrivacyPreferencesUpdate
    from .problem import Problem
    from .problem_field_error import ProblemFieldError
    from .profile_visibility import ProfileVisibility
    from .project_usage_item import ProjectUsageItem
    from .project_usage_summary import ProjectUsageSummary
    from .push_token import PushToken
    from .push_token_create import PushTokenCreate
    from .push_token_delete import PushTokenDelete
    from .revoked_sessions import RevokedSessions
    from .session import Session
    from .stripe_customer import StripeCustomer
    from .subscription import Subscription
    from .subscription_status import SubscriptionStatus
    from .theme import Theme
    from .usage_summary import UsageSummary

# Class name -> the module (in this package) that defines it.
_MODULES = {
    "AiUsageCreate": ".ai_usage_create",
    "AiUsageRecord": ".ai_usage_record",
    "ApiKeyEligibility": ".api_key_eligibility",
    "AppearancePreferences": ".appearance_preferences",
    "AppearancePreferencesUpdate": ".appearance_preferences_update",
    "BillingInfo": ".billing_info",
    "BillingPeriod": ".billing_period",
    "BillingPeriods": ".billing_periods",
    "BillingStatus": ".billing_status",
    "CheckoutSession": ".checkout_session",
    "CheckoutSessionCreate": ".checkout_session_create",
    "Credits": ".credits_",
    "Customer": ".customer",
    "DeletionCreate": ".deletion_create",
    "DeletionStatus": ".deletion_status",
    "EmailChangeCreate": ".email_change_create",
    "EmailChangeRequested": ".email_change_requested",
    "EmailChangeVerified": ".email_change_verified",
    "EmailChangeVerify": ".email_change_verify",
    "LineItem": ".line_item",
    "LoginHistoryEntry": ".login_history_entry",
    "MeterUsage": ".meter_usage",
    "NotificationPreferences": ".notification_preferences",
    "NotificationPreferencesUpdate": ".notification_preferences_update",
    "OwnerScope": ".owner_scope",
    "OwnerType": ".owner_type",
    "PasswordChange": ".password_change",
    "Platform": ".platform",
    "PortalSession": ".portal_session",
    "PortalSessionCreate": ".portal_session_create",
    "Preferences": ".preferences",
    "PrivacyPreferences": ".privacy_preferences",
    "PrivacyPreferencesUpdate": ".privacy_preferences_update",
    "Problem": ".problem",
    "ProblemFieldError": ".problem_field_error",
    "ProfileVisibility": ".profile_visibility",
    "ProjectUsageItem": ".project_usage_item",
    "ProjectUsageSummary": ".project_usage_summary",
    "PushToken": ".push_token",
    "PushTokenCreate": ".push_token_create",
    "PushTokenDelete": ".push_token_delete",
    "RevokedSessions": ".revoked_sessions",
    "Session": ".session",
    "StripeCustomer": ".stripe_customer",
    "Subscription": ".subscription",
    "SubscriptionStatus": ".subscription_status",
    "Theme": ".theme",
    "UsageSummary": ".usage_summary",
}

__all__ = (
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
)

if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is an error there

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # the next lookup is a plain module attribute
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
