from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutSessionCreate")


@_attrs_define
class CheckoutSessionCreate:
    """
    Attributes:
        return_url (str): An absolute http or https URL, with a host, to send the user back to. Example:
            https://myapp.com/billing.
        user_id (str | Unset):  Example: usr_123.
        organization_id (str | Unset):  Example: org_123.
    """

    return_url: str
    user_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_url = self.return_url

        user_id = self.user_id

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "return_url": return_url,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        return_url = d.pop("return_url")

        user_id = d.pop("user_id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        checkout_session_create = cls(
            return_url=return_url,
            user_id=user_id,
            organization_id=organization_id,
        )

        checkout_session_create.additional_properties = d
        return checkout_session_create

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
