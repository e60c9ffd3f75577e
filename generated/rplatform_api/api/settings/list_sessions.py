"""GET /v1/settings/sessions: List active sessions.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.session import Session
from ...types import UNSET, Unset
from .. import ArrayBody, Field, Operation, RequestDescription, Status

SUCCESS: Final = ArrayBody(Session, (200,))

OPERATION: Final = Operation(
    operation_id="listSessions",
    tag="settings",
    method="GET",
    path="/v1/settings/sessions",
    summary="List active sessions.",
    description=(
        "The caller's active sessions (neither revoked nor expired): the calling one first, then the\n"
        "others newest first by creation. Paginated: `limit` (default and maximum 100) and `cursor`;\n"
        "the next page is in the `Link` header."
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
    success=(Status(200, "The caller's active sessions, the current one first."),),
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
    """List active sessions.

    The request only: `OPERATION` says what each argument means and allows.
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestDescription(
        method="GET",
        path="/v1/settings/sessions",
        query=params,
        json=None,
        headers={},
    )
