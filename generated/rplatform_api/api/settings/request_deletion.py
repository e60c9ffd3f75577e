"""POST /v1/settings/deletion: Request account deletion.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.deletion_create import DeletionCreate
from ...models.deletion_status import DeletionStatus
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(DeletionStatus, (201,))


def request(
    *,
    body: DeletionCreate,
    idempotency_key: str | Unset = UNSET,
) -> RequestDescription:
    """Request account deletion.

    Schedules deletion after a 30-day grace period. Needs the password and the exact text
    `DELETE MY ACCOUNT`. A second request while one is pending is a conflict.

    When the grace period ends, the account is deleted for real: its tokens get 401, logging
    in fails, and its data is removed (preferences, sessions, login history, push tokens,
    personal projects with their usage, its own customer and subscriptions). An
    organization of which it is the only member is deleted with its projects, usage and
    billing; an organization with other members stays, without this member.
    """

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["Content-Type"] = "application/json"

    return RequestDescription(
        method="POST",
        path="/v1/settings/deletion",
        query={},
        json=body.to_dict(),
        headers=headers,
    )
