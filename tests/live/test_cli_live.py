"""The command line against a real sandbox: every method of the facade, enumerated (not listed),
runs as its command with its documented example's arguments; the whole login history exports
as CSV; the console script's process prints a failure as one line.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
import rplatform
from _support import example_state, facade_methods
from rplatform._cli import run
from rplatform._cli._commands import catalog
from rplatform._cli._examples import example
from rplatform_api.api import NoBody

METHODS = sorted(facade_methods())
COMMANDS = catalog()
HISTORY = 262  # the demo user's sign-ins in the sandbox's seed data
MORE = "rplatform: more follow: add --cursor "  # what a list that --limit cut says on stderr


@pytest.fixture
def configured(monkeypatch: pytest.MonkeyPatch, sandbox_url: str) -> Iterator[str]:
    """The environment of a command-line user of the sandbox: its key and its URL."""
    monkeypatch.setenv("RPLATFORM_API_KEY", "sk_test_sandbox")
    monkeypatch.setenv("RPLATFORM_BASE_URL", sandbox_url)
    monkeypatch.delenv("RPLATFORM_LOG", raising=False)
    yield sandbox_url


def rplatform_(*words: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(words), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("key", METHODS, ids=lambda key: f"{key[0]}.{key[1]}")
def test_every_method_runs_as_its_command_with_its_documented_example(
    key: tuple[str, str], client: rplatform.Client, configured: str
) -> None:
    resource, name = key
    command = COMMANDS[resource].commands[name.replace("_", "-")]
    words = example(command)
    assert words[:2] == [resource, name.replace("_", "-")]
    fills = example_state(name, client, configured)
    words = [fills.get(word, word) for word in words]
    status, out, err = rplatform_(*words, "--format", "jsonl")
    assert status == 0, (words, err)
    assert re.fullmatch(f"({re.escape(MORE)}\\S+ to continue\n)?", err), (words, err)  # --limit
    if isinstance(command.success, NoBody):
        assert out == ""
    else:  # a model, or a list: a row per item, each a JSON object
        assert [type(json.loads(line)) for line in out.splitlines()] == [dict] * out.count("\n")


def test_the_login_history_exports_whole_as_csv(client: rplatform.Client, configured: str) -> None:
    status, out, err = rplatform_("settings", "get-login-history", "--format", "csv")
    assert (status, err) == (0, "")
    header, *rows = list(csv.reader(io.StringIO(out)))
    assert header == ["id", "created_at", "ip_address", "user_agent", "success", "failure_reason"]
    assert len(rows) == HISTORY
    assert len({row[0] for row in rows}) == HISTORY
    status, out, err = rplatform_("settings", "get-login-history", "--format", "csv",
                                  "--limit", "10")  # fmt: skip
    header, *newest = list(csv.reader(io.StringIO(out)))
    assert (status, len(newest)) == (0, 10)
    assert newest == rows[:10]
    assert err.startswith(MORE) and err.endswith(" to continue\n") and err.count("\n") == 1
    cursor = err.removeprefix(MORE).split()[0]
    status, out, err = rplatform_("settings", "get-login-history", "--format", "csv",
                                  "--cursor", cursor, "--page-size", "100")  # fmt: skip
    header, *rest = list(csv.reader(io.StringIO(out)))
    assert (status, err, rest) == (0, "", rows[10:])


def test_a_wrong_key_exits_3_with_one_line_and_no_traceback(configured: str) -> None:
    env = {**os.environ, "RPLATFORM_API_KEY": "sk_test_wrong"}
    done = subprocess.run(
        [sys.executable, "-m", "rplatform", "billing", "get-status", "--organization-id",
         "org_123"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (3, "")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("rplatform billing get-status: error: 401 Unauthorized: ")
    assert "sk_test_wrong" not in done.stderr
