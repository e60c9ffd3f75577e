from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CheckoutSession")


@_attrs_define
class CheckoutSession:
    """
    Attributes:
        session_id (str):
        url (str):
        return_url (str):
        expires_at (datetime.datetime):
    """

    session_id: str
    url: str
    return_url: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        url = self.url

        return_url = self.return_url

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "url": url,
                "return_url": return_url,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("session_id")

        url = d.pop("url")

        return_url = d.pop("return_url")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        checkout_session = cls(
            session_id=session_id,
            url=url,
            return_url=return_url,
            expires_at=expires_at,
        )

        checkout_session.additional_properties = d
        return checkout_session

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
