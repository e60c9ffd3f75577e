from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status import SubscriptionStatus

T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """
    Attributes:
        id (str):
        status (str | SubscriptionStatus): A subscription status; unknown future values parse as plain strings.
        plan (str):
        current_period_start (datetime.datetime):
        current_period_end (datetime.datetime):
        cancel_at_period_end (bool):
        created_at (datetime.datetime):
    """

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> str | SubscriptionStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_subscription_status_value_type_0 = SubscriptionStatus(data)

                return componentsschemas_subscription_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | SubscriptionStatus, data)

        status = _parse_status(d.pop("status"))

        plan = d.pop("plan")

        current_period_start = datetime.datetime.fromisoformat(d.pop("current_period_start"))

        current_period_end = datetime.datetime.fromisoformat(d.pop("current_period_end"))

        cancel_at_period_end = d.pop("cancel_at_period_end")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        subscription = cls(
            id=id,
            status=status,
            plan=plan,
            current_period_start=current_period_start,
            current_period_end=current_period_end,
            cancel_at_period_end=cancel_at_period_end,
            created_at=created_at,
        )

        subscription.additional_properties = d
        return subscription

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
