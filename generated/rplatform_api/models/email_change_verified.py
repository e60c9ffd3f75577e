from __future__ import annotations

import datetime
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
    from_iso_datetime,
    get_item,
    has_item,
    malformed,
    parse_datetime,
    put_item,
)

_FIELDS = frozenset(
    (
        "message",
        "verified_at",
    )
)


@_attrs_define(repr=False, eq=False)
class EmailChangeVerified(Model):
    """
    Attributes:
        message (str): The outcome, in plain words.
        verified_at (datetime.datetime): When the new address was verified.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "message",
            "message",
            required=True,
            description="The outcome, in plain words.",
            type="string",
        ),
        Field(
            "verified_at",
            "verified_at",
            required=True,
            description="When the new address was verified.",
            type="string",
            format="date-time",
        ),
    )

    message: str
    verified_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        verified_at = self.verified_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "verified_at": verified_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `EmailChangeVerified` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            message = src_dict["message"]
            if message.__class__ is not str:
                raise ParseError.expected("string", message, "message")

            verified_at = src_dict["verified_at"]
            _text = verified_at
            try:
                verified_at = from_iso_datetime(_text)
                if _text[-16::3] != "--T::Z":
                    verified_at = parse_datetime(_text)
            except (TypeError, ValueError):
                try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                    verified_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    raise ParseError.expected("date-time", _text, "verified_at") from None
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        email_change_verified = object.__new__(cls)
        email_change_verified.message = message
        email_change_verified.verified_at = verified_at
        email_change_verified.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 2 else {}
        )
        return email_change_verified

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
                message = src_dict["message"]
                if message.__class__ is not str:
                    raise ParseError.expected("string", message, "message")

                verified_at = src_dict["verified_at"]
                _text = verified_at
                try:
                    verified_at = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        verified_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        verified_at = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected("date-time", _text, "verified_at") from None
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            email_change_verified = new(cls)
            email_change_verified.message = message
            email_change_verified.verified_at = verified_at
            email_change_verified.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 2 else {}
            )
            append(email_change_verified)
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
