"""The distribution as PyPI and a user get it: `python -m build` makes an sdist and a wheel that
`twine check --strict` accepts, with the metadata a user reads on PyPI; the wheel built from the
sdist is the wheel built from the tree, file for file; and the wheel with the `sandbox` extra,
in a fresh virtualenv of this interpreter (3.13 under `nox -s compat`), runs the quickstart
against its own sandbox.

Builds run without build isolation (hatchling and build are pinned in the `test` extra), so
nothing is downloaded for them.
"""

from __future__ import annotations

import email.parser
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from _outside import fresh_virtualenv, run
from _support import ROOT

EXAMPLES = ROOT / "examples"


def build(source: Path, outdir: Path, *what: str) -> str:
    return run(
        [sys.executable, "-m", "build", "--no-isolation", *what, "--outdir", str(outdir),
         str(source)],
        cwd=outdir.parent,
    )  # fmt: skip


def contents(wheel: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(wheel) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`python -m build`: the sdist, then the wheel built from that sdist (build's default)."""
    out = tmp_path_factory.mktemp("build") / "dist"
    output = build(ROOT, out)
    assert len(list(out.glob("*.tar.gz"))) == 1 and len(list(out.glob("*.whl"))) == 1, output
    return out


def test_twine_accepts_the_sdist_and_the_wheel(dist: Path) -> None:
    files = sorted(str(path) for path in dist.iterdir())
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *files],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("PASSED") == 2, checked.stdout


def test_the_metadata_says_what_a_user_reads_on_pypi(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    names = contents(wheel)
    (metadata_name,) = [name for name in names if name.endswith(".dist-info/METADATA")]
    metadata = email.parser.Parser().parsestr(names[metadata_name].decode())
    assert metadata["Requires-Python"] == ">=3.11"
    classifiers = metadata.get_all("Classifier")
    for version in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in classifiers
    assert "Typing :: Typed" in classifiers
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL"))
    assert urls["Documentation"] == "https://docs.rplatform.dev"
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert metadata.get_payload() == (ROOT / "README.md").read_text(encoding="utf-8")
    # A library states ranges: no exact pin in what a user's resolver must satisfy.
    requires = metadata.get_all("Requires-Dist")
    for_users = [r for r in requires if "extra ==" not in r or re.search(
        r"extra == ['\"](sandbox|pandas)['\"]", r)]  # fmt: skip
    assert {re.match(r"[\w.-]+", r)[0] for r in for_users} >= {
        "httpx", "attrs", "connexion", "uvicorn", "starlette", "pandas"}  # fmt: skip
    assert [r for r in for_users if "==" in r.split(";")[0]] == []


def test_the_sdist_rebuilds_the_same_wheel(dist: Path, tmp_path: Path) -> None:
    (from_sdist,) = dist.glob("*.whl")
    from_tree = tmp_path / "tree"
    output = build(ROOT, from_tree, "--wheel")
    wheels = list(from_tree.glob("*.whl"))
    assert len(wheels) == 1, output
    wheel = wheels[0]
    assert wheel.name == from_sdist.name
    expected, got = contents(wheel), contents(from_sdist)
    assert sorted(got) == sorted(expected)
    assert [name for name in expected if got[name] != expected[name]] == []
    # ... and it holds the three packages, with the spec the sandbox serves.
    packages = {name.split("/")[0] for name in got if not name.startswith("rplatform-")}
    assert packages == {"rplatform", "rplatform_api", "rplatform_sandbox"}
    assert got["rplatform_sandbox/openapi.yaml"] == (ROOT / "openapi.yaml").read_bytes()


def test_the_sdist_holds_the_sources_and_no_build_output(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    needed = {
        "pyproject.toml",
        "README.md",
        "openapi.yaml",
        "wrapper/rplatform/__init__.py",
        "generated/rplatform_api/__init__.py",
        "sandbox/rplatform_sandbox/app.py",
    }
    assert needed <= names
    assert not [name for name in names if name.startswith((".nox/", "build/", "dist/"))]
    assert not [name for name in names if "__pycache__" in name]


def test_the_wheel_with_the_sandbox_extra_runs_the_quickstart(tmp_path: Path, wheel: Path) -> None:
    python = fresh_virtualenv(tmp_path, f"{wheel}[sandbox]")
    work = tmp_path / "user"  # outside the repository: only the installed packages import
    work.mkdir()
    for name in ("run_demo.py", "quickstart.py"):
        shutil.copy(EXAMPLES / name, work / name)
    demo = subprocess.run(
        [str(python), "run_demo.py"], cwd=work, capture_output=True, text=True, timeout=300,
        check=False,
    )  # fmt: skip
    assert demo.returncode == 0, demo.stdout[-3000:] + demo.stderr[-3000:]
    assert re.search(r"^Sandbox running at http://127\.0\.0\.1:\d+ ", demo.stdout, re.M)
    assert re.search(r"^Total: \$\d+\.\d\d$", demo.stdout, re.M)
    assert demo.stdout.rstrip().endswith("Every documented example ran.")
    version = run([str(python), "-c", "import sys; print(sys.version_info[:2])"], cwd=work)
    assert version.strip() == str(sys.version_info[:2])
