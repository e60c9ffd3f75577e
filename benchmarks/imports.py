"""Import and first call, each sample in a fresh interpreter.

Every sample is a new `python -c` process that times, with `time.perf_counter()`, either the
import statement alone (`import rplatform` vs `import httpx`) or import + client + first call
over a `MockTransport` (`get_status` vs `httpx.Client.get(...).json()`); interpreter start-up is
excluded, being the same for both. Bytecode caches are warm, as pip leaves them: one unmeasured
run of each first, and PYTHONDONTWRITEBYTECODE is dropped from the processes' environment (with
it, the repository's own modules would be compiled from source in every sample, httpx's not).
The processes of the two sides alternate, rotated round by round, and each round gives one
paired ratio. `import rplatform` leaves the generated layer for the first call, so the second
row is where the cost of loading it (and the models the call needs) shows.
"""

from __future__ import annotations

import os
import subprocess
import sys

from bodies import STATUS_PATH, Bodies
from timing import Paired, Row, Settings, paired_rounds, time_row

IMPORT_GOAL = 1.3
FIRST_CALL_GOAL = 1.5

IMPORT = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"

_MOCK = (
    "httpx.MockTransport(lambda q: httpx.Response(200, content=sys.argv[1].encode(),"
    " headers={'content-type': 'application/json'}))"
)
FIRST_CALL_RAW = (
    "import sys, time; t = time.perf_counter(); import httpx\n"
    f"h = httpx.Client(base_url='https://x.test', transport={_MOCK},"
    " headers={'Authorization': 'Bearer k'})\n"
    f"h.get('{STATUS_PATH}', params={{'organization_id': 'org_123'}}).json()\n"
    "print(time.perf_counter() - t)"
)
FIRST_CALL_SDK = (
    "import sys, time; t = time.perf_counter(); import httpx, rplatform\n"
    "r = rplatform.Client('k', base_url='https://x.test',"
    f" http_client=httpx.Client(transport={_MOCK}))\n"
    "r.billing.get_status(organization_id='org_123')\n"
    "print(time.perf_counter() - t)"
)


def seconds(code: str, *args: str) -> float:
    """What `code`, run in a fresh interpreter, printed last: the seconds it timed."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, env=env
    )
    return float(result.stdout.strip().splitlines()[-1])


def paired_processes(raw: str, sdk: str, rounds: int, *args: str) -> Paired:
    for code in (raw, sdk):
        seconds(code, *args)  # warm the bytecode caches
    return paired_rounds(
        {"raw": lambda: seconds(raw, *args), "sdk": lambda: seconds(sdk, *args)}, rounds
    )


def measure(bodies: Bodies, settings: Settings) -> list[Row]:
    rounds = settings.import_rounds
    imports = paired_processes(
        IMPORT.format(module="httpx"), IMPORT.format(module="rplatform"), rounds
    )
    first = paired_processes(FIRST_CALL_RAW, FIRST_CALL_SDK, rounds, bodies.status.decode())
    return [
        time_row("import rplatform vs import httpx", imports, IMPORT_GOAL),
        time_row("import + client + first get_status", first, FIRST_CALL_GOAL),
    ]
