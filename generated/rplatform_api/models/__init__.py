"""Contains all the data models used in inputs/outputs"""

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
from .field_error import FieldError
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
)
