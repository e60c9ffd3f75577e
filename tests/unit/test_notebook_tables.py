"""What Jupyter shows of a list of models and of one model, tag for tag.

test_tables.py checks each rule of the HTML views on the generated models; these tests pin the
whole markup for a small model with a field of every kind, so that a changed alignment, tooltip,
indent, number format or escape shows up as a difference. The models here are written as the
generator writes them: attrs classes of `Model`, with their `FIELDS` (what the views read).
"""

from __future__ import annotations

import datetime
import enum
from typing import Any

import attrs
import pytest
from rplatform_api._columns import Column, cell, columns, extra_columns
from rplatform_api._html import _texts, model_view
from rplatform_api.lists import ModelList
from rplatform_api.types import UNSET, Field, Model, Unset


class Plan(enum.Enum):
    FREE = "free"
    TEAM = "team"


@attrs.define(repr=False, eq=False)
class Limits(Model):
    """Limits of an account."""

    FIELDS = (
        Field("max_projects", "max_projects", required=True, description="Projects, at most.",
              type="integer"),
    )  # fmt: skip

    max_projects: int
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "max_projects": self.max_projects}


@attrs.define(repr=False, eq=False)
class Account(Model):
    """An account."""

    FIELDS = (
        Field("name", "name", required=True, description="Its name, as shown <here>.",
              type="string"),
        Field("plan", "plan", required=True, description="The plan.", type="string",
              enum=("free", "team")),
        Field("active", "active", required=True, type="boolean"),
        Field("cost", "cost", required=True, description="In dollars.", type="number"),
        Field("since", "since", required=True, description="Opened on.", type="string",
              format="date"),
        Field("seen_at", "seen_at", required=True, description="Last seen.", type="string",
              format="date-time", nullable=True),
        Field("limits", "limits", description="Its limits.", type="object", nullable=True,
              model=Limits),
        Field("members", "members", description="Member limits.", type="array", model=Limits),
        Field("tags", "tags", description="Tags.", type="array"),
    )  # fmt: skip

    name: str
    plan: Plan
    active: bool
    cost: float
    since: datetime.date
    seen_at: datetime.datetime | None
    limits: Limits | Unset | None = UNSET
    members: list[Limits] = attrs.field(factory=list)
    tags: list[str] = attrs.field(factory=list)
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


def accounts() -> list[Account]:
    return [
        Account(
            name="a_b.c <&>",
            plan=Plan.TEAM,
            active=True,
            cost=0.5,
            since=datetime.date(2025, 6, 1),
            seen_at=datetime.datetime(2025, 6, 2, 3, 4, 5, tzinfo=datetime.UTC),
            limits=Limits(3, {"soft": 2}),
            members=[Limits(1), Limits(2)],
            tags=["x", "<y>"],
            additional_properties={"region": "eu", "score": 2.5},
        ),
        Account(
            name="b",
            plan=Plan.FREE,
            active=False,
            cost=1e-06,
            since=datetime.date(2024, 1, 31),
            seen_at=None,
        ),
    ]


LEFT = "text-align:left"
KEEP = "text-align:left;white-space:nowrap"
RIGHT = "text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums"
HEAD = "text-align:left;vertical-align:bottom"
HEAD_RIGHT = "text-align:right;vertical-align:bottom"


def row(number: int, *cells: tuple[str, str]) -> str:
    tds = "".join(f'<td style="{style}">{text}</td>' for style, text in cells)
    return f'<tr><th style="{RIGHT}">{number}</th>{tds}</tr>'


