from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..models.subscription_status import SubscriptionStatus
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

_SUBSCRIPTION_STATUS_BY_VALUE: dict[Any, SubscriptionStatus] = {
    member.value: member for member in SubscriptionStatus
}
_FIELDS = frozenset(
    (
        "id",
        "status",
        "plan",
        "current_period_start",
        "current_period_end",
        "cancel_at_period_end",
        "created_at",
    )
)


@_attrs_define(repr=False, eq=False)
class Subscription(Model):
    """
    Attributes:
        id (str): The subscription id (`sub_...`).
        status (str | SubscriptionStatus): A subscription status; unknown future values parse as plain strings.
        plan (str): The plan's name (`pro`).
        current_period_start (datetime.datetime): Start of the current billing period.
        current_period_end (datetime.datetime): End of the current billing period (exclusive).
        cancel_at_period_end (bool): Whether the subscription ends at the end of the current period.
        created_at (datetime.datetime): When the subscription was created.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "id", "id", required=True, description="The subscription id (`sub_...`).", type="string"
        ),
        Field(
            "status",
            "status",
            required=True,
            description="A subscription status; unknown future values parse as plain strings.",
            type="string",
            enum=(
                "active",
                "trialing",
                "past_due",
                "canceled",
                "incomplete",
                "incomplete_expired",
                "unpaid",
                "paused",
            ),
            open_enum=True,
        ),
        Field("plan", "plan", required=True, description="The plan's name (`pro`).", type="string"),
        Field(
            "current_period_start",
            "current_period_start",
            required=True,
            description="Start of the current billing period.",
            type="string",
            format="date-time",
        ),
        Field(
            "current_period_end",
            "current_period_end",
            required=True,
            description="End of the current billing period (exclusive).",
            type="string",
            format="date-time",
        ),
        Field(
            "cancel_at_period_end",
            "cancel_at_period_end",
            required=True,
            description="Whether the subscription ends at the end of the current period.",
            type="boolean",
        ),
        Field(
            "created_at",
            "created_at",
            required=True,
            description="When the subscription was created.",
            type="string",
            format="date-time",
        ),
    )

    id: str
    status: str | SubscriptionStatus
    plan: str
    current_period_start: datetime.datetime
    current_period_end: datetime.datetime
    cancel_at_period_end: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, SubscriptionStatus):
            status = self.status.value
        else:
            status = self.status

        plan = self.plan

        current_period_start = self.current_period_start.isoformat()

        current_period_end = self.current_period_end.isoformat()

        cancel_at_period_end = self.cancel_at_period_end

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "plan": plan,
                "current_period_start": current_period_start,
                "current_period_end": current_period_end,
                "cancel_at_period_end": cancel_at_period_end,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `Subscription` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            id = src_dict["id"]
            if id.__class__ is not str:
                raise ParseError.expected("string", id, "id")

            status = src_dict["status"]
            if status.__class__ is not str:
                raise ParseError.expected("string", status, "status")
            status = _SUBSCRIPTION_STATUS_BY_VALUE.get(status, status)

            plan = src_dict["plan"]
            if plan.__class__ is not str:
                raise ParseError.expected("string", plan, "plan")

            current_period_start = src_dict["current_period_start"]
            _text = current_period_start
            try:
                current_period_start = from_iso_datetime(_text)
                if _text[-16::3] != "--T::Z":
                    current_period_start = parse_datetime(_text)
            except (TypeError, ValueError):
                try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                    current_period_start = parse_datetime(_text)
                except (TypeError, ValueError):
                    raise ParseError.expected("date-time", _text, "current_period_start") from None

            current_period_end = src_dict["current_period_end"]
            _text = current_period_end
            try:
                current_period_end = from_iso_datetime(_text)
                if _text[-16::3] != "--T::Z":
                    current_period_end = parse_datetime(_text)
            except (TypeError, ValueError):
                try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                    current_period_end = parse_datetime(_text)
                except (TypeError, ValueError):
                    raise ParseError.expected("date-time", _text, "current_period_end") from None

            cancel_at_period_end = src_dict["cancel_at_period_end"]
            if cancel_at_period_end.__class__ is not bool:
                raise ParseError.expected("boolean", cancel_at_period_end, "cancel_at_period_end")

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
        subscription = object.__new__(cls)
        subscription.id = id
        subscription.status = status
        subscription.plan = plan
        subscription.current_period_start = current_period_start
        subscription.current_period_end = current_period_end
        subscription.cancel_at_period_end = cancel_at_period_end
        subscription.created_at = created_at
        subscription.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 7 else {}
        )
        return subscription

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

                status = src_dict["status"]
                if status.__class__ is not str:
                    raise ParseError.expected("string", status, "status")
                status = _SUBSCRIPTION_STATUS_BY_VALUE.get(status, status)

                plan = src_dict["plan"]
                if plan.__class__ is not str:
                    raise ParseError.expected("string", plan, "plan")

                current_period_start = src_dict["current_period_start"]
                _text = current_period_start
                try:
                    current_period_start = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        current_period_start = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        current_period_start = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected(
                            "date-time", _text, "current_period_start"
                        ) from None

                current_period_end = src_dict["current_period_end"]
                _text = current_period_end
                try:
                    current_period_end = from_iso_datetime(_text)
                    if _text[-16::3] != "--T::Z":
                        current_period_end = parse_datetime(_text)
                except (TypeError, ValueError):
                    try:  # a leap second, `t` or `z`: RFC 3339, which fromisoformat does not read
                        current_period_end = parse_datetime(_text)
                    except (TypeError, ValueError):
                        raise ParseError.expected(
                            "date-time", _text, "current_period_end"
                        ) from None

                cancel_at_period_end = src_dict["cancel_at_period_end"]
                if cancel_at_period_end.__class__ is not bool:
                    raise ParseError.expected(
                        "boolean", cancel_at_period_end, "cancel_at_period_end"
                    )

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
            subscription = new(cls)
            subscription.id = id
            subscription.status = status
            subscription.plan = plan
            subscription.current_period_start = current_period_start
            subscription.current_period_end = current_period_end
            subscription.cancel_at_period_end = cancel_at_period_end
            subscription.created_at = created_at
            subscription.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 7 else {}
            )
            append(subscription)
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
