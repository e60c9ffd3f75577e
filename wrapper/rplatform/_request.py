"""Building one API call's `httpx.Request`: URL, headers, authentication, Idempotency-Key, timeout.

The generated layer describes the request (`rplatform_api.api.RequestDescription`: method,
path, query, JSON body, the operation's own headers: its Content-Type); `RequestBuilder` adds
what the client configures, and the per-call options (`CallOptions`) override it for one call.
Headers merge case-insensitively, later wins: the client's own (User-Agent, Accept,
Authorization), then `default_headers`, the operation's, the Idempotency-Key of a POST (set
here only: the generated `request(...)` takes no header parameter), and `extra_headers`.
The JSON body is encoded here (`_json.py`: a Decimal keeps its digits). Nothing here does
I/O, so an async client could build its requests the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final, NamedTuple

import httpx

from . import _validation as check
from ._constants import IDEMPOTENCY_HEADER
from ._json import dumps
from ._retry import RetryPolicy
from ._types import NOT_GIVEN, NotGiven, Timeout
from ._version import __version__

if TYPE_CHECKING:
    from rplatform_api.api import RequestDescription

USER_AGENT = f"rplatform-python/{__version__}"


class CallOptions(NamedTuple):
    """The per-call options of one method call, checked (`RequestOptions` / `PostOptions`)."""

    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | None = None
    retry: RetryPolicy | None = None
    extra_headers: Mapping[str, str] | None = None
    idempotency_key: str | NotGiven | None = NOT_GIVEN

    def policy(self, default: RetryPolicy) -> RetryPolicy:
        """The retry policy of this call: `retry=`, else the client's, with `max_retries=`."""
        policy = default if self.retry is None else self.retry
        return policy.with_max_retries(self.max_retries)


NO_OPTIONS: Final = CallOptions()


def call_options(given: Mapping[str, object]) -> CallOptions:
    """Check the per-call keyword options of one call (a TypeError or ValueError names them).

    Their names are known to be the method's: `resources/_endpoint.py` refuses any other
    keyword first, naming the method and the closest of its arguments.
    """
    if not given:
        return NO_OPTIONS
    options = NO_OPTIONS
    if "timeout" in given:
        options = options._replace(timeout=check.timeout(given["timeout"]))
    if "max_retries" in given:
        retries = check.integer("max_retries", given["max_retries"])  # >= 0: the policy's check
        options = options._replace(max_retries=retries)
    if "retry" in given:
        retry = given["retry"]
        if not isinstance(retry, RetryPolicy):
            raise TypeError(f"retry must be a RetryPolicy, not {type(retry).__name__}")
        options = options._replace(retry=retry)
    if "extra_headers" in given:
        options = options._replace(
            extra_headers=check.headers("extra_headers", given["extra_headers"])
        )
    if "idempotency_key" in given:
        key = check.optional(check.text, "idempotency_key", given["idempotency_key"])
        if key is not None:
            check.header_value("idempotency_key", key)
        options = options._replace(idempotency_key=key)
    return options


class RequestBuilder:
    """The client's share of every request: base URL, headers, credentials, timeout."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        timeout: Timeout,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self.base_url = base_url
        # Marked: a header's name is the same in any letter case (RFC 9110, 5.1); the values are
        # pinned by tests/unit/test_client.py.
        self.headers = httpx.Headers(
            {
                "User-Agent": USER_AGENT,  # pragma: no mutate (above)
                "Accept": "application/json",  # pragma: no mutate (above)
                "Authorization": f"Bearer {api_key}",  # pragma: no mutate (above)
            }
        )
        if default_headers:
            self.headers.update(default_headers)  # replaces case-insensitively
        # httpx rebuilds an httpx.Timeout for every request unless given its dict form.
        self._timeout = _timeout_dict(timeout)

    def build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        description: RequestDescription,
        options: CallOptions = NO_OPTIONS,
    ) -> httpx.Request:
        """The request to send for `description`; `http` adds its own headers and cookies."""
        headers = self.headers
        post = description.method == "POST"
        if post or description.headers or options.extra_headers:
            headers = headers.copy()
            headers.update(description.headers)
            if post:
                _set_idempotency_key(headers, options.idempotency_key)
            if options.extra_headers:
                headers.update(options.extra_headers)
        content = None if description.json is None else dumps(description.json)
        timeout = (
            self._timeout
            if isinstance(options.timeout, NotGiven)
            else _timeout_dict(options.timeout)
        )
        return http.build_request(
            description.method,
            self.base_url + description.path,
            params=description.query or None,
            content=content,
            headers=headers,
            extensions={"timeout": timeout},
        )


def _set_idempotency_key(headers: httpx.Headers, key: str | NotGiven | None) -> None:
    """Every POST carries a key, generated once per call, so its retries cannot act twice."""
    if isinstance(key, NotGiven):
        headers[IDEMPOTENCY_HEADER] = new_idempotency_key()
    elif key is None:
        headers.pop(IDEMPOTENCY_HEADER, None)  # "send none", even if default_headers has one
    else:
        headers[IDEMPOTENCY_HEADER] = key


def new_idempotency_key() -> str:
    """A fresh uuid4, as stripe-python sends."""
    import uuid  # here, not at import time: uuid (and platform) are only needed by POSTs

    return str(uuid.uuid4())


def _timeout_dict(timeout: Timeout) -> dict[str, float | None]:
    return httpx.Timeout(timeout).as_dict()
