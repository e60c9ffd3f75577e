"""Deprecation, end to end on a copy of the repository: openapi.yaml marks an operation and a
parameter `deprecated` (with `x-replaced-by`), `nox -s generate`'s command runs, and nothing
else is edited.

A user's script (deprecation_probe.py, run with Python's default warning filters) then sees
one DeprecationWarning for each, at its own line, once however often it calls; help() says it
first and on the argument; `nox -s changes` lists both as non-breaking and passes.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from _support import operation
from test_changes import changes, regenerate, released_copy

pytestmark = pytest.mark.slow

PROBE = Path(__file__).with_name("deprecation_probe.py")
# getUsageFromMeters gives way to getUsage; the personal billing of `user_id` to organizations'.
METERS = "r.billing.get_usage_from_meters() is deprecated: use r.billing.get_usage() instead."
USER_ID = "r.billing.get_status(): argument user_id is deprecated: use organization_id instead."
OWNED = ("get", "get_status", "get_periods", "can_create_api_key", "get_usage",
         "get_usage_by_project", "get_usage_from_meters")  # fmt: skip


def deprecate(spec: dict[str, Any]) -> None:
    operation(spec, "getUsageFromMeters").update({"deprecated": True, "x-replaced-by": "getUsage"})
    user_id = spec["components"]["parameters"]["UserId"]
    user_id.update({"deprecated": True, "x-replaced-by": "organization_id"})


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy whose own state is its last release, then deprecated and regenerated."""
    repo = tmp_path_factory.mktemp("deprecation") / "repo"
    released_copy(repo)
    regenerate(repo, deprecate)
    return repo


def line_of(text: str) -> int:
    """The line of the probe that calls `text` first."""
    lines = PROBE.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def test_a_script_sees_each_deprecation_once_at_its_own_line(repo: Path) -> None:
    paths = [str(repo / "wrapper"), str(repo / "generated")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "PYTHONWARNINGS": ""}
    env.pop("RPLATFORM_LOG", None)
    run = subprocess.run(
        [sys.executable, str(PROBE), str(repo / "openapi.yaml")],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    warned = re.findall(r"^(.+):(\d+): (\w+): (.+)$", run.stderr, flags=re.MULTILINE)
    assert warned == [
        (str(PROBE), str(line_of("get_usage_from_meters(")), "DeprecationWarning", METERS),
        (str(PROBE), str(line_of("get_status(user_id=")), "DeprecationWarning", USER_ID),
    ]
    seen = json.loads(run.stdout)
    assert (seen["meters"], seen["status"]) == ("ModelList[MeterUsage]", "BillingStatus")
    assert seen["meters_help"].startswith(
        "Deprecated: use r.billing.get_usage() instead.\n\nGet usage from Stripe meters.\n\n"
    )
    assert (
        "    user_id (str | None): Deprecated: use organization_id instead. A user's id"
        in (seen["status_help"])
    )
    assert not seen["status_help"].startswith("Deprecated")


def test_changes_lists_both_as_non_breaking(repo: Path) -> None:
    run = changes(repo)
    assert (run.returncode, run.stderr) == (0, "")
    version = re.findall(r"\((\d+\.\d+\.\d+)\)", run.stdout.splitlines()[0])[0]
    owned = ", ".join(f"r.billing.{name}()" for name in OWNED)
    assert run.stdout == (
        f"Changes for users: {version}, as released (changes/released/) -> the working tree "
        f"({version})\n"
        "Non-breaking:\n"
        "  7 methods: argument user_id deprecated: use organization_id instead\n"
        + textwrap.fill(owned, 96, initial_indent=" " * 6, subsequent_indent=" " * 6)
        + "\n  r.billing.get_usage_from_meters() deprecated: use r.billing.get_usage() instead\n"
    )
