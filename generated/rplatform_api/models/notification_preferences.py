from __future__ import annotations

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
class NotificationPreferences(Model):
    """Which channels notifications are sent on.

    Attributes:
        in_app (bool): Notifications inside the app.
        push (bool): Push notifications to registered devices.
        email (bool): Notifications by email.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "in_app",
            "in_app",
            required=True,
            description="Notifications inside the app.",
            type="boolean",
        ),
        Field(
            "push",
            "push",
            required=True,
            description="Push notifications to registered devices.",
            type="boolean",
        ),
        Field(
            "email", "email", required=True, description="Notifications by email.", type="boolean"
        ),
    )

    in_app: bool
    push: bool
    email: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_app = self.in_app

        push = self.push

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in_app": in_app,
                "push": push,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `NotificationPreferences` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            in_app = src_dict["in_app"]
            if in_app.__class__ is not bool:
                raise ParseError.expected("boolean", in_app, "in_app")

            push = src_dict["push"]
            if push.__class__ is not bool:
                raise ParseError.expected("boolean", push, "push")

            email = src_dict["email"]
            if email.__class__ is not bool:
                raise ParseError.expected("boolean", email, "email")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        notification_preferences = object.__new__(cls)
        notification_preferences.in_app = in_app
        notification_preferences.push = push
        notification_preferences.email = email
        notification_preferences.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 3 else {}
        )
        return notification_preferences

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
                in_app = src_dict["in_app"]
                if in_app.__class__ is not bool:
                    raise ParseError.expected("boolean", in_app, "in_app")

                push = src_dict["push"]
                if push.__class__ is not bool:
                    raise ParseError.expected("boolean", push, "push")

                email = src_dict["email"]
                if email.__class__ is not bool:
                    raise ParseError.expected("boolean", email, "email")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            notification_preferences = new(cls)
            notification_preferences.in_app = in_app
            notification_preferences.push = push
            notification_preferences.email = email
            notification_preferences.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 3 else {}
            )
            append(notification_preferences)
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
