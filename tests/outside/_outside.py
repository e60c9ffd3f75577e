"""What the outside tests share: running a command, and fresh virtualenvs.

A fresh virtualenv gets no pip of its own: this interpreter's pip installs into it
(`pip --python`), so it holds what it was given and its dependencies, nothing else.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    return done.stdout + done.stderr


def fresh_virtualenv(where: Path, requirement: str) -> Path:
    """A new virtualenv of this interpreter holding `requirement` (and its dependencies) only;
    its python, checked to import rplatform from the virtualenv, not from the repository."""
    venv = where / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=where)
    python = venv / "bin" / "python"
    output = run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
         "--disable-pip-version-check", requirement],
        cwd=where,
    )  # fmt: skip
    check = run([str(python), "-c", "import rplatform, rplatform_api; print(rplatform.__file__)"],
                cwd=where)  # fmt: skip
    assert str(venv) in check, output + check
    return python
