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
        "can_create",
        "reason",
    )
)


@_attrs_define(repr=False, eq=False)
class ApiKeyEligibility(Model):
    """
    Attributes:
        can_create (bool): Whether the owner may create API keys.
        reason (None | str): Why API keys cannot be created yet; null when they can.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "can_create",
            "can_create",
            required=True,
            description="Whether the owner may create API keys.",
            type="boolean",
        ),
        Field(
            "reason",
            "reason",
            required=True,
            description="Why API keys cannot be created yet; null when they can.",
            type="string",
            nullable=True,
        ),
    )

    can_create: bool
    reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_create = self.can_create

        reason: None | str
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_create": can_create,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `ApiKeyEligibility` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            can_create = src_dict["can_create"]
            if can_create.__class__ is not bool:
                raise ParseError.expected("boolean", can_create, "can_create")

            reason = src_dict["reason"]
            if reason is not None and reason.__class__ is not str:
                raise ParseError.expected("string or null", reason, "reason")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        api_key_eligibility = object.__new__(cls)
        api_key_eligibility.can_create = can_create
        api_key_eligibility.reason = reason
        api_key_eligibility.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 2 else {}
        )
        return api_key_eligibility

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
                can_create = src_dict["can_create"]
                if can_create.__class__ is not bool:
                    raise ParseError.expected("boolean", can_create, "can_create")

                reason = src_dict["reason"]
                if reason is not None and reason.__class__ is not str:
                    raise ParseError.expected("string or null", reason, "reason")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            api_key_eligibility = new(cls)
            api_key_eligibility.can_create = can_create
            api_key_eligibility.reason = reason
            api_key_eligibility.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 2 else {}
            )
            append(api_key_eligibility)
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
