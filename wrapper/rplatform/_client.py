"""`Client`: configuration, the one HTTP connection pool, and the way every call goes out.

Every API method ends in `Client._request(call)`: the generated layer has described the request,
`RequestBuilder` (`_request.py`) turns it into an `httpx.Request` with this client's URL,
headers, credentials and timeout, and `send` (`_send.py`) sends it under the call's
`RetryPolicy` (`_retry.py`). The resources (`client.billing`, ...) are imported on first use,
so that `import rplatform` stays cheap.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

import httpx

from . import _validation as check
from ._constants import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from ._exceptions import APIConnectionError, APIError, caused
from ._keys import refused
from ._logging import setup_logging
from ._redact import Redactor
from ._request import RequestBuilder, call_options
from ._response import RawResponse
from ._retry import RetryPolicy
from ._send import send
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .resources._base import Call, Parsed, Raw
    from .resources.billing import Billing
    from .resources.notifications import Notifications
    from .resources.settings import Settings

T = TypeVar("T")

# A closed client is a state, not an argument: like a refused connection, no request can go
# out, so it is the same error (openai-python raises APIConnectionError too).
CLOSED = (
    "this client is closed (close() was called, or its `with` block ended), or so is the "
    "http_client it was given: no request can be sent; create a new rplatform.Client"
)


class Client:
    """The rplatform API client.

    >>> r = rplatform.Client("sk_test_sandbox")          # or RPLATFORM_API_KEY
    >>> status = r.billing.get_status(organization_id="org_123")

    One `httpx.Client` (one keep-alive connection pool) serves every call; close it with
    `close()` or use the client as a context manager. Pass `http_client=` to use your own
    `httpx.Client` (its transport, proxies and limits); the base URL, authentication, headers
    and timeouts still come from this client, and closing this client leaves yours open.
    Retries follow `retry=` (a `RetryPolicy`); `max_retries=` changes only its number.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        key_name, url_name = "api_key", "base_url"
        if api_key is None:
            api_key, key_name = os.environ.get(API_KEY_ENV), API_KEY_ENV
        if api_key is None:
            raise ValueError(f"no API key: pass Client(api_key=...) or set {API_KEY_ENV}")
        self._api_key = check.api_key(key_name, api_key)
        # What a 401 adds: the key sent, masked, and where it came from.
        self._unauthorized = refused(self._api_key, key_name)
        if not base_url:
            base_url, url_name = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL, BASE_URL_ENV
        self.base_url = check.base_url(url_name, base_url)
        self.timeout = check.timeout(timeout)
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise TypeError(f"retry must be a RetryPolicy, not {type(retry).__name__}")
        self.retry = (retry if retry is not None else RetryPolicy()).with_max_retries(max_retries)
        headers = {} if default_headers is None else default_headers
        self.default_headers = httpx.Headers(check.headers("default_headers", headers))
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("http_client must be an httpx.Client")
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()
        self._builder = RequestBuilder(
            base_url=self.base_url,
            api_key=self._api_key,
            timeout=self.timeout,
            default_headers=self.default_headers,
        )
        setup_logging()

    @property
    def max_retries(self) -> int:
        """The number of retries of this client's `retry` policy."""
        return self.retry.max_retries

    # -- resources, imported on first use ---------------------------------------------------

    @functools.cached_property
    def billing(self) -> Billing[Parsed]:
        """Usage, billing periods, Stripe checkout and portal, metered AI usage."""
        from .resources._base import Parsed
        from .resources.billing import Billing

        return Billing(self, Parsed)

    @functools.cached_property
    def settings(self) -> Settings[Parsed]:
        """Preferences, sessions, password, email change, account deletion, login history."""
        from .resources._base import Parsed
        from .resources.settings import Settings

        return Settings(self, Parsed)

    @functools.cached_property
    def notifications(self) -> Notifications[Parsed]:
        """Push notification tokens."""
        from .resources._base import Parsed
        from .resources.notifications import Notifications

        return Notifications(self, Parsed)

    @functools.cached_property
    def with_raw_response(self) -> RawClient:
        """The same resources, whose methods return a `RawResponse` (status, headers, ...)."""
        return RawClient(self)

    # -- lifecycle --------------------------------------------------------------------------

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Client:
        """A copy of this client with some settings changed, sharing its connection pool.

        `default_headers` are added to this client's (a header of the same name, in any case,
        replaces it). The copy does not own the pool: closing it does nothing; close the original.
        """
        headers = self.default_headers.copy()
        if default_headers is not None:
            headers.update(check.headers("default_headers", default_headers))
        copy = Client(
            api_key if api_key is not None else self._api_key,
            base_url=base_url if base_url is not None else self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=max_retries,
            retry=retry if retry is not None else self.retry,
            http_client=self._http,
            default_headers=headers,
        )
        if api_key is None:  # the same key, from the same place
            copy._unauthorized = self._unauthorized
        return copy

    def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http:
            self._http.close()

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        # Never the API key.
        return f"<rplatform.Client base_url={self.base_url!r} max_retries={self.max_retries}>"

    # -- every call -------------------------------------------------------------------------

    def _request(self, call: Call[T]) -> RawResponse[T]:
        """Send one API call, with retries; its success response, parsed on demand.

        The error boundary: the method has checked its arguments (`ValueError`, `TypeError`);
        from here on every failure is an `APIError`: `APIStatusError` subclasses for error
        statuses, `APIConnectionError` / `APITimeoutError` when no response came (a closed
        client included), `APIResponseValidationError` when `.parse()` meets a body that is
        not what the API documents.
        """
        options = call_options(call.options)
        if self._http.is_closed:
            raise APIConnectionError(CLOSED)
        try:
            request = self._builder.build(self._http, call.request, options)
        except Exception as exc:  # the checks let through what httpx cannot send: a bug of ours
            secrets = Redactor.of(self._api_key)
            reason = secrets.text(f"{type(exc).__name__}: {exc}")
            error = APIError(f"the request could not be built: {reason}")
            raise caused(error, exc, secrets)  # noqa: B904
        response, retries = send(
            self._http, request, options.policy(self.retry), unauthorized=self._unauthorized
        )
        return RawResponse(response, call.parse, retries)


class RawClient:
    """`client.with_raw_response`: the client's resources, in raw mode.

    Every method called through it returns a `RawResponse[T]` instead of its `T`; the methods
    are the resources' own, in raw mode (`resources/_endpoint.py`), with the same signatures.
    """

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
