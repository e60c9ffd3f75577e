"""The exceptions rplatform raises. Every failure of a call is one of these:

* APIError - the base class; catch it to handle every failure of a call.
  * APIConnectionError - no response arrived: DNS, refused or dropped connection, closed client.
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
never contain the API key, a password, a token or an email address, even when the server
echoes them (`_redact.py`).

An `APIStatusError` also says which kind of error it is, to branch on without parsing English:
`type` (the problem type URI), `code` (its last segment for the API's own types, such as
`"wrong-password"` or `"validation-failed"`) and `errors` (the `FieldError`s of a validation
failure).
"""

from __future__ import annotations

import http
from itertools import islice
from typing import Any, NamedTuple, TypeVar

import httpx

from ._body import NotJSON, decode
from ._constants import (
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    IDEMPOTENCY_HEADER,
    MAX_BODY_IN_MESSAGE,
    MAX_DETAIL_IN_MESSAGE,
    MAX_REQUEST_ID_IN_MESSAGE,
    PROBLEM_TYPE_BASE,
)
from ._redact import REDACTED, Redactor, secrets_of

E = TypeVar("E", bound="APIError")


class APIError(Exception):
    """Base class of every error of an API call.

    `retries_taken` is how many times the call was retried before it failed (0: one attempt).
    """

    message: str
    request: httpx.Request | None
    retries_taken: int = 0

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
        self.request_id = response.headers.get("x-request-id")  # pragma: no mutate (case-blind)
        self.body = body
        self.problem = _problem(body)


class FieldError(NamedTuple):
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
    `retry_after` is the wait the server asked for (`Retry-After`, `retry-after-ms`) in
    seconds, or None.

    `type` is the problem's type URI (None without one); `code` the kind of error for the
    API's own types (`https://docs.rplatform.dev/problems/<code>`, kinds newer than this SDK
    included), else None; `errors` the field errors (empty unless validation failed):

        except rplatform.PermissionDeniedError as error:
            if error.code == "wrong-password":
                ...
    """

    retry_after: float | None = None
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


def error_class(status: int) -> type[APIStatusError]:
    """The exception an error status raises: its own class (400, 401, 403, 404, 409, 422, 429),
    `InternalServerError` for any 5xx, else `APIStatusError` (help() names them the same way)."""
    cls = _STATUS_ERRORS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls


def status_error(
    response: httpx.Response,
    *,
    retry_after: float | None = None,
    max_retry_after: float | None = None,
    note: str = "",
) -> APIStatusError:
    """The typed exception for a non-2xx response, built from its problem details if any.

    `retry_after` is the wait the server asked for; beyond `max_retry_after`, the message says
    that this is why the call was not retried. `note` (the attempts made) ends the detail.
    The detail is at most `MAX_DETAIL_IN_MESSAGE` characters of the problem's (or
    `MAX_BODY_IN_MESSAGE` of a body that is not one), saying how many were cut.
    """
    cls = error_class(response.status_code)
    secrets = secrets_of(_request_of(response), response)
    body = _decode(response)
    problem = _problem(body)
    if problem is not None:
        text = problem.get("detail") or problem.get("title") or ""
        text = text if isinstance(text, str) else _quote(text)
        detail = _capped(text, MAX_DETAIL_IN_MESSAGE, secrets)
    else:  # one line, scrubbed before it is cut, so that no part of a secret is left at the cut
        detail = _capped(response.text, MAX_BODY_IN_MESSAGE, secrets, one_line=True)
    kind = problem.get("type") if problem is not None else None
    step = _NEXT_STEPS.get(_code(kind if isinstance(kind, str) else None))
    if step is not None and step.partition(" ")[0] not in detail:  # unless the server said it
        note = f"{step}; {note}" if note else step
    if retry_after is not None and max_retry_after is not None and retry_after > max_retry_after:
        wait = (
            f"the server asked to retry in {retry_after:g} s, longer than the retry policy's "
            f"max_retry_after ({max_retry_after:g} s): not retried"
        )
        note = f"{wait}; {note}" if note else wait
    error = cls(_message(response, _joined(detail, note), secrets), response=response, body=body)
    error.retry_after = retry_after
    return error


# What to do instead, for the kinds of problem whose way out is another method of the SDK.
_NEXT_STEPS: dict[str | None, str] = {
    "current-session": "r.settings.revoke_all_sessions() revokes every session but the calling "
    "one, which stays (revoking it would lock this API key out)",
}


def _joined(detail: str, note: str) -> str:
    """The detail, then the note, as one sentence: `Rate limited; the server asked ...`."""
    if not note:
        return detail
    return f"{detail.rstrip('. ')}; {note}" if detail.strip() else note


def validation_error(response: httpx.Response, reason: Exception) -> APIResponseValidationError:
    """The exception for a 2xx response whose body could not be parsed into the model."""
    from rplatform_api.types import ParseError  # loaded by then: the parsers come from it

    secrets = secrets_of(_request_of(response), response)
    body = _decode(response)
    # A ParseError says where and what: `[3].is_current: expected boolean, got 'no'`.
    if isinstance(reason, ParseError):
        # Scrubbed in place too: it stays the cause, whose text a traceback prints.
        reason.problem = _problem_text(reason, body, secrets)
        reason.args = (reason.problem,)
        cause = str(reason)
    elif isinstance(reason, NotJSON):
        cause = str(reason)
    elif isinstance(reason, RecursionError):
        cause = "JSON nested deeper than Python decodes"
    else:
        cause = f"{type(reason).__name__}: {reason}"
    detail = f"response body does not match the API: {cause}"
    detail = _capped(detail, MAX_DETAIL_IN_MESSAGE, secrets)
    error = APIResponseValidationError(
        _message(response, detail, secrets), response=response, body=body
    )
    return caused(error, reason, secrets)


# A request that failed with one of these never reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def connection_error(exc: Exception, request: httpx.Request, note: str) -> APIConnectionError:
    """The exception for a request that got no response: the cause, the URL, the attempts
    (`note`), what to do."""
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    url = request.url
    origin = f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port else "")
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    message = f"{text} ({request.method} {origin}{url.path})"
    if note:
        message += f"; {note}"
    key = request.headers.get(IDEMPOTENCY_HEADER)
    if key is not None and not isinstance(exc, _NOT_SENT):
        message += (
            f"; the server may have applied it before the answer was lost: call again with "
            f"idempotency_key={key!r} to apply it at most once"
        )
    if isinstance(exc, httpx.ConnectError) and origin == DEFAULT_BASE_URL:
        message += (
            f". Nothing answers at {DEFAULT_BASE_URL}, the default base URL: start the local "
            f"sandbox with `python -m rplatform_sandbox`, or set {BASE_URL_ENV} (or "
            "base_url=) to your server's URL"
        )
    secrets = secrets_of(request)
    return caused(cls(secrets.text(message), request=request), exc, secrets)


def caused(error: E, cause: BaseException, secrets: Redactor) -> E:
    """`error`, with `cause` as its `__cause__` when the cause's text shows no secret, else
    with none (and no context either): a traceback prints each cause's text as it is, which
    only `error`'s own message has been scrubbed of. Raise the result without `from`."""
    text = str(cause)
    error.__cause__ = cause if secrets.text(text) == text else None
    error.__suppress_context__ = True
    return error


