"""GET /v1/billing/usage/projects: Get usage breakdown by project.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.project_usage_summary import ProjectUsageSummary
from ...types import UNSET, Unset
from .. import ArrayBody, RequestDescription

SUCCESS: Final = ArrayBody(ProjectUsageSummary, (200,))


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

    One entry per project of the owner; the entries add up to `getUsage`. Each rounded line
    item of `getUsage` (see its price table) is split among the projects in proportion to
    their exact cost of that meter, by the largest-remainder method: every project gets the
    whole cents of its share, and the cents left over go to the largest fractional parts
    (ties to the project first by id). A project's `total_cost_cents` is the sum of its
    shares, so the projects add up to the owner's `total_cost_cents` exactly.

    Projects come by id, paginated with `limit` (default and maximum 1000) and `cursor`;
    the next page is in the `Link` header. Shares are apportioned over all the owner's
    projects before the page is cut, so pages add up exactly too. The default keeps the
    whole answer in one page for any owner with up to 1000 projects (about 300 KB).

    Args:
        user_id: A user's id (`usr_...`): that user's personal billing. Not with
            `organization_id`.
        organization_id: An organization's id (`org_...`): its billing. Not with `user_id`.
        year: Calendar year of the billing period (UTC), with `month`; neither: the current
            month.
        month: Calendar month of the billing period, 1-12 (UTC), with `year`.
        limit: How many projects on one page: 1 to 1000 (default 1000).
        cursor: An opaque page cursor, from the previous page's `Link` header.

    Success (200): Usage per project for the month.

    Errors: 400, 401, 403, 422, 429, 500, 503.
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
