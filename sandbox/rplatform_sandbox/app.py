"""The ASGI application: connexion serving `openapi.yaml` and `sandbox.yaml`, plus middleware.

Connexion routes and validates every request and every response against the specs
(`validate_responses=True`); the sandbox's own layers wrap it, outermost first: the request
log when asked for (`access_log.py`), request id (`SandboxContext`), documented methods and
`Allow` (`routing.py`), body size and media type (`guard.py`), injected faults (`faults.py`),
and the Idempotency-Key note (`idempotency.py`).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from starlette.exceptions import HTTPException, StarletteDeprecationWarning

# connexion 3.3 imports starlette's test client, which warns about httpx at import time: noise
# for someone starting a sandbox, and nothing they can act on.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    import connexion
from connexion.exceptions import ProblemException
from connexion.options import SwaggerUIOptions
from connexion.resolver import Resolver

from .access_log import RequestLog
from .auth import SECURITY_MAP
from .error_handlers import handle_http_exception, handle_problem, handle_unexpected
from .guard import DEFAULT_MAX_BODY, RequestGuard
from .handlers import resolve
from .handlers.common import REGISTRY
from .idempotency import IdempotencyContext
from .middleware import ASGIApp, FaultInjection, SandboxContext
from .routing import MethodRouting, Resource, load
from .state import Sandbox
from .validation import VALIDATOR_MAP

HERE = Path(__file__).resolve().parent


def spec_path() -> Path:
    """`openapi.yaml` inside the package (wheels), else at the root of the repository."""
    packaged = HERE / "openapi.yaml"
    return packaged if packaged.exists() else HERE.parents[1] / "openapi.yaml"


def create_app(
    sandbox: Sandbox, max_body: int = DEFAULT_MAX_BODY, log: TextIO | None = None
) -> ASGIApp:
    """The sandbox's app; with `log`, a line per request is written there (`access_log.py`)."""
    app, documented = _validated_api(frozenset(REGISTRY.items()))
    inner = FaultInjection(IdempotencyContext(app), sandbox)
    outer = SandboxContext(MethodRouting(RequestGuard(inner, max_body), documented), sandbox)
    return outer if log is None else RequestLog(outer, documented, log)


@cache
def _validated_api(
    handlers: frozenset[tuple[str, Callable[..., Any]]],
) -> tuple[connexion.AsyncApp, list[Resource]]:
    """connexion's app over both specs, and their documented methods, for these handlers.

    Reading and compiling the specs is most of a sandbox's start (0.6 of 0.8 s), and none of it
    depends on the sandbox: a handler finds its own through `SandboxContext`. So every sandbox
    a process starts (a test suite's, two side by side) shares them, until the registered
    handlers change (`handlers` is only the cache's key: `resolve` reads the registry).
    """
    app = connexion.AsyncApp(__name__, resolver=Resolver(function_resolver=resolve))
    common = {
        "validate_responses": True,
        "pythonic_params": True,
        "validator_map": VALIDATOR_MAP,
        # No interactive docs: the swagger-ui bundle is not a dependency of the sandbox.
        "swagger_ui_options": SwaggerUIOptions(swagger_ui=False),
    }
    specs = ((spec_path(), ""), (HERE / "sandbox.yaml", "/sandbox"))
    app.add_api(spec_path(), security_map=SECURITY_MAP, **common)
    app.add_api(HERE / "sandbox.yaml", base_path="/sandbox", name="sandbox", **common)
    app.add_error_handler(ProblemException, handle_problem)
    app.add_error_handler(HTTPException, handle_http_exception)
    app.add_error_handler(Exception, handle_unexpected)
    return app, load(specs)
