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
        "meter_id",
        "event_name",
        "display_name",
        "unit",
        "aggregated_value",
        "start_time",
        "end_time",
    )
)


@_attrs_define(repr=False, eq=False)
class MeterUsage(Model):
    """
    Attributes:
        meter_id (str): The meter's id (`mtr_...`).
        event_name (str): The meter's event name (`sandbox_compute_hours`).
        display_name (str): The meter's name for people.
        unit (str): The unit of `aggregated_value`: hours, GB-months or tokens.
        aggregated_value (float): The month's total, in `unit`s.
        start_time (datetime.datetime): Start of the month (inclusive).
        end_time (datetime.datetime): End of the month (exclusive).
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "meter_id",
            "meter_id",
            required=True,
            description="The meter's id (`mtr_...`).",
            type="string",
        ),
        Field(
            "event_name",
            "event_name",
            required=True,
            description="The meter's event name (`sandbox_compute_hours`).",
            type="string",
        ),
        Field(
            "display_name",
            "display_name",
            required=True,
            description="The meter's name for people.",
            type="string",
        ),
        Field(
            "unit",
            "unit",
            required=True,
            description="The unit of `aggregated_value`: hours, GB-months or tokens.",
            type="string",
        ),
        Field(
            "aggregated_value",
            "aggregated_value",
            required=True,
            description="The month's total, in `unit`s.",
            type="number",
        ),
        Field(
            "start_time",
            "start_time",
            required=True,
            description="Start of the month (inclusive).",
            type="string",
            format="date-time",
        ),
        Field(
            "end_time",
            "end_time",
            required=True,
            description="End of the month (exclusive).",
            type="string",
            format="date-time",
        ),
    )

    meter_id: str
    event_name: str
    display_name: str
    unit: str
    aggregated_value: float
    start_time: datetime.datetime
    end_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meter_id = self.meter_id

        event_name = self.event_name

        display_name = self.display_name

        unit = self.unit

        aggregated_value = self.aggregated_value

        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meter_id": meter_id,
                "event_name": event_name,
                "display_name": display_name,
                "unit": unit,
                "aggregated_value": aggregated_value,
                "start_time": start_time,
                "end_time": end_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `MeterUsage` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            meter_id = src_dict["meter_id"]
            if meter_id.__class__ is not str:
                raise ParseError.expected("string", meter_id, "meter_id")

            event_name = src_dict["event_name"]
            if event_name.__class__ is not str:
                raise ParseError.expected("string", event_name, "event_name")

            display_name = src_dict["display_name"]
            if display_name.__class__ is not str:
                raise ParseError.expected("string", display_name, "display_name")

            unit = src_dict["unit"]
            if unit.__class__ is not str:
                raise ParseError.expected("string", unit, "unit")

            aggregated_value = src_dict["aggregated_value"]
            if (
                aggregated_value.__class__ is not float or aggregated_value - aggregated_value
            ) and aggregated_value.__class__ is not int:
                raise ParseError.expected("number", aggregated_value, "aggregated_value")

            start_time = src_dict["start_time"]
            _text = start_time
            try:
                start_time = from_iso_datetime(_text)
                if _text[-16::3] != "--T::Z":
                    start_time = parse_datetime(_text)
            except (TypeError, ValueError):
                try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                    start_time = parse_datetime(_text)
                except (TypeError, ValueError):
                    raise ParseError.expected("date-time", _text, "start_time") from None

            end_time = src_dict["end_time"]
            _text = end_time
            try:
                end_time = from_iso_datetime(_text)
                if _text[-16::3] != "--T::Z":
                    end_time = parse_datetime(_text)
            except (TypeError, ValueError):
                try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                    end_time = parse_datetime(_text)
                except (TypeError, ValueError):
                    raise ParseError.expected("date-time", _text, "end_time") from None
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        meter_usage = object.__new__(cls)
        meter_usage.meter_id = meter_id
        meter_usage.event_name = event_name
        meter_usage.display_name = display_name
        meter_usage.unit = unit
        meter_usage.aggregated_value = aggregated_value
        meter_usage.start_time = start_time
        meter_usage.end_time = end_time
        meter_usage.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 7 else {}
        )
        return meter_usage

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
                meter_id = src_dict["meter_id"]
                if meter_id.__class__ is not str:
                    raise ParseError.expected("string", meter_id, "meter_id")

                event_name = src_dict["event_name"]
                if event_name.__class__ is not str:
                    raise ParseError.expected("string", event_name, "event_name")

                display_name = src_dict["display_name"]
                if display_name.__class__ is not str:
                    raise ParseError.expected("string", display_name, "display_name")

                unit = src_dict["unit"]
                if unit.__class__ is not str:
                    raise ParseError.expected("string", unit, "unit")

                aggregated_value = src_dict["aggregated_value"]
                if (
                    aggregated_value.__class__ is not float or aggregated_value - aggregated_value
                ) and aggregated_value.__class__ is not int:
                    raise ParseError.expected("number", aggregated_value, "aggregated_value")

                start_time = src_dict["start_time"]
                _text = start_time
                try:
                    start_time = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        start_time = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        start_time = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected("date-time", _text, "start_time") from None

                end_time = src_dict["end_time"]
                _text = end_time
                try:
                    end_time = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        end_time = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        end_time = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected("date-time", _text, "end_time") from None
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            meter_usage = new(cls)
            meter_usage.meter_id = meter_id
            meter_usage.event_name = event_name
            meter_usage.display_name = display_name
            meter_usage.unit = unit
            meter_usage.aggregated_value = aggregated_value
            meter_usage.start_time = start_time
            meter_usage.end_time = end_time
            meter_usage.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 7 else {}
            )
            append(meter_usage)
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
