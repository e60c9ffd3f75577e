"""RFC 9457 problem details: the one error shape of the sandbox.

Handlers and middleware raise or send `Problem(kind, detail)`, a kind of `problem_types.KINDS`
giving the body's `type`, `title` and status. Every body is

    {"type": "https://docs.rplatform.dev/problems/<kind>", "title": ..., "status": ...,
     "detail": ..., "instance": "urn:rplatform:request:<X-Request-Id>", "errors": [...]}

served as `application/problem+json`; `errors` lists `{field, code, message}` on validation
failures and is empty otherwise. Kinds that a retry can (or cannot) cure add `X-Should-Retry`.
`error_handlers.py` turns connexion's and starlette's own errors into these.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from connexion.exceptions import ProblemException

from . import request_context
from .problem_types import KINDS, Kind, status_of

PROBLEM_JSON = "application/problem+json"
SHOULD_RETRY = "X-Should-Retry"


@dataclass(frozen=True)
class FieldError:
    """One field that broke a rule: `field` a JSON path (`events[0].quantity`) or a parameter
    name, `code` the rule (a JSON Schema keyword such as `required` or `maxLength`, or a
    documented rule such as `unchanged`), `message` in plain words."""

    field: str
    code: str
    message: str


class Problem(ProblemException):
    """An error answer. `keep_changes` commits the request's transaction before answering."""

    def __init__(
        self,
        kind: str,
        detail: str,
        *,
        status: int | None = None,
        errors: Iterable[FieldError] = (),
        headers: dict[str, str] | None = None,
        keep_changes: bool = False,
    ) -> None:
        spec = KINDS[kind]
        status = spec.statuses[0] if status is None else status
        if status not in spec.statuses:
            raise ValueError(f"{kind} is not sent with status {status}")
        super().__init__(
            status=status, title=spec.title, detail=detail, type=spec.uri, headers=headers
        )
        self.kind: Kind = spec
        self.errors = tuple(errors)
        self.keep_changes = keep_changes
        self.stored_body: dict[str, Any] | None = None  # an idempotent replay's first answer

    def body(self) -> dict[str, Any]:
        if self.stored_body is not None:
            return self.stored_body
        return {
            "type": self.kind.uri,
            "title": self.kind.title,
            "status": self.status,
            "detail": self.detail,
            "instance": request_context.instance(),
            "errors": [asdict(error) for error in self.errors],
        }

    def response_headers(self) -> dict[str, str]:
        headers = dict(self.headers or {})
        if self.kind.retry is not None:
            headers[SHOULD_RETRY] = "true" if self.kind.retry else "false"
        if self.status == 401:
            headers.setdefault("WWW-Authenticate", 'Bearer realm="rplatform"')
        return headers

    def content(self) -> bytes:
        return json.dumps(self.body()).encode()


def invalid(field: str, code: str, message: str) -> Problem:
    """A validation failure of one field, found by a handler: `field: message` as the detail.

    Its status is the one the schema's checks give the same rule (`status_of`).
    """
    return Problem(
        "validation-failed",
        f"{field}: {message}",
        status=status_of([code]),
        errors=[FieldError(field, code, message)],
    )
