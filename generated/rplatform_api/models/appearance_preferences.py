from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.theme import Theme

T = TypeVar("T", bound="AppearancePreferences")


@_attrs_define
class AppearancePreferences:
    """
    Attributes:
        theme (str | Theme): A theme; unknown future values parse as plain strings.
        timezone (None | str): An IANA time zone name.
        locale (None | str): A BCP 47 language tag.
    """

    theme: str | Theme
    timezone: None | str
    locale: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        theme: str
        if isinstance(self.theme, Theme):
            theme = self.theme.value
        else:
            theme = self.theme

        timezone: None | str
        timezone = self.timezone

        locale: None | str
        locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "theme": theme,
                "timezone": timezone,
                "locale": locale,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_theme(data: object) -> str | Theme:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_theme_value_type_0 = Theme(data)

                return componentsschemas_theme_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Theme, data)

        theme = _parse_theme(d.pop("theme"))

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        def _parse_locale(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        locale = _parse_locale(d.pop("locale"))

        appearance_preferences = cls(
            theme=theme,
            timezone=timezone,
            locale=locale,
        )

        appearance_preferences.additional_properties = d
        return appearance_preferences

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
