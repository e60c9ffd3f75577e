"""The exceptions rplatform raises. Every failure of a call is one of these:

* APIError - the base class; catch it to handle every failure of a call.
  * APIConnectionError - no response arrived: DNS, refused or dropped connection.
    * APITimeoutError - the connect, read, write or pool timeout expired.
  * APIStatusError - the server answered with a non-2xx status.
    * BadRequestError - 400
    * AuthenticationError - 401
    * PermissionDeniedError - 403
    * NotFoundError - 404
    * ConflictError - 409
    * UnprocessableEntityError - 422
    * RateLimitError - 429
    * InternalServerError - 5xx, including non-standard ones such as 520 and 599
  * APIResponseValidationError - a 2xx response whose body is not what the API documents.

Client-side validation of arguments raises the built-in `ValueError` or `TypeError` before
anything is sent; those are programming errors, not API errors.

Messages read like `404 Not Found: Project proj_9 does not exist (request_id=req_123)` and
never contain the API key or a secret field of the request, even when the server echoes it.

An `APIStatusError` also says which kind of error it is, to branch on without parsing English:
`type` (the problem type URI), `code` (its last segment for the API's own types, such as
`"wrong-password"` or `"validation-failed"`) and `errors` (the `FieldError`s of a validation
failure).
"""

from __future__ import annotations

import http
from dataclasses import dataclass
from typing import Any

import httpx

from ._constants import MAX_BODY_IN_MESSAGE, PROBLEM_TYPE_BASE
from ._logging import scrub, secret_values


class APIError(Exception):
    """Base class of every error of an API call."""

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No response arrived (after the retries): the connection failed or was dropped."""


class APITimeoutError(APIConnectionError):
    """A timeout expired before the response arrived (after the retries)."""


class _ResponseError(APIError):
    """An error about a response that did arrive; carries everything known about it."""

    response: httpx.Response
    status_code: int
    request_id: str | None
    body: Any
    problem: dict[str, Any] | None

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, request=_request_of(response))
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")
        self.body = body
        self.problem = _problem(body)


@dataclass(frozen=True, slots=True)
class FieldError:
    """One field of the request that broke a rule, from a validation failure's `errors`.

    `field` is the body field's JSON path (`return_url`, `events[0].quantity`) or the
    parameter's name (`month`); `code` the rule (`required`, `maxLength`, `pattern`, `format`,
    `enum`, `unchanged`, ...); `message` says what is wrong.
    """

    field: str
    code: str
    message: str


class APIStatusError(_ResponseError):
    """The server answered with a non-2xx status.

    `problem` holds the RFC 9457 problem details (type, title, status, detail and any extras)
    when the body is one, else None; `body` is the decoded JSON body, or the text.

    `type` is the problem's type URI (None without one); `code` the kind of error for the
    API's own types (`https://docs.rplatform.dev/problems/<code>`, kinds newer than this SDK
    included), else None; `errors` the field errors (empty unless validation failed):

        except rplatform.PermissionDeniedError as error:
            if error.code == "wrong-password":
                ...
    """

    type: str | None
    code: str | None
    errors: tuple[FieldError, ...]

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, response=response, body=body)
        problem = self.problem or {}
        kind = problem.get("type")
        self.type = kind if isinstance(kind, str) and kind else None
        self.code = _code(self.type)
        self.errors = _field_errors(problem.get("errors"), response)


class BadRequestError(APIStatusError):
    """400: the request was malformed or failed the server's validation."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the API key may not do this."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist or is not visible to this key."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state (or a concurrent request)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically before this is raised."""


class InternalServerError(APIStatusError):
    """5xx: the server failed; retried automatically before this is raised."""


class APIResponseValidationError(_ResponseError):
    """A 2xx response whose body does not match what the API documents."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed exception for a non-2xx response, built from its problem details if any."""
    cls = _STATUS_ERRORS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    body = _decode(response)
    problem = _problem(body)
    if problem is not None:
        detail = problem.get("detail") or problem.get("title") or ""
    else:
        detail = _shorten(response.text)
    return cls(_message(response, str(detail)), response=response, body=body)


def validation_error(response: httpx.Response, reason: Exception) -> APIResponseValidationError:
    """The exception for a 2xx response whose body could not be parsed into the model."""
    from rplatform_api.types import ParseError  # loaded by then: the parsers come from it

    # A ParseError says where and what (`[3].is_current: expected boolean, got 'no'`).
    cause = reason if isinstance(reason, ParseError) else f"{type(reason).__name__}: {reason}"
    detail = f"response body does not match the API: {cause}"
    return APIResponseValidationError(
        _message(response, detail), response=response, body=_decode(response)
    )


def _message(response: httpx.Response, detail: str) -> str:
    code = response.status_code
    try:
        head = f"{code} {http.HTTPStatus(code).phrase}"
    except ValueError:  # 520, 599 and friends have no standard phrase
        head = str(code)
    text = f"{head}: {detail}" if detail else head
    request_id = response.headers.get("x-request-id")
    if request_id:
        text += f" (request_id={request_id})"
    # The server may echo our input back; never let a credential or password through.
    request = _request_of(response)
    if request is not None:
        text = scrub(text, secret_values(request.headers, _content(request)))
    return text


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built by hand, e.g. in a test
        return None


def _content(request: httpx.Request) -> bytes:
    try:
        return request.content
    except httpx.RequestNotRead:  # a streamed upload; we never send one
        return b""


def _decode(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text


def _code(kind: str | None) -> str | None:
    """`wrong-password` for `https://docs.rplatform.dev/problems/wrong-password`, else None."""
    if kind is None or not kind.startswith(PROBLEM_TYPE_BASE):
        return None
    code = kind.removeprefix(PROBLEM_TYPE_BASE)
    return code if code and "/" not in code else None


def _field_errors(errors: Any, response: httpx.Response) -> tuple[FieldError, ...]:
    """The well-formed entries of a problem's `errors`, secrets the server echoed scrubbed."""
    if not isinstance(errors, list):
        return ()
    request = _request_of(response)
    secrets = secret_values(request.headers, _content(request)) if request is not None else []
    found = []
    for entry in errors:
        if isinstance(entry, dict):
            field, code, text = (entry.get(k) for k in ("field", "code", "message"))
            if isinstance(field, str) and isinstance(code, str) and isinstance(text, str):
                found.append(FieldError(field, code, scrub(text, secrets)))
    return tuple(found)


def _problem(body: Any) -> dict[str, Any] | None:
    # RFC 9457: an object with at least one of its standard members.
    if isinstance(body, dict) and {"type", "title", "status", "detail"} & body.keys():
        return body
    return None


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_BODY_IN_MESSAGE:
        text = text[:MAX_BODY_IN_MESSAGE] + "..."
    return text
