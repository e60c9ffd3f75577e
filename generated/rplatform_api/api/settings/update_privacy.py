"""PATCH /v1/settings/preferences/privacy: Update privacy settings.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.preferences import Preferences
from ...models.privacy_preferences_update import PrivacyPreferencesUpdate
from .. import Field, ObjectBody, Operation, RequestDescription, Status

SUCCESS: Final = ObjectBody(Preferences, (200,))

OPERATION: Final = Operation(
    operation_id="updatePrivacy",
    tag="settings",
    method="PATCH",
    path="/v1/settings/preferences/privacy",
    summary="Update privacy settings.",
    description="Partial update; fields left out keep their value.",
    parameters=(),
    body=(
        Field(
            "profile_visibility",
            "profile_visibility",
            "body",
            description="Who sees the profile: everyone, the network, or only its owner.",
            type="string",
            enum=("public", "network", "private"),
        ),
        Field(
            "show_email",
            "show_email",
            "body",
            description="Whether others see the email address; left out: unchanged.",
            type="boolean",
        ),
        Field(
            "show_location",
            "show_location",
            "body",
            description="Whether others see the location; left out: unchanged.",
            type="boolean",
        ),
    ),
    success=(Status(200, "The updated preferences."),),
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
    body: PrivacyPreferencesUpdate,
) -> RequestDescription:
    """Update privacy settings.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="PATCH",
        path="/v1/settings/preferences/privacy",
        query={},
        json=body.to_dict(),
        headers={"Content-Type": "application/json"},
    )
