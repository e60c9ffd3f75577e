"""The Python API's changes: what users import and call, compared as `surface.py` reads it.

Names of `rplatform` and `rplatform.models` removed or added; for classes their public bases
(`except ConflictError` catches less when a base goes), members, attributes and constructor;
for models their fields and enum values; for the per-call options their keys; the resource
methods by the names users call (`r.billing.get_periods()`), with their signatures; and which
exception each error status raises.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from . import signatures
from .change import Change, Level, Section, change

B, SOME, OK = Level.BREAKING, Level.SOME_USERS, Level.NON_BREAKING
Surface = dict[str, Any]


def compare_apis(old: Surface, new: Surface) -> Iterator[Change]:
    yield from _names(old["names"], new["names"], "rplatform.")
    yield from _names(old["models"], new["models"], "rplatform.models.")
    yield from _resources(old["resources"], new["resources"])
    for status, name in sorted(old["status_errors"].items()):
        now = new["status_errors"].get(status, new["status_errors"][f"{status[0]}xx"])
        if now != name:
            text = f"a {status} answer raises {now}, not {name}"
            yield change(B, Section.CHANGED, name, "", now, keys=[("status", status)], text=text)


def raises(api: Surface, status: int) -> str:
    """The exception an answer with this status raises."""
    errors = api["status_errors"]
    return str(errors.get(str(status), errors[f"{str(status)[0]}xx"]))


def _names(old: dict[str, Any], new: dict[str, Any], prefix: str) -> Iterator[Change]:
    for name, was in old.items():
        subject = prefix + name
        if name not in new:
            keys = [("name", subject), ("field", name, ""), ("model", name)]
            yield change(B, Section.REMOVED, subject, "", keys=keys, text=f"{subject} removed")
        elif was["kind"] != new[name]["kind"]:
            detail = f"now a {new[name]['kind']}, was a {was['kind']}"
            yield change(B, Section.CHANGED, subject, detail, keys=[("name", subject)])
        else:
            yield from _describe(was, new[name], subject, name)
    for name in sorted(new.keys() - old.keys()):
        subject = prefix + name
        yield change(OK, Section.ADDED, subject, "", keys=[("name", subject), ("model", name)],
                     text=f"new {subject}")  # fmt: skip


def _describe(
    old: dict[str, Any], new: dict[str, Any], subject: str, name: str
) -> Iterator[Change]:
    if "signature" in old and "signature" in new:
        yield from signatures.compare(old["signature"], new["signature"], f"{subject}()")
    for key, was in old.get("keys", {}).items():  # a TypedDict: keyword options
        now = new["keys"].get(key)
        if now is None:
            yield _member(B, Section.REMOVED, subject, key, f"option {key} removed")
        elif now["type"] != was["type"]:
            yield _member(SOME, Section.CHANGED, subject, key,
                          f"option {key}: type {was['type']} -> {now['type']}")  # fmt: skip
    for key in sorted(new.get("keys", {}).keys() - old.get("keys", {}).keys()):
        yield _member(OK, Section.ADDED, subject, key, f"new option {key}")
    for member, value in old.get("values", {}).items():  # an enum
        if member not in new["values"]:
            yield _member(B, Section.REMOVED, subject, member, f"{member} removed",
                          ("enum", name, value))  # fmt: skip
    for member in sorted(new.get("values", {}).keys() - old.get("values", {}).keys()):
        yield _member(OK, Section.ADDED, subject, member, f"new value {member}",
                      ("enum", name, new["values"][member]))  # fmt: skip
    yield from _bases(old.get("bases", []), new.get("bases", []), subject)
    yield from _fields(old.get("fields", {}), new.get("fields", {}), subject, name)
    yield from _members(old.get("members", {}), new.get("members", {}), subject)
    yield from _attributes(old.get("attributes", {}), new.get("attributes", {}), subject)


def _bases(old: list[str], new: list[str], subject: str) -> Iterator[Change]:
    public = [base for base in old if not base.rsplit(".", 1)[-1].startswith("_")]
    for base in public:
        if base not in new:
            yield change(B, Section.CHANGED, subject, f"no longer a subclass of {base}", base)
    for base in new:
        if base not in old and not base.rsplit(".", 1)[-1].startswith("_"):
            yield change(OK, Section.CHANGED, subject, f"now a subclass of {base}", base)


def _fields(old: dict[str, Any], new: dict[str, Any], subject: str, model: str) -> Iterator[Change]:
    for field, was in old.items():
        key = ("field", model, field)
        if field not in new:
            yield _member(B, Section.REMOVED, subject, field, f"field {field} removed", key)
        elif new[field]["type"] != was["type"]:
            detail = f"field {field}: type {was['type']} -> {new[field]['type']}"
            yield _member(B, Section.CHANGED, subject, field, detail, key)
    for field in sorted(new.keys() - old.keys()):
        key = ("field", model, field)
        yield _member(OK, Section.ADDED, subject, field, f"new field {field}", key)


def _members(old: dict[str, Any], new: dict[str, Any], subject: str) -> Iterator[Change]:
    for member, was in old.items():
        now = new.get(member)
        if now is None:
            yield _member(B, Section.REMOVED, subject, member, f"{member} removed")
        elif was["kind"] != now["kind"]:
            yield _member(B, Section.CHANGED, subject, member,
                          f"{member} is now a {now['kind']}, was a {was['kind']}")  # fmt: skip
        elif "signature" in was and "signature" in now:
            yield from signatures.compare(
                was["signature"], now["signature"], f"{subject}.{member}()"
            )
        elif was.get("type") != now.get("type") and was["kind"] == "property":
            yield _member(SOME, Section.CHANGED, subject, member,
                          f"{member}: type {was.get('type')} -> {now.get('type')}")  # fmt: skip
    for member in sorted(new.keys() - old.keys()):
        yield _member(OK, Section.ADDED, subject, member, f"new {new[member]['kind']} {member}")


def _attributes(old: dict[str, str], new: dict[str, str], subject: str) -> Iterator[Change]:
    for attribute, was in old.items():
        if attribute not in new:
            yield _member(B, Section.REMOVED, subject, attribute, f"attribute {attribute} removed")
        elif new[attribute] != was:
            yield _member(SOME, Section.CHANGED, subject, attribute,
                          f"attribute {attribute}: type {was} -> {new[attribute]}")  # fmt: skip
    for attribute in sorted(new.keys() - old.keys()):
        yield _member(OK, Section.ADDED, subject, attribute, f"new attribute {attribute}")


def _resources(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for resource, methods in old.items():
        if resource not in new:
            subject = f"r.{resource}"
            yield change(B, Section.REMOVED, subject, "", text=f"{subject} removed")
            continue
        for name, signature in methods.items():
            subject = f"r.{resource}.{name}()"
            now = new[resource].get(name)
            if now is None:
                yield change(B, Section.REMOVED, subject, "", keys=[("method", subject)],
                             text=f"{subject} removed")  # fmt: skip
            else:
                yield from signatures.compare(signature, now, subject)
    for resource, methods in new.items():
        if resource not in old:
            yield change(OK, Section.ADDED, f"r.{resource}", "", text=f"new resource r.{resource}")
        for name in sorted(methods.keys() - old.get(resource, {}).keys()):
            subject = f"r.{resource}.{name}()"
            yield change(OK, Section.ADDED, subject, "", keys=[("method", subject)],
                         text=f"new method {subject}")  # fmt: skip


def _member(
    level: Level, section: Section, subject: str, name: str, detail: str, *keys: tuple[str, ...]
) -> Change:
    return change(level, section, subject, detail, name, keys=[(subject, name), *keys])
