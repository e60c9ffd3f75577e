from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Credits")


@_attrs_define
class Credits:
    """
    Attributes:
        balance_cents (int):
        granted_cents (int):
        used_cents (int):
        currency (str):
        expires_at (datetime.datetime | None):
    """

    balance_cents: int
    granted_cents: int
    used_cents: int
    currency: str
    expires_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_cents = self.balance_cents

        granted_cents = self.granted_cents

        used_cents = self.used_cents

        currency = self.currency

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_cents": balance_cents,
                "granted_cents": granted_cents,
                "used_cents": used_cents,
                "currency": currency,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        balance_cents = d.pop("balance_cents")

        granted_cents = d.pop("granted_cents")

        used_cents = d.pop("used_cents")

        currency = d.pop("currency")

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))

        credits_ = cls(
            balance_cents=balance_cents,
            granted_cents=granted_cents,
            used_cents=used_cents,
            currency=currency,
            expires_at=expires_at,
        )

        credits_.additional_properties = d
        return credits_

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
