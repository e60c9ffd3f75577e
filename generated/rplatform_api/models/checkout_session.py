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
        "session_id",
        "url",
        "return_url",
        "expires_at",
    )
)


@_attrs_define(repr=False, eq=False)
class CheckoutSession(Model):
    """
    Attributes:
        session_id (str): The Checkout session id (`cs_...`).
        url (str): The Stripe Checkout page to send the user to.
        return_url (str): Where Stripe sends the user back to.
        expires_at (datetime.datetime): When the session expires.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "session_id",
            "session_id",
            required=True,
            description="The Checkout session id (`cs_...`).",
            type="string",
        ),
        Field(
            "url",
            "url",
            required=True,
            description="The Stripe Checkout page to send the user to.",
            type="string",
        ),
        Field(
            "return_url",
            "return_url",
            required=True,
            description="Where Stripe sends the user back to.",
            type="string",
        ),
        Field(
            "expires_at",
            "expires_at",
            required=True,
            description="When the session expires.",
            type="string",
            format="date-time",
        ),
    )

    session_id: str
    url: str
    return_url: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        url = self.url

        return_url = self.return_url

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "url": url,
                "return_url": return_url,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `CheckoutSession` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            session_id = src_dict["session_id"]
            if session_id.__class__ is not str:
                raise ParseError.expected("string", session_id, "session_id")

            url = src_dict["url"]
            if url.__class__ is not str:
                raise ParseError.expected("string", url, "url")

            return_url = src_dict["return_url"]
            if return_url.__class__ is not str:
                raise ParseError.expected("string", return_url, "return_url")

            expires_at = src_dict["expires_at"]
            _text = expires_at
            try:
                expires_at = from_iso_datetime(_text)
                if _text[-16::3] != "--T::Z":
                    expires_at = parse_datetime(_text)
            except (TypeError, ValueError):
                try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                    expires_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    raise ParseError.expected("date-time", _text, "expires_at") from None
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        checkout_session = object.__new__(cls)
        checkout_session.session_id = session_id
        checkout_session.url = url
        checkout_session.return_url = return_url
        checkout_session.expires_at = expires_at
        checkout_session.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 4 else {}
        )
        return checkout_session

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
                session_id = src_dict["session_id"]
                if session_id.__class__ is not str:
                    raise ParseError.expected("string", session_id, "session_id")

                url = src_dict["url"]
                if url.__class__ is not str:
                    raise ParseError.expected("string", url, "url")

                return_url = src_dict["return_url"]
                if return_url.__class__ is not str:
                    raise ParseError.expected("string", return_url, "return_url")

                expires_at = src_dict["expires_at"]
                _text = expires_at
                try:
                    expires_at = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        expires_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        expires_at = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected("date-time", _text, "expires_at") from None
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            checkout_session = new(cls)
            checkout_session.session_id = session_id
            checkout_session.url = url
            checkout_session.return_url = return_url
            checkout_session.expires_at = expires_at
            checkout_session.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 4 else {}
            )
            append(checkout_session)
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
