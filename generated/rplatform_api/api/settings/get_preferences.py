"""GET /v1/settings/preferences: Get user preferences.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.preferences import Preferences
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(Preferences, (200,))


def request() -> RequestDescription:
    """Get user preferences.

    The caller's notification, privacy and appearance preferences, and when they last changed.

    Success (200): The caller's preferences.

    Errors: 401, 429, 500, 503.
    """

    return RequestDescription(
        method="GET",
        path="/v1/settings/preferences",
        query={},
        json=None,
        headers={},
    )
