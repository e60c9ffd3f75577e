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
        "stripe_customer_id",
        "is_new",
        "created_at",
    )
)


@_attrs_define(repr=False, eq=False)
class StripeCustomer(Model):
    """
    Attributes:
        stripe_customer_id (str): The Stripe customer id (`cus_...`).
        is_new (bool): True only when this call created the customer.
        created_at (datetime.datetime): When the customer was created.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "stripe_customer_id",
            "stripe_customer_id",
            required=True,
            description="The Stripe customer id (`cus_...`).",
            type="string",
        ),
        Field(
            "is_new",
            "is_new",
            required=True,
            description="True only when this call created the customer.",
            type="boolean",
        ),
        Field(
            "created_at",
            "created_at",
            required=True,
            description="When the customer was created.",
            type="string",
            format="date-time",
        ),
    )

    stripe_customer_id: str
    is_new: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stripe_customer_id = self.stripe_customer_id

        is_new = self.is_new

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stripe_customer_id": stripe_customer_id,
                "is_new": is_new,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `StripeCustomer` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            stripe_customer_id = src_dict["stripe_customer_id"]
            if stripe_customer_id.__class__ is not str:
                raise ParseError.expected("string", stripe_customer_id, "stripe_customer_id")

            is_new = src_dict["is_new"]
            if is_new.__class__ is not bool:
                raise ParseError.expected("boolean", is_new, "is_new")

            created_at = src_dict["created_at"]
            _text = created_at
            try:
                created_at = from_iso_datetime(_text)
                if _text[-16::3] != "--T::Z":
                    created_at = parse_datetime(_text)
            except (TypeError, ValueError):
                try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                    created_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    raise ParseError.expected("date-time", _text, "created_at") from None
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        stripe_customer = object.__new__(cls)
        stripe_customer.stripe_customer_id = stripe_customer_id
        stripe_customer.is_new = is_new
        stripe_customer.created_at = created_at
        stripe_customer.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 3 else {}
        )
        return stripe_customer

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
                stripe_customer_id = src_dict["stripe_customer_id"]
                if stripe_customer_id.__class__ is not str:
                    raise ParseError.expected("string", stripe_customer_id, "stripe_customer_id")

                is_new = src_dict["is_new"]
                if is_new.__class__ is not bool:
                    raise ParseError.expected("boolean", is_new, "is_new")

                created_at = src_dict["created_at"]
                _text = created_at
                try:
                    created_at = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        created_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        created_at = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected("date-time", _text, "created_at") from None
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            stripe_customer = new(cls)
            stripe_customer.stripe_customer_id = stripe_customer_id
            stripe_customer.is_new = is_new
            stripe_customer.created_at = created_at
            stripe_customer.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 3 else {}
            )
            append(stripe_customer)
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
