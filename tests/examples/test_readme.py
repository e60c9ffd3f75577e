"""Every Python snippet of README.md runs, in order, against a fresh sandbox, and so does each
of its shell recipes (`sh` blocks), with the `rplatform` command.

The snippets are joined into one script (later ones use names from earlier ones, as a reader
would in one session) and run in a subprocess, with the documented sandbox URL replaced by the
test's sandbox. A README statement shown as code therefore cannot drift from the code.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import rplatform
import rplatform_sandbox
from _support import run_shell

README = Path(__file__).resolve().parents[2] / "README.md"
DOCUMENTED_URL = "http://127.0.0.1:8787"


def python_snippets() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```$", README.read_text(encoding="utf-8"), re.M | re.S)


def shell_recipes() -> list[str]:
    return re.findall(r"^```sh\n(.*?)^```$", README.read_text(encoding="utf-8"), re.M | re.S)


def test_readme_has_the_snippets_it_should() -> None:
    code = "\n".join(python_snippets())
    for needle in ("rplatform.Client(", "with_raw_response", "to_pandas()", "limit=3",
                   "rplatform.RetryPolicy(", "rplatform_sandbox.serve()"):  # fmt: skip
        assert needle in code


def test_readme_is_short_and_links_what_it_dropped() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 300
    commands = re.search(r"^```bash\n(.*?)^```$", text, re.M | re.S)
    assert commands and commands[1].splitlines() == [
        "pip install nox && nox -s demo   # install, start a sandbox, run every documented example",
        "nox -s tests                     # lint, typecheck and the test suite, offline",
    ]
    assert "3.11, 3.12 and 3.13" in text
    for link in re.findall(r"\]\(((?:docs|examples)/[^)#]+|CONTRIBUTING\.md)\)", text):
        assert (README.parent / link).is_file(), link


def test_every_readme_snippet_runs(tmp_path: Path) -> None:
    script = tmp_path / "readme_snippets.py"
    with rplatform_sandbox.serve() as base_url:
        code = "\n\n".join(python_snippets()).replace(DOCUMENTED_URL, base_url)
        script.write_text(code, encoding="utf-8")
        env = {**os.environ, "RPLATFORM_API_KEY": "sk_test_sandbox", "RPLATFORM_BASE_URL": base_url}
        env.pop("RPLATFORM_LOG", None)
        run = subprocess.run(
            [sys.executable, str(script)],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert re.search(r"^Total: \$\d+\.\d\d$", out, re.M)
    assert re.search(r"^404 Not Found: No project proj_does_not_exist in your scope\.", out, re.M)
    assert re.search(r"^404 not-found req_\w+$", out, re.M)  # status_code, code, request_id
    assert re.search(r"^trialing$", out, re.M)
    assert re.search(r"^50 failed sign-ins from 5 addresses$", out, re.M)  # all 262 (20 in 100)
    assert re.search(r"^3 \N{MULTIPLICATION SIGN} LoginHistoryEntry$", out, re.M)  # a table
    assert re.search(r"^Cut at limit=3: the API has more\.", out, re.M)
    assert "BillingStatus(\n    owner_type='organization',\n    owner_id='org_123',\n" in out
    assert re.search(r"^ *project_name +sandbox_compute_hours +ai_tokens$", out, re.M)  # pandas
    assert re.search(r"^200 req_\w+ 0 application/json$", out, re.M)  # the raw response


def test_the_three_shell_recipes_run(tmp_path: Path) -> None:
    export, revoke, check = shell_recipes()
    with rplatform_sandbox.serve() as base_url:
        r = rplatform.Client("sk_test_sandbox", base_url=base_url)
        exported = run_shell([export], base_url, tmp_path)
        assert (exported.returncode, exported.stdout, exported.stderr) == (0, "", "")
        (csv_file,) = tmp_path.glob("usage-*.csv")
        header, *rows = csv_file.read_text(encoding="utf-8").splitlines()
        month = r.billing.get_usage_by_project(organization_id="org_123", year=2025, month=6)
        assert header == ",".join(month.to_pandas().columns)
        assert len(rows) == 3  # org_123's projects

        assert len(list(r.settings.list_sessions())) == 4
        revoked = run_shell([revoke], base_url, tmp_path)
        assert (revoked.returncode, revoked.stderr) == (0, "")
        assert [s.id for s in r.settings.list_sessions()] == ["session_sandbox"]

        checked = run_shell([check], base_url, tmp_path)
        assert (checked.returncode, checked.stdout) == (0, "billing: trialing\n")
        personal = check.replace("--organization-id org_123", "--user-id usr_123")
        stopped = run_shell([personal], base_url, tmp_path)
        assert (stopped.returncode, stopped.stderr) == (1, "billing is not set up: not deploying\n")
        failed = run_shell([check.replace("org_123", "org_456")], base_url, tmp_path)
        assert failed.returncode == 4 and failed.stdout == ""  # set -e: another's organization
        assert failed.stderr.startswith("rplatform billing get-status: error: 40")
