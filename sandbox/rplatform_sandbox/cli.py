"""`python -m rplatform_sandbox`: run the sandbox in the foreground until Ctrl-C.

After its banner it prints a line per request (`access_log.py`); `--quiet` leaves them out.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import signal
import sys
import threading
from collections.abc import Sequence

from .clock import parse_instant
from .guard import DEFAULT_MAX_BODY
from .seed import DEMO_EMAIL, DEMO_PASSWORD, DEMO_TOKEN
from .server import serve


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive number of bytes, not {text}")
    return value


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m rplatform_sandbox",
        description="A local server that implements openapi.yaml, with demo data.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8787)
    parser.add_argument("--db", default=None, help="SQLite file (default: in memory)")
    parser.add_argument(
        "--now",
        type=parse_instant,
        default=None,
        help="freeze the clock at this ISO time, e.g. 2025-07-15T12:00:00Z (deterministic mode)",
    )
    parser.add_argument("--seed", type=int, default=None, help="seed for ids, tokens, request ids")
    parser.add_argument(
        "--max-body",
        type=_positive,
        default=DEFAULT_MAX_BODY,
        help=f"largest request body in bytes; larger ones get 413 (default {DEFAULT_MAX_BODY})",
    )
    parser.add_argument("--quiet", action="store_true", help="do not print a line for each request")
    return parser.parse_args(argv)


def cannot_listen(host: str, port: int, error: OSError) -> str:
    """What to do when the address is taken or refused, in one message (no traceback)."""
    if error.errno == errno.EADDRINUSE:
        return (
            f"rplatform sandbox: port {port} on {host} is already in use; a sandbox may already"
            f" be running there (see http://{host}:{port}/sandbox/health). Pass --port to use"
            " another port (--port 0 picks a free one and prints it)."
        )
    return (
        f"rplatform sandbox: cannot listen on {host}:{port}: {error.strerror}. Pass --host or"
        " --port to listen elsewhere."
    )


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with contextlib.ExitStack() as stack:
        try:
            url = stack.enter_context(
                serve(
                    host=args.host,
                    port=args.port,
                    db=args.db,
                    now=args.now,
                    seed=args.seed,
                    max_body=args.max_body,
                    log=None if args.quiet else sys.stdout,
                )
            )
        except OSError as exc:
            sys.exit(cannot_listen(args.host, args.port, exc))
        print(f"rplatform sandbox listening on {url}", flush=True)
        print(f"  bearer token: {DEMO_TOKEN}   (user usr_123, organization org_123)")
        print(f"  login:        {DEMO_EMAIL} / {DEMO_PASSWORD}")
        print(f"  helpers:      {url}/sandbox/health, /sandbox/reset, /sandbox/outbox", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
