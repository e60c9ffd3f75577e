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

_FIELDS = frozenset(
    (
        "name",
        "meter",
        "quantity",
        "unit",
        "unit_price",
        "total_cost",
    )
)


@_attrs_define(repr=False, eq=False)
class LineItem(Model):
    """
    Attributes:
        name (str): What the line is for ("Sandbox compute").
        meter (str): The meter's event name.
        quantity (float): The month's total use, in `unit`s (to the thousandth).
        unit (str): The unit of `quantity`: hours, GB-months or tokens.
        unit_price (float): Price per unit, in dollars (0.05: 5 cents).
        total_cost (float): The line's cost, in dollars, rounded to the cent.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "name",
            "name",
            required=True,
            description='What the line is for ("Sandbox compute").',
            type="string",
        ),
        Field(
            "meter", "meter", required=True, description="The meter's event name.", type="string"
        ),
        Field(
            "quantity",
            "quantity",
            required=True,
            description="The month's total use, in `unit`s (to the thousandth).",
            type="number",
        ),
        Field(
            "unit",
            "unit",
            required=True,
            description="The unit of `quantity`: hours, GB-months or tokens.",
            type="string",
        ),
        Field(
            "unit_price",
            "unit_price",
            required=True,
            description="Price per unit, in dollars (0.05: 5 cents).",
            type="number",
        ),
        Field(
            "total_cost",
            "total_cost",
            required=True,
            description="The line's cost, in dollars, rounded to the cent.",
            type="number",
        ),
    )

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `LineItem` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            name = src_dict["name"]
            if name.__class__ is not str:
                raise ParseError.expected("string", name, "name")

            meter = src_dict["meter"]
            if meter.__class__ is not str:
                raise ParseError.expected("string", meter, "meter")

            quantity = src_dict["quantity"]
            if (
                quantity.__class__ is not float or quantity - quantity
            ) and quantity.__class__ is not int:
                raise ParseError.expected("number", quantity, "quantity")

            unit = src_dict["unit"]
            if unit.__class__ is not str:
                raise ParseError.expected("string", unit, "unit")

            unit_price = src_dict["unit_price"]
            if (
                unit_price.__class__ is not float or unit_price - unit_price
            ) and unit_price.__class__ is not int:
                raise ParseError.expected("number", unit_price, "unit_price")

            total_cost = src_dict["total_cost"]
            if (
                total_cost.__class__ is not float or total_cost - total_cost
            ) and total_cost.__class__ is not int:
                raise ParseError.expected("number", total_cost, "total_cost")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        line_item = object.__new__(cls)
        line_item.name = name
        line_item.meter = meter
        line_item.quantity = quantity
        line_item.unit = unit
        line_item.unit_price = unit_price
        line_item.total_cost = total_cost
        line_item.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 6 else {}
        )
        return line_item

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
                name = src_dict["name"]
                if name.__class__ is not str:
                    raise ParseError.expected("string", name, "name")

                meter = src_dict["meter"]
                if meter.__class__ is not str:
                    raise ParseError.expected("string", meter, "meter")

                quantity = src_dict["quantity"]
                if (
                    quantity.__class__ is not float or quantity - quantity
                ) and quantity.__class__ is not int:
                    raise ParseError.expected("number", quantity, "quantity")

                unit = src_dict["unit"]
                if unit.__class__ is not str:
                    raise ParseError.expected("string", unit, "unit")

                unit_price = src_dict["unit_price"]
                if (
                    unit_price.__class__ is not float or unit_price - unit_price
                ) and unit_price.__class__ is not int:
                    raise ParseError.expected("number", unit_price, "unit_price")

                total_cost = src_dict["total_cost"]
                if (
                    total_cost.__class__ is not float or total_cost - total_cost
                ) and total_cost.__class__ is not int:
                    raise ParseError.expected("number", total_cost, "total_cost")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            line_item = new(cls)
            line_item.name = name
            line_item.meter = meter
            line_item.quantity = quantity
            line_item.unit = unit
            line_item.unit_price = unit_price
            line_item.total_cost = total_cost
            line_item.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 6 else {}
            )
            append(line_item)
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
