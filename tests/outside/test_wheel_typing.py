"""Precise types outside the repository: the wheel, in a fresh virtualenv, type-checked.

Inside the repository mypy finds the packages through `mypy_path`; a user's checker finds them
only through what the wheel installs, and treats a package without `py.typed` as untyped (Any
everywhere, no error for a field that does not exist). So this test takes the wheel (conftest.py),
checks that every package in it has its
`py.typed`, installs it with its dependencies into a new virtualenv, and runs mypy --strict and
pyright on `user_script.py`, copied into an empty folder outside the repository: each
`reveal_type` must show the precise type, and exactly the lines marked `# error` must be errors,
for both checkers. Nothing is cached across runs: mypy runs without its incremental cache,
pyright has none, and the wheel, the virtualenv and the folder are new each time.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from _outside import fresh_virtualenv, run

SCRIPT = Path(__file__).with_name("user_script.py")
BIN = Path(sys.executable).parent
MYPY_REVEAL = re.compile(r'^user_script\.py:(\d+): note: Revealed type is "(.*)"$')
MYPY_ERROR = re.compile(r"^user_script\.py:(\d+): error: ")
# pyright: `  /path/user_script.py:12:13 - information: Type of "x" is "int"` (1-based lines).
PYRIGHT_REVEAL = re.compile(r':(\d+):\d+ - information: Type of ".*" is "(.*)"$')
PYRIGHT_ERROR = re.compile(r":(\d+):\d+ - error: ")


def short(type_name: str) -> str:
    """`rplatform_api.models.session.Session` -> `Session`, `builtins.str` -> `str`, inside
    generics too; mypy's `Union[A, B]` style never appears with Python 3.11 targets."""
    return re.sub(r"\b(?:\w+\.)+(\w+)", r"\1", type_name)


def expectations() -> tuple[dict[int, str], set[int]]:
    revealed, errors = {}, set()
    for number, line in enumerate(SCRIPT.read_text(encoding="utf-8").splitlines(), start=1):
        if "# reveal: " in line:
            revealed[number] = line.rsplit("# reveal: ", 1)[1].strip()
        elif line.rstrip().endswith("# error"):
            errors.add(number)
    return revealed, errors


def packages_without_a_marker(wheel: Path) -> set[str]:
    names = zipfile.ZipFile(wheel).namelist()
    packages = {name.split("/")[0] for name in names if name.endswith("/__init__.py")}
    packages = {name for name in packages if "/" not in name and not name.endswith(".dist-info")}
    assert {"rplatform", "rplatform_api", "rplatform_sandbox"} <= packages, packages
    return {package for package in packages if f"{package}/py.typed" not in names}


def test_users_type_checkers_see_the_real_types(tmp_path: Path, wheel: Path) -> None:
    assert packages_without_a_marker(wheel) == set()
    python = fresh_virtualenv(tmp_path, str(wheel))

    work = tmp_path / "user"  # outside the repository: no pyproject.toml, no mypy_path
    work.mkdir()
    shutil.copy(SCRIPT, work / "user_script.py")
    (work / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    # Without py.typed a package is untyped: pyright must not read its code instead.
    config = {"typeCheckingMode": "standard", "useLibraryCodeForTypes": False}
    (work / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "PYTHONPATH")}

    mypy = subprocess.Popen(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--config-file", "mypy.ini",
         "--python-executable", str(python), "--no-error-summary", "user_script.py"],
        cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    pyright_output = run(
        [str(BIN / "pyright"), "--pythonpath", str(python), "user_script.py"], cwd=work, env=env
    )
    mypy_output, _ = mypy.communicate(timeout=300)

    expected_reveals, expected_errors = expectations()
    assert len(expected_reveals) >= 10 and len(expected_errors) == 7
    for name, output, reveal, error in (
        ("mypy", mypy_output, MYPY_REVEAL, MYPY_ERROR),
        ("pyright", pyright_output, PYRIGHT_REVEAL, PYRIGHT_ERROR),
    ):
        revealed = {
            int(m[1]): short(m[2]) for line in output.splitlines() if (m := reveal.search(line))
        }
        errors = {int(m[1]) for line in output.splitlines() if (m := error.search(line))}
        assert revealed == expected_reveals, f"{name}:\n{output}"
        assert errors == expected_errors, f"{name}:\n{output}"
