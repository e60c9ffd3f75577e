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
        "created_at",
        "ip_address",
        "user_agent",
        "success",
        "failure_reason",
    )
)


@_attrs_define(repr=False, eq=False)
class LoginHistoryEntry(Model):
    """
    Attributes:
        id (str): The entry's id.
        created_at (datetime.datetime): When the sign-in was attempted.
        ip_address (str): The IP address it came from.
        user_agent (str): The browser or client used.
        success (bool): Whether the sign-in succeeded.
        failure_reason (None | str): Why it failed; null when it succeeded.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", required=True, description="The entry's id.", type="string"),
        Field(
            "created_at",
            "created_at",
            required=True,
            description="When the sign-in was attempted.",
            type="string",
            format="date-time",
        ),
        Field(
            "ip_address",
            "ip_address",
            required=True,
            description="The IP address it came from.",
            type="string",
        ),
        Field(
            "user_agent",
            "user_agent",
            required=True,
            description="The browser or client used.",
            type="string",
        ),
        Field(
            "success",
            "success",
            required=True,
            description="Whether the sign-in succeeded.",
            type="boolean",
        ),
        Field(
            "failure_reason",
            "failure_reason",
            required=True,
            description="Why it failed; null when it succeeded.",
            type="string",
            nullable=True,
        ),
    )

    id: str
    created_at: datetime.datetime
    ip_address: str
    user_agent: str
    success: bool
    failure_reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        ip_address = self.ip_address

        user_agent = self.user_agent

        success = self.success

        failure_reason: None | str
        failure_reason = self.failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "ip_address": ip_address,
                "user_agent": user_agent,
                "success": success,
                "failure_reason": failure_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `LoginHistoryEntry` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            id = src_dict["id"]
            if id.__class__ is not str:
                raise ParseError.expected("string", id, "id")

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

            ip_address = src_dict["ip_address"]
            if ip_address.__class__ is not str:
                raise ParseError.expected("string", ip_address, "ip_address")

            user_agent = src_dict["user_agent"]
            if user_agent.__class__ is not str:
                raise ParseError.expected("string", user_agent, "user_agent")

            success = src_dict["success"]
            if success.__class__ is not bool:
                raise ParseError.expected("boolean", success, "success")

            failure_reason = src_dict["failure_reason"]
            if failure_reason is not None and failure_reason.__class__ is not str:
                raise ParseError.expected("string or null", failure_reason, "failure_reason")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        login_history_entry = object.__new__(cls)
        login_history_entry.id = id
        login_history_entry.created_at = created_at
        login_history_entry.ip_address = ip_address
        login_history_entry.user_agent = user_agent
        login_history_entry.success = success
        login_history_entry.failure_reason = failure_reason
        login_history_entry.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 6 else {}
        )
        return login_history_entry

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

                ip_address = src_dict["ip_address"]
                if ip_address.__class__ is not str:
                    raise ParseError.expected("string", ip_address, "ip_address")

                user_agent = src_dict["user_agent"]
                if user_agent.__class__ is not str:
                    raise ParseError.expected("string", user_agent, "user_agent")

                success = src_dict["success"]
                if success.__class__ is not bool:
                    raise ParseError.expected("boolean", success, "success")

                failure_reason = src_dict["failure_reason"]
                if failure_reason is not None and failure_reason.__class__ is not str:
                    raise ParseError.expected("string or null", failure_reason, "failure_reason")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            login_history_entry = new(cls)
            login_history_entry.id = id
            login_history_entry.created_at = created_at
            login_history_entry.ip_address = ip_address
            login_history_entry.user_agent = user_agent
            login_history_entry.success = success
            login_history_entry.failure_reason = failure_reason
            login_history_entry.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 6 else {}
            )
            append(login_history_entry)
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
