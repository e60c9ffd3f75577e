import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.project_usage_item import ProjectUsageItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/billing/projects/{project_id}/usage".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[ProjectUsageItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProjectUsageItem.from_dict(response_200_item_data)

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | list[ProjectUsageItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Response[Problem | list[ProjectUsageItem]]:
    """Get usage for a specific project.

     Usage of one project between two dates (inclusive, UTC). Without `from` and `to`, the
    current month; with `from` alone, through the end of its month; with `to` alone, from the
    start of its month. `cost_cents` is the exact cost of the range at the prices of
    `getUsage`, not rounded.

    Args:
        project_id (str):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ProjectUsageItem]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Problem | list[ProjectUsageItem] | None:
    """Get usage for a specific project.

     Usage of one project between two dates (inclusive, UTC). Without `from` and `to`, the
    current month; with `from` alone, through the end of its month; with `to` alone, from the
    start of its month. `cost_cents` is the exact cost of the range at the prices of
    `getUsage`, not rounded.

    Args:
        project_id (str):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ProjectUsageItem]
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Response[Problem | list[ProjectUsageItem]]:
    """Get usage for a specific project.

     Usage of one project between two dates (inclusive, UTC). Without `from` and `to`, the
    current month; with `from` alone, through the end of its month; with `to` alone, from the
    start of its month. `cost_cents` is the exact cost of the range at the prices of
    `getUsage`, not rounded.

    Args:
        project_id (str):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ProjectUsageItem]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Problem | list[ProjectUsageItem] | None:
    """Get usage for a specific project.

     Usage of one project between two dates (inclusive, UTC). Without `from` and `to`, the
    current month; with `from` alone, through the end of its month; with `to` alone, from the
    start of its month. `cost_cents` is the exact cost of the range at the prices of
    `getUsage`, not rounded.

    Args:
        project_id (str):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ProjectUsageItem]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            from_=from_,
            to=to,
        )
    ).parsed
