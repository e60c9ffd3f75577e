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
    get_item,
    has_item,
    malformed,
    parse_date,
    put_item,
)

_FIELDS = frozenset(
    (
        "label",
        "year",
        "month",
        "start_date",
        "end_date",
        "is_current",
        "total_cost_cents",
        "currency",
    )
)


@_attrs_define(repr=False, eq=False)
class BillingPeriod(Model):
    """A calendar month (UTC) with usage, and its total cost.

    Attributes:
        label (str): For example "June 2025".
        year (int): Calendar year (UTC).
        month (int): Calendar month, 1-12 (UTC).
        start_date (datetime.date): First day of the period (inclusive).
        end_date (datetime.date): Last day of the period (inclusive).
        is_current (bool): Whether this is the current month.
        total_cost_cents (int): The period's total cost, in integer cents (rounded as in `getUsage`).
        currency (str): ISO 4217 currency code, lower case (`usd`).
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "label", "label", required=True, description='For example "June 2025".', type="string"
        ),
        Field("year", "year", required=True, description="Calendar year (UTC).", type="integer"),
        Field(
            "month",
            "month",
            required=True,
            description="Calendar month, 1-12 (UTC).",
            type="integer",
            minimum=1,
            maximum=12,
        ),
        Field(
            "start_date",
            "start_date",
            required=True,
            description="First day of the period (inclusive).",
            type="string",
            format="date",
        ),
        Field(
            "end_date",
            "end_date",
            required=True,
            description="Last day of the period (inclusive).",
            type="string",
            format="date",
        ),
        Field(
            "is_current",
            "is_current",
            required=True,
            description="Whether this is the current month.",
            type="boolean",
        ),
        Field(
            "total_cost_cents",
            "total_cost_cents",
            required=True,
            description="The period's total cost, in integer cents (rounded as in `getUsage`).",
            type="integer",
        ),
        Field(
            "currency",
            "currency",
            required=True,
            description="ISO 4217 currency code, lower case (`usd`).",
            type="string",
        ),
    )

    label: str
    year: int
    month: int
    start_date: datetime.date
    end_date: datetime.date
    is_current: bool
    total_cost_cents: int
    currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        year = self.year

        month = self.month

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        is_current = self.is_current

        total_cost_cents = self.total_cost_cents

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "year": year,
                "month": month,
                "start_date": start_date,
                "end_date": end_date,
                "is_current": is_current,
                "total_cost_cents": total_cost_cents,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `BillingPeriod` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            label = src_dict["label"]
            if label.__class__ is not str:
                raise ParseError.expected("string", label, "label")

            year = src_dict["year"]
            if year.__class__ is not int:
                raise ParseError.expected("integer", year, "year")

            month = src_dict["month"]
            if month.__class__ is not int:
                raise ParseError.expected("integer", month, "month")
            if month < 1 or month > 12:
                raise ParseError.expected("integer >= 1 and <= 12", month, "month")

            start_date = src_dict["start_date"]
            try:
                start_date = parse_date(start_date)
            except (TypeError, ValueError):
                raise ParseError.expected("date", start_date, "start_date") from None

            end_date = src_dict["end_date"]
            try:
                end_date = parse_date(end_date)
            except (TypeError, ValueError):
                raise ParseError.expected("date", end_date, "end_date") from None

            is_current = src_dict["is_current"]
            if is_current.__class__ is not bool:
                raise ParseError.expected("boolean", is_current, "is_current")

            total_cost_cents = src_dict["total_cost_cents"]
            if total_cost_cents.__class__ is not int:
                raise ParseError.expected("integer", total_cost_cents, "total_cost_cents")

            currency = src_dict["currency"]
            if currency.__class__ is not str:
                raise ParseError.expected("string", currency, "currency")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        billing_period = object.__new__(cls)
        billing_period.label = label
        billing_period.year = year
        billing_period.month = month
        billing_period.start_date = start_date
        billing_period.end_date = end_date
        billing_period.is_current = is_current
        billing_period.total_cost_cents = total_cost_cents
        billing_period.currency = currency
        billing_period.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 8 else {}
        )
        return billing_period

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
                label = src_dict["label"]
                if label.__class__ is not str:
                    raise ParseError.expected("string", label, "label")

                year = src_dict["year"]
                if year.__class__ is not int:
                    raise ParseError.expected("integer", year, "year")

                month = src_dict["month"]
                if month.__class__ is not int:
                    raise ParseError.expected("integer", month, "month")
                if month < 1 or month > 12:
                    raise ParseError.expected("integer >= 1 and <= 12", month, "month")

                start_date = src_dict["start_date"]
                try:
                    start_date = parse_date(start_date)
                except (TypeError, ValueError):
                    raise ParseError.expected("date", start_date, "start_date") from None

                end_date = src_dict["end_date"]
                try:
                    end_date = parse_date(end_date)
                except (TypeError, ValueError):
                    raise ParseError.expected("date", end_date, "end_date") from None

                is_current = src_dict["is_current"]
                if is_current.__class__ is not bool:
                    raise ParseError.expected("boolean", is_current, "is_current")

                total_cost_cents = src_dict["total_cost_cents"]
                if total_cost_cents.__class__ is not int:
                    raise ParseError.expected("integer", total_cost_cents, "total_cost_cents")

                currency = src_dict["currency"]
                if currency.__class__ is not str:
                    raise ParseError.expected("string", currency, "currency")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            billing_period = new(cls)
            billing_period.label = label
            billing_period.year = year
            billing_period.month = month
            billing_period.start_date = start_date
            billing_period.end_date = end_date
            billing_period.is_current = is_current
            billing_period.total_cost_cents = total_cost_cents
            billing_period.currency = currency
            billing_period.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 8 else {}
            )
            append(billing_period)
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
