"""POST /v1/notifications/push-tokens/unregister: Unregister a push notification token.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.push_token_delete import PushTokenDelete
from .. import Field, NoBody, Operation, RequestDescription, Status

SUCCESS: Final = NoBody((204,))

OPERATION: Final = Operation(
    operation_id="unregisterToken",
    tag="notifications",
    method="POST",
    path="/v1/notifications/push-tokens/unregister",
    summary="Unregister a push notification token.",
    description=(
        "Call this on sign out. The token travels in the body so that it round-trips exactly.\n"
        "Unregistering a token that is not registered is not an error (204 as well)."
    ),
    parameters=(
        Field(
            "idempotency_key",
            "Idempotency-Key",
            "header",
            description="A key unique to one request, reused by its retries (the SDK makes one per call).",
            type="string",
            min_length=1,
            max_length=255,
        ),
    ),
    body=(
        Field(
            "token",
            "token",
            "body",
            required=True,
            description="The push token to stop sending to.",
            type="string",
            min_length=1,
            max_length=4096,
            secret=True,
        ),
    ),
    success=(Status(204, "The token is no longer registered."),),
    errors=(
        Status(
            400,
            "A parameter or the body breaks the schema or a rule (`validation-failed`), or the body is not JSON at all (`malformed-body`).",
            ("validation-failed", "malformed-body"),
        ),
        Status(401, "No valid bearer token (`unauthenticated`).", ("unauthenticated",)),
        Status(
            413,
            "The request body is larger than the server accepts, 1 MiB on the sandbox (`body-too-large`).",
            ("body-too-large",),
        ),
        Status(
            415,
            "The request body is not sent as JSON, `application/json` (`unsupported-media-type`).",
            ("unsupported-media-type",),
        ),
        Status(
            422,
            "A value is of the right type but not acceptable (`validation-failed`: enum, format, pattern or policy), or the Idempotency-Key was used with another request (`idempotency-key-reused`).",
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
    *,
    body: PushTokenDelete,
) -> RequestDescription:
    """Unregister a push notification token.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="POST",
        path="/v1/notifications/push-tokens/unregister",
        query={},
        json=body.to_dict(),
        headers={"Content-Type": "application/json"},
    )
