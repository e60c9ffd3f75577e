from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.owner_type import OwnerType

if TYPE_CHECKING:
    from ..models.line_item import LineItem


T = TypeVar("T", bound="UsageSummary")


@_attrs_define
class UsageSummary:
    """
    Attributes:
        owner_type (OwnerType | str): Who the billing belongs to; unknown future values parse as plain strings.
        owner_id (str):
        year (int):
        month (int):
        period_start (datetime.date):
        period_end (datetime.date):
        currency (str):
        sandbox_compute_hours (float):
        database_compute_hours (float):
        database_storage_gb (float):
        storage_gb (float):
        ai_tokens (int):
        ai_cost_cents (float): Recorded AI cost; may hold fractions of a cent.
        deployment_compute_hours (float):
        total_cost_cents (int): The sum of the line items' total_cost, in cents.
        line_items (list[LineItem]):
    """

    owner_type: OwnerType | str
    owner_id: str
    year: int
    month: int
    period_start: datetime.date
    period_end: datetime.date
    currency: str
    sandbox_compute_hours: float
    database_compute_hours: float
    database_storage_gb: float
    storage_gb: float
    ai_tokens: int
    ai_cost_cents: float
    deployment_compute_hours: float
    total_cost_cents: int
    line_items: list[LineItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_type: str
        if isinstance(self.owner_type, OwnerType):
            owner_type = self.owner_type.value
        else:
            owner_type = self.owner_type

        owner_id = self.owner_id

        year = self.year

        month = self.month

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        currency = self.currency

        sandbox_compute_hours = self.sandbox_compute_hours

        database_compute_hours = self.database_compute_hours

        database_storage_gb = self.database_storage_gb

        storage_gb = self.storage_gb

        ai_tokens = self.ai_tokens

        ai_cost_cents = self.ai_cost_cents

        deployment_compute_hours = self.deployment_compute_hours

        total_cost_cents = self.total_cost_cents

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner_type": owner_type,
                "owner_id": owner_id,
                "year": year,
                "month": month,
                "period_start": period_start,
                "period_end": period_end,
                "currency": currency,
                "sandbox_compute_hours": sandbox_compute_hours,
                "database_compute_hours": database_compute_hours,
                "database_storage_gb": database_storage_gb,
                "storage_gb": storage_gb,
                "ai_tokens": ai_tokens,
                "ai_cost_cents": ai_cost_cents,
                "deployment_compute_hours": deployment_compute_hours,
                "total_cost_cents": total_cost_cents,
                "line_items": line_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_item import LineItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_owner_type(data: object) -> OwnerType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_owner_type_value_type_0 = OwnerType(data)

                return componentsschemas_owner_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OwnerType | str, data)

        owner_type = _parse_owner_type(d.pop("owner_type"))

        owner_id = d.pop("owner_id")

        year = d.pop("year")

        month = d.pop("month")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        currency = d.pop("currency")

        sandbox_compute_hours = d.pop("sandbox_compute_hours")

        database_compute_hours = d.pop("database_compute_hours")

        database_storage_gb = d.pop("database_storage_gb")

        storage_gb = d.pop("storage_gb")

        ai_tokens = d.pop("ai_tokens")

        ai_cost_cents = d.pop("ai_cost_cents")

        deployment_compute_hours = d.pop("deployment_compute_hours")

        total_cost_cents = d.pop("total_cost_cents")

        line_items = []
        _line_items = d.pop("line_items")
        for line_items_item_data in _line_items:
            line_items_item = LineItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        usage_summary = cls(
            owner_type=owner_type,
            owner_id=owner_id,
            year=year,
            month=month,
            period_start=period_start,
            period_end=period_end,
            currency=currency,
            sandbox_compute_hours=sandbox_compute_hours,
            database_compute_hours=database_compute_hours,
            database_storage_gb=database_storage_gb,
            storage_gb=storage_gb,
            ai_tokens=ai_tokens,
            ai_cost_cents=ai_cost_cents,
            deployment_compute_hours=deployment_compute_hours,
            total_cost_cents=total_cost_cents,
            line_items=line_items,
        )

        usage_summary.additional_properties = d
        return usage_summary

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
