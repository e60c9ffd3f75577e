from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..models.owner_type import OwnerType
from ..models.subscription_status import SubscriptionStatus
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

_OWNER_TYPE_BY_VALUE: dict[Any, OwnerType] = {member.value: member for member in OwnerType}
_SUBSCRIPTION_STATUS_BY_VALUE: dict[Any, SubscriptionStatus] = {
    member.value: member for member in SubscriptionStatus
}
_FIELDS = frozenset(
    (
        "owner_type",
        "owner_id",
        "has_stripe_account",
        "stripe_customer_id",
        "stripe_subscription_id",
        "status",
        "has_payment_method",
    )
)


@_attrs_define(repr=False, eq=False)
class BillingStatus(Model):
    """
    Attributes:
        owner_type (OwnerType | str): Who the billing belongs to; unknown future values parse as plain strings.
        owner_id (str): The user's or organization's id.
        has_stripe_account (bool): Whether the owner has a Stripe customer.
        stripe_customer_id (None | str): The owner's Stripe customer id, or null before one exists.
        stripe_subscription_id (None | str): The id of the owner's latest subscription, or null when it has none.
        status (None | str | SubscriptionStatus): The subscription's status, or null when the owner has no subscription.
        has_payment_method (bool): Whether a payment method is on file.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "owner_type",
            "owner_type",
            required=True,
            description="Who the billing belongs to; unknown future values parse as plain strings.",
            type="string",
            enum=("user", "organization"),
            open_enum=True,
        ),
        Field(
            "owner_id",
            "owner_id",
            required=True,
            description="The user's or organization's id.",
            type="string",
        ),
        Field(
            "has_stripe_account",
            "has_stripe_account",
            required=True,
            description="Whether the owner has a Stripe customer.",
            type="boolean",
        ),
        Field(
            "stripe_customer_id",
            "stripe_customer_id",
            required=True,
            description="The owner's Stripe customer id, or null before one exists.",
            type="string",
            nullable=True,
        ),
        Field(
            "stripe_subscription_id",
            "stripe_subscription_id",
            required=True,
            description="The id of the owner's latest subscription, or null when it has none.",
            type="string",
            nullable=True,
        ),
        Field(
            "status",
            "status",
            required=True,
            description="The subscription's status, or null when the owner has no subscription.",
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
            nullable=True,
        ),
        Field(
            "has_payment_method",
            "has_payment_method",
            required=True,
            description="Whether a payment method is on file.",
            type="boolean",
        ),
    )

    owner_type: OwnerType | str
    owner_id: str
    has_stripe_account: bool
    stripe_customer_id: None | str
    stripe_subscription_id: None | str
    status: None | str | SubscriptionStatus
    has_payment_method: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_type: str
        if isinstance(self.owner_type, OwnerType):
            owner_type = self.owner_type.value
        else:
            owner_type = self.owner_type

        owner_id = self.owner_id

        has_stripe_account = self.has_stripe_account

        stripe_customer_id: None | str
        stripe_customer_id = self.stripe_customer_id

        stripe_subscription_id: None | str
        stripe_subscription_id = self.stripe_subscription_id

        status: None | str
        if isinstance(self.status, SubscriptionStatus):
            status = self.status.value
        else:
            status = self.status

        has_payment_method = self.has_payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner_type": owner_type,
                "owner_id": owner_id,
                "has_stripe_account": has_stripe_account,
                "stripe_customer_id": stripe_customer_id,
                "stripe_subscription_id": stripe_subscription_id,
                "status": status,
                "has_payment_method": has_payment_method,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `BillingStatus` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            owner_type = src_dict["owner_type"]
            if owner_type.__class__ is not str:
                raise ParseError.expected("string", owner_type, "owner_type")
            owner_type = _OWNER_TYPE_BY_VALUE.get(owner_type, owner_type)

            owner_id = src_dict["owner_id"]
            if owner_id.__class__ is not str:
                raise ParseError.expected("string", owner_id, "owner_id")

            has_stripe_account = src_dict["has_stripe_account"]
            if has_stripe_account.__class__ is not bool:
                raise ParseError.expected("boolean", has_stripe_account, "has_stripe_account")

            stripe_customer_id = src_dict["stripe_customer_id"]
            if stripe_customer_id is not None and stripe_customer_id.__class__ is not str:
                raise ParseError.expected(
                    "string or null", stripe_customer_id, "stripe_customer_id"
                )

            stripe_subscription_id = src_dict["stripe_subscription_id"]
            if stripe_subscription_id is not None and stripe_subscription_id.__class__ is not str:
                raise ParseError.expected(
                    "string or null", stripe_subscription_id, "stripe_subscription_id"
                )

            status = src_dict["status"]
            if status is not None:
                if status.__class__ is not str:
                    raise ParseError.expected("string or null", status, "status")
                status = _SUBSCRIPTION_STATUS_BY_VALUE.get(status, status)

            has_payment_method = src_dict["has_payment_method"]
            if has_payment_method.__class__ is not bool:
                raise ParseError.expected("boolean", has_payment_method, "has_payment_method")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        billing_status = object.__new__(cls)
        billing_status.owner_type = owner_type
        billing_status.owner_id = owner_id
        billing_status.has_stripe_account = has_stripe_account
        billing_status.stripe_customer_id = stripe_customer_id
        billing_status.stripe_subscription_id = stripe_subscription_id
        billing_status.status = status
        billing_status.has_payment_method = has_payment_method
        billing_status.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 7 else {}
        )
        return billing_status

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
                owner_type = src_dict["owner_type"]
                if owner_type.__class__ is not str:
                    raise ParseError.expected("string", owner_type, "owner_type")
                owner_type = _OWNER_TYPE_BY_VALUE.get(owner_type, owner_type)

                owner_id = src_dict["owner_id"]
                if owner_id.__class__ is not str:
                    raise ParseError.expected("string", owner_id, "owner_id")

                has_stripe_account = src_dict["has_stripe_account"]
                if has_stripe_account.__class__ is not bool:
                    raise ParseError.expected("boolean", has_stripe_account, "has_stripe_account")

                stripe_customer_id = src_dict["stripe_customer_id"]
                if stripe_customer_id is not None and stripe_customer_id.__class__ is not str:
                    raise ParseError.expected(
                        "string or null", stripe_customer_id, "stripe_customer_id"
                    )

                stripe_subscription_id = src_dict["stripe_subscription_id"]
                if (
                    stripe_subscription_id is not None
                    and stripe_subscription_id.__class__ is not str
                ):
                    raise ParseError.expected(
                        "string or null", stripe_subscription_id, "stripe_subscription_id"
                    )

                status = src_dict["status"]
                if status is not None:
                    if status.__class__ is not str:
                        raise ParseError.expected("string or null", status, "status")
                    status = _SUBSCRIPTION_STATUS_BY_VALUE.get(status, status)

                has_payment_method = src_dict["has_payment_method"]
                if has_payment_method.__class__ is not bool:
                    raise ParseError.expected("boolean", has_payment_method, "has_payment_method")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            billing_status = new(cls)
            billing_status.owner_type = owner_type
            billing_status.owner_id = owner_id
            billing_status.has_stripe_account = has_stripe_account
            billing_status.stripe_customer_id = stripe_customer_id
            billing_status.stripe_subscription_id = stripe_subscription_id
            billing_status.status = status
            billing_status.has_payment_method = has_payment_method
            billing_status.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 7 else {}
            )
            append(billing_status)
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
