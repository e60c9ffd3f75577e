from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.usage_summary import UsageSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    year: int | Unset = UNSET,
    month: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["organization_id"] = organization_id

    params["year"] = year

    params["month"] = month

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/billing/usage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | UsageSummary | None:
    if response.status_code == 200:
        response_200 = UsageSummary.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | UsageSummary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    year: int | Unset = UNSET,
    month: int | Unset = UNSET,
) -> Response[Problem | UsageSummary]:
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
        user_id (str | Unset):
        organization_id (str | Unset):
        year (int | Unset):
        month (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UsageSummary]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        organization_id=organization_id,
        year=year,
        month=month,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    year: int | Unset = UNSET,
    month: int | Unset = UNSET,
) -> Problem | UsageSummary | None:
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
        user_id (str | Unset):
        organization_id (str | Unset):
        year (int | Unset):
        month (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UsageSummary
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        organization_id=organization_id,
        year=year,
        month=month,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    year: int | Unset = UNSET,
    month: int | Unset = UNSET,
) -> Response[Problem | UsageSummary]:
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
        user_id (str | Unset):
        organization_id (str | Unset):
        year (int | Unset):
        month (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UsageSummary]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        organization_id=organization_id,
        year=year,
        month=month,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    year: int | Unset = UNSET,
    month: int | Unset = UNSET,
) -> Problem | UsageSummary | None:
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
        user_id (str | Unset):
        organization_id (str | Unset):
        year (int | Unset):
        month (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UsageSummary
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            organization_id=organization_id,
            year=year,
            month=month,
        )
    ).parsed
