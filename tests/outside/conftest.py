"""The wheel the outside tests install, built once per run.

RPLATFORM_WHEEL when set (`nox -s compat` builds it once, with `nox -s wheel`, for every
interpreter), else built here from the working tree (pip, without build isolation: the `test`
extra pins hatchling).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from _outside import run
from _support import ROOT


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if given := os.environ.get("RPLATFORM_WHEEL"):
        return Path(given)
    dist = tmp_path_factory.mktemp("dist")
    output = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "--wheel-dir", str(dist), str(ROOT)],
        cwd=dist,
    )  # fmt: skip
    wheels = list(dist.glob("rplatform-*.whl"))
    assert len(wheels) == 1, output
    return wheels[0]
