"""POST /v1/billing/customer: Ensure a Stripe customer exists.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.owner_scope import OwnerScope
from ...models.stripe_customer import StripeCustomer
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(
    StripeCustomer,
    (
        200,
        201,
    ),
)


def request(
    *,
    body: OwnerScope,
    idempotency_key: str | Unset = UNSET,
) -> RequestDescription:
    """Ensure a Stripe customer exists.

    Idempotent; creates the owner's Stripe customer the first time only.
    """

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["Content-Type"] = "application/json"

    return RequestDescription(
        method="POST",
        path="/v1/billing/customer",
        query={},
        json=body.to_dict(),
        headers=headers,
    )
