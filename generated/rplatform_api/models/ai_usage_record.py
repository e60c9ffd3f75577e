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
    from_iso_datetime,
    get_item,
    has_item,
    malformed,
    parse_datetime,
    put_item,
)

_FIELDS = frozenset(
    (
        "id",
        "project_id",
        "input_tokens",
        "output_tokens",
        "reasoning_tokens",
        "total_tokens",
        "cost_cents",
        "provider_model",
        "recorded_at",
    )
)


@_attrs_define(repr=False, eq=False)
class AiUsageRecord(Model):
    """
    Attributes:
        id (str): The record's id.
        project_id (str): The project that used the AI.
        input_tokens (int): Input (prompt) tokens.
        output_tokens (int): Output (completion) tokens.
        reasoning_tokens (int): Reasoning tokens.
        total_tokens (int): Input, output and reasoning tokens together.
        cost_cents (float): What the use cost, in cents (fractional).
        provider_model (str): The provider and model.
        recorded_at (datetime.datetime): When the use was recorded.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", required=True, description="The record's id.", type="string"),
        Field(
            "project_id",
            "project_id",
            required=True,
            description="The project that used the AI.",
            type="string",
        ),
        Field(
            "input_tokens",
            "input_tokens",
            required=True,
            description="Input (prompt) tokens.",
            type="integer",
        ),
        Field(
            "output_tokens",
            "output_tokens",
            required=True,
            description="Output (completion) tokens.",
            type="integer",
        ),
        Field(
            "reasoning_tokens",
            "reasoning_tokens",
            required=True,
            description="Reasoning tokens.",
            type="integer",
        ),
        Field(
            "total_tokens",
            "total_tokens",
            required=True,
            description="Input, output and reasoning tokens together.",
            type="integer",
        ),
        Field(
            "cost_cents",
            "cost_cents",
            required=True,
            description="What the use cost, in cents (fractional).",
            type="number",
        ),
        Field(
            "provider_model",
            "provider_model",
            required=True,
            description="The provider and model.",
            type="string",
        ),
        Field(
            "recorded_at",
            "recorded_at",
            required=True,
            description="When the use was recorded.",
            type="string",
            format="date-time",
        ),
    )

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `AiUsageRecord` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            id = src_dict["id"]
            if id.__class__ is not str:
                raise ParseError.expected("string", id, "id")

            project_id = src_dict["project_id"]
            if project_id.__class__ is not str:
                raise ParseError.expected("string", project_id, "project_id")

            input_tokens = src_dict["input_tokens"]
            if input_tokens.__class__ is not int:
                raise ParseError.expected("integer", input_tokens, "input_tokens")

            output_tokens = src_dict["output_tokens"]
            if output_tokens.__class__ is not int:
                raise ParseError.expected("integer", output_tokens, "output_tokens")

            reasoning_tokens = src_dict["reasoning_tokens"]
            if reasoning_tokens.__class__ is not int:
                raise ParseError.expected("integer", reasoning_tokens, "reasoning_tokens")

            total_tokens = src_dict["total_tokens"]
            if total_tokens.__class__ is not int:
                raise ParseError.expected("integer", total_tokens, "total_tokens")

            cost_cents = src_dict["cost_cents"]
            if (
                cost_cents.__class__ is not float or cost_cents - cost_cents
            ) and cost_cents.__class__ is not int:
                raise ParseError.expected("number", cost_cents, "cost_cents")

            provider_model = src_dict["provider_model"]
            if provider_model.__class__ is not str:
                raise ParseError.expected("string", provider_model, "provider_model")

            recorded_at = src_dict["recorded_at"]
            _text = recorded_at
            try:
                recorded_at = from_iso_datetime(_text)
                if _text[-16::3] != "--T::Z":
                    recorded_at = parse_datetime(_text)
            except (TypeError, ValueError):
                try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                    recorded_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    raise ParseError.expected("date-time", _text, "recorded_at") from None
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        ai_usage_record = object.__new__(cls)
        ai_usage_record.id = id
        ai_usage_record.project_id = project_id
        ai_usage_record.input_tokens = input_tokens
        ai_usage_record.output_tokens = output_tokens
        ai_usage_record.reasoning_tokens = reasoning_tokens
        ai_usage_record.total_tokens = total_tokens
        ai_usage_record.cost_cents = cost_cents
        ai_usage_record.provider_model = provider_model
        ai_usage_record.recorded_at = recorded_at
        ai_usage_record.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 9 else {}
        )
        return ai_usage_record

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
                id = src_dict["id"]
                if id.__class__ is not str:
                    raise ParseError.expected("string", id, "id")

                project_id = src_dict["project_id"]
                if project_id.__class__ is not str:
                    raise ParseError.expected("string", project_id, "project_id")

                input_tokens = src_dict["input_tokens"]
                if input_tokens.__class__ is not int:
                    raise ParseError.expected("integer", input_tokens, "input_tokens")

                output_tokens = src_dict["output_tokens"]
                if output_tokens.__class__ is not int:
                    raise ParseError.expected("integer", output_tokens, "output_tokens")

                reasoning_tokens = src_dict["reasoning_tokens"]
                if reasoning_tokens.__class__ is not int:
                    raise ParseError.expected("integer", reasoning_tokens, "reasoning_tokens")

                total_tokens = src_dict["total_tokens"]
                if total_tokens.__class__ is not int:
                    raise ParseError.expected("integer", total_tokens, "total_tokens")

                cost_cents = src_dict["cost_cents"]
                if (
                    cost_cents.__class__ is not float or cost_cents - cost_cents
                ) and cost_cents.__class__ is not int:
                    raise ParseError.expected("number", cost_cents, "cost_cents")

                provider_model = src_dict["provider_model"]
                if provider_model.__class__ is not str:
                    raise ParseError.expected("string", provider_model, "provider_model")

                recorded_at = src_dict["recorded_at"]
                _text = recorded_at
                try:
                    recorded_at = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        recorded_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        recorded_at = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected("date-time", _text, "recorded_at") from None
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            ai_usage_record = new(cls)
            ai_usage_record.id = id
            ai_usage_record.project_id = project_id
            ai_usage_record.input_tokens = input_tokens
            ai_usage_record.output_tokens = output_tokens
            ai_usage_record.reasoning_tokens = reasoning_tokens
            ai_usage_record.total_tokens = total_tokens
            ai_usage_record.cost_cents = cost_cents
            ai_usage_record.provider_model = provider_model
            ai_usage_record.recorded_at = recorded_at
            ai_usage_record.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 9 else {}
            )
            append(ai_usage_record)
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
