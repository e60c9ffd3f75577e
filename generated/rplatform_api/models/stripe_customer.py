from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StripeCustomer")


@_attrs_define
class StripeCustomer:
    """
    Attributes:
        stripe_customer_id (str):
        is_new (bool): True only when this call created the customer.
        created_at (datetime.datetime):
    """

    stripe_customer_id: str
    is_new: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stripe_customer_id = self.stripe_customer_id

        is_new = self.is_new

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stripe_customer_id": stripe_customer_id,
                "is_new": is_new,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stripe_customer_id = d.pop("stripe_customer_id")

        is_new = d.pop("is_new")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        stripe_customer = cls(
            stripe_customer_id=stripe_customer_id,
            is_new=is_new,
            created_at=created_at,
        )

        stripe_customer.additional_properties = d
        return stripe_customer

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
