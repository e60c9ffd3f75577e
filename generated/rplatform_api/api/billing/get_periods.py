"""GET /v1/billing/periods: Get available billing periods with usage data.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.billing_periods import BillingPeriods
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(BillingPeriods, (200,))


def request(
    *,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> RequestDescription:
    """Get available billing periods with usage data.

    The calendar months (UTC) in which the owner has usage, and the current month, newest first,
    each with its total cost rounded as in `getUsage`.

    Args:
        user_id: A user's id (`usr_...`): that user's personal billing. Not with
            `organization_id`.
        organization_id: An organization's id (`org_...`): its billing. Not with `user_id`.

    Success (200): Billing periods that have usage, newest first.

    Errors: 400, 401, 403, 422, 429, 500, 503.
    """

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestDescription(
        method="GET",
        path="/v1/billing/periods",
        query=params,
        json=None,
        headers={},
    )
