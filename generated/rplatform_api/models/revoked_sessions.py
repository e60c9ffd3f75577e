from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..types import (
    Field,
    Model,
    ParseError,
    del_item,
    extra_fields,
    get_item,
    has_item,
    malformed,
    put_item,
)

_FIELDS = frozenset(("revoked_count",))


@_attrs_define(repr=False, eq=False)
class RevokedSessions(Model):
    """
    Attributes:
        revoked_count (int): How many sessions were revoked.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "revoked_count",
            "revoked_count",
            required=True,
            description="How many sessions were revoked.",
            type="integer",
            minimum=0,
        ),
    )

    revoked_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revoked_count = self.revoked_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "revoked_count": revoked_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `RevokedSessions` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            revoked_count = src_dict["revoked_count"]
            if revoked_count.__class__ is not int:
                raise ParseError.expected("integer", revoked_count, "revoked_count")
            if revoked_count < 0:
                raise ParseError.expected("integer >= 0", revoked_count, "revoked_count")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        revoked_sessions = object.__new__(cls)
        revoked_sessions.revoked_count = revoked_count
        revoked_sessions.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 1 else {}
        )
        return revoked_sessions

    @classmethod
    def from_dicts(cls, items: Iterable[Mapping[str, Any]]) -> ModelList[Self]:
        """`from_dict` of each of `items`, in one list; a `ParseError` path starts at the index.

        One loop instead of one call per item: what a list of thousands of rows costs most.
        """
        parsed: ModelList[Self] = ModelList.of(cls)
        append = parsed.append
        new = object.__new__
        for src_dict in items:
            try:
                revoked_count = src_dict["revoked_count"]
                if revoked_count.__class__ is not int:
                    raise ParseError.expected("integer", revoked_count, "revoked_count")
                if revoked_count < 0:
                    raise ParseError.expected("integer >= 0", revoked_count, "revoked_count")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            revoked_sessions = new(cls)
            revoked_sessions.revoked_count = revoked_count
            revoked_sessions.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 1 else {}
            )
            append(revoked_sessions)
        return parsed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """A field by its JSON name, documented (`usage["total_cost_cents"]`) or not."""
        return get_item(self, key)

    def __setitem__(self, key: str, value: Any) -> None:
        put_item(self, key, value)

    def __delitem__(self, key: str) -> None:
        del_item(self, key)

    def __contains__(self, key: str) -> bool:
        return has_item(self, key)
