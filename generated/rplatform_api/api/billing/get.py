"""GET /v1/billing: Get comprehensive billing info (customer, credits, subscriptions).

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.billing_info import BillingInfo
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(BillingInfo, (200,))


def request(
    *,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> RequestDescription:
    """Get comprehensive billing info (customer, credits, subscriptions).

    Everything about the owner's billing in one call: its Stripe customer (null before one
    exists), its prepaid credits and its subscriptions, newest first.

    Args:
        user_id: A user's id (`usr_...`): that user's personal billing. Not with
            `organization_id`.
        organization_id: An organization's id (`org_...`): its billing. Not with `user_id`.

    Success (200): The owner's billing information.

    Errors: 400, 401, 403, 422, 429, 500, 503.
    """

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestDescription(
        method="GET",
        path="/v1/billing",
        query=params,
        json=None,
        headers={},
    )
