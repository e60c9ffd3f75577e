"""POST /v1/settings/password: Change password.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.password_change import PasswordChange
from .. import Field, NoBody, Operation, RequestDescription, Status

SUCCESS: Final = NoBody((204,))

OPERATION: Final = Operation(
    operation_id="changePassword",
    tag="settings",
    method="POST",
    path="/v1/settings/password",
    summary="Change password.",
    description=(
        "The new password needs at least 8 characters with a letter and a digit, at most 128,\n"
        "and must differ from the current one. Changing it revokes every other session of the\n"
        "account (their tokens get 401 from then on); the calling session stays signed in."
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
            "current_password",
            "current_password",
            "body",
            required=True,
            description="The account's password now.",
            type="string",
            format="password",
            min_length=1,
            max_length=128,
            secret=True,
        ),
        Field(
            "new_password",
            "new_password",
            "body",
            required=True,
            description="The password policy: 8 to 128 characters (`minLength`, `maxLength`: a 400 otherwise, as for every length), with at least one letter and one digit (the `pattern`, found anywhere in the value: a 422 otherwise), and not the current password (a 422 with code `unchanged`).",
            type="string",
            format="password",
            min_length=8,
            max_length=128,
            pattern="[^\\W\\d_][\\s\\S]*\\d|\\d[\\s\\S]*[^\\W\\d_]",
            secret=True,
        ),
    ),
    success=(Status(204, "The password was changed."),),
    errors=(
        Status(
            400,
            "A parameter or the body breaks the schema or a rule (`validation-failed`), or the body is not JSON at all (`malformed-body`).",
            ("validation-failed", "malformed-body"),
        ),
        Status(401, "No valid bearer token (`unauthenticated`).", ("unauthenticated",)),
        Status(
            403,
            "The caller may not act on this owner (`not-a-member`, `forbidden`), or a password check failed (`wrong-password`).",
            ("not-a-member", "forbidden", "wrong-password"),
        ),
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
    body: PasswordChange,
) -> RequestDescription:
    """Change password.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="POST",
        path="/v1/settings/password",
        query={},
        json=body.to_dict(),
        headers={"Content-Type": "application/json"},
    )
