from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..models.billing_period import BillingPeriod
from ..types import (
    Field,
    Model,
    ParseError,
    del_item,
    extra_fields,
    get_item,
    has_item,
    malformed,
    parse_list,
    put_item,
)

_FIELDS = frozenset(("periods",))


@_attrs_define(repr=False, eq=False)
class BillingPeriods(Model):
    """
    Attributes:
        periods (ModelList[BillingPeriod]): The months with usage, and the current one, newest first.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "periods",
            "periods",
            required=True,
            description="The months with usage, and the current one, newest first.",
            type="array",
            model=BillingPeriod,
        ),
    )

    periods: ModelList[BillingPeriod]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        periods = []
        for periods_item_data in self.periods:
            periods_item = periods_item_data.to_dict()
            periods.append(periods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "periods": periods,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `BillingPeriods` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            periods = src_dict["periods"]
            periods = parse_list(periods, BillingPeriod.from_dicts, "periods")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        billing_periods = object.__new__(cls)
        billing_periods.periods = periods
        billing_periods.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 1 else {}
        )
        return billing_periods

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
                periods = src_dict["periods"]
                periods = parse_list(periods, BillingPeriod.from_dicts, "periods")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            billing_periods = new(cls)
            billing_periods.periods = periods
            billing_periods.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 1 else {}
            )
            append(billing_periods)
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
