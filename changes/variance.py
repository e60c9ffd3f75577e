"""Whether a changed type annotation breaks anyone, by where the value goes (its variance).

A value a user receives (a result, a model field of a response, a property) may become a
subtype: `list[LineItem]` -> `ModelList[LineItem]` breaks no reader, as a `ModelList` is a
`list`. A value a user passes (an argument, a per-call option) may become a supertype:
`int` -> `int | None` breaks no caller. `Annotated[T, ...]` is `T` (its metadata documents, it
does not type). Anything else, or anything this cannot read, is a change of type.

Which class derives from which comes from the surfaces compared (`surface.py` records each
exported class's bases: `ModelList` is a `list`, `ConflictError` an `APIStatusError`), and for
the standard library's types from Python itself (`bool` is an `int`, `list` a `Sequence`),
with the numeric tower of PEP 484 (an `int` is accepted where a `float` is).
"""

from __future__ import annotations

import builtins
import collections.abc
import datetime
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# A type expression, parsed: a name with its arguments (`list[LineItem]`), a union of them,
# a bracketed list of them (`Callable[[int], str]`'s first argument), or a literal value.
Type = tuple[Any, ...]
TOKEN = re.compile(r"\s*(?:(?P<name>[A-Za-z_][\w.]*|\.\.\.)|(?P<text>'(?:[^'\\]|\\.)*'|"
                   r"\"(?:[^\"\\]|\\.)*\"|-?\d+(?:\.\d+)?)|(?P<mark>[\[\],|]))")  # fmt: skip
ALIASES = {
    "NoneType": "None",
    "List": "list",
    "Dict": "dict",
    "Set": "set",
    "FrozenSet": "frozenset",
    "Tuple": "tuple",
    "Type": "type",
}
# Whose arguments may narrow with them (immutable containers): `tuple[bool]` is a `tuple[int]`.
COVARIANT = {"tuple", "frozenset", "type", "Sequence", "Iterable", "Iterator", "Collection"}
# PEP 484: where a float is expected an int is accepted, and both where a complex is.
NUMBERS = {("int", "float"), ("int", "complex"), ("float", "complex")}
STANDARD: dict[str, type] = {
    name: value
    for module in (builtins, collections.abc)
    for name, value in vars(module).items()
    if isinstance(value, type)
} | {f"datetime.{name}": getattr(datetime, name) for name in ("date", "datetime", "time")}


class Unreadable(ValueError):
    """A type annotation this module cannot parse: it is compared as text."""


def parse(text: str) -> Type:
    tokens = _tokens(text)
    found, rest = _union(tokens)
    if rest:
        raise Unreadable(text)
    return _normal(found)


def _tokens(text: str) -> list[tuple[str, str]]:
    found = []
    at = 0
    while at < len(text.rstrip()):
        match = TOKEN.match(text, at)
        if match is None:
            raise Unreadable(text)
        kind = match.lastgroup or ""
        found.append((kind, match[kind]))
        at = match.end()
    return found


def _union(tokens: list[tuple[str, str]]) -> tuple[Type, list[tuple[str, str]]]:
    members = []
    while True:
        member, tokens = _primary(tokens)
        members.append(member)
        if not tokens or tokens[0] != ("mark", "|"):
            break
        tokens = tokens[1:]
    return (members[0] if len(members) == 1 else ("union", tuple(members))), tokens


def _primary(tokens: list[tuple[str, str]]) -> tuple[Type, list[tuple[str, str]]]:
    if not tokens:
        raise Unreadable("an annotation ends early")
    (kind, value), tokens = tokens[0], tokens[1:]
    if kind == "text":
        return ("literal", value), tokens
    if (kind, value) == ("mark", "["):
        arguments, tokens = _arguments(tokens)
        return ("list", arguments), tokens
    if kind != "name":
        raise Unreadable(f"unexpected {value!r}")
    if tokens and tokens[0] == ("mark", "["):
        arguments, tokens = _arguments(tokens[1:])
        return ("name", value, arguments), tokens
    return ("name", value, ()), tokens


