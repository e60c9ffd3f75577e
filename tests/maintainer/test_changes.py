"""`nox -s changes` after a spec change, end to end, one case each, on a copy of the repository.

Each case edits the copy's openapi.yaml, runs `nox -s generate`'s command and the changes tool
(`python -m changes`, as `nox -s changes` does), and pins what it prints and its exit status.
A change that breaks users fails until the version and CHANGELOG.md acknowledge it, and passes
after; a change that breaks no one passes at once. The cases share one copy (its tracked files
and the changes of the working tree, in a git repository of its own that each case resets) and
this virtualenv's generator; before them, the copy's own state is recorded as its last release
(`--release` without changes/released/), so that what the cases print depends on their edit
alone.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from _support import generate
from test_regeneration import add_operation, copy_repository

pytestmark = pytest.mark.slow

GIT = ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid",
       "-c", "commit.gpgsign=false"]  # fmt: skip
NOT_ACKNOWLEDGED = (
    'Not acknowledged (CONTRIBUTING.md, "Versions"; `nox -s changes -- --write` drafts the '
    "CHANGELOG.md bullets):"
)
ACKNOWLEDGED = "Acknowledged: the version and CHANGELOG.md name every change that breaks."
Edit = Callable[[dict[str, Any]], None]


def released_copy(repo: Path) -> None:
    """A copy of the repository at `repo`, its own state recorded as its last release."""
    copy_repository(repo)
    shutil.rmtree(repo / "changes/released")
    recorded = changes(repo, "--release")
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("changes") / "repo"
    released_copy(repo)
    subprocess.run([*GIT, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*GIT, "commit", "-qm", "as released"], cwd=repo, check=True)
    return repo


@pytest.fixture
def repo(copy: Path) -> Iterator[Path]:
    subprocess.run(["git", "reset", "-q", "--hard"], cwd=copy, check=True)
    subprocess.run(["git", "clean", "-qfd"], cwd=copy, check=True)
    yield copy


def changes(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    return subprocess.run([sys.executable, "-m", "changes", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


def regenerate(repo: Path, edit: Edit) -> None:
    """Edit the copy's openapi.yaml, then run `nox -s generate`'s command."""
    path = repo / "openapi.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(spec)
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    generate(repo, repo / "generated" / "rplatform_api")


def version(repo: Path) -> str:
    text = (repo / "wrapper/rplatform/_version.py").read_text("utf-8")
    match = re.search(r'__version__ = "(.+)"', text)
    assert match is not None
    return match[1]


def bump(repo: Path) -> str:
    """The version a breaking change needs (a minor one while the major is 0), set."""
    major, minor, _ = (int(part) for part in version(repo).split("."))
    new = f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    path = repo / "wrapper/rplatform/_version.py"
    path.write_text(path.read_text("utf-8").replace(version(repo), new), encoding="utf-8")
    return new


def report(released: str, *groups: tuple[str, list[str]]) -> str:
    lines = [f"Changes for users: {released}, as released (changes/released/) -> the working "
             f"tree ({released})"]  # fmt: skip
    for title, items in groups:
        lines += [f"{title}:", *(f"  {item}" for item in items)]
    return "\n".join(lines) + "\n"


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"]
    return found


def remove_has_payment_method(spec: dict[str, Any]) -> None:
    status = schemas(spec)["BillingStatus"]
    del status["properties"]["has_payment_method"]
    status["required"].remove("has_payment_method")


def region(required: bool) -> Edit:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/v1/billing/usage"]["get"]["parameters"].append(
            {"name": "region", "in": "query", "required": required,
             "description": "The region of the usage.", "schema": {"type": "string"}}
        )  # fmt: skip

    return edit


def remove_dark(spec: dict[str, Any]) -> None:
    schemas(spec)["Theme"]["enum"].remove("dark")


def remove_get_periods(spec: dict[str, Any]) -> None:
    del spec["paths"]["/v1/billing/periods"]


def year_as_text(spec: dict[str, Any]) -> None:
    schemas(spec)["UsageSummary"]["properties"]["year"] = {"type": "string"}


BREAKING = {
    "a response field removed": (
        remove_has_payment_method,
        "r.billing.get_status(): result field has_payment_method removed",
        "r.billing.get_status and has_payment_method",
    ),
    "a required parameter added": (
        region(required=True),
        "r.billing.get_usage(): new required argument region",
        "r.billing.get_usage and region",
    ),
    "a request enum value removed": (
        remove_dark,
        "r.settings.update_appearance(): argument theme: value 'dark' no longer accepted",
        "r.settings.update_appearance, theme and dark",
    ),
    "an operation removed": (
        remove_get_periods,
        "r.billing.get_periods() removed",
        "r.billing.get_periods",
    ),
    "a field's type changed": (
        year_as_text,
        "r.billing.get_usage(): result field year changes type from int to str",
        "r.billing.get_usage and year",
    ),
}
ALSO = {  # what else the same edit does, breaking no one
    "a request enum value removed": [
        "4 methods: result field appearance.theme: value 'dark' no longer returned\n"
        "      r.settings.get_preferences(), r.settings.update_notifications(),\n"
        "      r.settings.update_privacy(), r.settings.update_appearance()"
    ],
}


@pytest.mark.parametrize("case", list(BREAKING))
def test_a_breaking_change_fails_until_the_version_and_changelog_say_it(
    repo: Path, case: str
) -> None:
    edit, line, names = BREAKING[case]
    regenerate(repo, edit)
    released = version(repo)
    groups = [("Breaking", [line])] + ([("Non-breaking", ALSO[case])] if case in ALSO else [])
    changelog_problem = (
        f"  CHANGELOG.md [Unreleased] needs a bullet marked **Breaking** naming {names}, for: "
        f"{line}\n"
    )

    first = changes(repo)
    assert (first.returncode, first.stderr) == (1, "")
    needed = bump(repo)
    assert first.stdout == report(released, *groups) + NOT_ACKNOWLEDGED + "\n" + (
        f"  the version is {released} (wrapper/rplatform/_version.py): after {released}, a "
        f"change that is breaking needs {needed}\n"
    ) + changelog_problem  # fmt: skip

    bumped = changes(repo)  # the version alone is not enough
    assert bumped.returncode == 1
    assert bumped.stdout.endswith(NOT_ACKNOWLEDGED + "\n" + changelog_problem)

    written = changes(repo, "--write")
    assert written.returncode == 0, written.stdout
    assert written.stdout.endswith(ACKNOWLEDGED + "\n")
    entry = (repo / "CHANGELOG.md").read_text("utf-8").split("## [Unreleased]")[1].split("## [")[0]
    subject, detail = line.split("()", 1)
    assert f"- **Breaking** `{subject}()`{detail}\n" in entry


NON_BREAKING = {
    "an optional response field added": (
        lambda spec: schemas(spec)["BillingStatus"]["properties"].update(
            trial_ends_at={
                "type": "string",
                "format": "date-time",
                "nullable": True,
                "description": "When the trial ends.",
            }
        ),
        ["r.billing.get_status(): new result field trial_ends_at"],
    ),
    "an optional parameter added": (
        region(required=False),
        ["r.billing.get_usage(): new optional argument region"],
    ),
    "an operation added": (
        add_operation,
        ["new method r.billing.get_credits()", "new rplatform.models.CreditBalance"],
    ),
    "an operation deprecated": (
        lambda spec: spec["paths"]["/v1/billing/periods"]["get"].update(deprecated=True),
        ["r.billing.get_periods() deprecated"],
    ),
}


@pytest.mark.parametrize("case", list(NON_BREAKING))
def test_a_change_that_breaks_no_one_passes_and_is_listed(repo: Path, case: str) -> None:
    edit, lines = NON_BREAKING[case]
    regenerate(repo, edit)
    run = changes(repo)
    assert (run.returncode, run.stderr) == (0, "")
    assert run.stdout == report(version(repo), ("Non-breaking", lines))


def test_a_release_records_what_it_released(repo: Path) -> None:
    regenerate(repo, remove_has_payment_method)
    released, new = version(repo), bump(repo)
    refused = changes(repo, "--release")
    assert refused.returncode == 1
    assert refused.stderr == "Not released: acknowledge the changes first.\n"
    assert changes(repo, "--write").returncode == 0

    run = changes(repo, "--release")
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.endswith(
        f"Recorded {new} in changes/released/ and dated its CHANGELOG.md entry; commit both, "
        f"then tag v{new}.\n"
    )
    text = (repo / "CHANGELOG.md").read_text("utf-8")
    today = datetime.date.today().isoformat()
    assert f"## [Unreleased]\n\n## [{new}] - {today}\n\n### Removed\n- **Breaking**" in text
    assert (repo / "changes/released/openapi.yaml").read_bytes() == (
        repo / "openapi.yaml"
    ).read_bytes()
    after = changes(repo)
    assert (after.returncode, after.stdout) == (
        0,
        f"No change for users: {new}, as released (changes/released/) -> the working tree "
        f"({new}).\n",
    )
    assert released != new


def test_no_change_reports_nothing_and_a_git_reference_can_be_the_base(repo: Path) -> None:
    run = changes(repo)
    assert (run.returncode, run.stdout) == (
        0,
        f"No change for users: {version(repo)}, as released (changes/released/) -> the working "
        f"tree ({version(repo)}).\n",
    )
    head = changes(repo, "--base", "HEAD")
    assert (head.returncode, head.stdout) == (
        0, f"No change for users: HEAD ({version(repo)}) -> the working tree ({version(repo)}).\n"
    )  # fmt: skip
    regenerate(repo, year_as_text)
    subprocess.run([*GIT, "commit", "-qam", "year as text"], cwd=repo, check=True)
    previous = changes(repo, "--base", "HEAD~1")
    assert previous.returncode == 1
    assert previous.stdout.startswith(
        f"Changes for users: HEAD~1 ({version(repo)}) -> the working tree ({version(repo)})\n"
        "Breaking:\n  r.billing.get_usage(): result field year changes type from int to str\n"
    )
    unknown = changes(repo, "--base", "no-such-ref")
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("--base no-such-ref: git archive failed: ")
