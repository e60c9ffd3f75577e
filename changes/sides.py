"""The two sides compared: the working tree, and the last release or any git reference.

A clone may carry no tags, so the last release is kept where every clone has it:
changes/released/, the released openapi.yaml and the Python API read from the released code
(api.json, which holds the version too). `--release` records the working tree there.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .spec import Spec, load

ROOT = Path(__file__).resolve().parents[1]
RELEASED = ROOT / "changes" / "released"
SURFACE = Path(__file__).with_name("surface.py")
# What a side is made of, in a tree: the spec, the facade and the generated package.
TREE = ("openapi.yaml", "wrapper", "generated")


class Refused(Exception):
    """The comparison cannot be made; the message says why and what to do."""


@dataclass(frozen=True)
class Side:
    label: str
    version: str
    spec: Spec
    api: dict[str, Any]


def working_tree() -> Side:
    api = read_api(ROOT)
    spec = load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return Side("the working tree", api["version"], spec, api)


def recorded() -> bool:
    """Whether a release is recorded in changes/released/."""
    return (RELEASED / "api.json").is_file()


def released() -> Side:
    if not recorded():
        raise Refused(
            "no release is recorded (changes/released/ is missing): `nox -s changes -- "
            "--release` records the working tree as the release of its version"
        )
    api = json.loads((RELEASED / "api.json").read_text(encoding="utf-8"))
    spec = load((RELEASED / "openapi.yaml").read_text(encoding="utf-8"))
    return Side(f"{api['version']}, as released (changes/released/)", api["version"], spec, api)


def at(ref: str) -> Side:
    """The side of a git reference (a commit, branch or tag), read from `git archive`."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, *TREE], cwd=ROOT, capture_output=True, check=False
    )
    if archive.returncode != 0:
        reason = archive.stderr.decode(errors="replace").strip()
        raise Refused(f"--base {ref}: git archive failed: {reason}")
    with tempfile.TemporaryDirectory(prefix="rplatform-changes-") as folder:
        tree = Path(folder)
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(tree, filter="data")
        api = read_api(tree)
        spec = load((tree / "openapi.yaml").read_text(encoding="utf-8"))
    return Side(f"{ref} ({api['version']})", api["version"], spec, api)


def read_api(tree: Path) -> dict[str, Any]:
    """The Python API of the packages in `tree`, read in a subprocess (surface.py)."""
    run = subprocess.run(
        [sys.executable, "-P", str(SURFACE), str(tree)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if run.returncode != 0:
        raise Refused(f"the Python API in {tree} could not be read:\n{run.stderr.strip()}")
    api: dict[str, Any] = json.loads(run.stdout)
    return api


def record(side: Side) -> None:
    """Make the working tree's side the last release (changes/released/)."""
    RELEASED.mkdir(exist_ok=True)
    shutil.copyfile(ROOT / "openapi.yaml", RELEASED / "openapi.yaml")
    text = json.dumps(side.api, indent=1, sort_keys=True)
    (RELEASED / "api.json").write_text(text + "\n", encoding="utf-8")
