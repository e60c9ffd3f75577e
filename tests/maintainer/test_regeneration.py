"""The maintainer workflow after a spec change, end to end, on copies in a temporary folder.

`test_a_new_operation_takes_three_steps` proves CONTRIBUTING.md's rule on a copy of the
repository (its tracked files, `git ls-files`): a new operation, getCredits (GET
/v1/billing/credits, returning a new schema, CreditBalance), is added in three steps and in
nothing else:

1. openapi.yaml gains the operation, with its examples; `nox -s generate`'s command runs;
2. wrapper/rplatform/resources/billing.py gains one method (and the import of its result type);
3. the sandbox gains one handler; `nox -s record`'s command records the new operation's
   cassettes (the fixed port 8787, under the recording lock /tmp/rplatform-record.lock).

Then the copy's test modules that enumerate operations or cassettes pass with no other edit:
the modules of tests/unit that walk every operation, method or model (coverage, raw mode,
typing, tables, help, secrets: `WALKS` finds them by what they call), tests/contract (spec
conventions, generated/ up to date, the boundary) and tests/recorded (replay of every
cassette, the checks over all cassettes), and from tests/sandbox the spec-driven modules:
protocol (every operation needs a token; its cases of the new operation and its completeness
check, -k), schemathesis (all phases and checks over every operation, the new one counted in)
and unimplemented (every operation has a handler).

Left out, and why: the protocol module's cases of the other operations and the sandbox's
per-resource and robustness modules, and the other unit modules (they enumerate no new
operation; the main run has them);
tests/live, tests/examples and tests/benchmarks (they call named methods and documents, and
enumerate no operation); tests/maintainer (this test). The new schema needs no edit either:
`rplatform.models` re-exports whatever the generated package lists (test_forward_compat.py
checks every name, the new one included).

`test_new_field_reaches_the_facade` shows that a new response field needs no facade change,
and `test_changed_rules_reach_the_facade` that a changed bound or a new enum value reaches the
client-side checks and help() with no facade change (the facade reads the generated metadata).
"""

from __future__ import annotations

import contextlib
import copy
import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from _support import ROOT, generate

pytestmark = pytest.mark.slow

PROBE = Path(__file__).with_name("regenerated_probe.py")
RULES_PROBE = Path(__file__).with_name("rules_probe.py")
RECORD_LOCK = Path("/tmp/rplatform-record.lock")  # shared with `flock ... nox -s record`
NETWORK = ["--block-network", "--allowed-hosts=127.0.0.1,localhost,::1", "-p", "no:cacheprovider"]

FACADE_METHOD = '''
    @endpoint
    def get_credits(
        self,
        *,
        user_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[CreditBalance]:
        """Get the credit balance of a user or organization.

        >>> credits = r.billing.get_credits(organization_id="org_123")
        >>> credits.balance_cents, credits.expires_at
        """
        request = _owned(api.get_credits.request, user_id, organization_id)
        return call(request, api.get_credits.SUCCESS, options)
'''

HANDLER = """

@operation("getCredits")
def get_credits(ctx: Ctx, user_id: str | None = None, organization_id: str | None = None) -> Answer:
    info, _, _ = get(ctx, user_id, organization_id)
    return ok(info["credits"])
"""


def add_operation(spec: dict[str, Any]) -> None:
    """Step 1: getCredits, shaped like getStatus (owner scope, errors), with its examples,
    answering a new schema (CreditBalance, the fields of Credits)."""
    schemas = spec["components"]["schemas"]
    schemas["CreditBalance"] = copy.deepcopy(schemas["Credits"])
    get_status = spec["paths"]["/v1/billing/status"]["get"]
    credits_example = spec["paths"]["/v1/billing"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["example"]["credits"]
    operation = copy.deepcopy(get_status)
    operation.update(operationId="getCredits", summary="Get credits of a user or organization.")
    operation["responses"]["200"] = {
        "description": "The owner's credit balance.",
        "headers": copy.deepcopy(get_status["responses"]["200"]["headers"]),  # X-Request-Id
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/CreditBalance"},
                "example": credits_example,
            }
        },
    }
    spec["paths"]["/v1/billing/credits"] = {"get": operation}


