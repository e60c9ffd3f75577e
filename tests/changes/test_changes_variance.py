"""A changed type breaks nobody when it changes the way its value goes: a result, a response
model's field, a property or an attribute may become a subtype (`list` -> `ModelList`); an
argument or a per-call option may accept more. `Annotated` metadata is no change of type.

Which class derives from which is read from the surfaces compared (the bases `surface.py`
records) and, for the standard library's types, from Python itself: both are tested, each
way round.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from _support import ROOT

from changes import sides
from changes.change import combine
from changes.python_api import compare_apis
from changes.spec import load, request_models
from changes.variance import Types, Unreadable, parse

B, SOME, OK = "BREAKING", "SOME_USERS", "NON_BREAKING"


@pytest.fixture(scope="module")
def api() -> dict[str, Any]:
    return sides.read_api(ROOT)


def said(
    old: dict[str, Any], new: dict[str, Any], inputs: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    return [(c.level.name, str(c)) for c in combine([], compare_apis(old, new, inputs))]


LISTS = Types({"ModelList": frozenset({"list"}), "Page": frozenset({"ModelList", "list"})})


@pytest.mark.parametrize(
    ("narrow", "wide"),
    [
        ("ModelList[LineItem]", "list[LineItem]"),  # the surface's bases
        ("Page[Session]", "list[Session]"),  # ... through ModelList
        ("Page[Session]", "Sequence[Session]"),  # ... then the standard library's
        ("bool", "int"),  # Python's own classes
        ("datetime.datetime", "datetime.date"),
        ("list[str]", "Sequence[str]"),
        ("tuple[bool, ...]", "tuple[int, ...]"),  # an immutable container narrows with its items
        ("int", "float"),  # PEP 484's numeric tower
        ("int", "int | None"),
        ("str | Theme", "Theme | str | None"),
        ("ModelList[M]", "list"),  # a bare generic takes any of its kind
        ("Customer", "Any"),
    ],
)
def test_a_narrower_type_is_within_the_wider_and_not_the_other_way(narrow: str, wide: str) -> None:
    assert LISTS.within(narrow, wide)
    assert not LISTS.within(wide, narrow)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("list[LineItem]", "list[Subscription]"),  # a list's items are invariant
        ("list[bool]", "list[int]"),
        ("ModelList[LineItem]", "list[Subscription]"),
        ("dict[str, int]", "Mapping[str, str]"),
        ("Theme", "str"),  # a class of the SDK not recorded as a str
        ("Callable[[int], str]", "Callable[[str], str]"),
        ("Literal['a']", "Literal['b']"),
    ],
)
def test_unrelated_types_are_within_neither(one: str, other: str) -> None:
    assert not LISTS.within(one, other)
    assert not LISTS.within(other, one)


def test_annotated_metadata_and_the_order_of_a_union_are_no_change() -> None:
    documented = (
        "Annotated[str | None, 'by default one is made per call and reused by its retries']"
    )
    assert LISTS.same("str | None", documented)
    assert LISTS.same("Optional[str]", "Annotated[None | str, 'it\\'s documented']")
    assert LISTS.same("typing.List[int]", "list[int]")
    assert LISTS.same("Union[int, Optional[str]]", "int | str | None")
    assert not LISTS.same("str | None", "Annotated[str, 'the None is gone']")
    assert not LISTS.same("int", None)
    assert LISTS.same(None, None)


def test_an_annotation_it_cannot_read_is_compared_as_text() -> None:
    for broken in ("list[int", "int |", "int ]", "list[int]]", "<lambda>"):
        with pytest.raises(Unreadable):
            parse(broken)
    assert LISTS.within("<lambda>", "<lambda>")
    assert not LISTS.within("<lambda>", "Any | <lambda>")
    assert not LISTS.same("list[int", "list[int]")


def test_the_bases_come_from_the_surfaces_the_newer_one_deciding(api: dict[str, Any]) -> None:
    types = Types.of(api)
    assert types.within("ModelList[Session]", "Sequence[Session]")
    assert not types.within("ListResult[Session]", "ModelList[Session]")
    assert types.within("ConflictError", "APIError")  # rplatform.APIStatusError's base
    assert not types.within("ConflictError", "NotFoundError")
    no_longer = copy.deepcopy(api)
    no_longer["names"]["ModelList"]["bases"] = []
    assert not Types.of(api, no_longer).within("ModelList[LineItem]", "list[LineItem]")
    assert Types.of(no_longer, api).within("ModelList[LineItem]", "list[LineItem]")


def lists_were_plain(api: dict[str, Any]) -> dict[str, Any]:
    """The surface as 0.1.0 had it: model fields and `from_dicts()` gave plain lists."""
    old = copy.deepcopy(api)
    old["models"]["UsageSummary"]["fields"]["line_items"]["type"] = "list[LineItem]"
    old["models"]["UsageSummary"]["members"]["from_dicts"]["signature"]["returns"] = "list[Self]"
    return old


def test_a_result_or_response_field_that_becomes_a_subtype_breaks_nobody(
    api: dict[str, Any],
) -> None:
    old = lists_were_plain(api)
    assert said(old, api) == [
        (OK, "rplatform.models.UsageSummary: field line_items: type list[LineItem] -> "
             "ModelList[LineItem]"),
        (OK, "rplatform.models.UsageSummary.from_dicts(): result type list[Self] -> "
             "ModelList[Self]"),
    ]  # fmt: skip
    # The other way, a reader of a ModelList (`.to_pandas()`) meets a plain list.
    assert said(api, old) == [
        (B, "rplatform.models.UsageSummary: field line_items: type ModelList[LineItem] -> "
            "list[LineItem]"),
        (SOME, "rplatform.models.UsageSummary.from_dicts(): result type ModelList[Self] -> "
               "list[Self]"),
    ]  # fmt: skip
    # The field of a model users pass (a request body) goes both ways: any change breaks.
    assert said(old, api, frozenset({"UsageSummary"}))[0] == (
        B, "rplatform.models.UsageSummary: field line_items: type list[LineItem] -> "
           "ModelList[LineItem]",
    )  # fmt: skip


def test_the_models_users_pass_are_the_request_bodies_and_what_they_hold() -> None:
    spec = load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    inputs = request_models(spec)
    assert {"AiUsageCreate", "AppearancePreferencesUpdate", "Theme", "Platform"} <= inputs
    assert not {"UsageSummary", "LineItem", "Problem", "Preferences"} & inputs
    assert request_models({}) == frozenset()


def test_a_subtype_not_recorded_as_one_is_still_a_change_of_type(api: dict[str, Any]) -> None:
    old = lists_were_plain(api)
    new = copy.deepcopy(api)
    new["names"]["ModelList"]["bases"] = []  # ModelList no longer a list
    assert said(old, new) == [
        (B, "rplatform.ModelList: no longer a subclass of list"),
        (B, "rplatform.models.UsageSummary: field line_items: type list[LineItem] -> "
            "ModelList[LineItem]"),
        (SOME, "rplatform.models.UsageSummary.from_dicts(): result type list[Self] -> "
               "ModelList[Self]"),
    ]  # fmt: skip


def test_an_argument_or_option_that_accepts_more_breaks_nobody(api: dict[str, Any]) -> None:
    new = copy.deepcopy(api)
    usage = new["resources"]["billing"]["get_usage"]
    year = next(p for p in usage["parameters"] if p["name"] == "year")
    year["type"] = "int | str | None"
    new["names"]["RequestOptions"]["keys"]["max_retries"]["type"] = "int | None"
    new["names"]["APIStatusError"]["attributes"]["status_code"] = "bool"
    new["names"]["Client"]["members"]["is_closed"]["type"] = "bool | None"
    assert said(api, new) == [
        (SOME, "rplatform.Client: is_closed: type bool -> bool | None"),
        (OK, "rplatform.APIStatusError: attribute status_code: type int -> bool"),
        (OK, "rplatform.RequestOptions: option max_retries: type int -> int | None"),
        (OK, "r.billing.get_usage(): argument year: type int | None -> int | str | None"),
    ]
    # The other way: a caller's value may be refused, a reader meets another type.
    assert said(new, api) == [
        (SOME, "rplatform.APIStatusError: attribute status_code: type bool -> int"),
        (SOME, "rplatform.RequestOptions: option max_retries: type int | None -> int"),
        (SOME, "r.billing.get_usage(): argument year: type int | str | None -> int | None"),
        (OK, "rplatform.Client: is_closed: type bool | None -> bool"),
    ]


def test_annotated_documentation_of_an_option_is_no_change(api: dict[str, Any]) -> None:
    old, new = copy.deepcopy(api), copy.deepcopy(api)
    old["names"]["PostOptions"]["keys"]["idempotency_key"]["type"] = "str | None"
    new["names"]["PostOptions"]["keys"]["idempotency_key"]["type"] = (
        "Annotated[None | str, 'by default one is made per call and reused by its retries']"
    )
    assert said(old, new) == []
    usage = new["resources"]["billing"]["get_usage"]
    usage["returns"] = "Annotated[UsageSummary, 'the month asked']"
    assert said(old, new) == []
    new["names"]["PostOptions"]["keys"]["idempotency_key"]["type"] = "Annotated[str, 'no None']"
    assert said(old, new) == [
        (SOME, "rplatform.PostOptions: option idempotency_key: type str | None -> "
               "Annotated[str, 'no None']"),
    ]  # fmt: skip
