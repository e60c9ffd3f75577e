"""The gate and CHANGELOG.md: which version and which bullet acknowledge a change, the draft
that `--write` makes, and the entry `--release` dates."""

from __future__ import annotations

import pytest

from changes import changelog, gate
from changes.change import Change, Level, Section, change

REMOVED = change(Level.BREAKING, Section.REMOVED, "r.billing.get_status()",
                 "result field has_payment_method removed", "has_payment_method")  # fmt: skip
NEW_VALUE = change(Level.SOME_USERS, Section.CHANGED, "r.billing.get()",
                   "result field status may now be 'frozen'", "status", "frozen")  # fmt: skip
ADDED = change(Level.NON_BREAKING, Section.ADDED, "r.billing.get_credits()", "",
               text="new method r.billing.get_credits()")  # fmt: skip
DEPRECATED = change(Level.NON_BREAKING, Section.DEPRECATED, "r.billing.get_periods()", "",
                    text="r.billing.get_periods() deprecated")  # fmt: skip

HEAD = "# Changelog\n\nIntro.\n\n"
RELEASED = "## [0.1.0] - 2026-12-06\n\n### Added\n- The first release.\n"


@pytest.mark.parametrize(
    ("released", "level", "needed"),
    [
        ("0.1.0", Level.BREAKING, "0.2.0"),
        ("0.1.3", Level.SOME_USERS, "0.2.0"),
        ("1.4.2", Level.BREAKING, "2.0.0"),
        ("1.4.2", Level.SOME_USERS, "1.5.0"),
        ("1.4.2", Level.NON_BREAKING, "1.4.3"),
    ],
)
def test_the_version_a_change_needs(released: str, level: Level, needed: str) -> None:
    assert gate.needed(released, level) == needed


def test_an_unacknowledged_break_names_the_version_and_the_bullet_it_needs() -> None:
    text = HEAD + "## [Unreleased]\n\n" + RELEASED
    assert gate.problems([REMOVED, ADDED], "0.1.0", "0.1.0", text) == [
        "the version is 0.1.0 (wrapper/rplatform/_version.py): after 0.1.0, a change that is "
        "breaking needs 0.2.0",
        "CHANGELOG.md [Unreleased] needs a bullet marked **Breaking** naming "
        "r.billing.get_status and has_payment_method, for: r.billing.get_status(): result field "
        "has_payment_method removed",
    ]
    assert gate.problems([ADDED, DEPRECATED], "0.1.0", "0.1.0", text) == []


def test_a_bullet_acknowledges_with_its_mark_and_every_name() -> None:
    def problems(bullet: str, version: str = "0.2.0") -> list[str]:
        text = HEAD + "## [Unreleased]\n\n### Removed\n" + bullet + "\n\n" + RELEASED
        return gate.problems([REMOVED], "0.1.0", version, text)

    assert problems("- **Breaking** `r.billing.get_status()`: `has_payment_method` is gone.") == []
    assert problems("- **Breaking** the result of `r.billing.get_status` loses\n"
                    "  `has_payment_method`; read `r.billing.get()` instead.") == []  # fmt: skip
    assert len(problems("- `r.billing.get_status()`: result field has_payment_method removed")) == 1
    assert len(problems("- **Breaking** `r.billing.get_status()` changed")) == 1
    assert len(problems("- **Breaking** r.billing.get_status_x(): has_payment_method")) == 1
    other_mark = "- **Breaking for some users** r.billing.get_status(): has_payment_method"
    assert len(problems(other_mark)) == 1
    assert problems("- **Breaking** `r.billing.get_status()`: has_payment_method", "1.0.0") == []
    assert problems("- **Breaking** `r.billing.get_status()`: has_payment_method", "0.1.1") == [
        "the version is 0.1.1 (wrapper/rplatform/_version.py): after 0.1.0, a change that is "
        "breaking needs 0.2.0"
    ]


