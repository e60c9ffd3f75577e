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
        "password",
        "confirm_text",
        "reason",
    )
)


@_attrs_define(repr=False, eq=False)
class DeletionCreate(Model):
    """
    Attributes:
        password (str): The account's password, to confirm. Example: currentPassword123.
        confirm_text (str): Exactly `DELETE MY ACCOUNT`. Example: DELETE MY ACCOUNT.
        reason (None | str | Unset): Why the account is deleted (optional). Example: No longer using the service.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "password",
            "password",
            required=True,
            description="The account's password, to confirm.",
            type="string",
            format="password",
            min_length=1,
            max_length=128,
            secret=True,
        ),
        Field(
            "confirm_text",
            "confirm_text",
            required=True,
            description="Exactly `DELETE MY ACCOUNT`.",
            type="string",
            pattern="^DELETE MY ACCOUNT$",
        ),
        Field(
            "reason",
            "reason",
            description="Why the account is deleted (optional).",
            type="string",
            max_length=1000,
            nullable=True,
        ),
    )

    password: str
    confirm_text: str
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        confirm_text = self.confirm_text

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password": password,
                "confirm_text": confirm_text,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `DeletionCreate` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            password = src_dict["password"]
            if password.__class__ is not str:
                raise ParseError.expected("string", password, "password")
            if len(password) < 1 or len(password) > 128:
                raise ParseError.expected("string of length >= 1 and <= 128", password, "password")

            confirm_text = src_dict["confirm_text"]
            if confirm_text.__class__ is not str:
                raise ParseError.expected("string", confirm_text, "confirm_text")

            reason: Any = src_dict.get("reason", UNSET)
            if reason is not UNSET:
                if reason is not None and reason.__class__ is not str:
                    raise ParseError.expected("string or null", reason, "reason")
                if reason is not None and (len(reason) > 1000):
                    raise ParseError.expected("string of length <= 1000", reason, "reason")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        deletion_create = object.__new__(cls)
        deletion_create.password = password
        deletion_create.confirm_text = confirm_text
        deletion_create.reason = reason
        deletion_create.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 2 else {}
        )
        return deletion_create

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
                password = src_dict["password"]
                if password.__class__ is not str:
                    raise ParseError.expected("string", password, "password")
                if len(password) < 1 or len(password) > 128:
                    raise ParseError.expected(
                        "string of length >= 1 and <= 128", password, "password"
                    )

                confirm_text = src_dict["confirm_text"]
                if confirm_text.__class__ is not str:
                    raise ParseError.expected("string", confirm_text, "confirm_text")

                reason: Any = src_dict.get("reason", UNSET)
                if reason is not UNSET:
                    if reason is not None and reason.__class__ is not str:
                        raise ParseError.expected("string or null", reason, "reason")
                    if reason is not None and (len(reason) > 1000):
                        raise ParseError.expected("string of length <= 1000", reason, "reason")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            deletion_create = new(cls)
            deletion_create.password = password
            deletion_create.confirm_text = confirm_text
            deletion_create.reason = reason
            deletion_create.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 2 else {}
            )
            append(deletion_create)
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
