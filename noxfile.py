"""Project tasks: generate, lint, typecheck, tests, changes, compat, lowest, wheel, docs,
record, demo, bench, mutate.

`nox -s tests` is the contributors' loop: it installs everything it needs into its own
virtualenv, starts the sandbox in-process where tests need it, and replays cassettes offline.
CI (`.ci/run`) runs it, then `compat` (the built wheel on the other supported Pythons), `lowest`
(the lowest versions the dependency ranges allow) and `docs` (the reference site, opened in
Chromium).
"""

from __future__ import annotations

import os
import shutil
import tomllib
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = "3.11"
# The other supported Pythons (pyproject's classifiers): `nox -s compat` runs on each.
NEWER_PYTHONS = ["3.12", "3.13"]
EXTRAS = tomllib.loads(Path("pyproject.toml").read_text(encoding="utf-8"))["project"][
    "optional-dependencies"
]
# `nox -s lowest` resolves with uv (`--resolution lowest-direct`), pinned here alone.
UV = "uv==0.13.8"
# Where `nox -s wheel` puts the wheel and the sdist that `compat` installs.
DIST = Path("build/dist")
OFFLINE = ("--block-network", "--allowed-hosts=127.0.0.1,localhost,::1")
# One worker per core; an idle worker takes the other's remaining tests, so both finish together.
PARALLEL = ("-n", "auto", "--dist", "worksteal")
# What compat and lowest run: the folders whose outcome can depend on the interpreter or on the
# versions of the runtime dependencies. Left to `nox -s tests` and `nox -s slow` on 3.11 only:
# tests/contract (the spec's conventions and generated/ regenerated: the pinned tools, not the
# SDK), tests/maintainer (the regeneration and change workflows on copies of the repository) and
# tests/benchmarks (the benchmark scripts run); and the sandbox's kill -9 test (SQLite's
# durability, 35 s of CPU).
RUNTIME_TESTS = (
    "tests/unit",
    "tests/recorded",
    "tests/live",
    "tests/sandbox",
    "tests/examples",
    "tests/docs",
    "--ignore=tests/sandbox/test_sandbox_crash.py",
)
# compat runs the SDK's own tests on the installed wheel, and installs it in fresh virtualenvs
# (tests/outside: the quickstart against a sandbox, the command line, a user's type checkers).
# Left to 3.11, for CI's 15 minutes: tests/sandbox (the sandbox's own behaviour; tests/outside
# still starts one and runs the quickstart against it on each Python), tests/live,
# tests/examples and tests/docs (the same SDK and sandbox code driven through scenarios and
# documents, whose outcome is their text's): 150 s of CPU per session.
COMPAT_TESTS = (
    "tests/unit",
    "tests/recorded",
    "tests/outside",
)
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
# The site's generator reads the facade; yaml and mkdocs ship no types (hence the relaxation).
MYPY_DOCS = ("mypy", "--strict", "--ignore-missing-imports", "docs/reference.py", "docs/hooks.py")
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
        "docs",
        "changes",
        "noxfile.py",
    )
    if Path(path).exists()
]


def _pinned(extra: str, name: str) -> str:
    """The requirement `name==version` as pyproject's `extra` pins it (one place for each pin)."""
    return next(r for r in EXTRAS[extra] if r.startswith(f"{name}=="))


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
    session.run(*MYPY_DOCS)
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
    """Lint, typecheck, then the suite offline (cassettes replayed, sandbox in-process), all but
    the tests marked slow (`nox -s slow`).

    Two workers (pytest-xdist, `-n auto`: one per core); `nox -s tests -- -n 0 ...` runs in one
    process, e.g. for `--pdb`.
    """
    session.install("-e", ".[sandbox,test,dev,pandas]")
    _lint(session)
    _typecheck(session)
    # CI refuses a change that breaks users unless the version and CHANGELOG.md acknowledge it.
    session.run("python", "-m", "changes")
    session.run("pytest", *OFFLINE, *PARALLEL, "-m", "not slow", "--ignore=tests/site",
                *session.posargs)  # fmt: skip


