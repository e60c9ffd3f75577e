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
        "in_app",
        "push",
        "email",
    )
)


@_attrs_define(repr=False, eq=False)
class NotificationPreferencesUpdate(Model):
    """
    Attributes:
        in_app (bool | Unset): Notifications inside the app; left out: unchanged.
        push (bool | Unset): Push notifications; left out: unchanged. Example: True.
        email (bool | Unset): Notifications by email; left out: unchanged. Example: False.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "in_app",
            "in_app",
            description="Notifications inside the app; left out: unchanged.",
            type="boolean",
        ),
        Field(
            "push", "push", description="Push notifications; left out: unchanged.", type="boolean"
        ),
        Field(
            "email",
            "email",
            description="Notifications by email; left out: unchanged.",
            type="boolean",
        ),
    )

    in_app: bool | Unset = UNSET
    push: bool | Unset = UNSET
    email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_app = self.in_app

        push = self.push

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_app is not UNSET:
            field_dict["in_app"] = in_app
        if push is not UNSET:
            field_dict["push"] = push
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `NotificationPreferencesUpdate` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            in_app: Any = src_dict.get("in_app", UNSET)
            if in_app is not UNSET:
                if in_app.__class__ is not bool:
                    raise ParseError.expected("boolean", in_app, "in_app")

            push: Any = src_dict.get("push", UNSET)
            if push is not UNSET:
                if push.__class__ is not bool:
                    raise ParseError.expected("boolean", push, "push")

            email: Any = src_dict.get("email", UNSET)
            if email is not UNSET:
                if email.__class__ is not bool:
                    raise ParseError.expected("boolean", email, "email")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        notification_preferences_update = object.__new__(cls)
        notification_preferences_update.in_app = in_app
        notification_preferences_update.push = push
        notification_preferences_update.email = email
        notification_preferences_update.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 0 else {}
        )
        return notification_preferences_update

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
                in_app: Any = src_dict.get("in_app", UNSET)
                if in_app is not UNSET:
                    if in_app.__class__ is not bool:
                        raise ParseError.expected("boolean", in_app, "in_app")

                push: Any = src_dict.get("push", UNSET)
                if push is not UNSET:
                    if push.__class__ is not bool:
                        raise ParseError.expected("boolean", push, "push")

                email: Any = src_dict.get("email", UNSET)
                if email is not UNSET:
                    if email.__class__ is not bool:
                        raise ParseError.expected("boolean", email, "email")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            notification_preferences_update = new(cls)
            notification_preferences_update.in_app = in_app
            notification_preferences_update.push = push
            notification_preferences_update.email = email
            notification_preferences_update.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 0 else {}
            )
            append(notification_preferences_update)
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
