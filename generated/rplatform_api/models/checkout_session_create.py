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
        "return_url",
        "user_id",
        "organization_id",
    )
)


@_attrs_define(repr=False, eq=False)
class CheckoutSessionCreate(Model):
    """
    Attributes:
        return_url (str): An absolute http or https URL, with a host, to send the user back to. Example:
            https://myapp.com/billing.
        user_id (str | Unset): A user's id: that user's personal billing. Not with `organization_id`. Example: usr_123.
        organization_id (str | Unset): An organization's id: its billing. Not with `user_id`. Example: org_123.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "return_url",
            "return_url",
            required=True,
            description="An absolute http or https URL, with a host, to send the user back to.",
            type="string",
            format="uri",
            max_length=2048,
            pattern="^[Hh][Tt][Tt][Pp][Ss]?://(([A-Za-z0-9._~!$&'()*+,;=:-]|%[0-9A-Fa-f]{2})*@)?([A-Za-z0-9._~!$&'()*+,;=-]|%[0-9A-Fa-f]{2})+(:[0-9]*)?(/([A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2})*)?(\\?([A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2}|\\?)*)?(#([A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2}|\\?)*)?$",
        ),
        Field(
            "user_id",
            "user_id",
            description="A user's id: that user's personal billing. Not with `organization_id`.",
            type="string",
            min_length=1,
            max_length=64,
        ),
        Field(
            "organization_id",
            "organization_id",
            description="An organization's id: its billing. Not with `user_id`.",
            type="string",
            min_length=1,
            max_length=64,
        ),
    )

    return_url: str
    user_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_url = self.return_url

        user_id = self.user_id

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "return_url": return_url,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `CheckoutSessionCreate` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            return_url = src_dict["return_url"]
            if return_url.__class__ is not str:
                raise ParseError.expected("string", return_url, "return_url")
            if len(return_url) > 2048:
                raise ParseError.expected("string of length <= 2048", return_url, "return_url")

            user_id: Any = src_dict.get("user_id", UNSET)
            if user_id is not UNSET:
                if user_id.__class__ is not str:
                    raise ParseError.expected("string", user_id, "user_id")
                if len(user_id) < 1 or len(user_id) > 64:
                    raise ParseError.expected("string of length >= 1 and <= 64", user_id, "user_id")

            organization_id: Any = src_dict.get("organization_id", UNSET)
            if organization_id is not UNSET:
                if organization_id.__class__ is not str:
                    raise ParseError.expected("string", organization_id, "organization_id")
                if len(organization_id) < 1 or len(organization_id) > 64:
                    raise ParseError.expected(
                        "string of length >= 1 and <= 64", organization_id, "organization_id"
                    )
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        checkout_session_create = object.__new__(cls)
        checkout_session_create.return_url = return_url
        checkout_session_create.user_id = user_id
        checkout_session_create.organization_id = organization_id
        checkout_session_create.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 1 else {}
        )
        return checkout_session_create

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
                return_url = src_dict["return_url"]
                if return_url.__class__ is not str:
                    raise ParseError.expected("string", return_url, "return_url")
                if len(return_url) > 2048:
                    raise ParseError.expected("string of length <= 2048", return_url, "return_url")

                user_id: Any = src_dict.get("user_id", UNSET)
                if user_id is not UNSET:
                    if user_id.__class__ is not str:
                        raise ParseError.expected("string", user_id, "user_id")
                    if len(user_id) < 1 or len(user_id) > 64:
                        raise ParseError.expected(
                            "string of length >= 1 and <= 64", user_id, "user_id"
                        )

                organization_id: Any = src_dict.get("organization_id", UNSET)
                if organization_id is not UNSET:
                    if organization_id.__class__ is not str:
                        raise ParseError.expected("string", organization_id, "organization_id")
                    if len(organization_id) < 1 or len(organization_id) > 64:
                        raise ParseError.expected(
                            "string of length >= 1 and <= 64", organization_id, "organization_id"
                        )
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            checkout_session_create = new(cls)
            checkout_session_create.return_url = return_url
            checkout_session_create.user_id = user_id
            checkout_session_create.organization_id = organization_id
            checkout_session_create.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 1 else {}
            )
            append(checkout_session_create)
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
