"""The problem types openapi.yaml documents are exactly the ones the sandbox can answer.

The sandbox's one table (`rplatform_sandbox.problem_types.KINDS`) and the table in the
description of the `Problem` schema's `type` must agree on every kind: name, statuses, title
and meaning. Every documented error response's example is a documented kind with that status.
`tests/sandbox/test_sandbox_problem_types.py` drives the server into each kind.
"""

from __future__ import annotations

import re

from _support import load_spec, operations, resolve
from rplatform_sandbox.problem_types import BASE, KINDS

SPEC = load_spec()
ROW = re.compile(r"^\| `([a-z-]+)` \| ([0-9, ]+) \| ([^|]+) \| (.+) \|$")


def documented_kinds() -> dict[str, tuple[tuple[int, ...], str, str]]:
    text = SPEC["components"]["schemas"]["Problem"]["properties"]["type"]["description"]
    rows = [ROW.match(line.strip()) for line in text.splitlines() if line.startswith("| `")]
    assert all(rows), "every row of the kinds table reads | `kind` | statuses | title | meaning |"
    return {
        m[1]: (tuple(int(s) for s in m[2].split(",")), m[3].strip(), m[4].strip())
        for m in rows
        if m is not None
    }


def test_the_documented_kinds_are_the_sandbox_kinds() -> None:
    sandbox = {k.name: (k.statuses, k.title, k.meaning) for k in KINDS.values()}
    assert documented_kinds() == sandbox


def test_the_base_uri_is_documented_and_absolute() -> None:
    assert BASE.startswith("https://") and BASE.endswith("/")
    assert BASE in SPEC["info"]["description"]
    assert BASE in SPEC["components"]["schemas"]["Problem"]["properties"]["type"]["description"]


def test_every_error_example_is_a_documented_kind_of_its_status() -> None:
    kinds = documented_kinds()
    checked = 0
    for _, _, op in operations(SPEC):
        for status, response in op["responses"].items():
            if status.startswith("2"):
                continue
            example = resolve(SPEC, response)["content"]["application/problem+json"]["example"]
            kind = example["type"].removeprefix(BASE)
            assert kind in kinds, f"{op['operationId']} {status}: {example['type']}"
            assert int(status) in kinds[kind][0] and example["status"] == int(status)
            assert example["title"] == kinds[kind][1]
            assert example["instance"].startswith("urn:rplatform:request:")
            assert bool(example["errors"]) == (kind == "validation-failed")
            checked += 1
    assert checked > 200


def test_every_documented_error_status_has_a_kind() -> None:
    statuses = {int(s) for k in KINDS.values() for s in k.statuses}
    for _, _, op in operations(SPEC):
        errors = {int(s) for s in op["responses"] if not s.startswith("2")}
        assert errors <= statuses, f"{op['operationId']}: {sorted(errors - statuses)}"


def test_each_error_response_lists_the_kinds_it_carries() -> None:
    # `x-problem-types` is what the SDK's help() says of each status: the kinds a user can
    # branch on (`error.code`). Each is a documented kind of the response's own status.
    kinds = documented_kinds()
    for name, response in SPEC["components"]["responses"].items():
        listed = response["x-problem-types"]
        example = response["content"]["application/problem+json"]["example"]
        assert listed and len(set(listed)) == len(listed), name
        assert example["type"].removeprefix(BASE) in listed, name
        for kind in listed:
            assert example["status"] in kinds[kind][0], f"{name}: {kind}"
