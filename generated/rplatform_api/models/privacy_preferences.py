from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..models.profile_visibility import ProfileVisibility
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

_PROFILE_VISIBILITY_BY_VALUE: dict[Any, ProfileVisibility] = {
    member.value: member for member in ProfileVisibility
}
_FIELDS = frozenset(
    (
        "profile_visibility",
        "show_email",
        "show_location",
    )
)


@_attrs_define(repr=False, eq=False)
class PrivacyPreferences(Model):
    """What others see of the account.

    Attributes:
        profile_visibility (ProfileVisibility | str): A profile visibility; unknown future values parse as plain
            strings.
        show_email (bool): Whether others see the email address.
        show_location (bool): Whether others see the location.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "profile_visibility",
            "profile_visibility",
            required=True,
            description="A profile visibility; unknown future values parse as plain strings.",
            type="string",
            enum=("public", "network", "private"),
            open_enum=True,
        ),
        Field(
            "show_email",
            "show_email",
            required=True,
            description="Whether others see the email address.",
            type="boolean",
        ),
        Field(
            "show_location",
            "show_location",
            required=True,
            description="Whether others see the location.",
            type="boolean",
        ),
    )

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `PrivacyPreferences` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            profile_visibility = src_dict["profile_visibility"]
            if profile_visibility.__class__ is not str:
                raise ParseError.expected("string", profile_visibility, "profile_visibility")
            profile_visibility = _PROFILE_VISIBILITY_BY_VALUE.get(
                profile_visibility, profile_visibility
            )

            show_email = src_dict["show_email"]
            if show_email.__class__ is not bool:
                raise ParseError.expected("boolean", show_email, "show_email")

            show_location = src_dict["show_location"]
            if show_location.__class__ is not bool:
                raise ParseError.expected("boolean", show_location, "show_location")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        privacy_preferences = object.__new__(cls)
        privacy_preferences.profile_visibility = profile_visibility
        privacy_preferences.show_email = show_email
        privacy_preferences.show_location = show_location
        privacy_preferences.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 3 else {}
        )
        return privacy_preferences

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
                profile_visibility = src_dict["profile_visibility"]
                if profile_visibility.__class__ is not str:
                    raise ParseError.expected("string", profile_visibility, "profile_visibility")
                profile_visibility = _PROFILE_VISIBILITY_BY_VALUE.get(
                    profile_visibility, profile_visibility
                )

                show_email = src_dict["show_email"]
                if show_email.__class__ is not bool:
                    raise ParseError.expected("boolean", show_email, "show_email")

                show_location = src_dict["show_location"]
                if show_location.__class__ is not bool:
                    raise ParseError.expected("boolean", show_location, "show_location")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            privacy_preferences = new(cls)
            privacy_preferences.profile_visibility = profile_visibility
            privacy_preferences.show_email = show_email
            privacy_preferences.show_location = show_location
            privacy_preferences.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 3 else {}
            )
            append(privacy_preferences)
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
