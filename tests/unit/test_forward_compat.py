"""Values newer than this SDK (unknown enum values, unknown fields) are kept, never raised."""

from __future__ import annotations

from collections.abc import Callable

import rplatform
from facade_mock import STATUS_BODY, Recorder, ok
from rplatform.models import OwnerType, SubscriptionStatus, Theme

Make = Callable[..., Recorder]


def test_known_enum_values_parse_as_members(recorder: Make) -> None:
    rec = recorder(ok(STATUS_BODY))
    status = rec.client.billing.get_status()
    assert status.status is SubscriptionStatus.ACTIVE
    assert status.owner_type is OwnerType.ORGANIZATION


def test_unknown_enum_values_and_fields_are_kept(recorder: Make) -> None:
    body = {**STATUS_BODY, "status": "on_hold", "owner_type": "team", "tier": {"name": "gold"}}
    rec = recorder(ok(body))
    status = rec.client.billing.get_status()
    assert status.status == "on_hold"
    assert status.owner_type == "team"
    assert status.additional_properties == {"tier": {"name": "gold"}}
    assert status["tier"] == {"name": "gold"}
    assert status.to_dict() == body  # round-trips exactly


def test_null_status_means_no_subscription(recorder: Make) -> None:
    rec = recorder(ok({**STATUS_BODY, "status": None, "stripe_subscription_id": None}))
    assert rec.client.billing.get_status().status is None


def test_unknown_values_in_nested_models_and_lists(recorder: Make) -> None:
    prefs = {
        "notifications": {"in_app": True, "push": True, "email": True, "sms": False},
        "privacy": {"profile_visibility": "friends", "show_email": False, "show_location": True},
        "appearance": {"theme": "high_contrast", "timezone": None, "locale": None},
        "updated_at": "2025-06-01T00:00:00Z",
        "beta": True,
    }
    when = "2025-06-15T12:00:00Z"
    token = {"id": "ptk_1", "token": "t", "platform": "webpush", "device_id": None,
             "created_at": when, "updated_at": when}  # fmt: skip
    rec = recorder(ok(prefs), ok(token, 201))
    result = rec.client.settings.get_preferences()
    assert result.privacy.profile_visibility == "friends"
    assert result.appearance.theme == "high_contrast" and result.appearance.theme not in list(Theme)
    assert result.notifications["sms"] is False
    assert result["beta"] is True
    assert rec.client.notifications.register_token(token="t", platform="expo").platform == "webpush"


def test_models_have_readable_reprs_without_unset(recorder: Make) -> None:
    rec = recorder(ok(STATUS_BODY))
    text = repr(rec.client.billing.get_status())
    assert text.startswith("BillingStatus(") and "Unset" not in text and "0x" not in text


def test_rplatform_models_reexports_every_generated_model() -> None:
    import rplatform.models as public
    import rplatform_api.models as generated

    assert set(public.__all__) == set(generated.__all__)
    for name in public.__all__:
        assert issubclass(getattr(public, name), getattr(generated, name)), name


def test_billing_info_has_the_documented_credits_field(recorder: Make) -> None:
    credits = {"balance_cents": 2500, "granted_cents": 5000, "used_cents": 2500,
               "currency": "usd", "expires_at": None}  # fmt: skip
    body = {"owner_type": "organization", "owner_id": "org_123", "currency": "usd",
            "has_payment_method": False, "customer": None, "credits": credits,
            "subscriptions": []}  # fmt: skip
    rec = recorder(ok(body))
    info = rec.client.billing.get(organization_id="org_123")
    assert info.credits.balance_cents == 2500 and "credits_" not in dir(info)
    assert isinstance(info.subscriptions, rplatform.ModelList)  # nested lists are tables too
    assert info.to_dict() == body
