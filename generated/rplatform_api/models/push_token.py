from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform

T = TypeVar("T", bound="PushToken")


@_attrs_define
class PushToken:
    """
    Attributes:
        id (str):
        token (str):
        platform (Platform | str): A push platform; unknown future values parse as plain strings.
        device_id (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: str
    token: str
    platform: Platform | str
    device_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        token = self.token

        platform: str
        if isinstance(self.platform, Platform):
            platform = self.platform.value
        else:
            platform = self.platform

        device_id: None | str
        device_id = self.device_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "token": token,
                "platform": platform,
                "device_id": device_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        token = d.pop("token")

        def _parse_platform(data: object) -> Platform | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_platform_value_type_0 = Platform(data)

                return componentsschemas_platform_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Platform | str, data)

        platform = _parse_platform(d.pop("platform"))

        def _parse_device_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        device_id = _parse_device_id(d.pop("device_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        push_token = cls(
            id=id,
            token=token,
            platform=platform,
            device_id=device_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        push_token.additional_properties = d
        return push_token

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
