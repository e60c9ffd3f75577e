"""One rule, one problem type, one status, wherever the rule is checked (the schema or a handler).

Every constraint of every request field of openapi.yaml is broken on its own, generated from
the spec (`violations`): each parameter and body member is sent missing (if required), of the
wrong type, too short, too long, below its minimum, above its maximum, off its pattern, off its
format, outside its enum, and members that exclude each other (`not`) are sent together; the
rest of the call is the operation's documented call. Every rule a handler checks itself
(`HANDLER_RULES`, which must cover each `invalid(...)` of the API's handlers) is driven too.
Then, over all the answers:

- each is a `validation-failed` problem naming the field and the rule it broke;
- a field's rule answers one status, whether it broke alone or with another rule of that field;
- a field's value rules share one status, 422 (the password policy: its lengths and its pattern
  in the schema, `unchanged` in the handler), and its shape rules 400 (`SHAPE`, as the `Problem`
  catalogue of openapi.yaml says);
- a rule (`format`, `minimum`, ...) answers one status across every operation and field.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from _support import load_spec
from rplatform_sandbox import problem_types
from rplatform_sandbox.app import HERE
from rplatform_sandbox.problem_types import BASE

from ._probes import Probe, schema_probes
from ._requests import Call, Operation, operations, reset, served

# The catalogue's shape rules: a missing or mistyped member, members sent together.
SHAPE = frozenset({"required", "type", "not"})


@dataclass(frozen=True)
class Answer:
    probe: Probe
    status: int
    kind: str
    errors: tuple[tuple[str, str], ...]  # (field, code) of each of `errors`

    @property
    def fields(self) -> set[str]:
        return {name for name, _ in self.errors}

    @property
    def codes(self) -> set[str]:
        return {code for _, code in self.errors}


def _by_id() -> dict[str, Operation]:
    return {operation.id: operation for operation in operations()}


def _handler_probe(op_id: str, field: str, code: str, change: Callable[[Call], None]) -> Probe:
    operation = _by_id()[op_id]
    call = Call.documented(operation)
    change(call)
    return Probe(operation, field, code, call, "handler")


def _params(**values: Any) -> Callable[[Call], None]:
    def change(call: Call) -> None:
        call.params = {k: v for k, v in {**call.params, **values}.items() if v is not None}

    return change


def _body(**values: Any) -> Callable[[Call], None]:
    def change(call: Call) -> None:
        call.body = {**call.body, **values}

    return change


# A cursor of the projects list: well formed, but not one of the login history's.
PROJECTS_CURSOR = "WyJwcm9qZWN0cyIsInByb2pfMTI0Il0"
HANDLER_RULES = [
    ("getProjectUsage", "to", "minimum", _params(**{"from": "2025-06-30", "to": "2025-06-01"})),
    ("getUsage", "month", "required", _params(month=None)),
    ("getUsage", "year", "required", _params(year=None)),
    ("getStatus", "organization_id", "not", _params(user_id="usr_123")),
    ("getLoginHistory", "cursor", "format", _params(cursor=PROJECTS_CURSOR)),
    (
        "changePassword",
        "new_password",
        "unchanged",
        _body(current_password="currentPassword123", new_password="currentPassword123"),
    ),
    (
        "requestEmailChange",
        "new_email",
        "unchanged",
        _body(new_email="demo@example.com", password="currentPassword123"),
    ),
]
# Where the API's handlers check rules of their own (not the sandbox's helper routes).
HANDLER_SOURCES = [
    HERE / "handlers" / "common.py",
    HERE / "handlers" / "billing.py",
    HERE / "handlers" / "settings.py",
    HERE / "handlers" / "notifications.py",
    HERE / "pagination.py",
]


def handler_rules_in_source(path: Path) -> set[tuple[str, str]]:
    """(field, code) of every `invalid(field, code, ...)` call; `*` for a computed field."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "invalid":
            name, code = node.args[:2]
            assert isinstance(code, ast.Constant), f"{path.name}:{node.lineno}: a literal code"
            field = name.value if isinstance(name, ast.Constant) else "*"
            found.add((field, code.value))
    return found


def _answer(probe: Probe, response: httpx.Response) -> Answer:
    body = response.json() if response.content else {}
    errors = tuple((e["field"], e["code"]) for e in body.get("errors", []))
    kind = str(body.get("type", "")).removeprefix(BASE)
    return Answer(probe, response.status_code, kind, errors)


