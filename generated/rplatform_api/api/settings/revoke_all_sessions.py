"""POST /v1/settings/sessions/revoke-all: Revoke all sessions.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.revoked_sessions import RevokedSessions
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(RevokedSessions, (200,))


def request(
    *,
    idempotency_key: str | Unset = UNSET,
) -> RequestDescription:
    """Revoke all sessions.

    Revokes every session of the caller except the calling one.

    Args:
        idempotency_key: A key unique to one request, reused by its retries (the SDK makes one per call).

    Success (200): How many sessions were revoked.

    Errors: 400, 401, 413, 422, 429, 500, 503.
    """

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    return RequestDescription(
        method="POST",
        path="/v1/settings/sessions/revoke-all",
        query={},
        json=None,
        headers=headers,
    )
