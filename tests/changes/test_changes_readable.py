"""How a change reads: a new member is named as users write it (`new method
rplatform.ModelList.of()`), and a change shared by many subjects is one short line that says
what they share (`from_dicts() of 43 models: ...`), with its subjects listed below it in the
report, and a CHANGELOG bullet acknowledges it by naming what they share."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from _support import ROOT

from changes import changelog, gate, report, sides
from changes.change import Change, Level, Section, change, combine
from changes.python_api import compare_apis

OK, SOME = Level.NON_BREAKING, Level.SOME_USERS
MODELS = ("AiUsageCreate", "BillingInfo", "Credits", "LineItem")
RELEASED = "## [0.1.0] - 2026-12-06\n\n### Added\n- The first release.\n"


@pytest.fixture(scope="module")
def api() -> dict[str, Any]:
    return sides.read_api(ROOT)


def many(level: Level, detail: str, *names: str, count: int = len(MODELS)) -> Change:
    """One change of `count` models' `from_dicts()`, as combine() merges them."""
    return combine(
        [],
        (
            change(level, Section.CHANGED, f"rplatform.models.{m}.from_dicts()", detail, *names)
            for m in MODELS[:count]
        ),
    )[0]


def test_a_new_member_is_named_as_users_write_it(api: dict[str, Any]) -> None:
    old = copy.deepcopy(api)
    old["names"]["ModelList"]["members"].pop("of")
    old["names"]["Client"]["members"].pop("is_closed")
    old["names"]["APIStatusError"]["attributes"].pop("retry_after")
    assert [(c.level, str(c)) for c in combine([], compare_apis(old, api))] == [
        (OK, "new attribute rplatform.APIStatusError.retry_after"),
        (OK, "new property rplatform.Client.is_closed"),
        (OK, "new method rplatform.ModelList.of()"),
    ]


def test_a_change_of_many_subjects_says_what_they_share(api: dict[str, Any]) -> None:
    old = copy.deepcopy(api)
    models = [
        name for name, model in old["models"].items() if "FIELDS" in model.get("attributes", {})
    ]
    for name in models:
        old["models"][name]["attributes"].pop("FIELDS")
        old["models"][name]["members"].pop("FIELDS")
    found = combine([], compare_apis(old, api))
    assert [str(c) for c in found] == [f"new attribute FIELDS of {len(models)} models"]
    assert found[0].mentions == ("FIELDS",)
    assert len(models) > 40

    shared = many(SOME, "result type list[Self] -> ModelList[Self]")
    assert str(shared) == "from_dicts() of 4 models: result type list[Self] -> ModelList[Self]"
    assert shared.shared == ("rplatform.models.", "from_dicts()", MODELS)
    few = many(SOME, "result type list[Self] -> ModelList[Self]", count=3)
    assert str(few) == (
        "rplatform.models.AiUsageCreate.from_dicts(), rplatform.models.BillingInfo.from_dicts(), "
        "rplatform.models.Credits.from_dicts(): result type list[Self] -> ModelList[Self]"
    )
    assert few.shared is None
    assert few.mentions == tuple(f"rplatform.models.{m}.from_dicts" for m in MODELS[:3])


def test_methods_and_names_of_many_are_counted_as_such() -> None:
    methods = combine([], (
        change(SOME, Section.CHANGED, f"r.{tag}.get_{name}()", "may now raise RateLimitError "
               "(429)", "429")
        for tag, name in (("billing", "info"), ("billing", "usage"), ("settings", "x"),
                          ("notifications", "y"))
    ))[0]  # fmt: skip
    assert str(methods) == "4 methods: may now raise RateLimitError (429)"
    assert methods.mentions == ("429",)
    side = sides.Side("the working tree", "0.1.0", {}, {})
    assert report.changes([methods], side, side).splitlines()[2:] == [
        "  4 methods: may now raise RateLimitError (429)",
        "      r.billing.get_info(), r.billing.get_usage(), r.settings.get_x(), "
        "r.notifications.get_y()",
    ]
    names = combine([], (
        change(OK, Section.CHANGED, f"rplatform.{name}", "now a subclass of rplatform.Base")
        for name in ("APIError", "Client", "RetryPolicy", "RawResponse")
    ))[0]  # fmt: skip
    assert str(names) == "4 names: now a subclass of rplatform.Base"
    assert names.mentions == ()


def test_the_report_lists_the_subjects_of_a_shared_change_below_it(api: dict[str, Any]) -> None:
    side = sides.Side("the working tree", "0.1.0", {}, api)
    printed = report.changes([many(SOME, "result type list[Self] -> ModelList[Self]")], side, side)
    assert printed.splitlines()[1:] == [
        "Breaking for some users:",
        "  from_dicts() of 4 models: result type list[Self] -> ModelList[Self]",
        "      rplatform.models: AiUsageCreate, BillingInfo, Credits, LineItem",
    ]
    owners = tuple(f"Model{i:02}WithALongName" for i in range(9))
    wide = combine([], (
        change(OK, Section.ADDED, f"rplatform.models.{owner}.FIELDS", "new attribute", leads=True)
        for owner in owners
    ))  # fmt: skip
    lines = report.changes(wide, side, side).splitlines()[2:]
    assert lines == [
        "  new attribute FIELDS of 9 models",
        "      rplatform.models: " + ", ".join(owners[:3]) + ",",
        "      " + ", ".join(owners[3:7]) + ",",
        "      " + ", ".join(owners[7:]),
    ]
    assert max(len(line) for line in lines) <= report.WIDTH == 96


def test_a_bullet_names_what_many_subjects_share() -> None:
    shared = many(SOME, "result type list[Self] -> ModelList[Self]")
    text = "# Changelog\n\n## [Unreleased]\n\n" + RELEASED
    drafted, added = changelog.draft(text, [shared], "0.2.0", "0.1.0")
    assert added == 1
    assert (
        "### Changed\n- **Breaking for some users** `from_dicts()` of 4 models: result type "
        "list[Self] -> ModelList[Self]\n"
    ) in drafted
    assert gate.problems([shared], "0.1.0", "0.2.0", drafted) == []
    reworded = text.replace(
        "## [Unreleased]\n",
        "## [Unreleased]\n\n### Changed\n- **Breaking for some users** Every model's\n"
        "  `from_dicts()` returns a `ModelList`.\n",
    )
    assert gate.problems([shared], "0.1.0", "0.2.0", reworded) == []
    unmarked = reworded.replace("**Breaking for some users** ", "")
    assert gate.problems([shared], "0.1.0", "0.2.0", unmarked) == [
        "CHANGELOG.md [Unreleased] needs a bullet marked **Breaking for some users** naming "
        "from_dicts, for: from_dicts() of 4 models: result type list[Self] -> ModelList[Self]"
    ]