def copy_repository(to: Path) -> None:
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # tracked but deleted in the working tree: not copied
            (to / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, to / name)


def insert_after(path: Path, anchor: str, text: str) -> None:
    source = path.read_text(encoding="utf-8")
    assert source.count(anchor) == 1, f"{path.name}: {anchor!r}"
    path.write_text(source.replace(anchor, anchor + text), encoding="utf-8")


@contextlib.contextmanager
def recording_lock() -> Iterator[None]:
    with RECORD_LOCK.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def pytest_in(copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """pytest run in the copy, importing the copy's packages instead of the project's."""
    paths = [str(copy / "wrapper"), str(copy / "generated"), str(copy / "sandbox")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    env.pop("RPLATFORM_LOG", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *args],
        cwd=copy, env=env, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip


# What a unit test module calls or reads when it walks every operation, method or model of the
# API: such a module meets the new operation; the others test one behaviour on fixed operations.
WALKS = re.compile(
    r"\b(operations|facade_methods|secret_fields|documented_call|load_spec)\(|\bOPERATIONS\b"
    r"|rplatform_api\.models as"
)


def walkers(repo: Path) -> list[str]:
    """The unit test modules of `repo` that walk the whole API (WALKS)."""
    modules = sorted((repo / "tests/unit").glob("test_*.py"))
    return [str(path.relative_to(repo)) for path in modules if WALKS.search(path.read_text())]


def failures(run: subprocess.CompletedProcess[str]) -> str:
    """The tracebacks of a pytest run, without its list of passed tests (-rA)."""
    return run.stdout.split("short test summary info")[0][-8000:] + run.stderr[-2000:]


def test_a_new_operation_takes_three_steps(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    copy_repository(repo)

    spec = yaml.safe_load((repo / "openapi.yaml").read_text(encoding="utf-8"))
    add_operation(spec)
    (repo / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    generate(repo, repo / "generated" / "rplatform_api")
    assert (repo / "generated/rplatform_api/api/billing/get_credits.py").exists()
    assert (repo / "generated/rplatform_api/models/credit_balance.py").exists()

    billing = repo / "wrapper/rplatform/resources/billing.py"
    insert_after(
        billing, "if TYPE_CHECKING:\n", "    from rplatform_api.models import CreditBalance\n"
    )
    insert_after(billing, "with_raw_response: RawView[Billing[Raw]] = RawView()\n", FACADE_METHOD)

    handlers = repo / "sandbox/rplatform_sandbox/handlers/billing.py"
    handlers.write_text(handlers.read_text(encoding="utf-8") + HANDLER, encoding="utf-8")
    with recording_lock():
        recorded = pytest_in(repo, "tests/recorded", "--record-mode=rewrite", *NETWORK[2:],
                             "-k", "getCredits")  # fmt: skip
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    new_cassettes = sorted((repo / "tests/recorded/cassettes").rglob("*getCredits*.yaml"))
    assert [path.name for path in new_cassettes] == ["test_documented_call[getCredits].yaml"]

    suite = pytest_in(repo, *walkers(repo), "tests/contract", "tests/recorded", *NETWORK, "-rA")
    assert suite.returncode == 0, failures(suite)
    for test in (
        "test_spec_coverage.py::test_documented_call_sends_the_spec_request_and_parses_the_spec_"
        "example[billing.get_credits]",
        "test_raw_mode.py::test_every_method_in_raw_mode[billing.get_credits]",
        "test_operations.py::test_documented_call[getCredits]",
        "test_typing.py::test_mypy_sees_every_raw_result_and_every_mistake",
        "test_forward_compat.py::test_rplatform_models_reexports_every_generated_model",
    ):
        assert any(line.startswith("PASSED") and line.endswith(test) for line in
                   suite.stdout.splitlines()), f"{test} did not pass"  # fmt: skip
    sandbox = pytest_in(
        repo,
        "tests/sandbox/test_sandbox_protocol.py",
        "tests/sandbox/test_sandbox_schemathesis.py",
        "tests/sandbox/test_sandbox_unimplemented.py",
        *NETWORK, "-k", "credits or every_operation or all_phases", "-rA",
    )  # fmt: skip
    assert sandbox.returncode == 0, failures(sandbox)
    passed = [line for line in sandbox.stdout.splitlines() if line.startswith("PASSED")]
    assert any("/v1/billing/credits" in line for line in passed), "no token, no entry"
    assert any("test_all_phases_and_all_checks_pass" in line for line in passed), "schemathesis"
    assert any("every_operation_of_the_spec_has_a_handler" in line for line in passed)


def regenerated(tmp_path: Path, spec: dict[str, Any]) -> dict[str, str]:
    """`spec` generated into tmp_path/rplatform_api as `nox -s generate` does; the environment
    of a subprocess that imports that package, and the project's own rplatform."""
    for name in ("noxfile.py", "generator-config.yml"):
        shutil.copy(ROOT / name, tmp_path)
    shutil.copytree(ROOT / "generator-templates", tmp_path / "generator-templates")
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    generate(tmp_path, tmp_path / "rplatform_api")
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [
        str(tmp_path), os.environ.get("PYTHONPATH")]))}  # fmt: skip


def probe(script: Path, env: dict[str, str], *args: str) -> Any:
    run = subprocess.run(
        [sys.executable, str(script), *args],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_new_field_reaches_the_facade(tmp_path: Path) -> None:
    """A response field added to the spec and regenerated reaches the unchanged facade."""
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    status = spec["components"]["schemas"]["BillingStatus"]
    status["required"].append("trial_ends_at")
    status["properties"]["trial_ends_at"] = {
        "type": "string",
        "format": "date-time",
        "nullable": True,
        "description": "When the trial ends; null when the owner is not trialing.",
    }
    get_status = spec["paths"]["/v1/billing/status"]["get"]
    example = get_status["responses"]["200"]["content"]["application/json"]["example"]
    example.update(status="trialing", trial_ends_at="2025-07-01T00:00:00Z")
    env = regenerated(tmp_path, spec)

    seen = probe(PROBE, env, str(tmp_path / "openapi.yaml"))
    assert Path(seen["rplatform_api"]).is_relative_to(tmp_path), "the project's package was used"
    assert seen["model"] == "rplatform.models.BillingStatus"  # where users import it from
    assert Path(seen["defined_in"]) == tmp_path / "rplatform_api/models/billing_status.py"
    assert "trial_ends_at" in seen["declared_fields"]
    assert seen["trial_ends_at"] == "2025-07-01T00:00:00+00:00"
    assert seen["additional_keys"] == []  # a declared field, not an unknown one
    assert seen["status"] == "trialing"


def test_changed_rules_reach_the_facade(tmp_path: Path) -> None:
    """getUsage's `year` at most 2099 and a new `theme`, regenerated, with no other edit: the
    unchanged facade refuses year=2100 before sending, naming 2099, accepts the new theme, and
    help() shows both."""
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    year = spec["components"]["parameters"]["Year"]["schema"]
    assert year["maximum"] == 2100
    year["maximum"] = 2099
    spec["components"]["schemas"]["Theme"]["enum"].append("contrast")
    env = regenerated(tmp_path, spec)

    seen = probe(RULES_PROBE, env)
    assert Path(seen["rplatform_api"]).is_relative_to(tmp_path), "the project's package was used"
    assert seen["refused"] == "year must be <= 2099, got 2100"
    assert seen["requests_after_refusal"] == 0
    assert seen["sent"] == '{"theme":"contrast"}' and seen["theme"] == "contrast"
    assert "2000 <= year <= 2099." in " ".join(seen["usage_help"].split())
    assert "One of 'system', 'light', 'dark', 'contrast'." in " ".join(
        seen["appearance_help"].split()
    )
