from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..models.platform import Platform
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

_PLATFORM_BY_VALUE: dict[Any, Platform] = {member.value: member for member in Platform}
_FIELDS = frozenset(
    (
        "token",
        "platform",
        "device_id",
    )
)


@_attrs_define(repr=False, eq=False)
class PushTokenCreate(Model):
    """
    Attributes:
        token (str): The device's push token (Expo, FCM or APNs). Example: ExponentPushToken[abc123].
        platform (Platform): The push service a token belongs to.
        device_id (None | str | Unset): An id of the device, to replace its earlier token (optional). Example: unique-
            device-id.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "token",
            "token",
            required=True,
            description="The device's push token (Expo, FCM or APNs).",
            type="string",
            min_length=1,
            max_length=4096,
            secret=True,
        ),
        Field(
            "platform",
            "platform",
            required=True,
            description="The push service a token belongs to.",
            type="string",
            enum=("expo", "fcm", "apns"),
        ),
        Field(
            "device_id",
            "device_id",
            description="An id of the device, to replace its earlier token (optional).",
            type="string",
            max_length=255,
            nullable=True,
        ),
    )

    token: str
    platform: Platform
    device_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        platform = self.platform.value

        device_id: None | str | Unset
        if isinstance(self.device_id, Unset):
            device_id = UNSET
        else:
            device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "platform": platform,
            }
        )
        if device_id is not UNSET:
            field_dict["device_id"] = device_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `PushTokenCreate` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            token = src_dict["token"]
            if token.__class__ is not str:
                raise ParseError.expected("string", token, "token")
            if len(token) < 1 or len(token) > 4096:
                raise ParseError.expected("string of length >= 1 and <= 4096", token, "token")

            platform = src_dict["platform"]
            if platform.__class__ is not str or platform not in _PLATFORM_BY_VALUE:
                raise ParseError.expected("Platform (apns, expo, fcm)", platform, "platform")
            platform = _PLATFORM_BY_VALUE[platform]

            device_id: Any = src_dict.get("device_id", UNSET)
            if device_id is not UNSET:
                if device_id is not None and device_id.__class__ is not str:
                    raise ParseError.expected("string or null", device_id, "device_id")
                if device_id is not None and (len(device_id) > 255):
                    raise ParseError.expected("string of length <= 255", device_id, "device_id")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        push_token_create = object.__new__(cls)
        push_token_create.token = token
        push_token_create.platform = platform
        push_token_create.device_id = device_id
        push_token_create.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 2 else {}
        )
        return push_token_create

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
                token = src_dict["token"]
                if token.__class__ is not str:
                    raise ParseError.expected("string", token, "token")
                if len(token) < 1 or len(token) > 4096:
                    raise ParseError.expected("string of length >= 1 and <= 4096", token, "token")

                platform = src_dict["platform"]
                if platform.__class__ is not str or platform not in _PLATFORM_BY_VALUE:
                    raise ParseError.expected("Platform (apns, expo, fcm)", platform, "platform")
                platform = _PLATFORM_BY_VALUE[platform]

                device_id: Any = src_dict.get("device_id", UNSET)
                if device_id is not UNSET:
                    if device_id is not None and device_id.__class__ is not str:
                        raise ParseError.expected("string or null", device_id, "device_id")
                    if device_id is not None and (len(device_id) > 255):
                        raise ParseError.expected("string of length <= 255", device_id, "device_id")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            push_token_create = new(cls)
            push_token_create.token = token
            push_token_create.platform = platform
            push_token_create.device_id = device_id
            push_token_create.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 2 else {}
            )
            append(push_token_create)
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
