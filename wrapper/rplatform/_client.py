"""`Client`: configuration, the one HTTP connection pool, and the request loop.

Every API method ends in `Client._request`: the generated layer describes the request
(method, URL, query, JSON body), this module sends it with authentication, timeouts, retries,
backoff and the Idempotency-Key, and turns every outcome into a `RawResponse` or a typed
exception. The resources (`client.billing`, ...) are imported on first use, so that
`import rplatform` stays cheap.
"""

from __future__ import annotations

import functools
import logging
import os
import random
import time
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _validation as check
from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
)
from ._exceptions import APIConnectionError, APITimeoutError, status_error
from ._logging import logger, redact_body, redact_headers, setup_logging
from ._raw import RawClient, RawResponse
from ._retry import retry_delay, should_retry_error, should_retry_status
from ._types import NOT_GIVEN, NotGiven, Timeout
from ._version import __version__

if TYPE_CHECKING:
    from .resources.billing import Billing
    from .resources.notifications import Notifications
    from .resources.settings import Settings

T = TypeVar("T")

USER_AGENT = f"rplatform-python/{__version__}"


class Client:
    """The rplatform API client.

    >>> r = rplatform.Client("sk_test_sandbox")          # or RPLATFORM_API_KEY
    >>> status = r.billing.get_status(organization_id="org_123")

    One `httpx.Client` (one keep-alive connection pool) serves every call; close it with
    `close()` or use the client as a context manager. Pass `http_client=` to use your own
    `httpx.Client` (its transport, proxies and limits); the base URL, authentication, headers
    and timeouts still come from this client, and closing this client leaves yours open.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get(API_KEY_ENV)
        if api_key is None:
            raise ValueError(f"no API key: pass Client(api_key=...) or set {API_KEY_ENV}")
        self._api_key = check.text("api_key", api_key)
        base_url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        url = httpx.URL(check.text("base_url", base_url))
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(f"base_url must be an http(s) URL, got {base_url!r}")
        self.base_url = str(url).rstrip("/")
        check.timeout(timeout)
        self.timeout = timeout
        self.max_retries = check.integer("max_retries", max_retries, minimum=0)
        if default_headers is not None:
            check.headers("default_headers", default_headers)
        self.default_headers = dict(default_headers or {})
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("http_client must be an httpx.Client")
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(timeout=timeout)
        # Injectable for tests and cassette replays, which must never really wait.
        self._sleep: Callable[[float], None] = time.sleep
        self._random: Callable[[], float] = random.random
        setup_logging()

    # -- resources, imported on first use ---------------------------------------------------

    @functools.cached_property
    def billing(self) -> Billing:
        """Usage, billing periods, Stripe checkout and portal, metered AI usage."""
        from .resources.billing import Billing

        return Billing(self)

    @functools.cached_property
    def settings(self) -> Settings:
        """Preferences, sessions, password, email change, account deletion, login history."""
        from .resources.settings import Settings

        return Settings(self)

    @functools.cached_property
    def notifications(self) -> Notifications:
        """Push notification tokens."""
        from .resources.notifications import Notifications

        return Notifications(self)

    @property
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
        default_headers: Mapping[str, str] | None = None,
    ) -> Client:
        """A copy of this client with some settings changed, sharing its connection pool.

        The copy does not own the pool: closing it does nothing; close the original.
        """
        copy = Client(
            api_key if api_key is not None else self._api_key,
            base_url=base_url if base_url is not None else self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=max_retries if max_retries is not None else self.max_retries,
            http_client=self._http,
            default_headers={**self.default_headers, **(default_headers or {})},
        )
        copy._sleep, copy._random = self._sleep, self._random
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

    # -- the request loop -------------------------------------------------------------------

    def _request(
        self,
        description: Mapping[str, Any],
        options: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
    ) -> RawResponse[T]:
        """Send one API call described by a generated `_get_kwargs(...)`, with retries.

        Returns the successful response (parsed on demand); raises `APIStatusError` subclasses
        for error statuses and `APIConnectionError` / `APITimeoutError` when no response came.
        """
        method = str(description["method"]).upper()
        check.options(options, post=method == "POST")
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            "Authorization": f"Bearer {self._api_key}",
            **self.default_headers,
            **description.get("headers", {}),
        }
        # Every POST carries a key generated once per call, so its retries cannot act twice.
        idempotent = True
        if method == "POST":
            key = options.get("idempotency_key", str(uuid.uuid4()))
            if key is None:
                idempotent = False
            else:
                headers["Idempotency-Key"] = key
        headers.update(options.get("extra_headers", {}))
        request = self._http.build_request(
            method,
            self.base_url + description["url"],
            params=description.get("params"),
            json=description.get("json"),
            headers=headers,
            timeout=options.get("timeout", self.timeout),
        )
        max_retries = options.get("max_retries", self.max_retries)
        response, retries = self._send(request, max_retries, idempotent)
        return RawResponse(response, parse, retries)

    def _send(
        self, request: httpx.Request, max_retries: int, idempotent: bool
    ) -> tuple[httpx.Response, int]:
        """The retry loop: the final 2xx response and the number of retries it took."""
        retries = 0
        while True:
            _log_request(request)
            try:
                # auth=None: a caller's http_client must not replace our Authorization header.
                response = self._http.send(request, auth=None)
            except httpx.RequestError as exc:  # transport failures, and undecodable bodies
                if retries < max_retries and should_retry_error(exc, idempotent=idempotent):
                    self._wait(request, retries, None, f"{type(exc).__name__}: {exc}")
                    retries += 1
                    continue
                error = (
                    APITimeoutError
                    if isinstance(exc, httpx.TimeoutException)
                    else APIConnectionError
                )
                raise error(f"{type(exc).__name__}: {exc}", request=request) from exc
            _log_response(response)
            if response.is_success:
                return response, retries
            if retries < max_retries and should_retry_status(
                response.status_code, idempotent=idempotent
            ):
                self._wait(request, retries, response.headers, f"status {response.status_code}")
                retries += 1
                continue
            raise status_error(response)

    def _wait(
        self,
        request: httpx.Request,
        retries: int,
        headers: Mapping[str, str] | None,
        reason: str,
    ) -> None:
        delay = retry_delay(retries, headers, self._random)
        logger.info(
            "retrying %s %s in %.2f s (retry %d) after %s",
            request.method,
            request.url,
            delay,
            retries + 1,
            reason,
        )
        self._sleep(delay)


def _log_request(request: httpx.Request) -> None:
    if not logger.isEnabledFor(logging.DEBUG):  # skip the redaction work
        return
    logger.debug(
        "request %s %s headers=%s body=%s",
        request.method,
        request.url,
        redact_headers(request.headers.items()),
        redact_body(request.content),
    )


def _log_response(response: httpx.Response) -> None:
    request = response.request
    logger.info(
        "HTTP %s %s -> %d (request_id=%s)",
        request.method,
        request.url,
        response.status_code,
        response.headers.get("x-request-id"),
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "response headers=%s body=%s",
            redact_headers(response.headers.items()),
            redact_body(response.content),
        )
