from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiUsageCreate")


@_attrs_define
class AiUsageCreate:
    """
    Attributes:
        project_id (str):  Example: proj_123.
        input_tokens (int):  Example: 1500.
        output_tokens (int):  Example: 800.
        cost_cents (float):  Example: 0.05.
        provider_model (str):  Example: anthropic/claude-sonnet-4.
        reasoning_tokens (int | Unset):  Default: 0. Example: 200.
    """

    project_id: str
    input_tokens: int
    output_tokens: int
    cost_cents: float
    provider_model: str
    reasoning_tokens: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        cost_cents = self.cost_cents

        provider_model = self.provider_model

        reasoning_tokens = self.reasoning_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "cost_cents": cost_cents,
                "provider_model": provider_model,
            }
        )
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("project_id")

        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        cost_cents = d.pop("cost_cents")

        provider_model = d.pop("provider_model")

        reasoning_tokens = d.pop("reasoning_tokens", UNSET)

        ai_usage_create = cls(
            project_id=project_id,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cost_cents=cost_cents,
            provider_model=provider_model,
            reasoning_tokens=reasoning_tokens,
        )

        ai_usage_create.additional_properties = d
        return ai_usage_create

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
