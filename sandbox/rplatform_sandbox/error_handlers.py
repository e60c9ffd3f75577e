"""Connexion's error hooks: every error leaves the server as a `Problem` (see problems.py).

Problems raised by handlers pass as they are. Connexion's own (400 parameter and body
validation it does itself, 401 from security, told in the API key words of `auth.py`, 415) and
starlette's (404 route, 405) are given the kind of their status (`problem_types.BY_STATUS`).
Nothing escapes as a bare 500: an unexpected exception becomes an `internal` problem (and is
logged).
"""

from __future__ import annotations

import logging

from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from starlette.exceptions import HTTPException

from .auth import MISSING
from .problem_types import BY_STATUS
from .problems import PROBLEM_JSON, FieldError, Problem

logger = logging.getLogger("rplatform_sandbox")


def response(problem: Problem) -> ConnexionResponse:
    if problem.status >= 500:
        logger.error("%s: %s", problem.status, problem.detail)
    return ConnexionResponse(
        status_code=problem.status,
        mimetype=PROBLEM_JSON,
        content_type=PROBLEM_JSON,
        body=problem.content(),
        headers=problem.response_headers(),
    )


def of_status(status: int, detail: str, headers: dict[str, str] | None = None) -> Problem:
    kind = BY_STATUS.get(status)
    if kind is None:  # no layer of this server answers such a status on purpose
        return Problem("internal", f"Unexpected error status {status}: {detail}")
    return Problem(kind, detail, status=status, headers=headers)


def handle_problem(_request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    assert isinstance(exc, ProblemException)
    if isinstance(exc, Problem):
        return response(exc)
    status, detail = int(exc.status), str(exc.detail or exc.title or "")
    if status == 400 and detail == "RequestBody is required":
        message = "The request body is required: send a JSON object."
        errors = [FieldError("body", "required", message)]
        return response(Problem("validation-failed", message, status=400, errors=errors))
    if status == 415:
        detail = f"Content-Type must be application/json ({detail})."
    elif status == 401:  # connexion's own words: "No authorization token provided", ...
        detail = MISSING
    return response(of_status(status, detail, dict(exc.headers or {})))


def handle_http_exception(_request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    assert isinstance(exc, HTTPException)
    detail = exc.detail
    if exc.status_code == 404:
        detail = "No such route. See openapi.yaml for the API and /sandbox/ for helpers."
    elif exc.status_code == 405:
        detail = "This route does not accept that method."
    return response(of_status(exc.status_code, detail, dict(exc.headers or {})))


def handle_unexpected(_request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    logger.exception("unexpected error", exc_info=exc)
    return response(Problem("internal", f"An unexpected error occurred ({type(exc).__name__})."))
