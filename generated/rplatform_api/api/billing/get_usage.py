"""GET /v1/billing/usage: Get usage summary for a billing period.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.usage_summary import UsageSummary
from ...types import UNSET, Unset
from .. import Field, ObjectBody, Operation, RequestDescription, Status

SUCCESS: Final = ObjectBody(UsageSummary, (200,))

OPERATION: Final = Operation(
    operation_id="getUsage",
    tag="billing",
    method="GET",
    path="/v1/billing/usage",
    summary="Get usage summary for a billing period.",
    description=(
        "Calendar months in UTC. Without `year` and `month`, the current month.\n"
        "\n"
        "Prices (per unit of each meter; the sandbox's price table):\n"
        "\n"
        "| meter | unit | price |\n"
        "|---|---|---|\n"
        "| `sandbox_compute_hours` | hours | 5 cents |\n"
        "| `database_compute_hours` | hours | 2 cents |\n"
        "| `database_storage_gb` | GB-months | 12.5 cents |\n"
        "| `storage_gb` | GB-months | 2.3 cents |\n"
        "| `deployment_compute_hours` | hours | 4 cents |\n"
        "| `ai_tokens` | tokens | the `cost_cents` recorded with each use (`recordAiUsage`) |\n"
        "\n"
        "Quantities are kept to the thousandth of a unit. Rounding happens once per meter and\n"
        "month: a line item's `total_cost` is the month's exact cost of the meter (its total\n"
        "quantity times the price, or the sum of the recorded AI costs) rounded half up to the\n"
        "cent, never event by event; `total_cost_cents` is the sum of the rounded line items."
    ),
    parameters=(
        Field(
            "user_id",
            "user_id",
            "query",
            description="A user's id (`usr_...`): that user's personal billing. Not with `organization_id`.",
            type="string",
            min_length=1,
            max_length=64,
        ),
        Field(
            "organization_id",
            "organization_id",
            "query",
            description="An organization's id (`org_...`): its billing. Not with `user_id`.",
            type="string",
            min_length=1,
            max_length=64,
        ),
        Field(
            "year",
            "year",
            "query",
            description="Calendar year of the billing period (UTC), with `month`; neither: the current month.",
            type="integer",
            minimum=2000,
            maximum=2100,
        ),
        Field(
            "month",
            "month",
            "query",
            description="Calendar month of the billing period, 1-12 (UTC), with `year`.",
            type="integer",
            minimum=1,
            maximum=12,
        ),
    ),
    body=(),
    success=(Status(200, "The owner's usage and cost for the month."),),
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
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    year: int | Unset = UNSET,
    month: int | Unset = UNSET,
) -> RequestDescription:
    """Get usage summary for a billing period.

    The request only: `OPERATION` says what each argument means and allows.
    """

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["organization_id"] = organization_id

    params["year"] = year

    params["month"] = month

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestDescription(
        method="GET",
        path="/v1/billing/usage",
        query=params,
        json=None,
        headers={},
    )
