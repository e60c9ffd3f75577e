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
