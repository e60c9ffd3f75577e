from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..types import (
    UNSET,
    Field,
    Model,
    ParseError,
    Unset,
    del_item,
    extra_fields,
    get_item,
    has_item,
    malformed,
    put_item,
)

_FIELDS = frozenset(
    (
        "project_id",
        "input_tokens",
        "output_tokens",
        "cost_cents",
        "provider_model",
        "reasoning_tokens",
    )
)


@_attrs_define(repr=False, eq=False)
class AiUsageCreate(Model):
    """
    Attributes:
        project_id (str): The project that used the AI (`proj_...`). Example: proj_123.
        input_tokens (int): Input (prompt) tokens. Example: 1500.
        output_tokens (int): Output (completion) tokens. Example: 800.
        cost_cents (float): What the use cost, in cents (fractions allowed, kept to the millionth of a cent). Example:
            0.05.
        provider_model (str): The provider and model (`anthropic/claude-sonnet-4`). Example: anthropic/claude-sonnet-4.
        reasoning_tokens (int | Unset): Reasoning tokens, if the model reports them. Default: 0. Example: 200.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "project_id",
            "project_id",
            required=True,
            description="The project that used the AI (`proj_...`).",
            type="string",
            min_length=1,
            max_length=64,
        ),
        Field(
            "input_tokens",
            "input_tokens",
            required=True,
            description="Input (prompt) tokens.",
            type="integer",
            minimum=0,
            maximum=1000000000000,
        ),
        Field(
            "output_tokens",
            "output_tokens",
            required=True,
            description="Output (completion) tokens.",
            type="integer",
            minimum=0,
            maximum=1000000000000,
        ),
        Field(
            "cost_cents",
            "cost_cents",
            required=True,
            description="What the use cost, in cents (fractions allowed, kept to the millionth of a cent).",
            type="number",
            minimum=0,
            maximum=1000000000,
        ),
        Field(
            "provider_model",
            "provider_model",
            required=True,
            description="The provider and model (`anthropic/claude-sonnet-4`).",
            type="string",
            min_length=1,
            max_length=200,
        ),
        Field(
            "reasoning_tokens",
            "reasoning_tokens",
            description="Reasoning tokens, if the model reports them.",
            type="integer",
            minimum=0,
            maximum=1000000000000,
            default=0,
        ),
    )

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `AiUsageCreate` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            project_id = src_dict["project_id"]
            if project_id.__class__ is not str:
                raise ParseError.expected("string", project_id, "project_id")
            if len(project_id) < 1 or len(project_id) > 64:
                raise ParseError.expected(
                    "string of length >= 1 and <= 64", project_id, "project_id"
                )

            input_tokens = src_dict["input_tokens"]
            if input_tokens.__class__ is not int:
                raise ParseError.expected("integer", input_tokens, "input_tokens")
            if input_tokens < 0 or input_tokens > 1000000000000:
                raise ParseError.expected(
                    "integer >= 0 and <= 1000000000000", input_tokens, "input_tokens"
                )

            output_tokens = src_dict["output_tokens"]
            if output_tokens.__class__ is not int:
                raise ParseError.expected("integer", output_tokens, "output_tokens")
            if output_tokens < 0 or output_tokens > 1000000000000:
                raise ParseError.expected(
                    "integer >= 0 and <= 1000000000000", output_tokens, "output_tokens"
                )

            cost_cents = src_dict["cost_cents"]
            if (
                cost_cents.__class__ is not float or cost_cents - cost_cents
            ) and cost_cents.__class__ is not int:
                raise ParseError.expected("number", cost_cents, "cost_cents")
            if cost_cents < 0 or cost_cents > 1000000000:
                raise ParseError.expected("number >= 0 and <= 1000000000", cost_cents, "cost_cents")

            provider_model = src_dict["provider_model"]
            if provider_model.__class__ is not str:
                raise ParseError.expected("string", provider_model, "provider_model")
            if len(provider_model) < 1 or len(provider_model) > 200:
                raise ParseError.expected(
                    "string of length >= 1 and <= 200", provider_model, "provider_model"
                )

            reasoning_tokens: Any = src_dict.get("reasoning_tokens", UNSET)
            if reasoning_tokens is not UNSET:
                if reasoning_tokens.__class__ is not int:
                    raise ParseError.expected("integer", reasoning_tokens, "reasoning_tokens")
                if reasoning_tokens < 0 or reasoning_tokens > 1000000000000:
                    raise ParseError.expected(
                        "integer >= 0 and <= 1000000000000", reasoning_tokens, "reasoning_tokens"
                    )
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        ai_usage_create = object.__new__(cls)
        ai_usage_create.project_id = project_id
        ai_usage_create.input_tokens = input_tokens
        ai_usage_create.output_tokens = output_tokens
        ai_usage_create.cost_cents = cost_cents
        ai_usage_create.provider_model = provider_model
        ai_usage_create.reasoning_tokens = reasoning_tokens
        ai_usage_create.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 5 else {}
        )
        return ai_usage_create

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
                project_id = src_dict["project_id"]
                if project_id.__class__ is not str:
                    raise ParseError.expected("string", project_id, "project_id")
                if len(project_id) < 1 or len(project_id) > 64:
                    raise ParseError.expected(
                        "string of length >= 1 and <= 64", project_id, "project_id"
                    )

                input_tokens = src_dict["input_tokens"]
                if input_tokens.__class__ is not int:
                    raise ParseError.expected("integer", input_tokens, "input_tokens")
                if input_tokens < 0 or input_tokens > 1000000000000:
                    raise ParseError.expected(
                        "integer >= 0 and <= 1000000000000", input_tokens, "input_tokens"
                    )

                output_tokens = src_dict["output_tokens"]
                if output_tokens.__class__ is not int:
                    raise ParseError.expected("integer", output_tokens, "output_tokens")
                if output_tokens < 0 or output_tokens > 1000000000000:
                    raise ParseError.expected(
                        "integer >= 0 and <= 1000000000000", output_tokens, "output_tokens"
                    )

                cost_cents = src_dict["cost_cents"]
                if (
                    cost_cents.__class__ is not float or cost_cents - cost_cents
                ) and cost_cents.__class__ is not int:
                    raise ParseError.expected("number", cost_cents, "cost_cents")
                if cost_cents < 0 or cost_cents > 1000000000:
                    raise ParseError.expected(
                        "number >= 0 and <= 1000000000", cost_cents, "cost_cents"
                    )

                provider_model = src_dict["provider_model"]
                if provider_model.__class__ is not str:
                    raise ParseError.expected("string", provider_model, "provider_model")
                if len(provider_model) < 1 or len(provider_model) > 200:
                    raise ParseError.expected(
                        "string of length >= 1 and <= 200", provider_model, "provider_model"
                    )

                reasoning_tokens: Any = src_dict.get("reasoning_tokens", UNSET)
                if reasoning_tokens is not UNSET:
                    if reasoning_tokens.__class__ is not int:
                        raise ParseError.expected("integer", reasoning_tokens, "reasoning_tokens")
                    if reasoning_tokens < 0 or reasoning_tokens > 1000000000000:
                        raise ParseError.expected(
                            "integer >= 0 and <= 1000000000000",
                            reasoning_tokens,
                            "reasoning_tokens",
                        )
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            ai_usage_create = new(cls)
            ai_usage_create.project_id = project_id
            ai_usage_create.input_tokens = input_tokens
            ai_usage_create.output_tokens = output_tokens
            ai_usage_create.cost_cents = cost_cents
            ai_usage_create.provider_model = provider_model
            ai_usage_create.reasoning_tokens = reasoning_tokens
            ai_usage_create.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 5 else {}
            )
            append(ai_usage_create)
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
