"""DELETE /v1/settings/sessions/{session_id}: Revoke a session.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final
from urllib.parse import quote

from .. import Field, NoBody, Operation, RequestDescription, Status

SUCCESS: Final = NoBody((204,))

OPERATION: Final = Operation(
    operation_id="revokeSession",
    tag="settings",
    method="DELETE",
    path="/v1/settings/sessions/{session_id}",
    summary="Revoke a session.",
    description="Its token is refused from then on. Another user's session is not found.",
    parameters=(
        Field(
            "session_id",
            "session_id",
            "path",
            required=True,
            description="The id of the session to revoke (not the calling one).",
            type="string",
            min_length=1,
            max_length=64,
        ),
    ),
    body=(),
    success=(Status(204, "The session was revoked."),),
    errors=(
        Status(
            400,
            "A parameter or the body breaks the schema or a rule (`validation-failed`), or the body is not JSON at all (`malformed-body`).",
            ("validation-failed", "malformed-body"),
        ),
        Status(401, "No valid bearer token (`unauthenticated`).", ("unauthenticated",)),
        Status(
            404, "The resource does not exist or is not the caller's (`not-found`).", ("not-found",)
        ),
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
    paginated=False,
    deprecated=False,
)


def request(
    session_id: str,
) -> RequestDescription:
    """Revoke a session.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="DELETE",
        path="/v1/settings/sessions/{session_id}".format(
            session_id=quote(str(session_id), safe=""),
        ),
        query={},
        json=None,
        headers={},
    )
