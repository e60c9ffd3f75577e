"""POST /v1/settings/email-change/verify: Verify email change.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.email_change_verified import EmailChangeVerified
from ...models.email_change_verify import EmailChangeVerify
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(EmailChangeVerified, (200,))


def request(
    *,
    body: EmailChangeVerify,
    idempotency_key: str | Unset = UNSET,
) -> RequestDescription:
    """Verify email change.

    The token travels in the body, never in the URL.
    """

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["Content-Type"] = "application/json"

    return RequestDescription(
        method="POST",
        path="/v1/settings/email-change/verify",
        query={},
        json=body.to_dict(),
        headers=headers,
    )
