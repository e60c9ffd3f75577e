"""Mutants equivalent by rule: never made by `nox -s mutate`, counted and listed by report.py.

mutmut 3 changes the letter case of every string literal. SQLite reads keywords, table and
column names in any case, so that mutant of an SQL statement changes nothing observable as long
as two things come through it intact: its quoted values (`'active'` is data, whose case matters)
and the names its SELECTs give their result columns, since the sandbox reads rows by exact
column name (`db.ExactRow`). SQLite names a plain column reference (`id`, `p.id`, `*`) by its
declaration whatever case it is written in, an aliased one by its alias (`AS is_current`), and
any other expression by its text (`count(*)`). About 160 of the sandbox core's mutants, on about
120 lines, too many to mark one by one. The string must start with an upper-case SQL keyword and
only the case may differ.

`install()` wraps mutmut's string operator (mutmut 3.8.1, pinned) before it makes mutants.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import libcst as cst
from mutmut.mutation import mutators

SQL_CASE = "the letter case of SQL keywords and names: SQLite reads them in any case"
QUOTED = re.compile(r"'[^']*'")
# A select list up to its FROM (or the end of this literal: the rest may be in the next one).
SELECT_LIST = re.compile(r"(?<!\()\bSELECT\b(.*?)(?:\bFROM\b|$)", re.IGNORECASE | re.DOTALL)
ALIASED = re.compile(r".*\sAS\s+(\w+)\s*", re.IGNORECASE | re.DOTALL)
COLUMN = re.compile(r"\s*(?:\w+\.)?(\w+|\*)\s*")
SQL = re.compile(
    r"[\"']\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|SAVEPOINT|RELEASE|ROLLBACK|BEGIN|COMMIT"
    r"|CREATE|DROP|PRAGMA|FROM|WHERE|AND|OR|ORDER BY|GROUP BY|JOIN|LIMIT|VALUES|SET|ON)\b"
)


def sql_case_only(original: cst.BaseString, mutant: cst.BaseString) -> bool:
    """Whether `mutant` only changes the case of an SQL string's keywords and names."""
    if not isinstance(original, cst.SimpleString) or not isinstance(mutant, cst.SimpleString):
        return False
    old, new = original.value, mutant.value
    body = old[1:-1]
    # One word alone may be an HTTP method ("DELETE"), whose case matters; not a transaction's.
    statement = " " in body.strip() or body.strip() in {"BEGIN", "COMMIT", "ROLLBACK"}
    sql = bool(SQL.match(old)) and statement and body.count("'") % 2 == 0
    new_body = new[1:-1]
    same_data = QUOTED.findall(body) == QUOTED.findall(new_body)
    same = old != new and old.lower() == new.lower() and same_data
    return sql and same and _result_names(body) == _result_names(new_body)


def _result_names(sql: str) -> list[list[str]]:
    """The names SQLite gives the result columns of each SELECT in `sql`, as far as it shows."""
    names = []
    for select in SELECT_LIST.finditer(sql):
        columns = []
        for item in _top_level_items(select.group(1)):
            if aliased := ALIASED.fullmatch(item):
                columns.append(aliased.group(1))
            elif column := COLUMN.fullmatch(item):
                columns.append(column.group(1).lower())  # its declaration's name, in any case
            else:
                columns.append(item.strip())
        names.append(columns)
    return names


def _top_level_items(select_list: str) -> list[str]:
    """`a, count(b, c), d` as its three items: commas inside parentheses do not split."""
    items, depth, start = [], 0, 0
    for index, char in enumerate(select_list):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            items.append(select_list[start:index])
            start = index + 1
    return [*items, select_list[start:]]


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
