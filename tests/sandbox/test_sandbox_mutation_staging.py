"""The sandbox as `nox -s mutate` stages it (mutation/stage.py) still serves, request by request.

The staged copy moves the closures of mutation/lift.py's LIFTED to module level, where mutmut
switches their mutants on, and rebinds decorated functions after their bodies (undecorate.py).
Here the copy is made in a temporary folder, its request wrapper is checked to be the lifted
module-level function, and a sandbox started from it answers a keyed POST and its replay.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from _support import ROOT, SPEC_PATH

sys.path.insert(0, str(ROOT / "mutation"))
from lift import LIFTED
from stage import _copy_rebound

PACKAGE = ROOT / "sandbox" / "rplatform_sandbox"


def test_every_lifted_closure_is_in_the_sandbox() -> None:
    for module, names in LIFTED.items():
        source = (PACKAGE / module).read_text(encoding="utf-8")
        assert all(f"def {name}(" in source for name in names)


def test_the_staged_sandbox_runs_requests_through_the_lifted_wrapper(tmp_path: Path) -> None:
    _copy_rebound(tmp_path / "src" / "rplatform_sandbox", PACKAGE)
    shutil.copy(SPEC_PATH, tmp_path / "openapi.yaml")
    staged = (tmp_path / "src" / "rplatform_sandbox" / "handlers" / "common.py").read_text()
    original = (PACKAGE / "handlers" / "common.py").read_text()
    assert "\ndef _lifted_handler(func, /, **kwargs: Any) -> Answer:\n" in staged
    # Every line before the lifted function keeps its number (report.py reads pragmas by line).
    kept = staged.splitlines()[: len(original.splitlines())]
    assert [i for i, line in enumerate(original.splitlines()) if "pragma" in line] == [
        i for i, line in enumerate(kept) if "pragma" in line and "functools" not in line
    ]
    script = textwrap.dedent(
        """
        import functools
        import httpx
        import rplatform_sandbox
        from rplatform_sandbox.handlers import common
        assert rplatform_sandbox.__file__.startswith(sys.argv[1])
        handler = common.REGISTRY["ensureCustomer"]
        assert isinstance(handler, functools.partial) and handler.func is common._lifted_handler
        with rplatform_sandbox.serve(now="2025-07-15T12:00:00Z") as url:
            headers = {"Authorization": "Bearer sk_test_sandbox", "Idempotency-Key": "k"}
            first = httpx.post(f"{url}/v1/billing/customer", json={}, headers=headers)
            again = httpx.post(f"{url}/v1/billing/customer", json={}, headers=headers)
            print(first.status_code, again.status_code, again.headers["idempotent-replayed"])
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", "import sys\n" + script, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(tmp_path / "src"), "PATH": ""},
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, "201 201 true\n"), done.stderr
