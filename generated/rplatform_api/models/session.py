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
        "id",
        "user_agent",
        "ip_address",
        "is_current",
        "created_at",
        "last_active_at",
        "expires_at",
    )
)


@_attrs_define(repr=False, eq=False)
class Session(Model):
    """
    Attributes:
        id (str): The session id.
        user_agent (str): The browser or client that signed in.
        ip_address (str): The IP address it signed in from.
        is_current (bool): Whether this is the session making the call.
        created_at (datetime.datetime): When the session started.
        last_active_at (datetime.datetime): When it was last used.
        expires_at (datetime.datetime): When it expires.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", required=True, description="The session id.", type="string"),
        Field(
            "user_agent",
            "user_agent",
            required=True,
            description="The browser or client that signed in.",
            type="string",
        ),
        Field(
            "ip_address",
            "ip_address",
            required=True,
            description="The IP address it signed in from.",
            type="string",
        ),
        Field(
            "is_current",
            "is_current",
            required=True,
            description="Whether this is the session making the call.",
            type="boolean",
        ),
        Field(
            "created_at",
            "created_at",
            required=True,
            description="When the session started.",
            type="string",
            format="date-time",
        ),
        Field(
            "last_active_at",
            "last_active_at",
            required=True,
            description="When it was last used.",
            type="string",
            format="date-time",
        ),
        Field(
            "expires_at",
            "expires_at",
            required=True,
            description="When it expires.",
            type="string",
            format="date-time",
        ),
    )

    id: str
    user_agent: str
    ip_address: str
    is_current: bool
    created_at: datetime.datetime
    last_active_at: datetime.datetime
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_agent = self.user_agent

        ip_address = self.ip_address

        is_current = self.is_current

        created_at = self.created_at.isoformat()

        last_active_at = self.last_active_at.isoformat()

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_agent": user_agent,
                "ip_address": ip_address,
                "is_current": is_current,
                "created_at": created_at,
                "last_active_at": last_active_at,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `Session` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            id = src_dict["id"]
            if id.__class__ is not str:
                raise ParseError.expected("string", id, "id")

            user_agent = src_dict["user_agent"]
            if user_agent.__class__ is not str:
                raise ParseError.expected("string", user_agent, "user_agent")

            ip_address = src_dict["ip_address"]
            if ip_address.__class__ is not str:
                raise ParseError.expected("string", ip_address, "ip_address")

            is_current = src_dict["is_current"]
            if is_current.__class__ is not bool:
                raise ParseError.expected("boolean", is_current, "is_current")

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

            last_active_at = src_dict["last_active_at"]
            _text = last_active_at
            try:
                last_active_at = from_iso_datetime(_text)
                if _text[-16::3] != "--T::Z":
                    last_active_at = parse_datetime(_text)
            except (TypeError, ValueError):
                try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                    last_active_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    raise ParseError.expected("date-time", _text, "last_active_at") from None

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
        session = object.__new__(cls)
        session.id = id
        session.user_agent = user_agent
        session.ip_address = ip_address
        session.is_current = is_current
        session.created_at = created_at
        session.last_active_at = last_active_at
        session.expires_at = expires_at
        session.additional_properties = extra_fields(src_dict, _FIELDS) if len(src_dict) > 7 else {}
        return session

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
                id = src_dict["id"]
                if id.__class__ is not str:
                    raise ParseError.expected("string", id, "id")

                user_agent = src_dict["user_agent"]
                if user_agent.__class__ is not str:
                    raise ParseError.expected("string", user_agent, "user_agent")

                ip_address = src_dict["ip_address"]
                if ip_address.__class__ is not str:
                    raise ParseError.expected("string", ip_address, "ip_address")

                is_current = src_dict["is_current"]
                if is_current.__class__ is not bool:
                    raise ParseError.expected("boolean", is_current, "is_current")

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

                last_active_at = src_dict["last_active_at"]
                _text = last_active_at
                try:
                    last_active_at = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        last_active_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        last_active_at = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected("date-time", _text, "last_active_at") from None

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
            session = new(cls)
            session.id = id
            session.user_agent = user_agent
            session.ip_address = ip_address
            session.is_current = is_current
            session.created_at = created_at
            session.last_active_at = last_active_at
            session.expires_at = expires_at
            session.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 7 else {}
            )
            append(session)
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
