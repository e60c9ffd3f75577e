"""GET /v1/settings/login-history: Get login history.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.login_history_entry import LoginHistoryEntry
from ...types import UNSET, Unset
from .. import ArrayBody, Field, Operation, RequestDescription, Status

SUCCESS: Final = ArrayBody(LoginHistoryEntry, (200,))

OPERATION: Final = Operation(
    operation_id="getLoginHistory",
    tag="settings",
    method="GET",
    path="/v1/settings/login-history",
    summary="Get login history.",
    description=(
        "The caller's sign-in attempts, successful or not, newest first. Paginated: `limit`\n"
        "(default and maximum 100) and `cursor`; the next page is in the `Link` header, so the\n"
        "whole history can be read, however long."
    ),
    parameters=(
        Field(
            "limit",
            "limit",
            "query",
            description="How many items on one page: 1 to 100 (default 100).",
            type="integer",
            minimum=1,
            maximum=100,
            default=100,
        ),
        Field(
            "cursor",
            "cursor",
            "query",
            description="An opaque page cursor, from the previous page's `Link` header.",
            type="string",
            min_length=1,
            max_length=512,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ),
    body=(),
    success=(Status(200, "The caller's recent sign-in attempts."),),
    errors=(
        Status(
            400,
            "A parameter or the body breaks the schema or a rule (`validation-failed`), or the body is not JSON at all (`malformed-body`).",
            ("validation-failed", "malformed-body"),
        ),
        Status(401, "No valid bearer token (`unauthenticated`).", ("unauthenticated",)),
        Status(
            429,
            "Rate limited (`rate-limited`); retry after the time in `Retry-After`.",
            ("rate-limited",),
        ),
        Status(
            500,
            "The server failed (`internal`); the request may be retried with the same Idempotency-Key.",
            ("internal",),
        ),
        Status(
            503,
            "Temporarily unavailable (`unavailable`); retry after the time in `Retry-After`.",
            ("unavailable",),
        ),
    ),
    paginated=True,
    deprecated=False,
)


def request(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> RequestDescription:
    """Get login history.

    The request only: `OPERATION` says what each argument means and allows.
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
