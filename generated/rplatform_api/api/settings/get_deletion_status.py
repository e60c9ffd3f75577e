"""GET /v1/settings/deletion: Get deletion status.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.deletion_status import DeletionStatus
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(DeletionStatus, (200,))


def request() -> RequestDescription:
    """Get deletion status.

    Whether an account deletion is pending and, when it is, when it takes effect (the end of its
    30-day grace period) and the reason given.

    Success (200): Whether account deletion is pending.

    Errors: 401, 429, 500, 503.
    """

    return RequestDescription(
        method="GET",
        path="/v1/settings/deletion",
        query={},
        json=None,
        headers={},
    )