# Python 3.13 renamed these two after RFC 9110 ("Content Too Large", "Unprocessable Content"):
# a message reads the same on every supported Python, and matches UnprocessableEntityError.
_PHRASES = {413: "Request Entity Too Large", 422: "Unprocessable Entity"}


def _message(response: httpx.Response, detail: str, secrets: Redactor) -> str:
    code = response.status_code
    try:
        head = f"{code} {_PHRASES.get(code) or http.HTTPStatus(code).phrase}"
    except ValueError:  # 520, 599 and friends have no standard phrase
        head = str(code)
    text = f"{head}: {detail}" if detail else head
    request_id = response.headers.get("x-request-id")  # pragma: no mutate (case-blind)
    if request_id:
        text += f" (request_id={_capped(request_id, MAX_REQUEST_ID_IN_MESSAGE, secrets)})"
    # The server may echo our input back; never let a credential or password through.
    return secrets.text(text)


# Longer than any e-mail address (254 characters, RFC 5321): what `_capped` scrubs beyond its
# cut, so that an address or a secret across the cut is scrubbed whole, not shown in part.
_MARGIN = 256


def _margin(secrets: Redactor) -> int:
    # default=1 would be a margin one character wider, scrubbed and dropped: the same text.
    return _MARGIN + max(map(len, secrets.secrets), default=0)  # pragma: no mutate (see above)


def _hidden(text: str, secrets: Redactor) -> str:
    """`text` scrubbed; a text equal to a secret the request carried is its echo."""
    return str(secrets.value(text))


def _capped(text: str, limit: int, secrets: Redactor, *, one_line: bool = False) -> str:
    """`text` scrubbed, and at most `limit` characters of it, saying how many were cut (`...
    (4,999,000 characters cut)`), in a time bounded by `limit` however long `text` is;
    `one_line`: each run of spaces and line breaks as one space.

    Only the first `limit` characters and a margin longer than any secret or e-mail address
    are scrubbed; the margin is dropped after, with whatever part of a secret it held.
    """
    margin = _margin(secrets)
    whole = len(text) <= limit + margin
    window = text[: limit + margin]  # all of a text short enough to be whole
    if one_line:
        window = " ".join(window.split())
    shown = _hidden(window, secrets)
    if not whole:  # the window's end may hold the start of a secret or an address
        shown = shown[:-margin]
    if whole and len(shown) <= limit:
        return shown
    cut = len(text) - min(limit, len(shown))  # of the server's characters, not shown
    return f"{shown[:limit]}... ({cut:,} characters cut)"


