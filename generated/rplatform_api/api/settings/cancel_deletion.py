"""DELETE /v1/settings/deletion: Cancel account deletion.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.deletion_status import DeletionStatus
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(DeletionStatus, (200,))


def request() -> RequestDescription:
    """Cancel account deletion.

    Cancels a pending deletion within its grace period; with none pending, a conflict.
    After the grace period there is nothing to cancel: the account is gone (401).
    """

    return RequestDescription(
        method="DELETE",
        path="/v1/settings/deletion",
        query={},
        json=None,
        headers={},
    )
