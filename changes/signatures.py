"""What a change of a function's signature does to its callers.

Calls that worked may fail: an argument removed or renamed, a new required one, one that must
now be given by name or moved among the positional ones. A default or a type that changes is
breaking for some users (those who relied on the default, or whose type checker now
objects). Signatures are the data `surface.signature` makes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .change import Change, Level, Section, change

B, SOME, OK = Level.BREAKING, Level.SOME_USERS, Level.NON_BREAKING
Signature = dict[str, Any]
BY_POSITION = ("positional-only", "positional")
BY_NAME = ("positional", "keyword-only")


def compare(old: Signature, new: Signature, subject: str) -> Iterator[Change]:
    before = {p["name"]: p for p in old["parameters"]}
    after = {p["name"]: p for p in new["parameters"]}
    gone = [p for p in old["parameters"] if p["name"] not in after]
    came = [p for p in new["parameters"] if p["name"] not in before]
    for was in list(gone):  # one that left where another of the same kind came: a rename
        twin = next((p for p in came if _slot(new, p) == _slot(old, was)), None)
        if twin is not None:
            gone.remove(was)
            came.remove(twin)
            detail = f"argument {was['name']} renamed to {twin['name']}"
            yield _note(B, Section.CHANGED, subject, was["name"], detail, twin["name"])
    for p in gone:
        yield _note(B, Section.REMOVED, subject, p["name"], f"argument {p['name']} removed")
    for p in came:
        if p["required"]:
            yield _note(
                B, Section.CHANGED, subject, p["name"], f"new required argument {p['name']}"
            )
        elif p["kind"] not in ("*args", "**kwargs"):
            yield _note(OK, Section.ADDED, subject, p["name"], f"new optional argument {p['name']}")
    for name in (name for name in before if name in after):
        yield from _parameter(old, new, before[name], after[name], subject)
    if old["returns"] != new["returns"]:
        detail = f"result type {old['returns']} -> {new['returns']}"
        yield change(SOME, Section.CHANGED, subject, detail, keys=[(subject, "")])


def _parameter(
    old: Signature, new: Signature, was: dict[str, Any], now: dict[str, Any], subject: str
) -> Iterator[Change]:
    name = was["name"]
    if was["kind"] in BY_POSITION and now["kind"] not in BY_POSITION:
        yield _note(B, Section.CHANGED, subject, name, f"argument {name} now keyword-only")
    elif was["kind"] in BY_NAME and now["kind"] not in BY_NAME:
        yield _note(B, Section.CHANGED, subject, name, f"argument {name} now positional-only")
    elif was["kind"] in BY_POSITION and _position(old, was) != _position(new, now):
        detail = f"argument {name} moved from position {_position(old, was) + 1} to " + str(
            _position(new, now) + 1
        )
        yield _note(B, Section.CHANGED, subject, name, detail)
    if now["required"] and not was["required"]:
        yield _note(B, Section.CHANGED, subject, name, f"argument {name} now required")
    elif was["required"] and not now["required"]:
        yield _note(OK, Section.CHANGED, subject, name, f"argument {name} now optional")
    elif was["default"] != now["default"]:
        detail = f"argument {name}: default {was['default']} -> {now['default']}"
        yield _note(SOME, Section.CHANGED, subject, name, detail)
    if was["type"] != now["type"]:
        detail = f"argument {name}: type {was['type']} -> {now['type']}"
        yield _note(SOME, Section.CHANGED, subject, name, detail)


def _slot(signature: Signature, parameter: dict[str, Any]) -> tuple[str, int]:
    """Where a parameter stands among those of its kind."""
    same = [p["name"] for p in signature["parameters"] if p["kind"] == parameter["kind"]]
    return parameter["kind"], same.index(parameter["name"])


def _position(signature: Signature, parameter: dict[str, Any]) -> int:
    positional = [p["name"] for p in signature["parameters"] if p["kind"] in BY_POSITION]
    return positional.index(parameter["name"])


def _note(
    level: Level, section: Section, subject: str, name: str, detail: str, *more: str
) -> Change:
    return change(level, section, subject, detail, name, *more, keys=[(subject, name)])
