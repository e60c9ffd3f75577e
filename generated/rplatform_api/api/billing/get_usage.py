"""GET /v1/billing/usage: Get usage summary for a billing period.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.usage_summary import UsageSummary
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(UsageSummary, (200,))


def request(
    *,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    year: int | Unset = UNSET,
    month: int | Unset = UNSET,
) -> RequestDescription:
    """Get usage summary for a billing period.

    Calendar months in UTC. Without `year` and `month`, the current month.

    Prices (per unit of each meter; the sandbox's price table):

    | meter | unit | price |
    |---|---|---|
    | `sandbox_compute_hours` | hours | 5 cents |
    | `database_compute_hours` | hours | 2 cents |
    | `database_storage_gb` | GB-months | 12.5 cents |
    | `storage_gb` | GB-months | 2.3 cents |
    | `deployment_compute_hours` | hours | 4 cents |
    | `ai_tokens` | tokens | the `cost_cents` recorded with each use (`recordAiUsage`) |

    Quantities are kept to the thousandth of a unit. Rounding happens once per meter and
    month: a line item's `total_cost` is the month's exact cost of the meter (its total
    quantity times the price, or the sum of the recorded AI costs) rounded half up to the
    cent, never event by event; `total_cost_cents` is the sum of the rounded line items.

    Args:
        user_id: A user's id (`usr_...`): that user's personal billing. Not with
            `organization_id`.
        organization_id: An organization's id (`org_...`): its billing. Not with `user_id`.
        year: Calendar year of the billing period (UTC), with `month`; neither: the current
            month.
        month: Calendar month of the billing period, 1-12 (UTC), with `year`.

    Success (200): The owner's usage and cost for the month.

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
        path="/v1/billing/usage",
        query=params,
        json=None,
        headers={},
    )
