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

_FIELDS = frozenset(("token",))


@_attrs_define(repr=False, eq=False)
class PushTokenDelete(Model):
    """
    Attributes:
        token (str): The push token to stop sending to. Example: ExponentPushToken[abc123].
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "token",
            "token",
            required=True,
            description="The push token to stop sending to.",
            type="string",
            min_length=1,
            max_length=4096,
            secret=True,
        ),
    )

    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `PushTokenDelete` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            token = src_dict["token"]
            if token.__class__ is not str:
                raise ParseError.expected("string", token, "token")
            if len(token) < 1 or len(token) > 4096:
                raise ParseError.expected("string of length >= 1 and <= 4096", token, "token")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        push_token_delete = object.__new__(cls)
        push_token_delete.token = token
        push_token_delete.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 1 else {}
        )
        return push_token_delete

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
                token = src_dict["token"]
                if token.__class__ is not str:
                    raise ParseError.expected("string", token, "token")
                if len(token) < 1 or len(token) > 4096:
                    raise ParseError.expected("string of length >= 1 and <= 4096", token, "token")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            push_token_delete = new(cls)
            push_token_delete.token = token
            push_token_delete.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 1 else {}
            )
            append(push_token_delete)
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
