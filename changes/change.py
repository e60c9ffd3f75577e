"""One change as a user of the SDK meets it: how much it breaks, and the words that say it.

A change reads `subject: detail` (`r.billing.get_status(): result field has_payment_method
removed`), or as its own `text` (`new method r.billing.get_credits()`). `names` are what a
CHANGELOG bullet must mention to acknowledge it; `keys` say what it is about, so that the
Python-level twin of a spec change (the model field of a removed response field) is told once.

One change of many subjects (more than `FEW`) reads as what they share: `from_dicts() of 43
models: result type ...` for `rplatform.models.X.from_dicts()` of 43 models `X`; a bullet then
acknowledges it by naming that (`from_dicts`) and its `names`, not each subject.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

# Up to this many subjects are each named on a change's line; more are counted.
FEW = 3


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
    leads: bool = False  # the detail comes first: `new method rplatform.ModelList.of()`

    def __str__(self) -> str:
        if self.text:
            return self.text
        shared = self.shared
        if shared is None:
            named = ", ".join(self.subjects)
        else:
            counted = f"{len(self.subjects)} {_kind(self.subjects)}"
            named = f"{shared[1]} of {counted}" if shared[1] else counted
        return f"{self.detail} {named}" if self.leads else f"{named}: {self.detail}"

    @property
    def shared(self) -> tuple[str, str, tuple[str, ...]] | None:
        """For a change of more than `FEW` subjects, what they share: the dotted prefix
        (`rplatform.models.`), the member (`from_dicts()`, or ""), and what differs (the
        owners: `AiUsageCreate`, ...); None for fewer subjects."""
        if len(self.subjects) <= FEW or self.text:
            return None
        split = [subject.split(".") for subject in self.subjects]
        start = 0
        while all(len(parts) > start + 1 and parts[start] == split[0][start] for parts in split):
            start += 1
        end = 0
        while all(len(parts) > start + end + 1 and parts[-1 - end] == split[0][-1 - end]
                  for parts in split):  # fmt: skip
            end += 1
        prefix = ".".join(split[0][:start])
        member = ".".join(split[0][len(split[0]) - end :])
        owners = tuple(".".join(parts[start : len(parts) - end]) for parts in split)
        return (f"{prefix}." if prefix else ""), member, owners

    @property
    def mentions(self) -> tuple[str, ...]:
        """The names a CHANGELOG bullet must hold: each subject (without `()`), then `names`;
        of a change of many subjects, what they share (`from_dicts`) instead of each."""
        shared = self.shared
        if shared is not None:
            member = shared[1].removesuffix("()")
            return (member, *self.names) if member else self.names
        return (*(s.removesuffix("()") for s in self.subjects), *self.names)


def _kind(subjects: tuple[str, ...]) -> str:
    """What many subjects are, as a plural: models, methods, or names."""
    if all(subject.startswith("rplatform.models.") for subject in subjects):
        return "models"
    if all(subject.startswith("r.") for subject in subjects):
        return "methods"
    return "names"


def change(
    level: Level,
    section: Section,
    subject: str,
    detail: str,
    *names: str,
    keys: Iterable[tuple[str, ...]] = (),
    text: str = "",
    leads: bool = False,
) -> Change:
    return Change(level, section, (subject,), detail, names, frozenset(keys), text, leads)


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
        group: tuple[object, ...] = (
            item.level, item.section, item.detail, item.names, item.text, item.leads
        )  # fmt: skip
        if item.text:
            group += item.subjects
        earlier = merged.get(group)
        if earlier is None:
            merged[group] = item
        elif not set(item.subjects) <= set(earlier.subjects):
            subjects = (*earlier.subjects, *(s for s in item.subjects if s not in earlier.subjects))
            merged[group] = replace(earlier, subjects=subjects, keys=earlier.keys | item.keys)
    return sorted(merged.values(), key=lambda item: -item.level)
