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
        "name",
        "has_payment_method",
        "created_at",
    )
)


@_attrs_define(repr=False, eq=False)
class Customer(Model):
    """The owner's Stripe customer, or null before one exists.

    Attributes:
        stripe_customer_id (str): The Stripe customer id (`cus_...`).
        name (None | str): The customer's name, or null when it has none.
        has_payment_method (bool): Whether a payment method is on file.
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
            "name",
            "name",
            required=True,
            description="The customer's name, or null when it has none.",
            type="string",
            nullable=True,
        ),
        Field(
            "has_payment_method",
            "has_payment_method",
            required=True,
            description="Whether a payment method is on file.",
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
    name: None | str
    has_payment_method: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stripe_customer_id = self.stripe_customer_id

        name: None | str
        name = self.name

        has_payment_method = self.has_payment_method

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stripe_customer_id": stripe_customer_id,
                "name": name,
                "has_payment_method": has_payment_method,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `Customer` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            stripe_customer_id = src_dict["stripe_customer_id"]
            if stripe_customer_id.__class__ is not str:
                raise ParseError.expected("string", stripe_customer_id, "stripe_customer_id")

            name = src_dict["name"]
            if name is not None and name.__class__ is not str:
                raise ParseError.expected("string or null", name, "name")

            has_payment_method = src_dict["has_payment_method"]
            if has_payment_method.__class__ is not bool:
                raise ParseError.expected("boolean", has_payment_method, "has_payment_method")

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
        customer = object.__new__(cls)
        customer.stripe_customer_id = stripe_customer_id
        customer.name = name
        customer.has_payment_method = has_payment_method
        customer.created_at = created_at
        customer.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 4 else {}
        )
        return customer

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

                name = src_dict["name"]
                if name is not None and name.__class__ is not str:
                    raise ParseError.expected("string or null", name, "name")

                has_payment_method = src_dict["has_payment_method"]
                if has_payment_method.__class__ is not bool:
                    raise ParseError.expected("boolean", has_payment_method, "has_payment_method")

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
            customer = new(cls)
            customer.stripe_customer_id = stripe_customer_id
            customer.name = name
            customer.has_payment_method = has_payment_method
            customer.created_at = created_at
            customer.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 4 else {}
            )
            append(customer)
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
