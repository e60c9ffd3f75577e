from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..models.credits_ import Credits
from ..models.customer import Customer
from ..models.owner_type import OwnerType
from ..models.subscription import Subscription
from ..types import (
    Field,
    Model,
    ParseError,
    del_item,
    extra_fields,
    get_item,
    has_item,
    malformed,
    parse_list,
    put_item,
)

_OWNER_TYPE_BY_VALUE: dict[Any, OwnerType] = {member.value: member for member in OwnerType}
_FIELDS = frozenset(
    (
        "owner_type",
        "owner_id",
        "currency",
        "has_payment_method",
        "customer",
        "credits",
        "subscriptions",
    )
)


@_attrs_define(repr=False, eq=False)
class BillingInfo(Model):
    """
    Attributes:
        owner_type (OwnerType | str): Who the billing belongs to; unknown future values parse as plain strings.
        owner_id (str): The user's or organization's id.
        currency (str): ISO 4217 currency code of every amount, lower case (`usd`).
        has_payment_method (bool): Whether a payment method is on file.
        customer (Customer | None): The owner's Stripe customer, or null before one exists.
        credits (Credits): Prepaid credits, spent before anything is charged.
        subscriptions (ModelList[Subscription]): The owner's subscriptions, newest first.
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
            "currency",
            "currency",
            required=True,
            description="ISO 4217 currency code of every amount, lower case (`usd`).",
            type="string",
        ),
        Field(
            "has_payment_method",
            "has_payment_method",
            required=True,
            description="Whether a payment method is on file.",
            type="boolean",
        ),
        Field(
            "customer",
            "customer",
            required=True,
            description="The owner's Stripe customer, or null before one exists.",
            type="object",
            nullable=True,
            model=Customer,
        ),
        Field(
            "credits",
            "credits",
            required=True,
            description="Prepaid credits, spent before anything is charged.",
            type="object",
            model=Credits,
        ),
        Field(
            "subscriptions",
            "subscriptions",
            required=True,
            description="The owner's subscriptions, newest first.",
            type="array",
            model=Subscription,
        ),
    )

    owner_type: OwnerType | str
    owner_id: str
    currency: str
    has_payment_method: bool
    customer: Customer | None
    credits: Credits
    subscriptions: ModelList[Subscription]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_type: str
        if isinstance(self.owner_type, OwnerType):
            owner_type = self.owner_type.value
        else:
            owner_type = self.owner_type

        owner_id = self.owner_id

        currency = self.currency

        has_payment_method = self.has_payment_method

        customer: dict[str, Any] | None
        if isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        credits_ = self.credits.to_dict()

        subscriptions = []
        for subscriptions_item_data in self.subscriptions:
            subscriptions_item = subscriptions_item_data.to_dict()
            subscriptions.append(subscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner_type": owner_type,
                "owner_id": owner_id,
                "currency": currency,
                "has_payment_method": has_payment_method,
                "customer": customer,
                "credits": credits_,
                "subscriptions": subscriptions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `BillingInfo` that `src_dict` (a JSON object) describes, each value checked.

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

            currency = src_dict["currency"]
            if currency.__class__ is not str:
                raise ParseError.expected("string", currency, "currency")

            has_payment_method = src_dict["has_payment_method"]
            if has_payment_method.__class__ is not bool:
                raise ParseError.expected("boolean", has_payment_method, "has_payment_method")

            customer = src_dict["customer"]
            if customer is not None:
                try:
                    customer = Customer.from_dict(customer)
                except ParseError as error:
                    raise error.within("customer") from None

            credits_ = src_dict["credits"]
            try:
                credits_ = Credits.from_dict(credits_)
            except ParseError as error:
                raise error.within("credits") from None

            subscriptions = src_dict["subscriptions"]
            subscriptions = parse_list(subscriptions, Subscription.from_dicts, "subscriptions")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        billing_info = object.__new__(cls)
        billing_info.owner_type = owner_type
        billing_info.owner_id = owner_id
        billing_info.currency = currency
        billing_info.has_payment_method = has_payment_method
        billing_info.customer = customer
        billing_info.credits = credits_
        billing_info.subscriptions = subscriptions
        billing_info.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 7 else {}
        )
        return billing_info

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

                currency = src_dict["currency"]
                if currency.__class__ is not str:
                    raise ParseError.expected("string", currency, "currency")

                has_payment_method = src_dict["has_payment_method"]
                if has_payment_method.__class__ is not bool:
                    raise ParseError.expected("boolean", has_payment_method, "has_payment_method")

                customer = src_dict["customer"]
                if customer is not None:
                    try:
                        customer = Customer.from_dict(customer)
                    except ParseError as error:
                        raise error.within("customer") from None

                credits_ = src_dict["credits"]
                try:
                    credits_ = Credits.from_dict(credits_)
                except ParseError as error:
                    raise error.within("credits") from None

                subscriptions = src_dict["subscriptions"]
                subscriptions = parse_list(subscriptions, Subscription.from_dicts, "subscriptions")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            billing_info = new(cls)
            billing_info.owner_type = owner_type
            billing_info.owner_id = owner_id
            billing_info.currency = currency
            billing_info.has_payment_method = has_payment_method
            billing_info.customer = customer
            billing_info.credits = credits_
            billing_info.subscriptions = subscriptions
            billing_info.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 7 else {}
            )
            append(billing_info)
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
