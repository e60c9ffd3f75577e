"""GET /v1/billing/usage/projects: Get usage breakdown by project.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.project_usage_summary import ProjectUsageSummary
from ...types import UNSET, Unset
from .. import ArrayBody, Field, Operation, RequestDescription, Status

SUCCESS: Final = ArrayBody(ProjectUsageSummary, (200,))

OPERATION: Final = Operation(
    operation_id="getUsageByProject",
    tag="billing",
    method="GET",
    path="/v1/billing/usage/projects",
    summary="Get usage breakdown by project.",
    description=(
        "One entry per project of the owner; the entries add up to `getUsage`. Each rounded line\n"
        "item of `getUsage` (see its price table) is split among the projects in proportion to\n"
        "their exact cost of that meter, by the largest-remainder method: every project gets the\n"
        "whole cents of its share, and the cents left over go to the largest fractional parts\n"
        "(ties to the project first by id). A project's `total_cost_cents` is the sum of its\n"
        "shares, so the projects add up to the owner's `total_cost_cents` exactly.\n"
        "\n"
        "Projects come by id, paginated with `limit` (default and maximum 1000) and `cursor`;\n"
        "the next page is in the `Link` header. Shares are apportioned over all the owner's\n"
        "projects before the page is cut, so pages add up exactly too. The default keeps the\n"
        "whole answer in one page for any owner with up to 1000 projects (about 300 KB)."
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
        Field(
            "limit",
            "limit",
            "query",
            description="How many projects on one page: 1 to 1000 (default 1000).",
            type="integer",
            minimum=1,
            maximum=1000,
            default=1000,
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
    success=(Status(200, "Usage per project for the month."),),
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
    paginated=True,
    deprecated=False,
)


def request(
    *,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    year: int | Unset = UNSET,
    month: int | Unset = UNSET,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> RequestDescription:
    """Get usage breakdown by project.

    The request only: `OPERATION` says what each argument means and allows.
    """

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["organization_id"] = organization_id

    params["year"] = year

    params["month"] = month

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestDescription(
        method="GET",
        path="/v1/billing/usage/projects",
        query=params,
        json=None,
        headers={},
    )
