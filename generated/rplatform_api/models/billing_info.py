from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.owner_type import OwnerType

if TYPE_CHECKING:
    from ..models.credits_ import Credits
    from ..models.customer import Customer
    from ..models.subscription import Subscription


T = TypeVar("T", bound="BillingInfo")


@_attrs_define
class BillingInfo:
    """
    Attributes:
        owner_type (OwnerType | str): Who the billing belongs to; unknown future values parse as plain strings.
        owner_id (str):
        currency (str):
        has_payment_method (bool):
        customer (Customer | None): The owner's Stripe customer, or null before one exists.
        credits_ (Credits):
        subscriptions (list[Subscription]):
    """

    owner_type: OwnerType | str
    owner_id: str
    currency: str
    has_payment_method: bool
    customer: Customer | None
    credits_: Credits
    subscriptions: list[Subscription]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer  # noqa: PLC0415

        owner_type: str
        if isinstance(self.owner_type, OwnerType):
            owner_type = self.owner_type.value
        else:
            owner_type = self.owner_type

        owner_id = self.owner_id

        currency = self.currency

        has_payment_method = self.has_payment_method

        customer: dict[str, Any] | None
        if isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        credits_ = self.credits_.to_dict()

        subscriptions = []
        for subscriptions_item_data in self.subscriptions:
            subscriptions_item = subscriptions_item_data.to_dict()
            subscriptions.append(subscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner_type": owner_type,
                "owner_id": owner_id,
                "currency": currency,
                "has_payment_method": has_payment_method,
                "customer": customer,
                "credits": credits_,
                "subscriptions": subscriptions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credits_ import Credits  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.subscription import Subscription  # noqa: PLC0415

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

        currency = d.pop("currency")

        has_payment_method = d.pop("has_payment_method")

        def _parse_customer(data: object) -> Customer | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_customer_type_0 = Customer.from_dict(data)

                return componentsschemas_customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None, data)

        customer = _parse_customer(d.pop("customer"))

        credits_ = Credits.from_dict(d.pop("credits"))

        subscriptions = []
        _subscriptions = d.pop("subscriptions")
        for subscriptions_item_data in _subscriptions:
            subscriptions_item = Subscription.from_dict(subscriptions_item_data)

            subscriptions.append(subscriptions_item)

        billing_info = cls(
            owner_type=owner_type,
            owner_id=owner_id,
            currency=currency,
            has_payment_method=has_payment_method,
            customer=customer,
            credits_=credits_,
            subscriptions=subscriptions,
        )

        billing_info.additional_properties = d
        return billing_info

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
