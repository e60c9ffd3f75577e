from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.profile_visibility import ProfileVisibility

T = TypeVar("T", bound="PrivacyPreferences")


@_attrs_define
class PrivacyPreferences:
    """
    Attributes:
        profile_visibility (ProfileVisibility | str): A profile visibility; unknown future values parse as plain
            strings.
        show_email (bool):
        show_location (bool):
    """

    profile_visibility: ProfileVisibility | str
    show_email: bool
    show_location: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_visibility: str
        if isinstance(self.profile_visibility, ProfileVisibility):
            profile_visibility = self.profile_visibility.value
        else:
            profile_visibility = self.profile_visibility

        show_email = self.show_email

        show_location = self.show_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profile_visibility": profile_visibility,
                "show_email": show_email,
                "show_location": show_location,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_profile_visibility(data: object) -> ProfileVisibility | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_profile_visibility_value_type_0 = ProfileVisibility(data)

                return componentsschemas_profile_visibility_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProfileVisibility | str, data)

        profile_visibility = _parse_profile_visibility(d.pop("profile_visibility"))

        show_email = d.pop("show_email")

        show_location = d.pop("show_location")

        privacy_preferences = cls(
            profile_visibility=profile_visibility,
            show_email=show_email,
            show_location=show_location,
        )

        privacy_preferences.additional_properties = d
        return privacy_preferences

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
