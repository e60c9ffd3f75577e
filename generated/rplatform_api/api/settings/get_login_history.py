"""GET /v1/settings/login-history: Get login history.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.login_history_entry import LoginHistoryEntry
from ...types import UNSET, Unset
from .. import ArrayBody, RequestDescription

SUCCESS: Final = ArrayBody(LoginHistoryEntry, (200,))


def request(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> RequestDescription:
    """Get login history.

    The caller's sign-in attempts, successful or not, newest first. Paginated: `limit`
    (default and maximum 100) and `cursor`; the next page is in the `Link` header, so the
    whole history can be read, however long.

    Args:
        limit: How many items on one page: 1 to 100 (default 100).
        cursor: An opaque page cursor, from the previous page's `Link` header.

    Success (200): The caller's recent sign-in attempts.

    Errors: 400, 401, 422, 429, 500, 503.
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestDescription(
        method="GET",
        path="/v1/settings/login-history",
        query=params,
        json=None,
        headers={},
    )
