"""Raw access to responses: `client.with_raw_response.billing.get_status(...)`.

Every method called through `with_raw_response` returns a `RawResponse[T]` instead of its `T`
(`RawResponse[None]` for the operations without content): status, headers, request id and
retries at hand, and `.parse()` for the result when you want it. Error statuses still raise,
exactly as in a normal call. The methods themselves are the resources' own, in raw mode
(`resources/_endpoint.py`), so they have the same signatures.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

from ._exceptions import validation_error

if TYPE_CHECKING:
    from ._client import Client
    from .resources._base import Raw
    from .resources.billing import Billing
    from .resources.notifications import Notifications
    from .resources.settings import Settings

T = TypeVar("T")

# What a generated model's from_dict raises on a body of the wrong shape.
PARSE_ERRORS = (KeyError, ValueError, TypeError, AttributeError, IndexError)


class RawResponse(Generic[T]):
    """One successful HTTP response and the way to parse it into the documented model."""

    def __init__(
        self,
        http_response: httpx.Response,
        parse: Callable[[httpx.Response], T],
        retries_taken: int,
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's `X-Request-Id`: quote it when you report a problem."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    def parse(self) -> T:
        """The documented model; `APIResponseValidationError` if the body is not one."""
        try:
            return self._parse(self.http_response)
        except PARSE_ERRORS as exc:  # JSONDecodeError is a ValueError
            raise validation_error(self.http_response, exc) from exc

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] request_id={self.request_id}>"


class RawClient:
    """`client.with_raw_response`: the client's resources, in raw mode."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def billing(self) -> Billing[Raw]:
        return self._client.billing.with_raw_response

    @property
    def settings(self) -> Settings[Raw]:
        return self._client.settings.with_raw_response

    @property
    def notifications(self) -> Notifications[Raw]:
        return self._client.notifications.with_raw_response

    def __repr__(self) -> str:
        return f"<RawClient of {self._client!r}>"
