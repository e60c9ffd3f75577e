"""One change as a user of the SDK meets it: how much it breaks, and the words that say it.

A change reads `subject: detail` (`r.billing.get_status(): result field has_payment_method
removed`), or as its own `text` (`new method r.billing.get_credits()`). `names` are what a
CHANGELOG bullet must mention to acknowledge it; `keys` say what it is about, so that the
Python-level twin of a spec change (the model field of a removed response field) is told once.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


class Level(enum.IntEnum):
    """How much a change breaks; the order is the severity."""

    NON_BREAKING = 0
    SOME_USERS = 1
    BREAKING = 2

    @property
    def title(self) -> str:
        return _TITLES[self]

    @property
    def mark(self) -> str:
        """What a CHANGELOG bullet of a change of this level starts with."""
        return _MARKS[self]


_TITLES = {
    Level.BREAKING: "Breaking",
    Level.SOME_USERS: "Breaking for some users",
    Level.NON_BREAKING: "Non-breaking",
}
_MARKS = {
    Level.BREAKING: "**Breaking**",
    Level.SOME_USERS: "**Breaking for some users**",
    Level.NON_BREAKING: "",
}


class Section(enum.StrEnum):
    """The Keep a Changelog section a change is drafted under."""

    ADDED = "Added"
    CHANGED = "Changed"
    DEPRECATED = "Deprecated"
    REMOVED = "Removed"


@dataclass(frozen=True)
class Change:
    level: Level
    section: Section
    subjects: tuple[str, ...]
    detail: str
    names: tuple[str, ...] = ()
    keys: frozenset[tuple[str, ...]] = field(default=frozenset(), compare=False)
    text: str = ""

    def __str__(self) -> str:
        return self.text or f"{', '.join(self.subjects)}: {self.detail}"

    @property
    def mentions(self) -> tuple[str, ...]:
        """The names a CHANGELOG bullet must hold: each subject (without `()`), then `names`."""
        return (*(s.removesuffix("()") for s in self.subjects), *self.names)


def change(
    level: Level,
    section: Section,
    subject: str,
    detail: str,
    *names: str,
    keys: Iterable[tuple[str, ...]] = (),
    text: str = "",
) -> Change:
    return Change(level, section, (subject,), detail, names, frozenset(keys), text)


def combine(spec_changes: Iterable[Change], api_changes: Iterable[Change]) -> list[Change]:
    """Both levels' changes, each told once, sorted by severity; like details of several
    subjects on one line (`r.settings.get_preferences(), r.settings.update_privacy(): ...`).

    A change of the Python API is left out when a change of the spec at least as severe is
    about the same thing (one of its keys), or reads the same.
    """
    spec_list = list(spec_changes)
    covered: dict[tuple[str, ...], Level] = {}
    for item in spec_list:
        for key in item.keys:
            covered[key] = max(covered.get(key, Level.NON_BREAKING), item.level)
    kept = spec_list + [
        item
        for item in api_changes
        if not any(covered.get(key, -1) >= item.level for key in item.keys)
    ]
    merged: dict[tuple[object, ...], Change] = {}
    for item in kept:
        group: tuple[object, ...] = (item.level, item.section, item.detail, item.names, item.text)
        if item.text:
            group += item.subjects
        earlier = merged.get(group)
        if earlier is None:
            merged[group] = item
        elif not set(item.subjects) <= set(earlier.subjects):
            subjects = (*earlier.subjects, *(s for s in item.subjects if s not in earlier.subjects))
            merged[group] = Change(
                item.level, item.section, subjects, item.detail, item.names,
                earlier.keys | item.keys,
            )  # fmt: skip
    return sorted(merged.values(), key=lambda item: -item.level)
