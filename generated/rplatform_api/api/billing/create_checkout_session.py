"""POST /v1/billing/checkout-sessions: Create a Stripe Checkout session.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.checkout_session import CheckoutSession
from ...models.checkout_session_create import CheckoutSessionCreate
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(CheckoutSession, (201,))


def request(
    *,
    body: CheckoutSessionCreate,
    idempotency_key: str | Unset = UNSET,
) -> RequestDescription:
    """Create a Stripe Checkout session.

    A checkout session in setup mode that adds a payment method to the owner.
    """

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["Content-Type"] = "application/json"

    return RequestDescription(
        method="POST",
        path="/v1/billing/checkout-sessions",
        query={},
        json=body.to_dict(),
        headers=headers,
    )
