"""POST /v1/notifications/push-tokens: Register a push notification token.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.push_token import PushToken
from ...models.push_token_create import PushTokenCreate
from .. import Field, ObjectBody, Operation, RequestDescription, Status

SUCCESS: Final = ObjectBody(
    PushToken,
    (
        200,
        201,
    ),
)

OPERATION: Final = Operation(
    operation_id="registerToken",
    tag="notifications",
    method="POST",
    path="/v1/notifications/push-tokens",
    summary="Register a push notification token.",
    description="Registering a known token again updates its platform and device.",
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
            description="The device's push token (Expo, FCM or APNs).",
            type="string",
            min_length=1,
            max_length=4096,
            secret=True,
        ),
        Field(
            "platform",
            "platform",
            "body",
            required=True,
            description="The push service a token belongs to.",
            type="string",
            enum=("expo", "fcm", "apns"),
        ),
        Field(
            "device_id",
            "device_id",
            "body",
            description="An id of the device, to replace its earlier token (optional).",
            type="string",
            max_length=255,
            nullable=True,
        ),
    ),
    success=(
        Status(200, "The token was already registered and has been updated."),
        Status(201, "The token was registered."),
    ),
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
    body: PushTokenCreate,
) -> RequestDescription:
    """Register a push notification token.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="POST",
        path="/v1/notifications/push-tokens",
        query={},
        json=body.to_dict(),
        headers={"Content-Type": "application/json"},
    )
