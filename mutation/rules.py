"""Mutants equivalent by rule: never made by `nox -s mutate`, counted and listed by report.py.

mutmut 3 changes the letter case of every string literal. SQLite reads keywords, table and
column names in any case, so that mutant of an SQL statement with no quoted value in it changes
nothing observable: about 160 of the sandbox core's mutants, on about 120 lines, too many to mark
one by one. The rule is narrow on purpose: the string must start with an upper-case SQL keyword
and hold no `'` (a quoted value such as 'active' is data, whose case matters), and only the case
may differ. One more condition, since the sandbox reads rows by exact column name (`db.ExactRow`):
a SELECT's result names must not change. SQLite names a plain column reference (`id`, `p.id`,
`*`) by its declaration whatever case it is written in, but an expression or an alias (`count(*)`,
`AS is_current`) by its text, so a select list with either must come through the change intact.

`install()` wraps mutmut's string operator (mutmut 3.8.1, pinned) before it makes mutants.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import libcst as cst
from mutmut.mutation import mutators

SQL_CASE = "the letter case of SQL with no quoted value: SQLite reads it in any case"
# A select list up to its FROM (or the end of this literal: the rest may be in the next one).
SELECT_LIST = re.compile(r"(?<!\()\bSELECT\b(.*?)(?:\bFROM\b|$)", re.IGNORECASE | re.DOTALL)
PLAIN_COLUMNS = re.compile(r"[\w.*,\s]*")
SQL = re.compile(
    r"[\"']\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|SAVEPOINT|RELEASE|ROLLBACK|BEGIN|COMMIT"
    r"|CREATE|DROP|PRAGMA|FROM|WHERE|AND|OR|ORDER BY|GROUP BY|JOIN|LIMIT|VALUES|SET|ON)\b"
)


def sql_case_only(original: cst.BaseString, mutant: cst.BaseString) -> bool:
    """Whether `mutant` only changes the letter case of an SQL string with no quoted value."""
    if not isinstance(original, cst.SimpleString) or not isinstance(mutant, cst.SimpleString):
        return False
    old, new = original.value, mutant.value
    body = old[1:-1]
    # One word alone may be an HTTP method ("DELETE"), whose case matters; not a transaction's.
    statement = " " in body.strip() or body.strip() in {"BEGIN", "COMMIT", "ROLLBACK"}
    sql = bool(SQL.match(old)) and statement and "'" not in body
    return sql and old != new and old.lower() == new.lower() and _same_result_names(old, new)


def _same_result_names(old: str, new: str) -> bool:
    """Whether each SELECT in `new` gives its columns the names it gives them in `old`."""
    before = [m.group(1) for m in SELECT_LIST.finditer(old)]
    after = [m.group(1) for m in SELECT_LIST.finditer(new)]
    return all(
        a == b or (PLAIN_COLUMNS.fullmatch(a) is not None and " as " not in f" {a.lower()} ")
        for a, b in zip(before, after, strict=True)
    )


def _operator_string(node: cst.BaseString) -> Iterable[cst.BaseString]:
    for mutant in _ORIGINAL(node):
        if not sql_case_only(node, mutant):
            yield mutant


_ORIGINAL = mutators.operator_string


def install() -> None:
    """Make mutmut skip the mutants equivalent by rule (in this process and those it forks)."""
    operators = mutators.mutation_operators
    for index, (node_type, operator) in enumerate(operators):
        if operator is _ORIGINAL:
            operators[index] = (node_type, _operator_string)


def uninstall() -> None:
    """Back to mutmut's own operator (report.py counts what the rule withholds)."""
    operators = mutators.mutation_operators
    for index, (node_type, operator) in enumerate(operators):
        if operator is _operator_string:
            operators[index] = (node_type, _ORIGINAL)
