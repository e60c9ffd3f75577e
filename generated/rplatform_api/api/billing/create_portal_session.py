"""POST /v1/billing/portal-sessions: Create a Stripe Billing Portal session.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.portal_session import PortalSession
from ...models.portal_session_create import PortalSessionCreate
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(PortalSession, (201,))


def request(
    *,
    body: PortalSessionCreate,
    idempotency_key: str | Unset = UNSET,
) -> RequestDescription:
    """Create a Stripe Billing Portal session.

    A Stripe Billing Portal session in which the owner manages payment methods and invoices;
    the owner's Stripe customer is created first when it has none.

    Args:
        idempotency_key: A key unique to one request, reused by its retries (the SDK makes one per call).

    Body fields (PortalSessionCreate):
        return_url: An absolute http or https URL, with a host, to send the user back to.
        user_id: A user's id: that user's personal billing. Not with `organization_id`.
        organization_id: An organization's id: its billing. Not with `user_id`.

    Success (201): The portal session; redirect the user to `url`.

    Errors: 400, 401, 403, 413, 415, 422, 429, 500, 503.
    """

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["Content-Type"] = "application/json"

    return RequestDescription(
        method="POST",
        path="/v1/billing/portal-sessions",
        query={},
        json=body.to_dict(),
        headers=headers,
    )
