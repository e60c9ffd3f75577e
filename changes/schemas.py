"""What a change of one value's schema does to a user: the classification of `Shape`s.

A request value (an argument) breaks callers when the server accepts less than before: a type
changed, a value or None no longer accepted, a rule tightened, a field now required. A result
breaks readers when it carries less or other than before: a field removed, a type changed,
None or absence now possible; a new enum value in a result is breaking for some users (code
that handles every documented value meets one it does not know).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .change import Change, Level, Section, change
from .spec import Field, Shape

B, SOME, OK = Level.BREAKING, Level.SOME_USERS, Level.NON_BREAKING
# An enum value (request?, gone?): what it does and the words that say it.
VALUE_WORDS = {
    (True, True): (B, Section.REMOVED, "{label}: value {value} no longer accepted"),
    (True, False): (OK, Section.ADDED, "{label}: value {value} now accepted"),
    (False, True): (OK, Section.REMOVED, "{label}: value {value} no longer returned"),
    (False, False): (SOME, Section.CHANGED, "{label} may now be {value}"),
}
LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems")
UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems")


@dataclass(frozen=True)
class Place:
    """Where a value is: a method's argument or result, at a field path, inside a model."""

    subject: str  # r.billing.get_usage()
    request: bool
    path: str = ""  # `theme`, `appearance.theme`, `line_items[].unit`; "" is the whole result
    model: str | None = None  # the component schema holding the field, if any
    field: str = ""
    each: bool = False  # the items of a result that is a list

    @property
    def label(self) -> str:
        if self.request:
            return f"argument {self.path}"
        if self.path:
            return f"result field {self.path}"
        return "each result item" if self.each else "result"

    def inside(self, name: str, model: str | None) -> Place:
        """A field of this value; a field of a list result's items is named alone."""
        path = f"{self.path}.{name}" if self.path else name
        return Place(self.subject, self.request, path, model, name)

    def items(self) -> Place:
        if not self.path:
            return Place(self.subject, self.request, each=True)
        return Place(self.subject, self.request, f"{self.path}[]", self.model, self.field)

    def note(
        self, level: Level, section: Section, detail: str, *keys: tuple[str, ...], value: str = ""
    ) -> Change:
        """A change at this place; named in a CHANGELOG by its subject, its path (and the enum
        value it is about)."""
        own = [("field", self.model, self.field)] if self.model and self.field else []
        names = tuple(name for name in (self.path, value) if name)
        return change(level, section, self.subject, detail, *names,
                      keys=[(self.subject, self.path), *own, *keys])  # fmt: skip


def compare(old: Shape, new: Shape, at: Place) -> Iterator[Change]:
    """The changes between two schemas of the value at `at`."""
    if old.type != new.type:
        widened = at.request and (old.type, new.type) == ("int", "float")
        yield at.note(
            OK if widened else B, Section.CHANGED,
            f"{at.label} changes type from {old.python} to {new.python}",
        )  # fmt: skip
        return
    yield from _nullable(old, new, at)
    yield from _values(old, new, at)
    if at.request:
        yield from _rules(old, new, at)
        if old.default != new.default and old.default is not None:
            detail = f"{at.label}: default {old.default!r} -> {new.default!r}"
            yield at.note(SOME, Section.CHANGED, detail)
    if old.items is not None and new.items is not None:
        yield from compare(old.items, new.items, at.items())
    yield from _fields(old, new, at)


def _nullable(old: Shape, new: Shape, at: Place) -> Iterator[Change]:
    if old.nullable == new.nullable:
        return
    if at.request:
        accepts = "now accepts" if new.nullable else "no longer accepts"
        yield at.note(OK if new.nullable else B, Section.CHANGED, f"{at.label} {accepts} None")
    elif new.nullable:
        yield at.note(B, Section.CHANGED, f"{at.label} may now be None")
    else:
        yield at.note(OK, Section.CHANGED, f"{at.label} is never None any more")


def _values(old: Shape, new: Shape, at: Place) -> Iterator[Change]:
    if old.values is None or new.values is None:
        if old.values is None and new.values is not None:
            listed = ", ".join(repr(v) for v in new.values)
            if at.request:
                yield at.note(B, Section.CHANGED, f"{at.label}: only {listed} accepted")
            else:
                yield at.note(OK, Section.CHANGED, f"{at.label}: one of {listed}")
        elif old.values is not None and new.values is None:
            level = OK if at.request else SOME
            yield at.note(level, Section.CHANGED, f"{at.label}: any value, not only the listed")
        return
    for gone, values, others, name in ((True, old.values, new.values, old.name),
                                       (False, new.values, old.values, new.name)):  # fmt: skip
        level, section, words = VALUE_WORDS[at.request, gone]
        for value in (v for v in values if v not in others):
            detail = words.format(label=at.label, value=repr(value))
            yield at.note(level, section, detail, ("enum", name or "", value), value=value)


def _rules(old: Shape, new: Shape, at: Place) -> Iterator[Change]:
    for rule in sorted(old.rules.keys() | new.rules.keys()):
        before, after = old.rules.get(rule), new.rules.get(rule)
        if before == after:
            continue
        if after is None:
            tighter = False
        elif before is None:
            tighter = True
        elif rule in LOWER_BOUNDS:
            tighter = after > before
        elif rule in UPPER_BOUNDS:
            tighter = after < before
        else:  # a pattern, a format, multipleOf: another rule, which old values may break
            tighter = True
        detail = f"{at.label}: {rule} {_rule(before)} -> {_rule(after)}"
        yield at.note(B if tighter else OK, Section.CHANGED, detail)


def _rule(value: object) -> str:
    return "none" if value is None else repr(value) if isinstance(value, str) else str(value)


def _fields(old: Shape, new: Shape, at: Place) -> Iterator[Change]:
    for name, before in old.fields.items():
        place = at.inside(name, before.model)
        after = new.fields.get(name)
        if after is None:
            yield place.note(B, Section.REMOVED, f"{place.label} removed")
            continue
        yield from _field(before, after, place)
    for name, after in new.fields.items():
        if name not in old.fields:
            place = at.inside(name, after.model)
            if not at.request:
                yield place.note(OK, Section.ADDED, f"new {place.label}")
            elif after.required:
                yield place.note(B, Section.CHANGED, f"new required {place.label}")
            else:
                yield place.note(OK, Section.ADDED, f"new optional {place.label}")


def _field(before: Field, after: Field, place: Place) -> Iterator[Change]:
    if before.required != after.required:
        if place.request and after.required:
            yield place.note(B, Section.CHANGED, f"{place.label} now required")
        elif place.request:
            yield place.note(OK, Section.CHANGED, f"{place.label} now optional")
        elif after.required:
            yield place.note(OK, Section.CHANGED, f"{place.label} is always there now")
        else:
            yield place.note(B, Section.CHANGED, f"{place.label} may now be absent")
    if before.shape.deprecated != after.shape.deprecated:
        if after.shape.deprecated:
            yield place.note(OK, Section.DEPRECATED, f"{place.label} deprecated")
        else:
            yield place.note(OK, Section.CHANGED, f"{place.label} no longer deprecated")
    yield from compare(before.shape, after.shape, place)
