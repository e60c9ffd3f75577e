"""PATCH /v1/settings/preferences/appearance: Update appearance settings.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.appearance_preferences_update import AppearancePreferencesUpdate
from ...models.preferences import Preferences
from .. import Field, ObjectBody, Operation, RequestDescription, Status

SUCCESS: Final = ObjectBody(Preferences, (200,))

OPERATION: Final = Operation(
    operation_id="updateAppearance",
    tag="settings",
    method="PATCH",
    path="/v1/settings/preferences/appearance",
    summary="Update appearance settings.",
    description=(
        "Partial update; fields left out keep their value. `timezone` is an IANA name\n"
        "(`America/New_York`) and `locale` a BCP 47 tag (`en-US`); `null` clears either."
    ),
    parameters=(),
    body=(
        Field(
            "theme",
            "theme",
            "body",
            description="The interface theme; `system` follows the device.",
            type="string",
            enum=("system", "light", "dark"),
        ),
        Field(
            "timezone",
            "timezone",
            "body",
            description="An IANA time zone name, as in the tz database (`America/New_York`, `UTC`); null clears it. The format `iana-time-zone` is exactly the names of the IANA database.",
            type="string",
            format="iana-time-zone",
            min_length=1,
            max_length=64,
            nullable=True,
        ),
        Field(
            "locale",
            "locale",
            "body",
            description="A BCP 47 language tag; null clears it.",
            type="string",
            max_length=35,
            pattern="^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-x(?:-[A-Za-z0-9]{1,8})+)?$",
            nullable=True,
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
    body: AppearancePreferencesUpdate,
) -> RequestDescription:
    """Update appearance settings.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="PATCH",
        path="/v1/settings/preferences/appearance",
        query={},
        json=body.to_dict(),
        headers={"Content-Type": "application/json"},
    )
