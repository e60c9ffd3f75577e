"""RFC 9457 problem details: the one error shape of the sandbox, and connexion's hooks for it.

Handlers raise `Problem(status, detail)`. The error handlers below turn it, connexion's own
problems (400 validation, 401 security) and starlette's (404/405 routing) into one body:
`{"type": "about:blank", "title": ..., "status": ..., "detail": ...}` served as
`application/problem+json`. Nothing escapes as a bare 500: an unexpected exception becomes a
problem 500 too (and is logged).
"""

from __future__ import annotations

import json
import logging
from http import HTTPStatus
from typing import Any

from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from starlette.exceptions import HTTPException

PROBLEM_JSON = "application/problem+json"
logger = logging.getLogger("rplatform_sandbox")


class Problem(ProblemException):
    """An error answer. `keep_changes` commits the request's transaction before answering."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        headers: dict[str, str] | None = None,
        keep_changes: bool = False,
    ) -> None:
        super().__init__(status=status, title=title_of(status), detail=detail, headers=headers)
        self.keep_changes = keep_changes


def title_of(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def problem_body(status: int, detail: str, title: str | None = None) -> dict[str, Any]:
    return {
        "type": "about:blank",
        "title": title or title_of(status),
        "status": status,
        "detail": detail,
    }


def problem_bytes(status: int, detail: str, title: str | None = None) -> bytes:
    return json.dumps(problem_body(status, detail, title)).encode()


def _response(
    status: int, detail: str | None, title: str | None, headers: Any = None
) -> ConnexionResponse:
    all_headers = dict(headers or {})
    if status == 401:
        all_headers.setdefault("WWW-Authenticate", 'Bearer realm="rplatform"')
    return ConnexionResponse(
        status_code=status,
        mimetype=PROBLEM_JSON,
        content_type=PROBLEM_JSON,
        body=problem_bytes(status, detail or title or title_of(status), title),
        headers=all_headers,
    )


def handle_problem(_request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    assert isinstance(exc, ProblemException)
    status, detail, title = int(exc.status), exc.detail, exc.title
    if status == 400 and detail == "RequestBody is required":
        detail = "The request body is required: send a JSON object."
    elif status == 415:
        detail = f"Content-Type must be application/json ({exc.detail})."
    if status >= 500:
        logger.error("%s: %s", status, detail)
    return _response(status, detail, title, exc.headers)


def handle_http_exception(_request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    assert isinstance(exc, HTTPException)
    detail = exc.detail
    if exc.status_code == 404:
        detail = "No such route. See openapi.yaml for the API and /sandbox/ for helpers."
    elif exc.status_code == 405:
        detail = "This route does not accept that method."
    return _response(exc.status_code, detail, None, exc.headers)


def handle_unexpected(_request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    logger.exception("unexpected error", exc_info=exc)
    return _response(500, f"An unexpected error occurred ({type(exc).__name__}).", None)