_NOT_FOUND = object()


def _problem_text(error: Any, body: Any, secrets: Redactor) -> str:
    """A ParseError's problem (its text after the path), with the bad value quoted from the
    body once its secrets are out.

    The generated message quotes the value cut to 40 characters: a secret cut in the middle
    would no longer be recognised, so the value is scrubbed first, then quoted. Only what the
    quote can show is copied and scrubbed (`_near`), however large or deep the value; then the
    members the spec marks secret are hidden whole (`Redactor.response_value`).
    """
    wanted, got, _ = error.problem.partition(", got ")
    if not got:  # "required field is missing": nothing quoted
        return str(error.problem)
    value = _at(body, error.parts)
    if value is _NOT_FOUND:
        shown = REDACTED
    else:
        near = _near(value, secrets, _QUOTED_LEVELS)
        shown = _quote(secrets.response_value(near, error.parts))
    return f"{wanted}, got {shown}"


def _quote(value: Any) -> str:
    """A value as the generated ParseError quotes it (one rule: `rplatform_api.types.quoted`),
    imported here, as `import rplatform` does not load the generated package."""
    from rplatform_api.types import quoted

    return quoted(value)


def _at(value: Any, parts: list[str | int]) -> Any:
    """The value at `parts` (keys and indexes) in a decoded JSON body, or _NOT_FOUND."""
    for part in parts:
        if isinstance(part, int) and isinstance(value, list):
            found = 0 <= part < len(value)
        else:
            found = isinstance(part, str) and isinstance(value, dict) and part in value
        if not found:
            return _NOT_FOUND
        value = value[part]
    return value


def _ends(text: str, keep: int, secrets: Redactor) -> str:
    """`text` scrubbed, or, when long, its first and last `keep` characters scrubbed and put
    together (a quote shows a long string's two ends), in a time bounded by `keep`."""
    margin = _margin(secrets)
    if len(text) <= 2 * (keep + margin):  # pragma: no mutate (`<`: the windows meet: same ends)
        return _hidden(text, secrets)
    # Each end is scrubbed with a margin beyond it, which is then dropped (`_capped`).
    head = secrets.text(text[: keep + margin])[:-margin]
    tail = secrets.text(text[-(keep + margin) :])[margin:]
    return head[:keep] + tail[-keep:]


# The quote shows two levels (`rplatform_api.types.quoted`) and at most 6 items of each: copied and
# scrubbed, one level more and a few items more than that is all a quote ever reads.
_QUOTED_LEVELS = 3
_QUOTED_ITEMS = 8
_QUOTED_TEXT = 100


def _near(value: Any, secrets: Redactor, levels: int) -> Any:
    """What of `value` a quote can show, as a copy: its strings scrubbed and cut, `levels`
    deep and `_QUOTED_ITEMS` wide (the rest left out)."""
    if isinstance(value, str):
        return _ends(value, _QUOTED_TEXT, secrets)
    if levels <= 0 or not isinstance(value, dict | list):
        return ... if isinstance(value, dict | list) else value
    if isinstance(value, list):
        return [_near(item, secrets, levels - 1) for item in value[:_QUOTED_ITEMS]]
    items = list(islice(value.items(), _QUOTED_ITEMS))
    return {_capped(str(k), _QUOTED_TEXT, secrets): _near(v, secrets, levels - 1) for k, v in items}


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built by hand, e.g. in a test
        return None


def _decode(response: httpx.Response) -> Any:
    try:
        return decode(response.content)
    except (ValueError, RecursionError):  # not JSON, or nested too deep to decode
        return response.text


def _code(kind: str | None) -> str | None:
    """`wrong-password` for `https://docs.rplatform.dev/problems/wrong-password`, else None."""
    if kind is None or not kind.startswith(PROBLEM_TYPE_BASE):
        return None
    code = kind.removeprefix(PROBLEM_TYPE_BASE)
    return code if code and "/" not in code else None


def _field_errors(errors: Any, response: httpx.Response) -> tuple[FieldError, ...]:
    """The well-formed entries of a problem's `errors`, secrets the server echoed scrubbed."""
    if not isinstance(errors, list) or not errors:
        return ()
    secrets = secrets_of(_request_of(response), response)
    found = []
    for entry in errors:
        if isinstance(entry, dict):
            field, code, text = (entry.get(k) for k in ("field", "code", "message"))
            if isinstance(field, str) and isinstance(code, str) and isinstance(text, str):
                found.append(FieldError(field, code, _capped(text, MAX_DETAIL_IN_MESSAGE, secrets)))
    return tuple(found)


def _problem(body: Any) -> dict[str, Any] | None:
    # RFC 9457: an object with at least one of its standard members.
    if isinstance(body, dict) and {"type", "title", "status", "detail"} & body.keys():
        return body
    return None
