from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LineItem")


@_attrs_define
class LineItem:
    """
    Attributes:
        name (str):
        meter (str): The meter's event name.
        quantity (float):
        unit (str):
        unit_price (float): Dollars per unit.
        total_cost (float): Dollars, rounded to the cent.
    """

    name: str
    meter: str
    quantity: float
    unit: str
    unit_price: float
    total_cost: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        meter = self.meter

        quantity = self.quantity

        unit = self.unit

        unit_price = self.unit_price

        total_cost = self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "meter": meter,
                "quantity": quantity,
                "unit": unit,
                "unit_price": unit_price,
                "total_cost": total_cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        meter = d.pop("meter")

        quantity = d.pop("quantity")

        unit = d.pop("unit")

        unit_price = d.pop("unit_price")

        total_cost = d.pop("total_cost")

        line_item = cls(
            name=name,
            meter=meter,
            quantity=quantity,
            unit=unit,
            unit_price=unit_price,
            total_cost=total_cost,
        )

        line_item.additional_properties = d
        return line_item

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
