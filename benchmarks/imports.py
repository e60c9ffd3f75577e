"""Import cost: `import rplatform` vs `import httpx`, each in a fresh interpreter.

Every sample is a new `python -c` process that times the import statement alone with
`time.perf_counter()` (interpreter start-up is excluded: it is the same for both and would
only dilute the ratio). Bytecode caches are warm: one unmeasured run of each comes first.
The SDK loads its generated layer on first use of a resource, so a second row times
"import + client + first call" on both sides over a `MockTransport`, to show where that cost
went rather than hide it.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

from bodies import STATUS_PATH, Bodies
from timing import Row, Settings, time_row

GOAL = 1.5

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


def _run(code: str, *args: str) -> float:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return float(result.stdout.strip().splitlines()[-1])


def _medians(codes: dict[str, str], rounds: int, *args: str) -> dict[str, float]:
    for code in codes.values():
        _run(code, *args)  # warm the bytecode caches
    samples: dict[str, list[float]] = {name: [] for name in codes}
    for _ in range(rounds):
        for name, code in codes.items():
            samples[name].append(_run(code, *args))
    return {name: statistics.median(values) for name, values in samples.items()}


def measure(bodies: Bodies, settings: Settings) -> list[Row]:
    imports = _medians(
        {"raw": IMPORT.format(module="httpx"), "sdk": IMPORT.format(module="rplatform")},
        settings.import_rounds,
    )
    status = bodies.by_path[STATUS_PATH].decode()
    first = _medians({"raw": FIRST_CALL_RAW, "sdk": FIRST_CALL_SDK}, settings.import_rounds, status)
    return [
        time_row("import rplatform vs import httpx", imports["raw"], imports["sdk"], GOAL),
        time_row(
            "import + client + first get_status",
            first["raw"],
            first["sdk"],
            None,
            "no goal: `import rplatform` defers the generated layer (`rplatform_api`, which"
            " imports all its 42 attrs models and 5 enums at once) to the first use of a"
            " resource; this row shows that one-off cost",
        ),
    ]
