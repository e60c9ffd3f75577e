from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.appearance_preferences import AppearancePreferences
    from ..models.notification_preferences import NotificationPreferences
    from ..models.privacy_preferences import PrivacyPreferences


T = TypeVar("T", bound="Preferences")


@_attrs_define
class Preferences:
    """
    Attributes:
        notifications (NotificationPreferences):
        privacy (PrivacyPreferences):
        appearance (AppearancePreferences):
        updated_at (datetime.datetime):
    """

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appearance_preferences import AppearancePreferences  # noqa: PLC0415
        from ..models.notification_preferences import NotificationPreferences  # noqa: PLC0415
        from ..models.privacy_preferences import PrivacyPreferences  # noqa: PLC0415

        d = dict(src_dict)
        notifications = NotificationPreferences.from_dict(d.pop("notifications"))

        privacy = PrivacyPreferences.from_dict(d.pop("privacy"))

        appearance = AppearancePreferences.from_dict(d.pop("appearance"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        preferences = cls(
            notifications=notifications,
            privacy=privacy,
            appearance=appearance,
            updated_at=updated_at,
        )

        preferences.additional_properties = d
        return preferences

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
