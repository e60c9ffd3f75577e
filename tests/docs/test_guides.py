"""Every hand-written page of the site (docs/index.md, docs/guides/) runs: its Python snippets,
joined in order into one script as a reader would type them, against a fresh sandbox, with the
documented sandbox URL replaced by the test's; and so do its shell snippets (`sh` blocks; a
`bash` block shows a command to adapt, such as starting the sandbox). The pages are found, not
listed: a new guide runs too. What a page prints is checked where a reader relies on it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import rplatform_sandbox
from _support import DOCUMENTED_URL, ROOT, run_shell
from rplatform._cli import _failure

DOCS = ROOT / "docs"
PAGES = sorted(path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md"))
SNIPPET = re.compile(r"^```python\n(.*?)^```$", re.M | re.S)
SHELL = re.compile(r"^```sh\n(.*?)^```$", re.M | re.S)

# What each page's code prints that its prose promises (regular expressions, one line each).
PRINTS = {
    "index.md": [r"^Total: \$\d+\.\d\d$", r"— current: True$"],
    "guides/configuration.md": [r"^120\.0$", r"^trialing$", r"^True$", r"^replayed: True$"],
    "guides/errors-and-retries.md": [
        r"^404 Not Found: No project proj_does_not_exist in your scope\. \(request_id=req_\w+\)$",
        r"^wrong password; try again$",
        r"^timezone: format: 'Mars/Olympus' is not an IANA time zone name\.$",
        r"^trialing$",
        r"^200 2$",  # two injected 503s, retried
    ],
    "guides/pagination.md": [
        r"^50 failed sign-ins from 5 addresses$",  # all 262 sign-ins: 20 in the first 100
        r"^\['login_\w+', 'login_\w+'\] \.\.\.$",
        r"^\['session_sandbox', 'session_\w+'\]$",
        r"^262 entries in all$",
        r"^Cut at limit=3: the API has more\.",
    ],
    "guides/raw-responses-and-logging.md": [r"^200 req_\w+ 0 application/json$", r"^trialing$"],
    "guides/notebooks.md": [
        r"^BillingStatus\($",
        r"^ *project_name +sandbox_compute_hours +ai_tokens$",
        r"^6 \d+$",
    ],
    "guides/sandbox.md": [r"^trialing$", r"^Email address changed\.$", r"^True$", r"^1$"],
}


# What each page's shell snippets print (regular expressions, one line each).
SHELL_PRINTS = {
    "guides/command-line.md": [
        r"^\d+$",  # the usage summary's total_cost_cents
        r"^2\d{3}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00\t[\d.]+\t(true|false)$",
        r"^project_name,total_cost_cents$",
        r"^Data Pipeline,\d+$",
        r"^exit status 4: rplatform billing get-project-usage: error: 404 Not Found: No project "
        r"proj_does_not_exist in your scope\. \(request_id=req_\w+\)$",
        r"^rplatform: more follow: add --cursor \S+ to continue$",  # after --limit 100 of 262
        r"^4$",  # the CSV of last month: a header and the three projects
        r"^\d+ 192\.0\.2\.99$",  # failed sign-ins per address, over the whole history
        r"^session_sandbox$",
        r"^billing: trialing$",
    ],
}


def snippets(page: str, kind: re.Pattern[str] = SNIPPET) -> list[str]:
    return kind.findall((DOCS / page).read_text(encoding="utf-8"))


def test_every_checked_page_has_code() -> None:
    assert set(PRINTS) <= {page for page in PAGES if snippets(page)}


@pytest.mark.parametrize("page", [page for page in PAGES if snippets(page)])
def test_every_snippet_of_the_page_runs(page: str, tmp_path: Path) -> None:
    script = tmp_path / "snippets.py"
    with rplatform_sandbox.serve() as base_url:
        code = "\n\n".join(snippets(page)).replace(DOCUMENTED_URL, base_url)
        script.write_text(code, encoding="utf-8")
        env = {**os.environ, "RPLATFORM_API_KEY": "sk_test_sandbox", "RPLATFORM_BASE_URL": base_url}
        env.pop("RPLATFORM_LOG", None)
        run = subprocess.run(
            [sys.executable, str(script)],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    assert run.returncode == 0, run.stderr
    missing = [p for p in PRINTS.get(page, []) if not re.search(p, run.stdout, re.M)]
    assert not missing, f"{page}: {missing} not in:\n{run.stdout}"


def test_every_page_with_shell_snippets_is_checked() -> None:
    assert set(SHELL_PRINTS) == {page for page in PAGES if snippets(page, SHELL)}


@pytest.mark.parametrize("page", sorted(SHELL_PRINTS))
def test_every_shell_snippet_of_the_page_runs(page: str, tmp_path: Path) -> None:
    with rplatform_sandbox.serve() as base_url:
        run = run_shell(snippets(page, SHELL), base_url, tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    missing = [p for p in SHELL_PRINTS[page] if not re.search(p, run.stdout, re.M)]
    assert not missing, f"{page}: {missing} not in:\n{run.stdout}"


def test_the_command_lines_exit_statuses_are_those_it_documents() -> None:
    text = (DOCS / "guides" / "command-line.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d+) \| (.+) \|$", text, re.M)
    assert {int(code): meaning.replace("\\|", "|") for code, meaning in rows} == _failure.MEANINGS
