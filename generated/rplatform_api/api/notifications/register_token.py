"""POST /v1/notifications/push-tokens: Register a push notification token.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.push_token import PushToken
from ...models.push_token_create import PushTokenCreate
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(
    PushToken,
    (
        200,
        201,
    ),
)


def request(
    *,
    body: PushTokenCreate,
    idempotency_key: str | Unset = UNSET,
) -> RequestDescription:
    """Register a push notification token.

    Registering a known token again updates its platform and device.
    """

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["Content-Type"] = "application/json"

    return RequestDescription(
        method="POST",
        path="/v1/notifications/push-tokens",
        query={},
        json=body.to_dict(),
        headers=headers,
    )
