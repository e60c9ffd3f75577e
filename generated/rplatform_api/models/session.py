from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """
    Attributes:
        id (str):
        user_agent (str):
        ip_address (str):
        is_current (bool):
        created_at (datetime.datetime):
        last_active_at (datetime.datetime):
        expires_at (datetime.datetime):
    """

    id: str
    user_agent: str
    ip_address: str
    is_current: bool
    created_at: datetime.datetime
    last_active_at: datetime.datetime
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_agent = self.user_agent

        ip_address = self.ip_address

        is_current = self.is_current

        created_at = self.created_at.isoformat()

        last_active_at = self.last_active_at.isoformat()

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_agent": user_agent,
                "ip_address": ip_address,
                "is_current": is_current,
                "created_at": created_at,
                "last_active_at": last_active_at,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_agent = d.pop("user_agent")

        ip_address = d.pop("ip_address")

        is_current = d.pop("is_current")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        last_active_at = datetime.datetime.fromisoformat(d.pop("last_active_at"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        session = cls(
            id=id,
            user_agent=user_agent,
            ip_address=ip_address,
            is_current=is_current,
            created_at=created_at,
            last_active_at=last_active_at,
            expires_at=expires_at,
        )

        session.additional_properties = d
        return session

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
