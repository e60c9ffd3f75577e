"""What a failure prints and the exit status it ends with: one place, for every failure.

The statuses, by class of failure, are `MEANINGS` (the help and the guide show them); the
message is the SDK's own (`str(error)`): it names the status, what happened and the request
id, and never holds a secret. A `ValueError` or `TypeError` raised by a method is the SDK's
check of an argument, before anything was sent.
"""

from __future__ import annotations

from .. import _exceptions as errors

OK = 0
OTHER = 1
USAGE = 2
INTERRUPTED = 130
PIPE_CLOSED = 141  # as a program killed by SIGPIPE: 128 + 13

# Most specific first: the first class an error is an instance of gives its status.
STATUSES: tuple[tuple[type[BaseException], int], ...] = (
    (errors.AuthenticationError, 3),
    (errors.PermissionDeniedError, 4),
    (errors.NotFoundError, 4),
    (errors.BadRequestError, 5),
    (errors.ConflictError, 5),
    (errors.UnprocessableEntityError, 5),
    (errors.RateLimitError, 6),
    (errors.InternalServerError, 6),
    (errors.APIConnectionError, 7),
    (ValueError, USAGE),
    (TypeError, USAGE),
)

MEANINGS = {
    OK: "success (a method that answers nothing prints nothing)",
    OTHER: "any other failure: a success whose body is not what the API documents, another "
    "error status",
    USAGE: "invalid arguments (the command line, or the SDK's checks): nothing was sent",
    3: "authentication: 401, the API key is missing, wrong or revoked",
    4: "not found or forbidden: 403, 404",
    5: "conflict or validation: 400, 409, 422",
    6: "rate limited or server error: 429, 5xx, after the retries",
    7: "no answer: connection refused or dropped, or a timeout, after the retries",
    INTERRUPTED: "interrupted (Ctrl-C)",
    PIPE_CLOSED: "standard output was closed early (`| head`), as for other programs",
}


def status_of(cls: type[BaseException]) -> int:
    """The exit status of a command that failed with an exception of class `cls`."""
    for failure, status in STATUSES:
        if issubclass(cls, failure):
            return status
    return OTHER


# The SDK's messages name its settings as Python code passes them; here they are options.
OPTIONS = (
    ("the api_key argument", "--api-key"),
    ("timeout= and max_retries=", "--timeout and --max-retries"),
    ("max_retries=", "--max-retries "),
)


def message(error: BaseException) -> str:
    """The one line a failure prints: the SDK's message, its lines joined, the settings it
    names as the command line's options."""
    text = str(error)
    for python, option in OPTIONS:
        text = text.replace(python, option)
    return " ".join(text.split()) or type(error).__name__