def test_the_released_entry_does_not_acknowledge_a_new_change() -> None:
    bullet = "- **Breaking** r.billing.get_status(): has_payment_method\n"
    text = HEAD + "## [0.2.0] - 2026-12-24\n\n" + bullet
    assert len(gate.problems([REMOVED], "0.2.0", "0.3.0", text)) == 1
    assert gate.problems([REMOVED], "0.1.0", "0.2.0", text) == []


def test_an_older_version_is_refused() -> None:
    assert gate.problems([], "0.2.0", "0.1.9", HEAD) == [
        "the version 0.1.9 (wrapper/rplatform/_version.py) is older than 0.2.0"
    ]
    with pytest.raises(ValueError, match=r"'one' is not a version MAJOR\.MINOR\.PATCH"):
        gate.parse("one")


def draft(text: str, changes: list[Change]) -> str:
    drafted, _ = changelog.draft(text, changes, "0.1.0", "0.1.0")
    return drafted


def test_the_draft_puts_each_change_under_its_section_with_its_mark() -> None:
    text = HEAD + "## [Unreleased]\n\n### Changed\n- Faster retries.\n\n" + RELEASED
    assert draft(text, [REMOVED, NEW_VALUE, ADDED, DEPRECATED]) == HEAD + (
        "## [Unreleased]\n\n"
        "### Added\n- new method `r.billing.get_credits()`\n\n"
        "### Changed\n- Faster retries.\n"
        "- **Breaking for some users** `r.billing.get()`: result field status may now be "
        "'frozen'\n\n"
        "### Deprecated\n- `r.billing.get_periods()` deprecated\n\n"
        "### Removed\n- **Breaking** `r.billing.get_status()`: result field "
        "has_payment_method removed\n\n"
    ) + RELEASED  # fmt: skip


def test_the_draft_makes_the_entry_and_adds_only_what_is_missing() -> None:
    once = draft(HEAD + RELEASED, [REMOVED])
    assert once == HEAD + (
        "## [Unreleased]\n\n"
        "### Removed\n- **Breaking** `r.billing.get_status()`: result field "
        "has_payment_method removed\n\n"
    ) + RELEASED  # fmt: skip
    assert changelog.draft(once, [REMOVED], "0.1.0", "0.1.0") == (once, 0)
    assert gate.problems([REMOVED], "0.1.0", "0.2.0", once) == []


def test_the_draft_goes_into_the_entry_of_the_new_version() -> None:
    text = HEAD + "## [Unreleased]\n\n## [0.2.0] - Unreleased\n\n### Added\n- More.\n\n" + RELEASED
    drafted, added = changelog.draft(text, [ADDED], "0.2.0", "0.1.0")
    assert added == 1
    assert "### Added\n- More.\n- new method `r.billing.get_credits()`\n\n## [0.1.0]" in drafted


def test_a_release_dates_the_entry() -> None:
    text = HEAD + "## [Unreleased]\n\n### Removed\n- Gone.\n\n" + RELEASED
    assert changelog.release(text, "0.2.0", "2026-12-24") == HEAD + (
        "## [Unreleased]\n\n## [0.2.0] - 2026-12-24\n\n### Removed\n- Gone.\n\n"
    ) + RELEASED  # fmt: skip
    text = HEAD + "## [Unreleased]\n\n## [0.2.0] - Unreleased\n\n- Gone.\n"
    assert changelog.release(text, "0.2.0", "2026-12-24").endswith(
        "## [Unreleased]\n\n## [0.2.0] - 2026-12-24\n\n- Gone.\n"
    )
    with pytest.raises(ValueError, match=r"neither \[Unreleased\] nor \[0.2.0\]"):
        changelog.release(HEAD, "0.2.0", "2026-12-24")


def test_a_release_is_compared_with_the_last_release_only(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from changes.__main__ import main

    with pytest.raises(SystemExit) as exited:
        main(["--release", "--base", "HEAD"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.endswith(
        "error: --release compares with the last release (changes/released/), not --base\n"
    )
