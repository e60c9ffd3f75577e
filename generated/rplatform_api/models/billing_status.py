from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.owner_type import OwnerType
from ..models.subscription_status import SubscriptionStatus

T = TypeVar("T", bound="BillingStatus")


@_attrs_define
class BillingStatus:
    """
    Attributes:
        owner_type (OwnerType | str): Who the billing belongs to; unknown future values parse as plain strings.
        owner_id (str):
        has_stripe_account (bool):
        stripe_customer_id (None | str):
        stripe_subscription_id (None | str):
        status (None | str | SubscriptionStatus): The subscription's status, or null when the owner has no subscription.
        has_payment_method (bool):
    """

    owner_type: OwnerType | str
    owner_id: str
    has_stripe_account: bool
    stripe_customer_id: None | str
    stripe_subscription_id: None | str
    status: None | str | SubscriptionStatus
    has_payment_method: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_type: str
        if isinstance(self.owner_type, OwnerType):
            owner_type = self.owner_type.value
        else:
            owner_type = self.owner_type

        owner_id = self.owner_id

        has_stripe_account = self.has_stripe_account

        stripe_customer_id: None | str
        stripe_customer_id = self.stripe_customer_id

        stripe_subscription_id: None | str
        stripe_subscription_id = self.stripe_subscription_id

        status: None | str
        if isinstance(self.status, SubscriptionStatus):
            status = self.status.value
        else:
            status = self.status

        has_payment_method = self.has_payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner_type": owner_type,
                "owner_id": owner_id,
                "has_stripe_account": has_stripe_account,
                "stripe_customer_id": stripe_customer_id,
                "stripe_subscription_id": stripe_subscription_id,
                "status": status,
                "has_payment_method": has_payment_method,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_owner_type(data: object) -> OwnerType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_owner_type_value_type_0 = OwnerType(data)

                return componentsschemas_owner_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OwnerType | str, data)

        owner_type = _parse_owner_type(d.pop("owner_type"))

        owner_id = d.pop("owner_id")

        has_stripe_account = d.pop("has_stripe_account")

        def _parse_stripe_customer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stripe_customer_id = _parse_stripe_customer_id(d.pop("stripe_customer_id"))

        def _parse_stripe_subscription_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stripe_subscription_id = _parse_stripe_subscription_id(d.pop("stripe_subscription_id"))

        def _parse_status(data: object) -> None | str | SubscriptionStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SubscriptionStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | SubscriptionStatus, data)

        status = _parse_status(d.pop("status"))

        has_payment_method = d.pop("has_payment_method")

        billing_status = cls(
            owner_type=owner_type,
            owner_id=owner_id,
            has_stripe_account=has_stripe_account,
            stripe_customer_id=stripe_customer_id,
            stripe_subscription_id=stripe_subscription_id,
            status=status,
            has_payment_method=has_payment_method,
        )

        billing_status.additional_properties = d
        return billing_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
