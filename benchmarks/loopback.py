"""Real HTTP over loopback: connection reuse and calls per second against the sandbox.

The sandbox runs in its own process (`python benchmarks/loopback.py --serve --port P`), so
that client and server do not share one GIL: this is the sandbox's ASGI app, unchanged, behind
uvicorn, wrapped in one extra ASGI layer, `ConnectionLog`. That layer records the client
address `(host, port)` of every HTTP request the server receives; every TCP connection has its
own client port, so the number of distinct addresses is the number of connections the server
saw. `GET /__bench__/connections` returns that number and starts a new count.

Both sides then make the same sequential `get_status` calls against the same server: the SDK
with its own connection pool, raw httpx with one `httpx.Client`, taking turns in an order
rotated round by round. Each side's run is counted separately; reusing one keep-alive
connection means exactly 1. The server dominates the time per call here, so this row shows
that the SDK costs nothing visible over real HTTP, not how fast it parses.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

import httpx
from bodies import STATUS_PATH, Bodies
from timing import Row, Settings, fmt_seconds, rotated

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Message, Receive, Send], Awaitable[None]]

STATS_PATH = "/__bench__/connections"
STARTUP_TIMEOUT = 60.0


class ConnectionLog:
    """ASGI middleware: the distinct client addresses of the HTTP requests received."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.clients: set[tuple[str, int]] = set()

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == STATS_PATH:
            body = json.dumps({"connections": len(self.clients)}).encode()
            self.clients = set()
            headers = [(b"content-type", b"application/json"), (b"connection", b"close")]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        client = scope.get("client")
        if client is not None:
            self.clients.add((str(client[0]), int(client[1])))
        await self.app(scope, receive, send)


def sandbox_app() -> ASGIApp:
    """The sandbox's own ASGI application, as `python -m rplatform_sandbox` serves it."""
    from rplatform_sandbox.app import create_app
    from rplatform_sandbox.state import Sandbox

    app: ASGIApp = create_app(Sandbox())
    return app


def serve_forever(port: int) -> None:
    import uvicorn

    app = ConnectionLog(sandbox_app())
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def sandbox_installed() -> bool:
    # Without importing it: connexion and starlette stay out of the measuring process.
    return importlib.util.find_spec("rplatform_sandbox") is not None


@contextlib.contextmanager
def sandbox() -> Iterator[str | None]:
    """A sandbox server process behind `ConnectionLog`; None when it is not installed."""
    if not sandbox_installed():
        yield None
        return
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        command = [sys.executable, str(Path(__file__).resolve()), "--serve", "--port", str(port)]
        process = subprocess.Popen(command, stdout=log, stderr=log)
        try:
            _wait_until_up(base_url, process, log)
            yield base_url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_up(base_url: str, process: subprocess.Popen[bytes], log: Any) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"sandbox exited:\n{log.read().decode(errors='replace')}")
        with contextlib.suppress(httpx.TransportError):
            httpx.get(base_url + STATS_PATH, timeout=1)
            return
        time.sleep(0.1)
    raise RuntimeError(f"sandbox did not answer within {STARTUP_TIMEOUT:.0f} s")


def connections_seen(base_url: str) -> int:
    """How many connections the server saw since the last ask (this ask's own not counted)."""
    count: int = httpx.get(base_url + STATS_PATH).json()["connections"]
    return count


def _run(base_url: str, call: Callable[[], object], number: int) -> tuple[float, int]:
    connections_seen(base_url)
    start = time.perf_counter()
    for _ in range(number):
        call()
    elapsed = time.perf_counter() - start
    return number / elapsed, connections_seen(base_url)


def measure(_bodies: Bodies, settings: Settings) -> list[Row]:
    from clients import raw_call, raw_client, sdk_call, sdk_client

    number = settings.loopback_calls
    with sandbox() as base_url:
        if base_url is None:
            skipped = "not run: rplatform_sandbox is not installed (pip install -e .[sandbox])"
            return [Row("loopback", "", "", None, "", None, skipped)]
        rates: dict[str, list[float]] = {"raw": [], "sdk": []}
        conns: dict[str, int] = {"raw": 0, "sdk": 0}
        with raw_client(base_url) as http, sdk_client(base_url) as client:
            sides = {"raw": raw_call(http, STATUS_PATH), "sdk": sdk_call(client, STATUS_PATH)}
            for call in sides.values():  # warm-up: first connection, lazy imports
                for _ in range(20):
                    call()
            for index in range(settings.loopback_rounds):
                for name in rotated(list(sides), index):
                    rate, seen = _run(base_url, sides[name], number)
                    rates[name].append(rate)
                    conns[name] = max(conns[name], seen)
    raw_rate = sorted(rates["raw"])[len(rates["raw"]) // 2]
    sdk_rate = sorted(rates["sdk"])[len(rates["sdk"]) // 2]
    return [
        Row(
            f"loopback: connections for {number:,} sequential calls",
            str(conns["raw"]),
            str(conns["sdk"]),
            None,
            "",
            None,
            "counted by the server: distinct client ports seen by an ASGI layer"
            " around the sandbox app (1 = one keep-alive connection reused)",
            expect="= 1",
            met=conns["raw"] == 1 and conns["sdk"] == 1,
        ),
        Row(
            "loopback: get_status calls per second",
            f"{raw_rate:,.0f}/s ({fmt_seconds(1 / raw_rate)})",
            f"{sdk_rate:,.0f}/s ({fmt_seconds(1 / sdk_rate)})",
            raw_rate / sdk_rate,
            "",
            None,
            "the ratio is time per call (raw rate / SDK rate), the median of"
            f" {settings.loopback_rounds} rounds; the sandbox validates every request and"
            " response against openapi.yaml, so the server dominates",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description="the sandbox behind ConnectionLog")
    parser.add_argument("--serve", action="store_true", required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    serve_forever(args.port)


if __name__ == "__main__":
    main()
