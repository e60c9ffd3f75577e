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
        "requested",
        "requested_at",
        "scheduled_at",
        "grace_period_ends",
        "reason",
    )
)


@_attrs_define(repr=False, eq=False)
class DeletionStatus(Model):
    """
    Attributes:
        requested (bool): Whether a deletion is pending.
        requested_at (datetime.datetime | None): When it was requested; null when none is pending.
        scheduled_at (datetime.datetime | None): When the account will be deleted; null when none is pending.
        grace_period_ends (datetime.datetime | None): The end of the 30-day grace period; null when none is pending.
        reason (None | str): The reason given, if any.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "requested",
            "requested",
            required=True,
            description="Whether a deletion is pending.",
            type="boolean",
        ),
        Field(
            "requested_at",
            "requested_at",
            required=True,
            description="When it was requested; null when none is pending.",
            type="string",
            format="date-time",
            nullable=True,
        ),
        Field(
            "scheduled_at",
            "scheduled_at",
            required=True,
            description="When the account will be deleted; null when none is pending.",
            type="string",
            format="date-time",
            nullable=True,
        ),
        Field(
            "grace_period_ends",
            "grace_period_ends",
            required=True,
            description="The end of the 30-day grace period; null when none is pending.",
            type="string",
            format="date-time",
            nullable=True,
        ),
        Field(
            "reason",
            "reason",
            required=True,
            description="The reason given, if any.",
            type="string",
            nullable=True,
        ),
    )

    requested: bool
    requested_at: datetime.datetime | None
    scheduled_at: datetime.datetime | None
    grace_period_ends: datetime.datetime | None
    reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested = self.requested

        requested_at: None | str
        if isinstance(self.requested_at, datetime.datetime):
            requested_at = self.requested_at.isoformat()
        else:
            requested_at = self.requested_at

        scheduled_at: None | str
        if isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        grace_period_ends: None | str
        if isinstance(self.grace_period_ends, datetime.datetime):
            grace_period_ends = self.grace_period_ends.isoformat()
        else:
            grace_period_ends = self.grace_period_ends

        reason: None | str
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requested": requested,
                "requested_at": requested_at,
                "scheduled_at": scheduled_at,
                "grace_period_ends": grace_period_ends,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `DeletionStatus` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            requested = src_dict["requested"]
            if requested.__class__ is not bool:
                raise ParseError.expected("boolean", requested, "requested")

            requested_at = src_dict["requested_at"]
            if requested_at is not None:
                _text = requested_at
                try:
                    requested_at = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        requested_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        requested_at = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected(
                            "date-time or null", _text, "requested_at"
                        ) from None

            scheduled_at = src_dict["scheduled_at"]
            if scheduled_at is not None:
                _text = scheduled_at
                try:
                    scheduled_at = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        scheduled_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        scheduled_at = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected(
                            "date-time or null", _text, "scheduled_at"
                        ) from None

            grace_period_ends = src_dict["grace_period_ends"]
            if grace_period_ends is not None:
                _text = grace_period_ends
                try:
                    grace_period_ends = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        grace_period_ends = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        grace_period_ends = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected(
                            "date-time or null", _text, "grace_period_ends"
                        ) from None

            reason = src_dict["reason"]
            if reason is not None and reason.__class__ is not str:
                raise ParseError.expected("string or null", reason, "reason")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        deletion_status = object.__new__(cls)
        deletion_status.requested = requested
        deletion_status.requested_at = requested_at
        deletion_status.scheduled_at = scheduled_at
        deletion_status.grace_period_ends = grace_period_ends
        deletion_status.reason = reason
        deletion_status.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 5 else {}
        )
        return deletion_status

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
                requested = src_dict["requested"]
                if requested.__class__ is not bool:
                    raise ParseError.expected("boolean", requested, "requested")

                requested_at = src_dict["requested_at"]
                if requested_at is not None:
                    _text = requested_at
                    try:
                        requested_at = from_iso_datetime(_text)
                        if _text[-16::3] != "--T::Z":
                            requested_at = parse_datetime(_text)
                    except (TypeError, ValueError):
                        try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                            requested_at = parse_datetime(_text)
                        except (TypeError, ValueError):
                            raise ParseError.expected(
                                "date-time or null", _text, "requested_at"
                            ) from None

                scheduled_at = src_dict["scheduled_at"]
                if scheduled_at is not None:
                    _text = scheduled_at
                    try:
                        scheduled_at = from_iso_datetime(_text)
                        if _text[-16::3] != "--T::Z":
                            scheduled_at = parse_datetime(_text)
                    except (TypeError, ValueError):
                        try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                            scheduled_at = parse_datetime(_text)
                        except (TypeError, ValueError):
                            raise ParseError.expected(
                                "date-time or null", _text, "scheduled_at"
                            ) from None

                grace_period_ends = src_dict["grace_period_ends"]
                if grace_period_ends is not None:
                    _text = grace_period_ends
                    try:
                        grace_period_ends = from_iso_datetime(_text)
                        if _text[-16::3] != "--T::Z":
                            grace_period_ends = parse_datetime(_text)
                    except (TypeError, ValueError):
                        try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                            grace_period_ends = parse_datetime(_text)
                        except (TypeError, ValueError):
                            raise ParseError.expected(
                                "date-time or null", _text, "grace_period_ends"
                            ) from None

                reason = src_dict["reason"]
                if reason is not None and reason.__class__ is not str:
                    raise ParseError.expected("string or null", reason, "reason")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            deletion_status = new(cls)
            deletion_status.requested = requested
            deletion_status.requested_at = requested_at
            deletion_status.scheduled_at = scheduled_at
            deletion_status.grace_period_ends = grace_period_ends
            deletion_status.reason = reason
            deletion_status.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 5 else {}
            )
            append(deletion_status)
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
