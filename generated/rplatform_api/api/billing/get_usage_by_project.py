from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.project_usage_summary import ProjectUsageSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    year: int | Unset = UNSET,
    month: int | Unset = UNSET,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["organization_id"] = organization_id

    params["year"] = year

    params["month"] = month

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/billing/usage/projects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[ProjectUsageSummary] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProjectUsageSummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[ProjectUsageSummary]]:
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
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Response[Problem | list[ProjectUsageSummary]]:
    """Get usage breakdown by project.

     One entry per project of the owner; the entries add up to `getUsage`. Each rounded line
    item of `getUsage` (see its price table) is split among the projects in proportion to
    their exact cost of that meter, by the largest-remainder method: every project gets the
    whole cents of its share, and the cents left over go to the largest fractional parts
    (ties to the project first by id). A project's `total_cost_cents` is the sum of its
    shares, so the projects add up to the owner's `total_cost_cents` exactly.

    Projects come by id, paginated with `limit` (default and maximum 1000) and `cursor`;
    the next page is in the `Link` header. Shares are apportioned over all the owner's
    projects before the page is cut, so pages add up exactly too. The default keeps the
    whole answer in one page for any owner with up to 1000 projects (about 300 KB).

    Args:
        user_id (str | Unset):
        organization_id (str | Unset):
        year (int | Unset):
        month (int | Unset):
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ProjectUsageSummary]]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        organization_id=organization_id,
        year=year,
        month=month,
        limit=limit,
        cursor=cursor,
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
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Problem | list[ProjectUsageSummary] | None:
    """Get usage breakdown by project.

     One entry per project of the owner; the entries add up to `getUsage`. Each rounded line
    item of `getUsage` (see its price table) is split among the projects in proportion to
    their exact cost of that meter, by the largest-remainder method: every project gets the
    whole cents of its share, and the cents left over go to the largest fractional parts
    (ties to the project first by id). A project's `total_cost_cents` is the sum of its
    shares, so the projects add up to the owner's `total_cost_cents` exactly.

    Projects come by id, paginated with `limit` (default and maximum 1000) and `cursor`;
    the next page is in the `Link` header. Shares are apportioned over all the owner's
    projects before the page is cut, so pages add up exactly too. The default keeps the
    whole answer in one page for any owner with up to 1000 projects (about 300 KB).

    Args:
        user_id (str | Unset):
        organization_id (str | Unset):
        year (int | Unset):
        month (int | Unset):
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ProjectUsageSummary]
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        organization_id=organization_id,
        year=year,
        month=month,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    year: int | Unset = UNSET,
    month: int | Unset = UNSET,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Response[Problem | list[ProjectUsageSummary]]:
    """Get usage breakdown by project.

     One entry per project of the owner; the entries add up to `getUsage`. Each rounded line
    item of `getUsage` (see its price table) is split among the projects in proportion to
    their exact cost of that meter, by the largest-remainder method: every project gets the
    whole cents of its share, and the cents left over go to the largest fractional parts
    (ties to the project first by id). A project's `total_cost_cents` is the sum of its
    shares, so the projects add up to the owner's `total_cost_cents` exactly.

    Projects come by id, paginated with `limit` (default and maximum 1000) and `cursor`;
    the next page is in the `Link` header. Shares are apportioned over all the owner's
    projects before the page is cut, so pages add up exactly too. The default keeps the
    whole answer in one page for any owner with up to 1000 projects (about 300 KB).

    Args:
        user_id (str | Unset):
        organization_id (str | Unset):
        year (int | Unset):
        month (int | Unset):
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ProjectUsageSummary]]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        organization_id=organization_id,
        year=year,
        month=month,
        limit=limit,
        cursor=cursor,
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
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Problem | list[ProjectUsageSummary] | None:
    """Get usage breakdown by project.

     One entry per project of the owner; the entries add up to `getUsage`. Each rounded line
    item of `getUsage` (see its price table) is split among the projects in proportion to
    their exact cost of that meter, by the largest-remainder method: every project gets the
    whole cents of its share, and the cents left over go to the largest fractional parts
    (ties to the project first by id). A project's `total_cost_cents` is the sum of its
    shares, so the projects add up to the owner's `total_cost_cents` exactly.

    Projects come by id, paginated with `limit` (default and maximum 1000) and `cursor`;
    the next page is in the `Link` header. Shares are apportioned over all the owner's
    projects before the page is cut, so pages add up exactly too. The default keeps the
    whole answer in one page for any owner with up to 1000 projects (about 300 KB).

    Args:
        user_id (str | Unset):
        organization_id (str | Unset):
        year (int | Unset):
        month (int | Unset):
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ProjectUsageSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            organization_id=organization_id,
            year=year,
            month=month,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