@pytest.fixture(scope="module")
def answers() -> list[Answer]:
    found = []
    with served() as (url, client):
        reset(url)
        for operation in operations():
            documented = Call.documented(operation).send(client)
            # The documented call itself breaks no rule: every probe breaks just its own.
            assert not documented.text.count(BASE + "validation-failed"), documented.text
            for probe in schema_probes(operation):
                found.append(_answer(probe, probe.call.send(client)))
        for op_id, field, code, change in HANDLER_RULES:
            reset(url)
            probe = _handler_probe(op_id, field, code, change)
            found.append(_answer(probe, probe.call.send(client)))
    return found


def test_every_rule_of_every_field_is_driven(answers: list[Answer]) -> None:
    driven = {(a.probe.operation.id, a.probe.field, a.probe.code) for a in answers}
    assert len(driven) > 200
    for rule in ("required", "type", "minLength", "maxLength", "minimum", "maximum", "pattern"):
        assert any(code == rule for _, _, code in driven), rule
    assert {code for _, _, code in driven} >= {"format", "enum", "not", "unchanged"}


def test_every_handler_rule_of_the_api_is_driven(answers: list[Answer]) -> None:
    in_source = set().union(*(handler_rules_in_source(path) for path in HANDLER_SOURCES))
    driven = {(a.probe.field, a.probe.code) for a in answers if a.probe.checked_by == "handler"}
    for field, code in in_source:
        assert any(code == c and field in ("*", f) for f, c in driven), (field, code)


def test_each_broken_rule_is_a_validation_failure_naming_it(answers: list[Answer]) -> None:
    wrong = [
        f"{a.probe.operation.id} {a.probe.field} {a.probe.code}: {a.status} {a.kind} {a.errors}"
        for a in answers
        if a.kind != "validation-failed" or (a.probe.field, a.probe.code) not in a.errors
    ]
    assert wrong == []


def _statuses(answers: list[Answer], key: Callable[[Answer], Any]) -> dict[Any, set[int]]:
    grouped: dict[Any, set[int]] = defaultdict(set)
    for answer in answers:
        grouped[key(answer)].add(answer.status)
    return grouped


def _one_field(answers: list[Answer]) -> list[Answer]:
    """The answers whose errors are all about the field the probe broke."""
    return [a for a in answers if a.fields == {a.probe.field}]


def test_a_fields_rule_has_one_status_alone_or_with_its_other_rules(
    answers: list[Answer],
) -> None:
    per_rule: dict[Any, set[int]] = defaultdict(set)
    for answer in _one_field(answers):
        if answer.codes & SHAPE and answer.codes - SHAPE:
            continue  # a shape error with a value one (12345 for an enum): the next test's
        for code in answer.codes:
            per_rule[(answer.probe.operation.id, answer.probe.field, code)].add(answer.status)
    assert {rule: s for rule, s in per_rule.items() if len(s) > 1} == {}


def test_a_fields_value_rules_are_422_and_its_shape_rules_400(answers: list[Answer]) -> None:
    statuses = _statuses(
        _one_field(answers),
        lambda a: (a.probe.operation.id, a.probe.field, bool(a.codes & SHAPE)),
    )
    wrong = {key: found for key, found in statuses.items() if found != {400 if key[2] else 422}}
    assert wrong == {}


def test_a_rule_has_one_status_on_every_operation_and_field(answers: list[Answer]) -> None:
    alone = [a for a in answers if len(a.codes) == 1]
    statuses = _statuses(alone, lambda a: next(iter(a.codes)))
    assert {code: found for code, found in statuses.items() if len(found) > 1} == {}
    value_rules = {code for code, found in statuses.items() if found == {422}}
    assert value_rules <= problem_types.VALUE_RULES
    assert not (set(statuses) - value_rules) & problem_types.VALUE_RULES


def test_the_catalogue_says_which_rules_are_the_shape() -> None:
    catalogue = load_spec()["components"]["schemas"]["Problem"]["properties"]["type"]
    row = next(
        line for line in catalogue["description"].splitlines() if "`validation-failed`" in line
    )
    assert "422 when a value of the right type breaks a rule" in row
    assert "400 for the shape (a missing or mistyped member, members sent together)" in row
