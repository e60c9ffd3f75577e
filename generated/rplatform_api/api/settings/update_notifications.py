"""PATCH /v1/settings/preferences/notifications: Update notification channels.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.notification_preferences_update import NotificationPreferencesUpdate
from ...models.preferences import Preferences
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(Preferences, (200,))


def request(
    *,
    body: NotificationPreferencesUpdate,
) -> RequestDescription:
    """Update notification channels.

    Partial update; fields left out keep their value.
    """

    headers: dict[str, Any] = {}

    headers["Content-Type"] = "application/json"

    return RequestDescription(
        method="PATCH",
        path="/v1/settings/preferences/notifications",
        query={},
        json=body.to_dict(),
        headers=headers,
    )
