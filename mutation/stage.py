"""Lay out build/mutate/, the directory `nox -s mutate` runs mutmut in.

mutmut names a mutant after its file's path, dropping only a leading `src/`, and a mutant is
switched on only in the module whose `__name__` is that name: wrapper/rplatform/_retry.py would
be `wrapper.rplatform._retry`, which no test imports. So the staging tree has src/rplatform,
src/rplatform_api and src/rplatform_sandbox as links to the packages (rplatform_api for the
facade's runtime the generator copies in from generator-templates/runtime/: lists, tables,
DataFrames), and a link to every other entry of the
repository's root, so that mutmut reads `[tool.mutmut]` from pyproject.toml and copies what the
tests need (its `also_copy`) into build/mutate/mutants/, where the tests import the mutated copy.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from undecorate import undecorate

ROOT = Path(__file__).resolve().parents[1]
STAGE = ROOT / "build" / "mutate"
# The packages as mutmut sees them (`src/...`, relative to STAGE) and where they really are.
PACKAGES = {
    "src/rplatform": "wrapper/rplatform",
    "src/rplatform_api": "generated/rplatform_api",
    "src/rplatform_sandbox": "sandbox/rplatform_sandbox",
}
# Staged as copies whose decorated functions are rebound after their body (undecorate.py), so
# that mutmut mutates them: the sandbox's `@operation` handlers, properties and transaction.
REBOUND = {"src/rplatform_sandbox"}
# Never linked besides hidden entries (.git, .nox, caches): build/ itself, where STAGE is.
SKIPPED = {"build", "dist", "src"}


def real_path(staged: str) -> str:
    """Repository path of a staged path: src/rplatform/x.py -> wrapper/rplatform/x.py."""
    for alias, real in PACKAGES.items():
        if staged == alias or staged.startswith(alias + "/"):
            return real + staged[len(alias) :]
    return staged


def _link(link: Path, target: Path) -> None:
    if link.is_symlink() and link.resolve() == target.resolve():
        return
    if link.is_symlink():
        link.unlink()
    link.symlink_to(target, target_is_directory=target.is_dir())


def _copy_rebound(target: Path, source: Path) -> None:
    if target.is_symlink():
        target.unlink()
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    for module in target.rglob("*.py"):
        module.write_text(undecorate(module.read_text(encoding="utf-8")), encoding="utf-8")


def stage() -> Path:
    """Create or refresh the links of STAGE (mutants/, mutmut's results, is left as it is)."""
    (STAGE / "src").mkdir(parents=True, exist_ok=True)
    for alias, real in PACKAGES.items():
        if alias in REBOUND:
            _copy_rebound(STAGE / alias, ROOT / real)
        else:
            _link(STAGE / alias, ROOT / real)
    for entry in ROOT.iterdir():
        if not entry.name.startswith(".") and entry.name not in SKIPPED:
            _link(STAGE / entry.name, entry)
    return STAGE


if __name__ == "__main__":
    sys.stdout.write(f"{stage()}\n")
