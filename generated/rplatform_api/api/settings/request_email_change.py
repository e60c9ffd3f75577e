"""POST /v1/settings/email-change: Request email change.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.email_change_create import EmailChangeCreate
from ...models.email_change_requested import EmailChangeRequested
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(EmailChangeRequested, (202,))


def request(
    *,
    body: EmailChangeCreate,
    idempotency_key: str | Unset = UNSET,
) -> RequestDescription:
    """Request email change.

    Sends a single-use verification token, valid 24 hours, to the new address.
    """

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["Content-Type"] = "application/json"

    return RequestDescription(
        method="POST",
        path="/v1/settings/email-change",
        query={},
        json=body.to_dict(),
        headers=headers,
    )
