from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..models.appearance_preferences import AppearancePreferences
from ..models.notification_preferences import NotificationPreferences
from ..models.privacy_preferences import PrivacyPreferences
from ..types import (
    Field,
    Model,
    ParseError,
    del_item,
    extra_fields,
    from_iso_datetime,
    get_item,
    has_item,
    malformed,
    parse_datetime,
    put_item,
)

_FIELDS = frozenset(
    (
        "notifications",
        "privacy",
        "appearance",
        "updated_at",
    )
)


@_attrs_define(repr=False, eq=False)
class Preferences(Model):
    """
    Attributes:
        notifications (NotificationPreferences): Which channels notifications are sent on.
        privacy (PrivacyPreferences): What others see of the account.
        appearance (AppearancePreferences): How the interface looks.
        updated_at (datetime.datetime): When a preference last changed.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "notifications",
            "notifications",
            required=True,
            description="Which channels notifications are sent on.",
            type="object",
            model=NotificationPreferences,
        ),
        Field(
            "privacy",
            "privacy",
            required=True,
            description="What others see of the account.",
            type="object",
            model=PrivacyPreferences,
        ),
        Field(
            "appearance",
            "appearance",
            required=True,
            description="How the interface looks.",
            type="object",
            model=AppearancePreferences,
        ),
        Field(
            "updated_at",
            "updated_at",
            required=True,
            description="When a preference last changed.",
            type="string",
            format="date-time",
        ),
    )

    notifications: NotificationPreferences
    privacy: PrivacyPreferences
    appearance: AppearancePreferences
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notifications = self.notifications.to_dict()

        privacy = self.privacy.to_dict()

        appearance = self.appearance.to_dict()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notifications": notifications,
                "privacy": privacy,
                "appearance": appearance,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `Preferences` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            notifications = src_dict["notifications"]
            try:
                notifications = NotificationPreferences.from_dict(notifications)
            except ParseError as error:
                raise error.within("notifications") from None

            privacy = src_dict["privacy"]
            try:
                privacy = PrivacyPreferences.from_dict(privacy)
            except ParseError as error:
                raise error.within("privacy") from None

            appearance = src_dict["appearance"]
            try:
                appearance = AppearancePreferences.from_dict(appearance)
            except ParseError as error:
                raise error.within("appearance") from None

            updated_at = src_dict["updated_at"]
            _text = updated_at
            try:
                updated_at = from_iso_datetime(_text)
                if _text[-16::3] != "--T::Z":
                    updated_at = parse_datetime(_text)
            except (TypeError, ValueError):
                try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                    updated_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    raise ParseError.expected("date-time", _text, "updated_at") from None
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        preferences = object.__new__(cls)
        preferences.notifications = notifications
        preferences.privacy = privacy
        preferences.appearance = appearance
        preferences.updated_at = updated_at
        preferences.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 4 else {}
        )
        return preferences

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
                notifications = src_dict["notifications"]
                try:
                    notifications = NotificationPreferences.from_dict(notifications)
                except ParseError as error:
                    raise error.within("notifications") from None

                privacy = src_dict["privacy"]
                try:
                    privacy = PrivacyPreferences.from_dict(privacy)
                except ParseError as error:
                    raise error.within("privacy") from None

                appearance = src_dict["appearance"]
                try:
                    appearance = AppearancePreferences.from_dict(appearance)
                except ParseError as error:
                    raise error.within("appearance") from None

                updated_at = src_dict["updated_at"]
                _text = updated_at
                try:
                    updated_at = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        updated_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        updated_at = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected("date-time", _text, "updated_at") from None
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            preferences = new(cls)
            preferences.notifications = notifications
            preferences.privacy = privacy
            preferences.appearance = appearance
            preferences.updated_at = updated_at
            preferences.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 4 else {}
            )
            append(preferences)
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
