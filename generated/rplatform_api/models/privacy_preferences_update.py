from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.profile_visibility import ProfileVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivacyPreferencesUpdate")


@_attrs_define
class PrivacyPreferencesUpdate:
    """
    Attributes:
        profile_visibility (ProfileVisibility | Unset):
        show_email (bool | Unset):
        show_location (bool | Unset):
    """

    profile_visibility: ProfileVisibility | Unset = UNSET
    show_email: bool | Unset = UNSET
    show_location: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_visibility: str | Unset = UNSET
        if not isinstance(self.profile_visibility, Unset):
            profile_visibility = self.profile_visibility.value

        show_email = self.show_email

        show_location = self.show_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile_visibility is not UNSET:
            field_dict["profile_visibility"] = profile_visibility
        if show_email is not UNSET:
            field_dict["show_email"] = show_email
        if show_location is not UNSET:
            field_dict["show_location"] = show_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _profile_visibility = d.pop("profile_visibility", UNSET)
        profile_visibility: ProfileVisibility | Unset
        if isinstance(_profile_visibility, Unset):
            profile_visibility = UNSET
        else:
            profile_visibility = ProfileVisibility(_profile_visibility)

        show_email = d.pop("show_email", UNSET)

        show_location = d.pop("show_location", UNSET)

        privacy_preferences_update = cls(
            profile_visibility=profile_visibility,
            show_email=show_email,
            show_location=show_location,
        )

        privacy_preferences_update.additional_properties = d
        return privacy_preferences_update

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
