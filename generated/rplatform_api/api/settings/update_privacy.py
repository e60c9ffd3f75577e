"""PATCH /v1/settings/preferences/privacy: Update privacy settings.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.preferences import Preferences
from ...models.privacy_preferences_update import PrivacyPreferencesUpdate
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(Preferences, (200,))


def request(
    *,
    body: PrivacyPreferencesUpdate,
) -> RequestDescription:
    """Update privacy settings.

    Partial update; fields left out keep their value.
    """

    headers: dict[str, Any] = {}

    headers["Content-Type"] = "application/json"

    return RequestDescription(
        method="PATCH",
        path="/v1/settings/preferences/privacy",
        query={},
        json=body.to_dict(),
        headers=headers,
    )
