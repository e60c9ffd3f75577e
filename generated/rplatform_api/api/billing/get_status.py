from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_status import BillingStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/billing/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingStatus | Problem | None:
    if response.status_code == 200:
        response_200 = BillingStatus.from_dict(response.json())

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
) -> Response[BillingStatus | Problem]:
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
) -> Response[BillingStatus | Problem]:
    """Get billing status for a user or organization.

     A summary for gating features: whether the owner has a Stripe customer and a payment method,
    and the status of its latest subscription (null when it has none).

    Args:
        user_id (str | Unset):
        organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingStatus | Problem]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        organization_id=organization_id,
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
) -> BillingStatus | Problem | None:
    """Get billing status for a user or organization.

     A summary for gating features: whether the owner has a Stripe customer and a payment method,
    and the status of its latest subscription (null when it has none).

    Args:
        user_id (str | Unset):
        organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingStatus | Problem
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        organization_id=organization_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> Response[BillingStatus | Problem]:
    """Get billing status for a user or organization.

     A summary for gating features: whether the owner has a Stripe customer and a payment method,
    and the status of its latest subscription (null when it has none).

    Args:
        user_id (str | Unset):
        organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingStatus | Problem]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        organization_id=organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> BillingStatus | Problem | None:
    """Get billing status for a user or organization.

     A summary for gating features: whether the owner has a Stripe customer and a payment method,
    and the status of its latest subscription (null when it has none).

    Args:
        user_id (str | Unset):
        organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingStatus | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            organization_id=organization_id,
        )
    ).parsed
