"""PATCH /v1/settings/preferences/appearance: Update appearance settings.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.appearance_preferences_update import AppearancePreferencesUpdate
from ...models.preferences import Preferences
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(Preferences, (200,))


def request(
    *,
    body: AppearancePreferencesUpdate,
) -> RequestDescription:
    """Update appearance settings.

    Partial update; fields left out keep their value. `timezone` is an IANA name
    (`America/New_York`) and `locale` a BCP 47 tag (`en-US`); `null` clears either.

    Body fields (AppearancePreferencesUpdate):
        theme: The interface theme; `system` follows the device.
        timezone: An IANA time zone name, as in the tz database (`America/New_York`, `UTC`); null
            clears it. The format `iana-time-zone` is exactly the names of the IANA
            database.
        locale: A BCP 47 language tag; null clears it.

    Success (200): The updated preferences.

    Errors: 400, 401, 413, 415, 422, 429, 500, 503.
    """

    headers: dict[str, Any] = {}

    headers["Content-Type"] = "application/json"

    return RequestDescription(
        method="PATCH",
        path="/v1/settings/preferences/appearance",
        query={},
        json=body.to_dict(),
        headers=headers,
    )
