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
        "current_password",
        "new_password",
    )
)


@_attrs_define(repr=False, eq=False)
class PasswordChange(Model):
    """
    Attributes:
        current_password (str): The account's password now. Example: oldPassword123.
        new_password (str): The password policy: 8 to 128 characters (`minLength`, `maxLength`), with at least
            one letter and one digit (the `pattern`, found anywhere in the value), and not the
            current password (code `unchanged`). Each is a 422 `validation-failed` naming its rule.
             Example: newSecurePassword456.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "current_password",
            "current_password",
            required=True,
            description="The account's password now.",
            type="string",
            format="password",
            min_length=1,
            max_length=128,
            secret=True,
        ),
        Field(
            "new_password",
            "new_password",
            required=True,
            description="The password policy: 8 to 128 characters (`minLength`, `maxLength`), with at least one letter and one digit (the `pattern`, found anywhere in the value), and not the current password (code `unchanged`). Each is a 422 `validation-failed` naming its rule.",
            type="string",
            format="password",
            min_length=8,
            max_length=128,
            pattern="[^\\W\\d_][\\s\\S]*\\d|\\d[\\s\\S]*[^\\W\\d_]",
            secret=True,
        ),
    )

    current_password: str
    new_password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_password = self.current_password

        new_password = self.new_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_password": current_password,
                "new_password": new_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `PasswordChange` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            current_password = src_dict["current_password"]
            if current_password.__class__ is not str:
                raise ParseError.expected("string", current_password, "current_password")
            if len(current_password) < 1 or len(current_password) > 128:
                raise ParseError.expected(
                    "string of length >= 1 and <= 128", current_password, "current_password"
                )

            new_password = src_dict["new_password"]
            if new_password.__class__ is not str:
                raise ParseError.expected("string", new_password, "new_password")
            if len(new_password) < 8 or len(new_password) > 128:
                raise ParseError.expected(
                    "string of length >= 8 and <= 128", new_password, "new_password"
                )
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        password_change = object.__new__(cls)
        password_change.current_password = current_password
        password_change.new_password = new_password
        password_change.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 2 else {}
        )
        return password_change

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
                current_password = src_dict["current_password"]
                if current_password.__class__ is not str:
                    raise ParseError.expected("string", current_password, "current_password")
                if len(current_password) < 1 or len(current_password) > 128:
                    raise ParseError.expected(
                        "string of length >= 1 and <= 128", current_password, "current_password"
                    )

                new_password = src_dict["new_password"]
                if new_password.__class__ is not str:
                    raise ParseError.expected("string", new_password, "new_password")
                if len(new_password) < 8 or len(new_password) > 128:
                    raise ParseError.expected(
                        "string of length >= 8 and <= 128", new_password, "new_password"
                    )
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            password_change = new(cls)
            password_change.current_password = current_password
            password_change.new_password = new_password
            password_change.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 2 else {}
            )
            append(password_change)
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
