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
        "new_email",
        "password",
    )
)


@_attrs_define(repr=False, eq=False)
class EmailChangeCreate(Model):
    """
    Attributes:
        new_email (str): The address to change to; a verification email goes there. Example: newemail@example.com.
        password (str): The account's password, to confirm. Example: currentPassword123.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "new_email",
            "new_email",
            required=True,
            description="The address to change to; a verification email goes there.",
            type="string",
            format="email",
            max_length=254,
            pattern="^(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$",
            secret=True,
        ),
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
    )

    new_email: str
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_email = self.new_email

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_email": new_email,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `EmailChangeCreate` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            new_email = src_dict["new_email"]
            if new_email.__class__ is not str:
                raise ParseError.expected("string", new_email, "new_email")
            if len(new_email) > 254:
                raise ParseError.expected("string of length <= 254", new_email, "new_email")

            password = src_dict["password"]
            if password.__class__ is not str:
                raise ParseError.expected("string", password, "password")
            if len(password) < 1 or len(password) > 128:
                raise ParseError.expected("string of length >= 1 and <= 128", password, "password")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        email_change_create = object.__new__(cls)
        email_change_create.new_email = new_email
        email_change_create.password = password
        email_change_create.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 2 else {}
        )
        return email_change_create

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
                new_email = src_dict["new_email"]
                if new_email.__class__ is not str:
                    raise ParseError.expected("string", new_email, "new_email")
                if len(new_email) > 254:
                    raise ParseError.expected("string of length <= 254", new_email, "new_email")

                password = src_dict["password"]
                if password.__class__ is not str:
                    raise ParseError.expected("string", password, "password")
                if len(password) < 1 or len(password) > 128:
                    raise ParseError.expected(
                        "string of length >= 1 and <= 128", password, "password"
                    )
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            email_change_create = new(cls)
            email_change_create.new_email = new_email
            email_change_create.password = password
            email_change_create.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 2 else {}
            )
            append(email_change_create)
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
