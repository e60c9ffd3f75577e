"""Every hand-written page of the site (docs/index.md, docs/guides/) runs: its Python snippets,
joined in order into one script as a reader would type them, against a fresh sandbox, with the
documented sandbox URL replaced by the test's. The pages are found, not listed: a new guide runs
too. What a page prints is checked where a reader relies on it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import rplatform_sandbox
from _support import ROOT

DOCS = ROOT / "docs"
DOCUMENTED_URL = "http://127.0.0.1:8787"
PAGES = sorted(path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md"))
SNIPPET = re.compile(r"^```python\n(.*?)^```$", re.M | re.S)

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


def snippets(page: str) -> list[str]:
    return SNIPPET.findall((DOCS / page).read_text(encoding="utf-8"))


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
