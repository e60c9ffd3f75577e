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
    description=(
        "Its token is refused from then on. Another user's session is not found. The calling\n"
        "session cannot revoke itself (409 `current-session`: the key making the call would stop\n"
        "working); `revokeAllSessions` revokes every session but the calling one."
    ),
    parameters=(
        Field(
            "session_id",
            "session_id",
            "path",
            required=True,
            description="The id of the session to revoke; not the calling one (a 409).",
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
            "The request's shape is wrong (`validation-failed`: a required member or parameter missing, a wrong type, members that must not be sent together), or the body is not JSON at all (`malformed-body`).",
            ("validation-failed", "malformed-body"),
        ),
        Status(
            401,
            "No valid API key, sent as the bearer token (`unauthenticated`).",
            ("unauthenticated",),
        ),
        Status(
            404, "The resource does not exist or is not the caller's (`not-found`).", ("not-found",)
        ),
        Status(
            409,
            "The request conflicts with the resource's current state (`deletion-pending`, `nothing-to- cancel`, `email-in-use`, `current-session`); retrying the same request cannot help.",
            ("deletion-pending", "nothing-to-cancel", "email-in-use", "current-session"),
        ),
        Status(
            422,
            "A value is of the right type but breaks a rule (`validation-failed`: a length, a bound, a pattern, a format, an enum, or `unchanged`), whether the schema or the operation checks it, or the Idempotency-Key was used with another request (`idempotency-key-reused`).",
            ("validation-failed", "idempotency-key-reused"),
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
