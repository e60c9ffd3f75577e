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
    limit: int | Unset = 20,
) -> RequestDescription:
    """Get login history.

    Newest first.

    Args:
        limit: How many entries, newest first: 1 to 100.

    Success (200): The caller's recent sign-in attempts.

    Errors: 400, 401, 429, 500, 503.
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestDescription(
        method="GET",
        path="/v1/settings/login-history",
        query=params,
        json=None,
        headers={},
    )
