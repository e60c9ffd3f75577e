from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectUsageSummary")


@_attrs_define
class ProjectUsageSummary:
    """
    Attributes:
        project_id (str):
        project_name (str):
        year (int):
        month (int):
        sandbox_compute_hours (float):
        database_compute_hours (float):
        database_storage_gb (float):
        storage_gb (float):
        ai_tokens (int):
        ai_cost_cents (float):
        deployment_compute_hours (float):
        total_cost_cents (int): The project's total, in cents.
    """

    project_id: str
    project_name: str
    year: int
    month: int
    sandbox_compute_hours: float
    database_compute_hours: float
    database_storage_gb: float
    storage_gb: float
    ai_tokens: int
    ai_cost_cents: float
    deployment_compute_hours: float
    total_cost_cents: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        project_name = self.project_name

        year = self.year

        month = self.month

        sandbox_compute_hours = self.sandbox_compute_hours

        database_compute_hours = self.database_compute_hours

        database_storage_gb = self.database_storage_gb

        storage_gb = self.storage_gb

        ai_tokens = self.ai_tokens

        ai_cost_cents = self.ai_cost_cents

        deployment_compute_hours = self.deployment_compute_hours

        total_cost_cents = self.total_cost_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "project_name": project_name,
                "year": year,
                "month": month,
                "sandbox_compute_hours": sandbox_compute_hours,
                "database_compute_hours": database_compute_hours,
                "database_storage_gb": database_storage_gb,
                "storage_gb": storage_gb,
                "ai_tokens": ai_tokens,
                "ai_cost_cents": ai_cost_cents,
                "deployment_compute_hours": deployment_compute_hours,
                "total_cost_cents": total_cost_cents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("project_id")

        project_name = d.pop("project_name")

        year = d.pop("year")

        month = d.pop("month")

        sandbox_compute_hours = d.pop("sandbox_compute_hours")

        database_compute_hours = d.pop("database_compute_hours")

        database_storage_gb = d.pop("database_storage_gb")

        storage_gb = d.pop("storage_gb")

        ai_tokens = d.pop("ai_tokens")

        ai_cost_cents = d.pop("ai_cost_cents")

        deployment_compute_hours = d.pop("deployment_compute_hours")

        total_cost_cents = d.pop("total_cost_cents")

        project_usage_summary = cls(
            project_id=project_id,
            project_name=project_name,
            year=year,
            month=month,
            sandbox_compute_hours=sandbox_compute_hours,
            database_compute_hours=database_compute_hours,
            database_storage_gb=database_storage_gb,
            storage_gb=storage_gb,
            ai_tokens=ai_tokens,
            ai_cost_cents=ai_cost_cents,
            deployment_compute_hours=deployment_compute_hours,
            total_cost_cents=total_cost_cents,
        )

        project_usage_summary.additional_properties = d
        return project_usage_summary

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
