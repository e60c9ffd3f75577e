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

    Args:
        idempotency_key: A key unique to one request, reused by its retries (the SDK makes one per call).

    Body fields (EmailChangeCreate):
        new_email: The address to change to; a verification email goes there.
        password: The account's password, to confirm.

    Success (202): The verification email was sent.

    Errors: 400, 401, 403, 409, 413, 415, 422, 429, 500, 503.
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
