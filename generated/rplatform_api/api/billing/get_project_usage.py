"""GET /v1/billing/projects/{project_id}/usage: Get usage for a specific project.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

import datetime
from typing import Any, Final
from urllib.parse import quote

from ...models.project_usage_item import ProjectUsageItem
from ...types import UNSET, Unset
from .. import ArrayBody, RequestDescription

SUCCESS: Final = ArrayBody(ProjectUsageItem, (200,))


def request(
    project_id: str,
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> RequestDescription:
    """Get usage for a specific project.

    Usage of one project between two dates (inclusive, UTC). Without `from` and `to`, the
    current month; with `from` alone, through the end of its month; with `to` alone, from the
    start of its month. `cost_cents` is the exact cost of the range at the prices of
    `getUsage`, not rounded.

    Args:
        project_id: The project's id (`proj_...`).
        from_: First day of the range, inclusive (UTC), YYYY-MM-DD.
        to: Last day of the range, inclusive (UTC), not before `from`.

    Success (200): One item per meter with usage in the range.

    Errors: 400, 401, 403, 404, 422, 429, 500, 503.
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
