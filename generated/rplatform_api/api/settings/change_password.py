"""POST /v1/settings/password: Change password.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.password_change import PasswordChange
from ...types import UNSET, Unset
from .. import NoBody, RequestDescription

SUCCESS: Final = NoBody((204,))


def request(
    *,
    body: PasswordChange,
    idempotency_key: str | Unset = UNSET,
) -> RequestDescription:
    """Change password.

    The new password needs at least 8 characters with a letter and a digit, at most 128,
    and must differ from the current one. Changing it revokes every other session of the
    account (their tokens get 401 from then on); the calling session stays signed in.

    Args:
        idempotency_key: A key unique to one request, reused by its retries (the SDK makes one per call).

    Body fields (PasswordChange):
        current_password: The account's password now.
        new_password: The password policy: 8 to 128 characters (`minLength`, `maxLength`), with at
            least
            one letter and one digit (the `pattern`, found anywhere in the value), and not
            the
            current password (code `unchanged`). Each is a 422 `validation-failed` naming
            its rule.

    Success (204): The password was changed.

    Errors: 400, 401, 403, 413, 415, 422, 429, 500, 503.
    """

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["Content-Type"] = "application/json"

    return RequestDescription(
        method="POST",
        path="/v1/settings/password",
        query={},
        json=body.to_dict(),
        headers=headers,
    )
