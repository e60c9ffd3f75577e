from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationPreferencesUpdate")


@_attrs_define
class NotificationPreferencesUpdate:
    """
    Attributes:
        in_app (bool | Unset):
        push (bool | Unset):  Example: True.
        email (bool | Unset):  Example: False.
    """

    in_app: bool | Unset = UNSET
    push: bool | Unset = UNSET
    email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_app = self.in_app

        push = self.push

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_app is not UNSET:
            field_dict["in_app"] = in_app
        if push is not UNSET:
            field_dict["push"] = push
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        in_app = d.pop("in_app", UNSET)

        push = d.pop("push", UNSET)

        email = d.pop("email", UNSET)

        notification_preferences_update = cls(
            in_app=in_app,
            push=push,
            email=email,
        )

        notification_preferences_update.additional_properties = d
        return notification_preferences_update

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
