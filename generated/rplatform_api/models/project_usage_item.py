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
        "item",
        "meter",
        "units",
        "unit_type",
        "cost_cents",
    )
)


@_attrs_define(repr=False, eq=False)
class ProjectUsageItem(Model):
    """
    Attributes:
        item (str): What was used, for example "Sandbox compute".
        meter (str): The meter's event name.
        units (float): Use in the range, in `unit_type`s.
        unit_type (str): The unit of `units`: hours, GB-months or tokens.
        cost_cents (float): The range's exact cost, in cents (fractional, not rounded).
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "item",
            "item",
            required=True,
            description='What was used, for example "Sandbox compute".',
            type="string",
        ),
        Field(
            "meter", "meter", required=True, description="The meter's event name.", type="string"
        ),
        Field(
            "units",
            "units",
            required=True,
            description="Use in the range, in `unit_type`s.",
            type="number",
        ),
        Field(
            "unit_type",
            "unit_type",
            required=True,
            description="The unit of `units`: hours, GB-months or tokens.",
            type="string",
        ),
        Field(
            "cost_cents",
            "cost_cents",
            required=True,
            description="The range's exact cost, in cents (fractional, not rounded).",
            type="number",
        ),
    )

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `ProjectUsageItem` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            item = src_dict["item"]
            if item.__class__ is not str:
                raise ParseError.expected("string", item, "item")

            meter = src_dict["meter"]
            if meter.__class__ is not str:
                raise ParseError.expected("string", meter, "meter")

            units = src_dict["units"]
            if (units.__class__ is not float or units - units) and units.__class__ is not int:
                raise ParseError.expected("number", units, "units")

            unit_type = src_dict["unit_type"]
            if unit_type.__class__ is not str:
                raise ParseError.expected("string", unit_type, "unit_type")

            cost_cents = src_dict["cost_cents"]
            if (
                cost_cents.__class__ is not float or cost_cents - cost_cents
            ) and cost_cents.__class__ is not int:
                raise ParseError.expected("number", cost_cents, "cost_cents")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        project_usage_item = object.__new__(cls)
        project_usage_item.item = item
        project_usage_item.meter = meter
        project_usage_item.units = units
        project_usage_item.unit_type = unit_type
        project_usage_item.cost_cents = cost_cents
        project_usage_item.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 5 else {}
        )
        return project_usage_item

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
                item = src_dict["item"]
                if item.__class__ is not str:
                    raise ParseError.expected("string", item, "item")

                meter = src_dict["meter"]
                if meter.__class__ is not str:
                    raise ParseError.expected("string", meter, "meter")

                units = src_dict["units"]
                if (units.__class__ is not float or units - units) and units.__class__ is not int:
                    raise ParseError.expected("number", units, "units")

                unit_type = src_dict["unit_type"]
                if unit_type.__class__ is not str:
                    raise ParseError.expected("string", unit_type, "unit_type")

                cost_cents = src_dict["cost_cents"]
                if (
                    cost_cents.__class__ is not float or cost_cents - cost_cents
                ) and cost_cents.__class__ is not int:
                    raise ParseError.expected("number", cost_cents, "cost_cents")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            project_usage_item = new(cls)
            project_usage_item.item = item
            project_usage_item.meter = meter
            project_usage_item.units = units
            project_usage_item.unit_type = unit_type
            project_usage_item.cost_cents = cost_cents
            project_usage_item.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 5 else {}
            )
            append(project_usage_item)
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
