"""Project tasks: generate, lint, typecheck, tests, changes, record, demo, bench, mutate.

`nox -s tests` is what CI runs: it installs everything it needs into its own virtualenv,
starts the sandbox in-process where tests need it, and replays cassettes offline.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = "3.11"
# The generator, ruff and mypy are pinned exactly in one place, pyproject's `dev` extra:
# generated/ is byte-for-byte reproducible only with the same generator and formatter. The
# generator runs through generator-templates/generate.py: its own command line, with
# openapi.yaml in its templates' reach and the runtime modules copied in (see its docstring).
DEV = ("-e", ".[dev]")
GENERATE_ARGS = (
    "python",
    "generator-templates/generate.py",
    "generate",
    "--path",
    "openapi.yaml",
    "--config",
    "generator-config.yml",
    "--meta",
    "none",
    "--overwrite",
    "--fail-on-warning",
    "--custom-template-path",
    "generator-templates",
    "--output-path",
    "generated/rplatform_api",
)
# The sandbox is typed too; connexion ships no type information, hence the two relaxations.
MYPY_SANDBOX = (
    "mypy",
    "--strict",
    "--ignore-missing-imports",
    "--allow-subclassing-any",
    "sandbox/rplatform_sandbox",
)
# Where `nox -s mutate` runs mutmut: mutation/stage.py lays it out.
STAGE = Path("build/mutate")
LINTED = [
    path
    for path in (
        "wrapper",
        "generator-templates",
        "sandbox",
        "tests",
        "benchmarks",
        "examples",
        "mutation",
        "changes",
        "noxfile.py",
    )
    if Path(path).exists()
]


def _lint(session: nox.Session) -> None:
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)


def _typecheck(session: nox.Session) -> None:
    session.run("mypy", "wrapper/rplatform")
    # The generated layer ships py.typed: users' checkers read it, so it must be clean too
    # (its runtime modules, copied from generator-templates/runtime/, included).
    session.run("mypy", "generated/rplatform_api")
    session.run("mypy", "generator-templates/generate.py")
    session.run(*MYPY_SANDBOX)
    session.run("mypy", "changes")


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/rplatform_api from openapi.yaml (never edit it by hand)."""
    session.install(*DEV)
    session.run(*GENERATE_ARGS)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check over the hand-written code."""
    session.install(*DEV)
    _lint(session)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the facade (configured in pyproject.toml) and the sandbox."""
    session.install("-e", ".[sandbox,dev]")
    _typecheck(session)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Lint, typecheck, then the whole suite offline (cassettes replayed, sandbox in-process)."""
    session.install("-e", ".[sandbox,test,dev,pandas]")
    _lint(session)
    _typecheck(session)
    # CI refuses a change that breaks users unless the version and CHANGELOG.md acknowledge it.
    session.run("python", "-m", "changes")
    session.run(
        "pytest",
        "--block-network",
        "--allowed-hosts=127.0.0.1,localhost,::1",
        *session.posargs,
    )


@nox.session(python=PYTHON)
def changes(session: nox.Session) -> None:
    """What changed for users since the last release, and whether the version and CHANGELOG.md
    acknowledge it (CONTRIBUTING.md, "Versions"): `-- --base REF` compares with a git
    reference, `-- --write` drafts the CHANGELOG bullets, `-- --release` records a release."""
    session.install("-e", ".[changes]")
    session.run("python", "-m", "changes", *session.posargs)


@nox.session(python=PYTHON)
def record(session: nox.Session) -> None:
    """Re-record every cassette from a deterministic sandbox (fixed port, --now, --seed)."""
    session.install("-e", ".[sandbox,test]")
    session.run(
        "pytest",
        "tests/recorded",
        "--record-mode=rewrite",
        "-p",
        "no:cacheprovider",
        *session.posargs,
    )


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """Start a fresh sandbox and run every documented example against it (examples/)."""
    session.install("-e", ".[sandbox]")
    session.run("python", "examples/run_demo.py")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Speed and memory against raw httpx: import, calls, large payloads, loopback (benchmarks/)."""
    session.install("-e", ".[sandbox]")
    session.run("python", "benchmarks/run.py", *session.posargs)


@nox.session(python=PYTHON)
def mutate(session: nox.Session) -> None:
    """Mutation testing of the facade and the sandbox core (mutmut, configured in pyproject.toml).

    `nox -s mutate` starts afresh and prints each module's score and the surviving mutants;
    `nox -s mutate -- NAME...` (mutant names or globs, e.g. "rplatform._retry*") re-tests those
    mutants of the last run, after the tests changed. Not part of `nox -s tests` or CI.
    """
    session.install("-e", ".[sandbox,test,pandas,dev,mutate]")
    session.run("python", "mutation/stage.py")
    report = Path("mutation/report.py").resolve()
    session.chdir(STAGE)
    if not session.posargs:
        shutil.rmtree("mutants", ignore_errors=True)
    # Where mutmut puts the mutated packages, on PYTHONPATH too: then a test's subprocess
    # (`python -c ...`) imports them with the mutant switched on, as the test itself does. Made
    # now, as Python ignores for good a PYTHONPATH entry that is missing when it starts.
    mutated = Path("mutants/src").resolve()
    mutated.mkdir(parents=True, exist_ok=True)
    # Two workers: the machine has two cores.
    session.run(
        "python",
        "mutation/run.py",
        "run",
        "--max-children",
        "2",
        *session.posargs,
        env={"PYTHONPATH": str(mutated)},
    )
    session.run("python", str(report))
