"""GET /v1/billing/status: Get billing status for a user or organization.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.billing_status import BillingStatus
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(BillingStatus, (200,))


def request(
    *,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> RequestDescription:
    """Get billing status for a user or organization.

    A summary for gating features: whether the owner has a Stripe customer and a payment method,
    and the status of its latest subscription (null when it has none).

    Args:
        user_id: A user's id (`usr_...`): that user's personal billing. Not with
            `organization_id`.
        organization_id: An organization's id (`org_...`): its billing. Not with `user_id`.

    Success (200): The owner's billing status.

    Errors: 400, 401, 403, 422, 429, 500, 503.
    """

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestDescription(
        method="GET",
        path="/v1/billing/status",
        query=params,
        json=None,
        headers={},
    )