def test_a_table_of_models_in_jupyter_tag_for_tag() -> None:
    html = ModelList(accounts())._repr_html_() or ""
    head, body = html.split("<tbody>")
    assert head == (
        '<div style="overflow-x:auto;max-width:100%"><table class="rplatform-table">'
        '<caption style="text-align:left">2 \N{MULTIPLICATION SIGN} Account</caption><thead><tr>'
        '<th style="text-align:right"></th>'
        f'<th style="{HEAD}" title="Its name, as shown &lt;here&gt;.">name</th>'
        f'<th style="{HEAD}" title="The plan.">plan</th>'
        f'<th style="{HEAD}">active</th>'
        f'<th style="{HEAD_RIGHT}" title="In dollars.">cost</th>'
        f'<th style="{HEAD}" title="Opened on.">since</th>'
        f'<th style="{HEAD}" title="Last seen.">seen_<wbr>at</th>'
        f'<th style="{HEAD_RIGHT}" title="Projects, at most.">limits.<wbr>max_<wbr>projects</th>'
        f'<th style="{HEAD}" title="Member limits.">members</th>'
        f'<th style="{HEAD}" title="Tags.">tags</th>'
        f'<th style="{HEAD}">region</th>'
        f'<th style="{HEAD}">score</th>'
        f'<th style="{HEAD}">limits.<wbr>soft</th></tr></thead>'
    )
    assert body == (
        row(
            0,
            (LEFT, "a_b.c &lt;&amp;&gt;"),
            (LEFT, "team"),
            (KEEP, "True"),
            (RIGHT, "0.500000"),
            (KEEP, "2025-06-01"),
            (KEEP, "2025-06-02 03:04:05Z"),
            (RIGHT, "3"),
            (LEFT, "2 \N{MULTIPLICATION SIGN} Limits"),
            (LEFT, "[&#x27;x&#x27;, &#x27;&lt;y&gt;&#x27;]"),
            (LEFT, "eu"),
            (LEFT, "2.5"),
            (LEFT, "2"),
        )
        + row(
            1,
            (LEFT, "b"),
            (LEFT, "free"),
            (KEEP, "False"),
            (RIGHT, "0.000001"),
            (KEEP, "2024-01-31"),
            (KEEP, ""),
            (RIGHT, ""),
            (LEFT, "[]"),
            (LEFT, "[]"),
            (LEFT, ""),
            (LEFT, ""),
            (LEFT, ""),
        )
        + "</tbody></table></div>"
    )


def view(caption: str, *rows: str) -> str:
    table = '<table class="rplatform-model"><caption style="text-align:left">'
    return f"{table}{caption}</caption><tbody>{''.join(rows)}</tbody></table>"


def field(name: str, text: str, title: str = "", depth: int = 0) -> str:
    described = f' title="{title}"' if title else ""
    indent = ["0.5", "2.0"][depth]
    return (
        f'<tr><th style="{LEFT};padding-left:{indent}em"{described}>{name}</th>'
        f'<td style="{LEFT}">{text}</td></tr>'
    )


def test_one_model_in_jupyter_tag_for_tag() -> None:
    assert model_view(accounts()[0]) == (
        view(
            "Account",
            field("name", "a_b.c &lt;&amp;&gt;", "Its name, as shown &lt;here&gt;."),
            field("plan", "team", "The plan."),
            field("active", "True"),
            field("cost", "0.5", "In dollars."),
            field("since", "2025-06-01", "Opened on."),
            field("seen_at", "2025-06-02 03:04:05Z", "Last seen."),
            field("limits", "Limits", "Its limits."),
            field("max_projects", "3", "Projects, at most.", depth=1),
            field("soft", "2", depth=1),
            field("members", "2 \N{MULTIPLICATION SIGN} Limits", "Member limits."),
            field("tags", "[&#x27;x&#x27;, &#x27;&lt;y&gt;&#x27;]", "Tags."),
            field("region", "eu"),
            field("score", "2.5"),
        )
    )
    # An unset field is left out, a missing value is blank, a float keeps the decimals it needs.
    assert model_view(accounts()[1]) == (
        view(
            "Account",
            field("name", "b", "Its name, as shown &lt;here&gt;."),
            field("plan", "free", "The plan."),
            field("active", "False"),
            field("cost", "0.000001", "In dollars."),
            field("since", "2024-01-31", "Opened on."),
            field("seen_at", "", "Last seen."),
            field("members", "[]", "Member limits."),
            field("tags", "[]", "Tags."),
        )
    )


def test_a_float_column_blanks_nan_and_shows_infinity_with_the_shared_decimals() -> None:
    rows = [attrs.evolve(accounts()[1], cost=cost) for cost in (float("nan"), 2.25, float("inf"))]
    html = ModelList(rows)._repr_html_() or ""
    costs = [part.split("</td>", 1)[0] for part in html.split(f'<td style="{RIGHT}">')[1::2]]
    assert costs == ["", "2.25", "inf"]
    assert (ModelList([rows[0]])._repr_html_() or "").count(f'<td style="{RIGHT}"></td>') == 2


def test_a_data_frame_of_models_types_each_column_as_the_model_declares_it() -> None:
    pd = pytest.importorskip("pandas")
    text = str(pd.Series(["text"]).dtype)  # pandas's text dtype: "str" from 3.0, before "object"
    first, second = accounts()
    second.limits = Limits(5)
    frame = ModelList([first, second]).to_pandas()
    assert list(frame.columns) == [
        "name", "plan", "active", "cost", "since", "seen_at", "limits.max_projects", "members",
        "tags", "region", "score", "limits.soft",
    ]  # fmt: skip
    dtypes = {name: str(dtype) for name, dtype in frame.dtypes.items()}
    assert dtypes == {
        "name": text, "plan": text, "active": "bool", "cost": "float64",
        "since": "datetime64[ns]", "seen_at": "datetime64[ns, UTC]",
        "limits.max_projects": "Int64",  # may be null, even where no row is
        "members": "object", "tags": "object",
        "region": "object", "score": "object", "limits.soft": "object",  # undeclared: as they are
    }  # fmt: skip
    assert {type(cell) for cell in [*frame["name"], *frame["plan"]]} == {str}
    assert frame.loc[0, "members"] == [{"max_projects": 1}, {"max_projects": 2}]  # to_dict()
    assert frame["limits.max_projects"].tolist() == [3, 5]
    assert frame.loc[0, "score"] == 2.5 and frame.loc[1, "score"] is None


