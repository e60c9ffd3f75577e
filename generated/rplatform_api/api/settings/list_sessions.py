"""GET /v1/settings/sessions: List active sessions.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.session import Session
from .. import ArrayBody, RequestDescription

SUCCESS: Final = ArrayBody(Session, (200,))


def request() -> RequestDescription:
    """List active sessions.

    Success (200): The caller's active sessions, the current one first.

    Errors: 401, 429, 500, 503.
    """

    return RequestDescription(
        method="GET",
        path="/v1/settings/sessions",
        query={},
        json=None,
        headers={},
    )
