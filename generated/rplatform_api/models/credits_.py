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
        "balance_cents",
        "granted_cents",
        "used_cents",
        "currency",
        "expires_at",
    )
)


@_attrs_define(repr=False, eq=False)
class Credits(Model):
    """Prepaid credits, spent before anything is charged.

    Attributes:
        balance_cents (int): Credits left, in integer cents of `currency`.
        granted_cents (int): Credits granted in all, in integer cents of `currency`.
        used_cents (int): Credits used so far, in integer cents of `currency`.
        currency (str): ISO 4217 currency code, lower case (`usd`).
        expires_at (datetime.datetime | None): When the credits expire; null when they do not.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "balance_cents",
            "balance_cents",
            required=True,
            description="Credits left, in integer cents of `currency`.",
            type="integer",
        ),
        Field(
            "granted_cents",
            "granted_cents",
            required=True,
            description="Credits granted in all, in integer cents of `currency`.",
            type="integer",
        ),
        Field(
            "used_cents",
            "used_cents",
            required=True,
            description="Credits used so far, in integer cents of `currency`.",
            type="integer",
        ),
        Field(
            "currency",
            "currency",
            required=True,
            description="ISO 4217 currency code, lower case (`usd`).",
            type="string",
        ),
        Field(
            "expires_at",
            "expires_at",
            required=True,
            description="When the credits expire; null when they do not.",
            type="string",
            format="date-time",
            nullable=True,
        ),
    )

    balance_cents: int
    granted_cents: int
    used_cents: int
    currency: str
    expires_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_cents = self.balance_cents

        granted_cents = self.granted_cents

        used_cents = self.used_cents

        currency = self.currency

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_cents": balance_cents,
                "granted_cents": granted_cents,
                "used_cents": used_cents,
                "currency": currency,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `Credits` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            balance_cents = src_dict["balance_cents"]
            if balance_cents.__class__ is not int:
                raise ParseError.expected("integer", balance_cents, "balance_cents")

            granted_cents = src_dict["granted_cents"]
            if granted_cents.__class__ is not int:
                raise ParseError.expected("integer", granted_cents, "granted_cents")

            used_cents = src_dict["used_cents"]
            if used_cents.__class__ is not int:
                raise ParseError.expected("integer", used_cents, "used_cents")

            currency = src_dict["currency"]
            if currency.__class__ is not str:
                raise ParseError.expected("string", currency, "currency")

            expires_at = src_dict["expires_at"]
            if expires_at is not None:
                _text = expires_at
                try:
                    expires_at = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        expires_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        expires_at = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected(
                            "date-time or null", _text, "expires_at"
                        ) from None
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        credits_ = object.__new__(cls)
        credits_.balance_cents = balance_cents
        credits_.granted_cents = granted_cents
        credits_.used_cents = used_cents
        credits_.currency = currency
        credits_.expires_at = expires_at
        credits_.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 5 else {}
        )
        return credits_

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
                balance_cents = src_dict["balance_cents"]
                if balance_cents.__class__ is not int:
                    raise ParseError.expected("integer", balance_cents, "balance_cents")

                granted_cents = src_dict["granted_cents"]
                if granted_cents.__class__ is not int:
                    raise ParseError.expected("integer", granted_cents, "granted_cents")

                used_cents = src_dict["used_cents"]
                if used_cents.__class__ is not int:
                    raise ParseError.expected("integer", used_cents, "used_cents")

                currency = src_dict["currency"]
                if currency.__class__ is not str:
                    raise ParseError.expected("string", currency, "currency")

                expires_at = src_dict["expires_at"]
                if expires_at is not None:
                    _text = expires_at
                    try:
                        expires_at = from_iso_datetime(_text)
                        if _text[-16::3] != "--T::Z":
                            expires_at = parse_datetime(_text)
                    except (TypeError, ValueError):
                        try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                            expires_at = parse_datetime(_text)
                        except (TypeError, ValueError):
                            raise ParseError.expected(
                                "date-time or null", _text, "expires_at"
                            ) from None
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            credits_ = new(cls)
            credits_.balance_cents = balance_cents
            credits_.granted_cents = granted_cents
            credits_.used_cents = used_cents
            credits_.currency = currency
            credits_.expires_at = expires_at
            credits_.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 5 else {}
            )
            append(credits_)
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