def _arguments(tokens: list[tuple[str, str]]) -> tuple[tuple[Type, ...], list[tuple[str, str]]]:
    found: list[Type] = []
    while tokens and tokens[0] != ("mark", "]"):
        argument, tokens = _union(tokens)
        found.append(argument)
        if tokens and tokens[0] == ("mark", ","):
            tokens = tokens[1:]
    if not tokens:
        raise Unreadable("a bracket is not closed")
    return tuple(found), tokens[1:]


def _normal(node: Type) -> Type:
    """`Annotated[T, ...]` as `T`, `Optional[T]` and `Union[A, B]` as unions, typing's aliases
    as the builtins, unions flattened and unordered."""
    if node[0] == "list":
        return ("list", tuple(_normal(item) for item in node[1]))
    if node[0] == "literal":
        return node
    if node[0] == "union":
        members: set[Type] = set()
        for member in (_normal(item) for item in node[1]):
            members.update(member[1] if member[0] == "union" else (member,))
        return ("union", frozenset(members)) if len(members) > 1 else members.pop()
    _, name, arguments = node
    name = ALIASES.get(name.removeprefix("typing."), name.removeprefix("typing."))
    if name == "Annotated" and arguments:
        return _normal(arguments[0])
    if name == "Optional" and len(arguments) == 1:
        return _normal(("union", (arguments[0], ("name", "None", ()))))
    if name == "Union" and arguments:
        return _normal(("union", arguments))
    return ("name", name, tuple(_normal(item) for item in arguments))


@dataclass(frozen=True)
class Types:
    """The subclass relation of the classes two surfaces export, by the names annotations use."""

    bases: Mapping[str, frozenset[str]]

    @classmethod
    def of(cls, *surfaces: Mapping[str, Any]) -> Types:
        """From `surface.py`'s records; a later surface's bases win (the new code decides)."""
        bases: dict[str, frozenset[str]] = {}
        for surface in surfaces:
            for part in ("names", "models"):
                for name, described in surface.get(part, {}).items():
                    if "bases" in described:
                        found = (base.rsplit(".", 1)[-1] for base in described["bases"])
                        bases[name] = frozenset(found)
        return cls(bases)

    def same(self, old: str | None, new: str | None) -> bool:
        """The same type, written alike or not (`Annotated` metadata and union order aside)."""
        if old == new or old is None or new is None:
            return old == new
        try:
            return parse(old) == parse(new)
        except Unreadable:
            return False

    def within(self, narrow: str | None, wide: str | None) -> bool:
        """Every value of `narrow` is a value of `wide` (as a type checker sees it)."""
        if narrow is None or wide is None:
            return narrow == wide
        try:
            return self._within(parse(narrow), parse(wide))
        except Unreadable:
            return narrow == wide

    def _within(self, narrow: Type, wide: Type) -> bool:
        if narrow == wide or wide in (("name", "Any", ()), ("name", "object", ())):
            return True
        if narrow[0] == "union":
            return all(self._within(member, wide) for member in narrow[1])
        if wide[0] == "union":
            return any(self._within(narrow, member) for member in wide[1])
        if narrow[0] != "name" or wide[0] != "name":
            return False
        _, name, arguments = narrow
        _, other, wide_arguments = wide
        if not self._derives(name, other):
            return False
        if not wide_arguments:  # `list` takes any `list[T]`
            return True
        if len(arguments) != len(wide_arguments):
            return False
        # A generic subclass is taken to pass its parameters on in order: ModelList[T](list[T]).
        if other in COVARIANT:
            return all(self._within(a, b) for a, b in zip(arguments, wide_arguments, strict=True))
        return bool(arguments == wide_arguments)

    def _derives(self, name: str, other: str) -> bool:
        if (name, other) in NUMBERS:
            return True
        lineage = {name} | self._ancestors(name, ())
        if other in lineage:
            return True
        known = [STANDARD[item] for item in lineage if item in STANDARD]
        return other in STANDARD and any(issubclass(item, STANDARD[other]) for item in known)

    def _ancestors(self, name: str, seen: Iterable[str]) -> set[str]:
        found = set(self.bases.get(name, ()))
        for base in list(found):
            if base not in seen:
                found |= self._ancestors(base, (*seen, name))
        return found
