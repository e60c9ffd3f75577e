"""POST /v1/notifications/push-tokens/unregister: Unregister a push notification token.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.push_token_delete import PushTokenDelete
from ...types import UNSET, Unset
from .. import NoBody, RequestDescription

SUCCESS: Final = NoBody((204,))


def request(
    *,
    body: PushTokenDelete,
    idempotency_key: str | Unset = UNSET,
) -> RequestDescription:
    """Unregister a push notification token.

    Call this on sign out. The token travels in the body so that it round-trips exactly.
    Unregistering a token that is not registered is not an error (204 as well).
    """

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["Content-Type"] = "application/json"

    return RequestDescription(
        method="POST",
        path="/v1/notifications/push-tokens/unregister",
        query={},
        json=body.to_dict(),
        headers=headers,
    )
