"""The `rplatform` console script as a user installs it: the wheel alone (httpx and attrs, no
extra) in a fresh virtualenv, its script on the virtualenv's PATH, against a sandbox this test
runs; `python -m rplatform` there too.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
from pathlib import Path

import rplatform_sandbox
from _outside import fresh_virtualenv


def test_the_installed_script_runs_every_kind_of_command(tmp_path: Path, wheel: Path) -> None:
    python = fresh_virtualenv(tmp_path, str(wheel))
    script = python.parent / "rplatform"
    assert script.is_file()
    work = tmp_path / "user"
    work.mkdir()
    with rplatform_sandbox.serve() as base_url:
        env = {"PATH": f"{python.parent}{os.pathsep}{os.environ['PATH']}", "HOME": str(work),
               "RPLATFORM_API_KEY": "sk_test_sandbox", "RPLATFORM_BASE_URL": base_url}  # fmt: skip

        def rplatform(
            *words: str, key: str = "sk_test_sandbox"
        ) -> subprocess.CompletedProcess[str]:
            return subprocess.run(["rplatform", *words], cwd=work, capture_output=True, text=True,
                                  env={**env, "RPLATFORM_API_KEY": key}, timeout=120,
                                  check=False)  # fmt: skip

        version = rplatform("--version")
        assert version.returncode == 0 and version.stdout.startswith("rplatform ")
        helped = rplatform("billing", "get-usage", "--help")
        assert "--organization-id ORGANIZATION_ID" in helped.stdout
        exported = rplatform("settings", "get-login-history", "--format", "csv", "--limit", "10")
        assert exported.returncode == 0
        assert len(list(csv.reader(io.StringIO(exported.stdout)))) == 11
        more = "rplatform: more follow: add --cursor "  # 262 sign-ins in all
        assert exported.stderr.startswith(more) and exported.stderr.count("\n") == 1
        cursor = exported.stderr.removeprefix(more).split()[0]
        rest = rplatform("settings", "get-login-history", "--format", "csv", "--cursor", cursor)
        assert (rest.returncode, rest.stderr) == (0, "")
        assert len(list(csv.reader(io.StringIO(rest.stdout)))) == 1 + 262 - 10
        status = rplatform("billing", "get-status", "--organization-id", "org_123", "--field",
                           "status")  # fmt: skip
        assert (status.returncode, status.stdout) == (0, "trialing\n")
        refused = rplatform("billing", "get-status", key="sk_test_wrong")
        assert (refused.returncode, refused.stdout) == (3, "")
        assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
        module = subprocess.run(
            [str(python), "-m", "rplatform", "settings", "list-sessions", "--field", "id"],
            cwd=work, env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert module.returncode == 0 and "session_sandbox\n" in module.stdout
