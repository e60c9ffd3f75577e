from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..models.theme import Theme
from ..types import (
    Field,
    Model,
    ParseError,
    del_item,
    extra_fields,
    get_item,
    has_item,
    malformed,
    put_item,
)

_THEME_BY_VALUE: dict[Any, Theme] = {member.value: member for member in Theme}
_FIELDS = frozenset(
    (
        "theme",
        "timezone",
        "locale",
    )
)


@_attrs_define(repr=False, eq=False)
class AppearancePreferences(Model):
    """How the interface looks.

    Attributes:
        theme (str | Theme): A theme; unknown future values parse as plain strings.
        timezone (None | str): An IANA time zone name.
        locale (None | str): A BCP 47 language tag.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "theme",
            "theme",
            required=True,
            description="A theme; unknown future values parse as plain strings.",
            type="string",
            enum=("system", "light", "dark"),
            open_enum=True,
        ),
        Field(
            "timezone",
            "timezone",
            required=True,
            description="An IANA time zone name.",
            type="string",
            nullable=True,
        ),
        Field(
            "locale",
            "locale",
            required=True,
            description="A BCP 47 language tag.",
            type="string",
            nullable=True,
        ),
    )

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `AppearancePreferences` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            theme = src_dict["theme"]
            if theme.__class__ is not str:
                raise ParseError.expected("string", theme, "theme")
            theme = _THEME_BY_VALUE.get(theme, theme)

            timezone = src_dict["timezone"]
            if timezone is not None and timezone.__class__ is not str:
                raise ParseError.expected("string or null", timezone, "timezone")

            locale = src_dict["locale"]
            if locale is not None and locale.__class__ is not str:
                raise ParseError.expected("string or null", locale, "locale")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        appearance_preferences = object.__new__(cls)
        appearance_preferences.theme = theme
        appearance_preferences.timezone = timezone
        appearance_preferences.locale = locale
        appearance_preferences.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 3 else {}
        )
        return appearance_preferences

    @classmethod
    def from_dicts(cls, items: Iterable[Mapping[str, Any]]) -> ModelList[Self]:
        """`from_dict` of each of `items`, in one list; a `ParseError` path starts at the index.

        One loop instead of one call per item: what a list of thousands of rows costs most.
        """
        parsed: ModelList[Self] = ModelList.of(cls)
        append = parsed.append
        new = object.__new__
        for src_dict in items:
            try:
                theme = src_dict["theme"]
                if theme.__class__ is not str:
                    raise ParseError.expected("string", theme, "theme")
                theme = _THEME_BY_VALUE.get(theme, theme)

                timezone = src_dict["timezone"]
                if timezone is not None and timezone.__class__ is not str:
                    raise ParseError.expected("string or null", timezone, "timezone")

                locale = src_dict["locale"]
                if locale is not None and locale.__class__ is not str:
                    raise ParseError.expected("string or null", locale, "locale")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            appearance_preferences = new(cls)
            appearance_preferences.theme = theme
            appearance_preferences.timezone = timezone
            appearance_preferences.locale = locale
            appearance_preferences.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 3 else {}
            )
            append(appearance_preferences)
        return parsed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """A field by its JSON name, documented (`usage["total_cost_cents"]`) or not."""
        return get_item(self, key)

    def __setitem__(self, key: str, value: Any) -> None:
        put_item(self, key, value)

    def __delitem__(self, key: str) -> None:
        del_item(self, key)

    def __contains__(self, key: str) -> bool:
        return has_item(self, key)