def test_a_data_frame_of_plain_items_is_what_pandas_makes_of_them() -> None:
    pytest.importorskip("pandas")
    records = ModelList([{"a": 1}, {"a": 2, "b": "x"}]).to_pandas()
    assert list(records.columns) == ["a", "b"] and records["a"].tolist() == [1, 2]
    values = ModelList(["x", 5]).to_pandas()
    assert list(values.columns) == ["value"] and values["value"].tolist() == ["x", 5]


@attrs.define(repr=False, eq=False)
class Counts(Model):
    """Integers that may be missing: nullable, or optional."""

    FIELDS = (
        Field("count", "count", required=True, type="integer", nullable=True),
        Field("level", "level", type="integer"),
        Field("total", "total", required=True, type="integer"),
    )

    count: int | None
    level: int | Unset
    total: int


def test_an_int_that_may_be_null_or_missing_is_a_nullable_column() -> None:
    pytest.importorskip("pandas")
    frame = ModelList([Counts(1, 2, 3), Counts(4, 5, 6)]).to_pandas()
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == {
        "count": "Int64",
        "level": "Int64",
        "total": "int64",
    }


@attrs.define(repr=False, eq=False)
class Team(Model):
    """A model with a nested model that may be missing, and one that may not."""

    FIELDS = (
        Field("name", "name", required=True, type="string"),
        Field("lead", "lead", required=True, type="object", nullable=True, model=Limits),
        Field("plan", "plan", required=True, type="object", model=Limits),
    )

    name: str
    lead: Limits | None
    plan: Limits


def test_the_columns_of_a_nested_model_that_may_be_missing_may_be_null() -> None:
    assert [(column.name, column.kind, column.nullable) for column in columns(Team)] == [
        ("name", "text", False),
        ("lead.max_projects", "int", True),
        ("plan.max_projects", "int", False),
    ]


def test_a_model_without_undeclared_fields_shows_its_own() -> None:
    assert model_view(Team("t", None, Limits(2))) == (
        view(
            "Team",
            field("name", "t"),
            field("lead", ""),
            field("plan", "Limits"),
            field("max_projects", "2", "Projects, at most.", depth=1),
        )
    )


def test_a_float_column_shows_what_is_not_a_number_as_text() -> None:
    column = Column("x", ("x",), "float", True)
    assert _texts(column, [1.5, "n/a", True, None]) == ["1.5", "n/a", "True", ""]


def test_an_undeclared_object_is_shown_short() -> None:
    html = model_view(Limits(1, {"meta": {"k": "v" * 100}}))
    short = "{&#x27;k&#x27;: &#x27;" + "v" * 27 + "..." + "v" * 28 + "&#x27;}"
    assert field("meta", short) in html


def test_a_missing_optional_field_is_an_empty_cell() -> None:
    rows = ModelList([Counts(1, UNSET, 3), Counts(None, 5, 6)])
    assert str(rows) == (
        "2 \N{MULTIPLICATION SIGN} Counts\n"
        "   count  level  total\n"
        "0      1             3\n"
        "1             5      6"
    )
    assert cell(rows[0], columns(Counts)[1]) is None


@attrs.define(repr=False, eq=False)
class Division(Model):
    """A model two levels above one with undeclared fields, itself maybe missing."""

    FIELDS = (
        Field("name", "name", required=True, type="string"),
        Field("team", "team", required=True, type="object", nullable=True, model=Team),
    )

    name: str
    team: Team | None


def test_the_undeclared_fields_of_a_model_nested_two_deep_are_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # every column whole (shutil reads COLUMNS first)
    rows = [Division("d", Team("t", None, Limits(3, {"soft": 2}))), Division("e", None)]
    assert extra_columns(rows, Division) == [
        Column("team.plan.soft", ("team", "plan", "soft"), "other", True, extra=True)
    ]
    assert str(ModelList(rows)) == (
        "2 \N{MULTIPLICATION SIGN} Division\n"
        "   name  team.name  team.lead.max_projects  team.plan.max_projects  team.plan.soft\n"
        "0  d     t                                                       3  2\n"
        "1  e"
    )
