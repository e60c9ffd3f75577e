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
