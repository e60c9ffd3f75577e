"""POST /v1/billing/ai-usage: Record AI usage from a project.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.ai_usage_create import AiUsageCreate
from ...models.ai_usage_record import AiUsageRecord
from .. import Field, ObjectBody, Operation, RequestDescription, Status

SUCCESS: Final = ObjectBody(AiUsageRecord, (201,))

OPERATION: Final = Operation(
    operation_id="recordAiUsage",
    tag="billing",
    method="POST",
    path="/v1/billing/ai-usage",
    summary="Record AI usage from a project.",
    description=(
        "Records AI token usage of a project in the caller's scope for metered billing. The\n"
        "`cost_cents` given is kept to the millionth of a cent and billed as it is (the `ai_tokens`\n"
        "line of `getUsage`); bounds keep every total exact: at most 10^12 tokens of each kind and\n"
        "10^9 cents per record."
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
            "project_id",
            "project_id",
            "body",
            required=True,
            description="The project that used the AI (`proj_...`).",
            type="string",
            min_length=1,
            max_length=64,
        ),
        Field(
            "input_tokens",
            "input_tokens",
            "body",
            required=True,
            description="Input (prompt) tokens.",
            type="integer",
            minimum=0,
            maximum=1000000000000,
        ),
        Field(
            "output_tokens",
            "output_tokens",
            "body",
            required=True,
            description="Output (completion) tokens.",
            type="integer",
            minimum=0,
            maximum=1000000000000,
        ),
        Field(
            "cost_cents",
            "cost_cents",
            "body",
            required=True,
            description="What the use cost, in cents (fractions allowed, kept to the millionth of a cent).",
            type="number",
            minimum=0,
            maximum=1000000000,
        ),
        Field(
            "provider_model",
            "provider_model",
            "body",
            required=True,
            description="The provider and model (`anthropic/claude-sonnet-4`).",
            type="string",
            min_length=1,
            max_length=200,
        ),
        Field(
            "reasoning_tokens",
            "reasoning_tokens",
            "body",
            description="Reasoning tokens, if the model reports them.",
            type="integer",
            minimum=0,
            maximum=1000000000000,
            default=0,
        ),
    ),
    success=(Status(201, "The recorded usage."),),
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
            404, "The resource does not exist or is not the caller's (`not-found`).", ("not-found",)
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
    body: AiUsageCreate,
) -> RequestDescription:
    """Record AI usage from a project.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="POST",
        path="/v1/billing/ai-usage",
        query={},
        json=body.to_dict(),
        headers={"Content-Type": "application/json"},
    )
