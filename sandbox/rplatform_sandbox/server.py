"""`serve()`: the sandbox on a free loopback port in a background thread, for tests and notebooks.

    with rplatform_sandbox.serve() as base_url:
        ...  # e.g. http://127.0.0.1:54321, token sk_test_sandbox

Each call is an independent server with its own database; several may run in one process.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TextIO

import uvicorn

from .app import create_app
from .clock import parse_instant
from .guard import DEFAULT_MAX_BODY
from .middleware import ASGIApp
from .state import Sandbox

STARTUP_TIMEOUT = 10.0


@contextmanager
def serve(
    *,
    now: str | datetime | None = None,
    seed: int | None = None,
    db: str | Path | None = None,
    port: int = 0,
    host: str = "127.0.0.1",
    max_body: int = DEFAULT_MAX_BODY,
    log: TextIO | None = None,
) -> Iterator[str]:
    """Run a sandbox until the block ends; yields its base URL.

    `max_body`: the largest request body accepted, in bytes (larger ones get 413).
    `log`: where to write a line per request (`sys.stdout`, a file); by default, nowhere.
    """
    fixed = parse_instant(now) if isinstance(now, str) else now
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sandbox = Sandbox(now=fixed, seed=seed, db=db)
        try:
            with _running(sandbox, sock, create_app(sandbox, max_body, log)):
                yield f"http://{host}:{sock.getsockname()[1]}"
        finally:
            sandbox.close()


@contextmanager
def _running(sandbox: Sandbox, sock: socket.socket, app: ASGIApp) -> Iterator[None]:
    """uvicorn serving the sandbox's `app` on `sock` in a daemon thread, until the block ends."""
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        server_header=False,
        date_header=not sandbox.clock.deterministic,  # byte-identical recordings with --now
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="rplatform-sandbox", daemon=True
    )
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.01)
        yield
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_TIMEOUT)
