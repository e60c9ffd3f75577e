"""GET /v1/billing/projects/{project_id}/usage: Get usage for a specific project.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

import datetime
from typing import Any, Final
from urllib.parse import quote

from ...models.project_usage_item import ProjectUsageItem
from ...types import UNSET, Unset
from .. import ArrayBody, Field, Operation, RequestDescription, Status

SUCCESS: Final = ArrayBody(ProjectUsageItem, (200,))

OPERATION: Final = Operation(
    operation_id="getProjectUsage",
    tag="billing",
    method="GET",
    path="/v1/billing/projects/{project_id}/usage",
    summary="Get usage for a specific project.",
    description=(
        "Usage of one project between two dates (inclusive, UTC). Without `from` and `to`, the\n"
        "current month; with `from` alone, through the end of its month; with `to` alone, from the\n"
        "start of its month. `cost_cents` is the exact cost of the range at the prices of\n"
        "`getUsage`, not rounded."
    ),
    parameters=(
        Field(
            "project_id",
            "project_id",
            "path",
            required=True,
            description="The project's id (`proj_...`).",
            type="string",
            min_length=1,
            max_length=64,
        ),
        Field(
            "from_",
            "from",
            "query",
            description="First day of the range, inclusive (UTC), an ISO 8601 date.",
            type="string",
            format="date",
        ),
        Field(
            "to",
            "to",
            "query",
            description="Last day of the range, inclusive (UTC), not before `from`.",
            type="string",
            format="date",
        ),
    ),
    body=(),
    success=(Status(200, "One item per meter with usage in the range."),),
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
    project_id: str,
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> RequestDescription:
    """Get usage for a specific project.

    The request only: `OPERATION` says what each argument means and allows.
    """

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestDescription(
        method="GET",
        path="/v1/billing/projects/{project_id}/usage".format(
            project_id=quote(str(project_id), safe=""),
        ),
        query=params,
        json=None,
        headers={},
    )
