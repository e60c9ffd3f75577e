from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..models.profile_visibility import ProfileVisibility
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
class PrivacyPreferencesUpdate(Model):
    """
    Attributes:
        profile_visibility (ProfileVisibility | Unset): Who sees the profile: everyone, the network, or only its owner.
        show_email (bool | Unset): Whether others see the email address; left out: unchanged.
        show_location (bool | Unset): Whether others see the location; left out: unchanged.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "profile_visibility",
            "profile_visibility",
            description="Who sees the profile: everyone, the network, or only its owner.",
            type="string",
            enum=("public", "network", "private"),
        ),
        Field(
            "show_email",
            "show_email",
            description="Whether others see the email address; left out: unchanged.",
            type="boolean",
        ),
        Field(
            "show_location",
            "show_location",
            description="Whether others see the location; left out: unchanged.",
            type="boolean",
        ),
    )

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `PrivacyPreferencesUpdate` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            profile_visibility: Any = src_dict.get("profile_visibility", UNSET)
            if profile_visibility is not UNSET:
                if (
                    profile_visibility.__class__ is not str
                    or profile_visibility not in _PROFILE_VISIBILITY_BY_VALUE
                ):
                    raise ParseError.expected(
                        "ProfileVisibility (network, private, public)",
                        profile_visibility,
                        "profile_visibility",
                    )
                profile_visibility = _PROFILE_VISIBILITY_BY_VALUE[profile_visibility]

            show_email: Any = src_dict.get("show_email", UNSET)
            if show_email is not UNSET:
                if show_email.__class__ is not bool:
                    raise ParseError.expected("boolean", show_email, "show_email")

            show_location: Any = src_dict.get("show_location", UNSET)
            if show_location is not UNSET:
                if show_location.__class__ is not bool:
                    raise ParseError.expected("boolean", show_location, "show_location")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        privacy_preferences_update = object.__new__(cls)
        privacy_preferences_update.profile_visibility = profile_visibility
        privacy_preferences_update.show_email = show_email
        privacy_preferences_update.show_location = show_location
        privacy_preferences_update.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 0 else {}
        )
        return privacy_preferences_update

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
                profile_visibility: Any = src_dict.get("profile_visibility", UNSET)
                if profile_visibility is not UNSET:
                    if (
                        profile_visibility.__class__ is not str
                        or profile_visibility not in _PROFILE_VISIBILITY_BY_VALUE
                    ):
                        raise ParseError.expected(
                            "ProfileVisibility (network, private, public)",
                            profile_visibility,
                            "profile_visibility",
                        )
                    profile_visibility = _PROFILE_VISIBILITY_BY_VALUE[profile_visibility]

                show_email: Any = src_dict.get("show_email", UNSET)
                if show_email is not UNSET:
                    if show_email.__class__ is not bool:
                        raise ParseError.expected("boolean", show_email, "show_email")

                show_location: Any = src_dict.get("show_location", UNSET)
                if show_location is not UNSET:
                    if show_location.__class__ is not bool:
                        raise ParseError.expected("boolean", show_location, "show_location")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            privacy_preferences_update = new(cls)
            privacy_preferences_update.profile_visibility = profile_visibility
            privacy_preferences_update.show_email = show_email
            privacy_preferences_update.show_location = show_location
            privacy_preferences_update.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 0 else {}
            )
            append(privacy_preferences_update)
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
