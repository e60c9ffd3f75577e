from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingPeriod")


@_attrs_define
class BillingPeriod:
    """
    Attributes:
        label (str): For example "June 2025".
        year (int):
        month (int):
        start_date (datetime.date):
        end_date (datetime.date):
        is_current (bool):
        total_cost_cents (int):
        currency (str):
    """

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        year = d.pop("year")

        month = d.pop("month")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        is_current = d.pop("is_current")

        total_cost_cents = d.pop("total_cost_cents")

        currency = d.pop("currency")

        billing_period = cls(
            label=label,
            year=year,
            month=month,
            start_date=start_date,
            end_date=end_date,
            is_current=is_current,
            total_cost_cents=total_cost_cents,
            currency=currency,
        )

        billing_period.additional_properties = d
        return billing_period

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
