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
        "created_at",
    )
)


@_attrs_define(repr=False, eq=False)
class PortalSession(Model):
    """
    Attributes:
        session_id (str): The portal session id.
        url (str): The Stripe Billing Portal page to send the user to.
        return_url (str): Where Stripe sends the user back to.
        created_at (datetime.datetime): When the session was created.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "session_id",
            "session_id",
            required=True,
            description="The portal session id.",
            type="string",
        ),
        Field(
            "url",
            "url",
            required=True,
            description="The Stripe Billing Portal page to send the user to.",
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
            "created_at",
            "created_at",
            required=True,
            description="When the session was created.",
            type="string",
            format="date-time",
        ),
    )

    session_id: str
    url: str
    return_url: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        url = self.url

        return_url = self.return_url

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "url": url,
                "return_url": return_url,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `PortalSession` that `src_dict` (a JSON object) describes, each value checked.

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
        portal_session = object.__new__(cls)
        portal_session.session_id = session_id
        portal_session.url = url
        portal_session.return_url = return_url
        portal_session.created_at = created_at
        portal_session.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 4 else {}
        )
        return portal_session

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
            portal_session = new(cls)
            portal_session.session_id = session_id
            portal_session.url = url
            portal_session.return_url = return_url
            portal_session.created_at = created_at
            portal_session.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 4 else {}
            )
            append(portal_session)
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
