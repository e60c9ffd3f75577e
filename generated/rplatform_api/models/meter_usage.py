from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MeterUsage")


@_attrs_define
class MeterUsage:
    """
    Attributes:
        meter_id (str):
        event_name (str):
        display_name (str):
        unit (str):
        aggregated_value (float):
        start_time (datetime.datetime):
        end_time (datetime.datetime):
    """

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meter_id = d.pop("meter_id")

        event_name = d.pop("event_name")

        display_name = d.pop("display_name")

        unit = d.pop("unit")

        aggregated_value = d.pop("aggregated_value")

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        end_time = datetime.datetime.fromisoformat(d.pop("end_time"))

        meter_usage = cls(
            meter_id=meter_id,
            event_name=event_name,
            display_name=display_name,
            unit=unit,
            aggregated_value=aggregated_value,
            start_time=start_time,
            end_time=end_time,
        )

        meter_usage.additional_properties = d
        return meter_usage

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
