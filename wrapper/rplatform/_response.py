"""`RawResponse`: one successful HTTP response of a call, and the way to parse it.

Every call ends in one (`Client._request`); a method returns its `.parse()`, or, called through
`client.with_raw_response`, the `RawResponse[T]` itself (`RawResponse[None]` for the operations
without content): status, headers, request id and retries at hand, and `.parse()` for the
result when you want it. Error statuses still raise, exactly as in a normal call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

from ._exceptions import validation_error
from ._redact import answer_secrets

T = TypeVar("T")


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
        """The documented model; `APIResponseValidationError` if the body is not one.

        The result carries the response's request id: `rplatform.request_id(result)`.
        """
        try:
            result = self._parse(self.http_response)
        except Exception as exc:  # a ParseError, JSONDecodeError, RecursionError (deep JSON)...
            error = validation_error(self.http_response, exc)  # its cause: exc, if safe
            error.retries_taken = self.retries_taken
            raise error  # noqa: B904
        # A model's slot, a list's attribute; a result without either (None) has no request id.
        # The headers, not the id: `request_id()` looks it up when asked, not every call; and
        # try, as contextlib.suppress would make a context manager every call.
        try:  # noqa: SIM105
            result._response_headers = self.http_response.headers  # type: ignore[attr-defined]
        except AttributeError:
            pass
        return result

    def __repr__(self) -> str:
        # The request id is the server's text: an echo of anything could be in it.
        request_id = self.request_id
        if request_id is not None:
            request_id = answer_secrets(self.http_response).text(request_id)
        return f"<RawResponse [{self.status_code}] request_id={request_id}>"


def request_id(result: object) -> str | None:
    """The `X-Request-Id` of the response a result came from: quote it when you report a
    problem with what a call returned.

    >>> usage = r.billing.get_usage(organization_id="org_123")
    >>> rplatform.request_id(usage)
    'req_...'

    Works for every result a method returns: a model, a list, a `ListResult` (the request id
    of the call's own answer, its first page); None for anything else (a model you built
    yourself, a method's None). Not a field of the model: never in `to_dict()`, `==` or the
    repr.
    """
    headers = getattr(result, "_response_headers", None)
    if not isinstance(headers, httpx.Headers):
        return None
    found: str | None = headers.get("x-request-id")  # pragma: no mutate (case-blind)
    return found
