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
