"""GET /v1/billing/api-key-eligibility: Check if user/org can create API keys.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.api_key_eligibility import ApiKeyEligibility
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(ApiKeyEligibility, (200,))


def request(
    *,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> RequestDescription:
    """Check if user/org can create API keys.

    API keys need a payment method on file: `can_create` is true once the owner has one (see
    `createCheckoutSession`); otherwise `reason` says what to do.

    Args:
        user_id: A user's id (`usr_...`): that user's personal billing. Not with
            `organization_id`.
        organization_id: An organization's id (`org_...`): its billing. Not with `user_id`.

    Success (200): Whether the owner may create API keys, and why not when it may not.

    Errors: 400, 401, 403, 422, 429, 500, 503.
    """

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestDescription(
        method="GET",
        path="/v1/billing/api-key-eligibility",
        query=params,
        json=None,
        headers={},
    )
