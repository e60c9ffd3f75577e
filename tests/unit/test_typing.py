"""What a type checker sees: mypy --strict on a script that calls every method in raw mode.

The script is written from the facade's methods and openapi.yaml: for each operation, the
documented call through `with_raw_response` must reveal `RawResponse[...]` whose `.parse()` is
the documented model (`ModelList[Model]` for arrays, `ListResult[Model]` for the paginated ones,
`None` without content), and misspelled
methods and keywords must be errors, in raw mode as in normal mode. Run from the repository
root, mypy reuses the cache of `nox -s typecheck`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from _support import ROOT, documented_call, facade_methods, load_spec, operations, resolve

SPEC = load_spec()
REVEALED = re.compile(r'^.*?:(\d+): note: Revealed type is "(.*)"$')
ERROR = re.compile(r"^.*?:(\d+): error: (.*)$")


def documented_result(op: dict[str, Any]) -> str:
    """The result type openapi.yaml documents for an operation's success."""
    status = min(s for s in op["responses"] if s.startswith("2"))
    content = resolve(SPEC, op["responses"][status]).get("content")
    if content is None:
        return "None"
    schema = content["application/json"]["schema"]
    if schema.get("type") == "array":
        item = schema["items"]["$ref"].rsplit("/", 1)[1]
        paginated = any(resolve(SPEC, p)["name"] == "cursor" for p in op.get("parameters", []))
        return (
            f"rplatform._list_result.ListResult[{item}]"
            if paginated
            else f"rplatform_api.lists.ModelList[{item}]"
        )
    return str(schema["$ref"].rsplit("/", 1)[1])


def short(type_name: str) -> str:
    """`rplatform_api.models.session.Session` -> `Session`, inside generics too."""
    return re.sub(r"\b(?:\w+\.)+(\w+)", r"\1", type_name)


def script() -> tuple[str, dict[int, str], set[int]]:
    """The script, the type expected on each reveal_type line, and the lines that must fail."""
    lines = ["import rplatform", "", 'r = rplatform.Client("sk_test")']
    expected: dict[int, str] = {}
    for _, _, op in operations(SPEC):
        resource, name, arguments = documented_call(SPEC, op)
        assert (resource, name) in facade_methods(), name
        args = ", ".join(f"{key}={value!r}" for key, value in arguments.items())
        raw = f"r.with_raw_response.{resource}.{name}({args})"
        result = short(documented_result(op))
        lines.append(f"reveal_type({raw})")
        expected[len(lines)] = f"RawResponse[{result}]"
        lines.append(f"reveal_type({raw}.parse())")
        expected[len(lines)] = result
        lines.append(f"reveal_type(r.{resource}.{name}({args}))")
        expected[len(lines)] = result
    errors = {}
    for mistake in (
        "r.with_raw_response.billing.get_statuz()",
        'r.with_raw_response.billing.get_status(organisation_id="org_123")',
        'r.billing.with_raw_response.get_usage(organization_id="org_123", yaer=2025)',
        'r.with_raw_response.settings.revoke_session("s", timeout="10")',
        'r.billing.get_status(organisation_id="org_123")',
        "r.with_raw_response.settings.get_preferences().parse().no_such_field",
    ):
        lines.append(mistake)
        errors[len(lines)] = mistake
    return "\n".join(lines) + "\n", expected, set(errors)


def test_mypy_sees_every_raw_result_and_every_mistake(tmp_path: Path) -> None:
    code, expected, mistakes = script()
    path = tmp_path / "user_script.py"
    path.write_text(code, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    revealed: dict[int, str] = {}
    failed: set[int] = set()
    for line in run.stdout.splitlines():
        if match := REVEALED.match(line):
            revealed[int(match[1])] = short(match[2])
        elif match := ERROR.match(line):
            failed.add(int(match[1]))
    assert revealed == expected, run.stdout
    assert failed == mistakes, run.stdout
