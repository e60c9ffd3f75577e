"""GET /v1/billing/usage/meters: Get usage from Stripe meters.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.meter_usage import MeterUsage
from ...types import UNSET, Unset
from .. import ArrayBody, RequestDescription

SUCCESS: Final = ArrayBody(MeterUsage, (200,))


def request(
    *,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    year: int | Unset = UNSET,
    month: int | Unset = UNSET,
) -> RequestDescription:
    """Get usage from Stripe meters.

    One summary per Stripe-style meter for the month.

    Args:
        user_id: A user's id (`usr_...`): that user's personal billing. Not with
            `organization_id`.
        organization_id: An organization's id (`org_...`): its billing. Not with `user_id`.
        year: Calendar year of the billing period (UTC), with `month`; neither: the current
            month.
        month: Calendar month of the billing period, 1-12 (UTC), with `year`.

    Success (200): Meter summaries for the month.

    Errors: 400, 401, 403, 422, 429, 500, 503.
    """

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["organization_id"] = organization_id

    params["year"] = year

    params["month"] = month

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestDescription(
        method="GET",
        path="/v1/billing/usage/meters",
        query=params,
        json=None,
        headers={},
    )
