from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectUsageItem")


@_attrs_define
class ProjectUsageItem:
    """
    Attributes:
        item (str): What was used, for example "Sandbox compute".
        meter (str): The meter's event name.
        units (float):
        unit_type (str):
        cost_cents (float):
    """

    item: str
    meter: str
    units: float
    unit_type: str
    cost_cents: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item = self.item

        meter = self.meter

        units = self.units

        unit_type = self.unit_type

        cost_cents = self.cost_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item": item,
                "meter": meter,
                "units": units,
                "unit_type": unit_type,
                "cost_cents": cost_cents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item = d.pop("item")

        meter = d.pop("meter")

        units = d.pop("units")

        unit_type = d.pop("unit_type")

        cost_cents = d.pop("cost_cents")

        project_usage_item = cls(
            item=item,
            meter=meter,
            units=units,
            unit_type=unit_type,
            cost_cents=cost_cents,
        )

        project_usage_item.additional_properties = d
        return project_usage_item

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
