"""POST /v1/billing/ai-usage: Record AI usage from a project.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.ai_usage_create import AiUsageCreate
from ...models.ai_usage_record import AiUsageRecord
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(AiUsageRecord, (201,))


def request(
    *,
    body: AiUsageCreate,
    idempotency_key: str | Unset = UNSET,
) -> RequestDescription:
    """Record AI usage from a project.

    Records AI token usage of a project in the caller's scope for metered billing. The
    `cost_cents` given is kept to the millionth of a cent and billed as it is (the `ai_tokens`
    line of `getUsage`); bounds keep every total exact: at most 10^12 tokens of each kind and
    10^9 cents per record.
    """

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["Content-Type"] = "application/json"

    return RequestDescription(
        method="POST",
        path="/v1/billing/ai-usage",
        query={},
        json=body.to_dict(),
        headers=headers,
    )
