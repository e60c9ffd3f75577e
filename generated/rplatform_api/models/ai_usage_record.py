from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AiUsageRecord")


@_attrs_define
class AiUsageRecord:
    """
    Attributes:
        id (str):
        project_id (str):
        input_tokens (int):
        output_tokens (int):
        reasoning_tokens (int):
        total_tokens (int):
        cost_cents (float):
        provider_model (str):
        recorded_at (datetime.datetime):
    """

    id: str
    project_id: str
    input_tokens: int
    output_tokens: int
    reasoning_tokens: int
    total_tokens: int
    cost_cents: float
    provider_model: str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        reasoning_tokens = self.reasoning_tokens

        total_tokens = self.total_tokens

        cost_cents = self.cost_cents

        provider_model = self.provider_model

        recorded_at = self.recorded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "reasoning_tokens": reasoning_tokens,
                "total_tokens": total_tokens,
                "cost_cents": cost_cents,
                "provider_model": provider_model,
                "recorded_at": recorded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        reasoning_tokens = d.pop("reasoning_tokens")

        total_tokens = d.pop("total_tokens")

        cost_cents = d.pop("cost_cents")

        provider_model = d.pop("provider_model")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        ai_usage_record = cls(
            id=id,
            project_id=project_id,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            reasoning_tokens=reasoning_tokens,
            total_tokens=total_tokens,
            cost_cents=cost_cents,
            provider_model=provider_model,
            recorded_at=recorded_at,
        )

        ai_usage_record.additional_properties = d
        return ai_usage_record

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
