from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..models.platform import Platform
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

_PLATFORM_BY_VALUE: dict[Any, Platform] = {member.value: member for member in Platform}
_FIELDS = frozenset(
    (
        "id",
        "token",
        "platform",
        "device_id",
        "created_at",
        "updated_at",
    )
)


@_attrs_define(repr=False, eq=False)
class PushToken(Model):
    """
    Attributes:
        id (str): The registration's id (`ptk_...`).
        token (str): The device's push token.
        platform (Platform | str): A push platform; unknown future values parse as plain strings.
        device_id (None | str): The device's id, or null.
        created_at (datetime.datetime): When the token was first registered.
        updated_at (datetime.datetime): When it was last registered.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "id",
            "id",
            required=True,
            description="The registration's id (`ptk_...`).",
            type="string",
        ),
        Field(
            "token",
            "token",
            required=True,
            description="The device's push token.",
            type="string",
            secret=True,
        ),
        Field(
            "platform",
            "platform",
            required=True,
            description="A push platform; unknown future values parse as plain strings.",
            type="string",
            enum=("expo", "fcm", "apns"),
            open_enum=True,
        ),
        Field(
            "device_id",
            "device_id",
            required=True,
            description="The device's id, or null.",
            type="string",
            nullable=True,
        ),
        Field(
            "created_at",
            "created_at",
            required=True,
            description="When the token was first registered.",
            type="string",
            format="date-time",
        ),
        Field(
            "updated_at",
            "updated_at",
            required=True,
            description="When it was last registered.",
            type="string",
            format="date-time",
        ),
    )

    id: str
    token: str
    platform: Platform | str
    device_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        token = self.token

        platform: str
        if isinstance(self.platform, Platform):
            platform = self.platform.value
        else:
            platform = self.platform

        device_id: None | str
        device_id = self.device_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "token": token,
                "platform": platform,
                "device_id": device_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `PushToken` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            id = src_dict["id"]
            if id.__class__ is not str:
                raise ParseError.expected("string", id, "id")

            token = src_dict["token"]
            if token.__class__ is not str:
                raise ParseError.expected("string", token, "token")

            platform = src_dict["platform"]
            if platform.__class__ is not str:
                raise ParseError.expected("string", platform, "platform")
            platform = _PLATFORM_BY_VALUE.get(platform, platform)

            device_id = src_dict["device_id"]
            if device_id is not None and device_id.__class__ is not str:
                raise ParseError.expected("string or null", device_id, "device_id")

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

            updated_at = src_dict["updated_at"]
            _text = updated_at
            try:
                updated_at = from_iso_datetime(_text)
                if _text[-16::3] != "--T::Z":
                    updated_at = parse_datetime(_text)
            except (TypeError, ValueError):
                try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                    updated_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    raise ParseError.expected("date-time", _text, "updated_at") from None
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        push_token = object.__new__(cls)
        push_token.id = id
        push_token.token = token
        push_token.platform = platform
        push_token.device_id = device_id
        push_token.created_at = created_at
        push_token.updated_at = updated_at
        push_token.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 6 else {}
        )
        return push_token

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

                token = src_dict["token"]
                if token.__class__ is not str:
                    raise ParseError.expected("string", token, "token")

                platform = src_dict["platform"]
                if platform.__class__ is not str:
                    raise ParseError.expected("string", platform, "platform")
                platform = _PLATFORM_BY_VALUE.get(platform, platform)

                device_id = src_dict["device_id"]
                if device_id is not None and device_id.__class__ is not str:
                    raise ParseError.expected("string or null", device_id, "device_id")

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

                updated_at = src_dict["updated_at"]
                _text = updated_at
                try:
                    updated_at = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        updated_at = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        updated_at = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected("date-time", _text, "updated_at") from None
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            push_token = new(cls)
            push_token.id = id
            push_token.token = token
            push_token.platform = platform
            push_token.device_id = device_id
            push_token.created_at = created_at
            push_token.updated_at = updated_at
            push_token.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 6 else {}
            )
            append(push_token)
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
