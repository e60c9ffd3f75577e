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