@nox.session(venv_backend="none")
def slow(session: nox.Session) -> None:
    """The tests marked slow, offline: the maintainer workflows on copies of the repository
    (tests/maintainer), Schemathesis over the whole API, the sandbox killed at random moments and
    the benchmark scripts run. CI runs them after `nox -s tests`.

    They run in the virtualenv `nox -s tests` made and keeps up to date (the same packages: no
    second install of them, which costs a minute in CI).
    """
    venv = Path(".nox", "tests").resolve()
    if not (venv / "bin" / "pytest").exists():
        session.error("the slow tests run in the virtualenv of `nox -s tests`: run it first")
    env = {"VIRTUAL_ENV": str(venv), "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    session.run(str(venv / "bin" / "pytest"), *OFFLINE, *PARALLEL, "-m", "slow",
                "--ignore=tests/site", *session.posargs, env=env, external=True)  # fmt: skip


@nox.session(python=PYTHON)
def wheel(session: nox.Session) -> None:
    """Build the wheel and the sdist into build/dist (python -m build) and `twine check` them."""
    session.install(_pinned("test", "build"), _pinned("test", "twine"))
    shutil.rmtree(DIST, ignore_errors=True)
    session.run("python", "-m", "build", "--outdir", str(DIST), ".")
    session.run("twine", "check", "--strict", *(str(path) for path in sorted(DIST.iterdir())))


@nox.session(python=NEWER_PYTHONS, requires=["wheel"])
def compat(session: nox.Session) -> None:
    """The built wheel (not the source tree) on Python 3.12 and 3.13: the runtime folders.

    `nox -s wheel` runs first, once for both. The tests import the installed wheel, and
    tests/outside installs it again into a fresh virtualenv (RPLATFORM_WHEEL names it).
    """
    (built,) = DIST.glob("rplatform-*.whl")
    session.install(f"{built.resolve()}[sandbox,test,dev,pandas]")
    env = {"RPLATFORM_WHEEL": str(built.resolve())}
    session.run("pytest", *OFFLINE, *PARALLEL, *COMPAT_TESTS, *session.posargs, env=env)


@nox.session(python=PYTHON)
def lowest(session: nox.Session) -> None:
    """The lowest versions the ranges allow (uv's lowest-direct): runtime, sandbox and pandas.

    The test and dev tooling keep their exact pins; every range's floor is what gets installed.
    Not tests/outside: its fresh virtualenvs install the newest versions, whatever this one has.
    """
    session.install(UV)
    python = str(Path(session.virtualenv.location, "bin", "python"))
    session.run(
        "uv", "pip", "install", "--python", python, "--resolution", "lowest-direct",
        "-e", ".[sandbox,test,dev,pandas]",
    )  # fmt: skip
    session.run("uv", "pip", "list", "--python", python)
    session.run("pytest", *OFFLINE, *PARALLEL, *RUNTIME_TESTS, *session.posargs)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """The reference site, warnings as errors, into build/site; then tests/site opens it.

    tests/site opens the site in headless Chromium (Debian's `chromium` and `chromium-driver`:
    `.ci/run` installs them with apt-get). The pages' snippets (tests/docs) run in `nox -s
    tests`, not again here.
    """
    session.install("-e", ".[sandbox,pandas,docs]", _pinned("test", "pytest"))
    # Without it mkdocs-material prints a banner about its successor on every build.
    quiet = {"NO_MKDOCS_2_WARNING": "1"}
    session.run("mkdocs", "build", "--strict", "--site-dir", "build/site", env=quiet)
    session.run("pytest", "-p", "no:cacheprovider", "tests/site", *session.posargs,
                env={**quiet, "RPLATFORM_SITE": "build/site"})  # fmt: skip


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
    mutants of the last run, after the tests changed; `nox -s mutate -- --resume` goes on with
    the last run where it stopped (mutmut keeps each verdict, and checks again the mutants of
    the functions and tests changed since). Not part of `nox -s tests` or CI.
    """
    session.install("-e", ".[sandbox,test,pandas,dev,mutate]")
    session.run("python", "mutation/stage.py")
    report = Path("mutation/report.py").resolve()
    session.chdir(STAGE)
    names = [arg for arg in session.posargs if arg != "--resume"]
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
        *names,
        env={"PYTHONPATH": str(mutated)},
    )
    session.run("python", str(report))
