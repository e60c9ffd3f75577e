from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..models.theme import Theme
from ..types import (
    UNSET,
    Field,
    Model,
    ParseError,
    Unset,
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
class AppearancePreferencesUpdate(Model):
    """
    Attributes:
        theme (Theme | Unset): The interface theme; `system` follows the device.
        timezone (None | str | Unset): An IANA time zone name, as in the tz database (`America/New_York`, `UTC`); null
            clears it. The format `iana-time-zone` is exactly the names of the IANA database.
             Example: America/New_York.
        locale (None | str | Unset): A BCP 47 language tag; null clears it. Example: en-US.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "theme",
            "theme",
            description="The interface theme; `system` follows the device.",
            type="string",
            enum=("system", "light", "dark"),
        ),
        Field(
            "timezone",
            "timezone",
            description="An IANA time zone name, as in the tz database (`America/New_York`, `UTC`); null clears it. The format `iana-time-zone` is exactly the names of the IANA database.",
            type="string",
            format="iana-time-zone",
            min_length=1,
            max_length=64,
            nullable=True,
        ),
        Field(
            "locale",
            "locale",
            description="A BCP 47 language tag; null clears it.",
            type="string",
            max_length=35,
            pattern="^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-x(?:-[A-Za-z0-9]{1,8})+)?$",
            nullable=True,
        ),
    )

    theme: Theme | Unset = UNSET
    timezone: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        theme: str | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme.value

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if theme is not UNSET:
            field_dict["theme"] = theme
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `AppearancePreferencesUpdate` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            theme: Any = src_dict.get("theme", UNSET)
            if theme is not UNSET:
                if theme.__class__ is not str or theme not in _THEME_BY_VALUE:
                    raise ParseError.expected("Theme (dark, light, system)", theme, "theme")
                theme = _THEME_BY_VALUE[theme]

            timezone: Any = src_dict.get("timezone", UNSET)
            if timezone is not UNSET:
                if timezone is not None and timezone.__class__ is not str:
                    raise ParseError.expected("string or null", timezone, "timezone")
                if timezone is not None and (len(timezone) < 1 or len(timezone) > 64):
                    raise ParseError.expected(
                        "string of length >= 1 and <= 64", timezone, "timezone"
                    )

            locale: Any = src_dict.get("locale", UNSET)
            if locale is not UNSET:
                if locale is not None and locale.__class__ is not str:
                    raise ParseError.expected("string or null", locale, "locale")
                if locale is not None and (len(locale) > 35):
                    raise ParseError.expected("string of length <= 35", locale, "locale")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        appearance_preferences_update = object.__new__(cls)
        appearance_preferences_update.theme = theme
        appearance_preferences_update.timezone = timezone
        appearance_preferences_update.locale = locale
        appearance_preferences_update.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 0 else {}
        )
        return appearance_preferences_update

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
                theme: Any = src_dict.get("theme", UNSET)
                if theme is not UNSET:
                    if theme.__class__ is not str or theme not in _THEME_BY_VALUE:
                        raise ParseError.expected("Theme (dark, light, system)", theme, "theme")
                    theme = _THEME_BY_VALUE[theme]

                timezone: Any = src_dict.get("timezone", UNSET)
                if timezone is not UNSET:
                    if timezone is not None and timezone.__class__ is not str:
                        raise ParseError.expected("string or null", timezone, "timezone")
                    if timezone is not None and (len(timezone) < 1 or len(timezone) > 64):
                        raise ParseError.expected(
                            "string of length >= 1 and <= 64", timezone, "timezone"
                        )

                locale: Any = src_dict.get("locale", UNSET)
                if locale is not UNSET:
                    if locale is not None and locale.__class__ is not str:
                        raise ParseError.expected("string or null", locale, "locale")
                    if locale is not None and (len(locale) > 35):
                        raise ParseError.expected("string of length <= 35", locale, "locale")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            appearance_preferences_update = new(cls)
            appearance_preferences_update.theme = theme
            appearance_preferences_update.timezone = timezone
            appearance_preferences_update.locale = locale
            appearance_preferences_update.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 0 else {}
            )
            append(appearance_preferences_update)
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
