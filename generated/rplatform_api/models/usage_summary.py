from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..models.line_item import LineItem
from ..models.owner_type import OwnerType
from ..types import (
    Field,
    Model,
    ParseError,
    del_item,
    extra_fields,
    get_item,
    has_item,
    malformed,
    parse_date,
    parse_list,
    put_item,
)

_OWNER_TYPE_BY_VALUE: dict[Any, OwnerType] = {member.value: member for member in OwnerType}
_FIELDS = frozenset(
    (
        "owner_type",
        "owner_id",
        "year",
        "month",
        "period_start",
        "period_end",
        "currency",
        "sandbox_compute_hours",
        "database_compute_hours",
        "database_storage_gb",
        "storage_gb",
        "ai_tokens",
        "ai_cost_cents",
        "deployment_compute_hours",
        "total_cost_cents",
        "line_items",
    )
)


@_attrs_define(repr=False, eq=False)
class UsageSummary(Model):
    """
    Attributes:
        owner_type (OwnerType | str): Who the billing belongs to; unknown future values parse as plain strings.
        owner_id (str): The user's or organization's id.
        year (int): Calendar year (UTC).
        month (int): Calendar month, 1-12 (UTC).
        period_start (datetime.date): First day of the month (inclusive).
        period_end (datetime.date): Last day of the month (inclusive).
        currency (str): ISO 4217 currency code, lower case (`usd`).
        sandbox_compute_hours (float): Sandbox compute, in hours.
        database_compute_hours (float): Database compute, in hours.
        database_storage_gb (float): Database storage, in GB-months.
        storage_gb (float): Object storage, in GB-months.
        ai_tokens (int): AI tokens used (input, output and reasoning).
        ai_cost_cents (float): Recorded AI cost, in cents; may hold fractions of a cent.
        deployment_compute_hours (float): Deployment compute, in hours.
        total_cost_cents (int): The sum of the line items' total_cost, in integer cents.
        line_items (ModelList[LineItem]): One line per meter with use in the month.
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
        Field("year", "year", required=True, description="Calendar year (UTC).", type="integer"),
        Field(
            "month",
            "month",
            required=True,
            description="Calendar month, 1-12 (UTC).",
            type="integer",
            minimum=1,
            maximum=12,
        ),
        Field(
            "period_start",
            "period_start",
            required=True,
            description="First day of the month (inclusive).",
            type="string",
            format="date",
        ),
        Field(
            "period_end",
            "period_end",
            required=True,
            description="Last day of the month (inclusive).",
            type="string",
            format="date",
        ),
        Field(
            "currency",
            "currency",
            required=True,
            description="ISO 4217 currency code, lower case (`usd`).",
            type="string",
        ),
        Field(
            "sandbox_compute_hours",
            "sandbox_compute_hours",
            required=True,
            description="Sandbox compute, in hours.",
            type="number",
        ),
        Field(
            "database_compute_hours",
            "database_compute_hours",
            required=True,
            description="Database compute, in hours.",
            type="number",
        ),
        Field(
            "database_storage_gb",
            "database_storage_gb",
            required=True,
            description="Database storage, in GB-months.",
            type="number",
        ),
        Field(
            "storage_gb",
            "storage_gb",
            required=True,
            description="Object storage, in GB-months.",
            type="number",
        ),
        Field(
            "ai_tokens",
            "ai_tokens",
            required=True,
            description="AI tokens used (input, output and reasoning).",
            type="integer",
        ),
        Field(
            "ai_cost_cents",
            "ai_cost_cents",
            required=True,
            description="Recorded AI cost, in cents; may hold fractions of a cent.",
            type="number",
        ),
        Field(
            "deployment_compute_hours",
            "deployment_compute_hours",
            required=True,
            description="Deployment compute, in hours.",
            type="number",
        ),
        Field(
            "total_cost_cents",
            "total_cost_cents",
            required=True,
            description="The sum of the line items' total_cost, in integer cents.",
            type="integer",
        ),
        Field(
            "line_items",
            "line_items",
            required=True,
            description="One line per meter with use in the month.",
            type="array",
            model=LineItem,
        ),
    )

    owner_type: OwnerType | str
    owner_id: str
    year: int
    month: int
    period_start: datetime.date
    period_end: datetime.date
    currency: str
    sandbox_compute_hours: float
    database_compute_hours: float
    database_storage_gb: float
    storage_gb: float
    ai_tokens: int
    ai_cost_cents: float
    deployment_compute_hours: float
    total_cost_cents: int
    line_items: ModelList[LineItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_type: str
        if isinstance(self.owner_type, OwnerType):
            owner_type = self.owner_type.value
        else:
            owner_type = self.owner_type

        owner_id = self.owner_id

        year = self.year

        month = self.month

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        currency = self.currency

        sandbox_compute_hours = self.sandbox_compute_hours

        database_compute_hours = self.database_compute_hours

        database_storage_gb = self.database_storage_gb

        storage_gb = self.storage_gb

        ai_tokens = self.ai_tokens

        ai_cost_cents = self.ai_cost_cents

        deployment_compute_hours = self.deployment_compute_hours

        total_cost_cents = self.total_cost_cents

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner_type": owner_type,
                "owner_id": owner_id,
                "year": year,
                "month": month,
                "period_start": period_start,
                "period_end": period_end,
                "currency": currency,
                "sandbox_compute_hours": sandbox_compute_hours,
                "database_compute_hours": database_compute_hours,
                "database_storage_gb": database_storage_gb,
                "storage_gb": storage_gb,
                "ai_tokens": ai_tokens,
                "ai_cost_cents": ai_cost_cents,
                "deployment_compute_hours": deployment_compute_hours,
                "total_cost_cents": total_cost_cents,
                "line_items": line_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `UsageSummary` that `src_dict` (a JSON object) describes, each value checked.

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

            year = src_dict["year"]
            if year.__class__ is not int:
                raise ParseError.expected("integer", year, "year")

            month = src_dict["month"]
            if month.__class__ is not int:
                raise ParseError.expected("integer", month, "month")
            if month < 1 or month > 12:
                raise ParseError.expected("integer >= 1 and <= 12", month, "month")

            period_start = src_dict["period_start"]
            try:
                period_start = parse_date(period_start)
            except (TypeError, ValueError):
                raise ParseError.expected("date", period_start, "period_start") from None

            period_end = src_dict["period_end"]
            try:
                period_end = parse_date(period_end)
            except (TypeError, ValueError):
                raise ParseError.expected("date", period_end, "period_end") from None

            currency = src_dict["currency"]
            if currency.__class__ is not str:
                raise ParseError.expected("string", currency, "currency")

            sandbox_compute_hours = src_dict["sandbox_compute_hours"]
            if (
                sandbox_compute_hours.__class__ is not float
                or sandbox_compute_hours - sandbox_compute_hours
            ) and sandbox_compute_hours.__class__ is not int:
                raise ParseError.expected("number", sandbox_compute_hours, "sandbox_compute_hours")

            database_compute_hours = src_dict["database_compute_hours"]
            if (
                database_compute_hours.__class__ is not float
                or database_compute_hours - database_compute_hours
            ) and database_compute_hours.__class__ is not int:
                raise ParseError.expected(
                    "number", database_compute_hours, "database_compute_hours"
                )

            database_storage_gb = src_dict["database_storage_gb"]
            if (
                database_storage_gb.__class__ is not float
                or database_storage_gb - database_storage_gb
            ) and database_storage_gb.__class__ is not int:
                raise ParseError.expected("number", database_storage_gb, "database_storage_gb")

            storage_gb = src_dict["storage_gb"]
            if (
                storage_gb.__class__ is not float or storage_gb - storage_gb
            ) and storage_gb.__class__ is not int:
                raise ParseError.expected("number", storage_gb, "storage_gb")

            ai_tokens = src_dict["ai_tokens"]
            if ai_tokens.__class__ is not int:
                raise ParseError.expected("integer", ai_tokens, "ai_tokens")

            ai_cost_cents = src_dict["ai_cost_cents"]
            if (
                ai_cost_cents.__class__ is not float or ai_cost_cents - ai_cost_cents
            ) and ai_cost_cents.__class__ is not int:
                raise ParseError.expected("number", ai_cost_cents, "ai_cost_cents")

            deployment_compute_hours = src_dict["deployment_compute_hours"]
            if (
                deployment_compute_hours.__class__ is not float
                or deployment_compute_hours - deployment_compute_hours
            ) and deployment_compute_hours.__class__ is not int:
                raise ParseError.expected(
                    "number", deployment_compute_hours, "deployment_compute_hours"
                )

            total_cost_cents = src_dict["total_cost_cents"]
            if total_cost_cents.__class__ is not int:
                raise ParseError.expected("integer", total_cost_cents, "total_cost_cents")

            line_items = src_dict["line_items"]
            line_items = parse_list(line_items, LineItem.from_dicts, "line_items")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        usage_summary = object.__new__(cls)
        usage_summary.owner_type = owner_type
        usage_summary.owner_id = owner_id
        usage_summary.year = year
        usage_summary.month = month
        usage_summary.period_start = period_start
        usage_summary.period_end = period_end
        usage_summary.currency = currency
        usage_summary.sandbox_compute_hours = sandbox_compute_hours
        usage_summary.database_compute_hours = database_compute_hours
        usage_summary.database_storage_gb = database_storage_gb
        usage_summary.storage_gb = storage_gb
        usage_summary.ai_tokens = ai_tokens
        usage_summary.ai_cost_cents = ai_cost_cents
        usage_summary.deployment_compute_hours = deployment_compute_hours
        usage_summary.total_cost_cents = total_cost_cents
        usage_summary.line_items = line_items
        usage_summary.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 16 else {}
        )
        return usage_summary

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

                year = src_dict["year"]
                if year.__class__ is not int:
                    raise ParseError.expected("integer", year, "year")

                month = src_dict["month"]
                if month.__class__ is not int:
                    raise ParseError.expected("integer", month, "month")
                if month < 1 or month > 12:
                    raise ParseError.expected("integer >= 1 and <= 12", month, "month")

                period_start = src_dict["period_start"]
                try:
                    period_start = parse_date(period_start)
                except (TypeError, ValueError):
                    raise ParseError.expected("date", period_start, "period_start") from None

                period_end = src_dict["period_end"]
                try:
                    period_end = parse_date(period_end)
                except (TypeError, ValueError):
                    raise ParseError.expected("date", period_end, "period_end") from None

                currency = src_dict["currency"]
                if currency.__class__ is not str:
                    raise ParseError.expected("string", currency, "currency")

                sandbox_compute_hours = src_dict["sandbox_compute_hours"]
                if (
                    sandbox_compute_hours.__class__ is not float
                    or sandbox_compute_hours - sandbox_compute_hours
                ) and sandbox_compute_hours.__class__ is not int:
                    raise ParseError.expected(
                        "number", sandbox_compute_hours, "sandbox_compute_hours"
                    )

                database_compute_hours = src_dict["database_compute_hours"]
                if (
                    database_compute_hours.__class__ is not float
                    or database_compute_hours - database_compute_hours
                ) and database_compute_hours.__class__ is not int:
                    raise ParseError.expected(
                        "number", database_compute_hours, "database_compute_hours"
                    )

                database_storage_gb = src_dict["database_storage_gb"]
                if (
                    database_storage_gb.__class__ is not float
                    or database_storage_gb - database_storage_gb
                ) and database_storage_gb.__class__ is not int:
                    raise ParseError.expected("number", database_storage_gb, "database_storage_gb")

                storage_gb = src_dict["storage_gb"]
                if (
                    storage_gb.__class__ is not float or storage_gb - storage_gb
                ) and storage_gb.__class__ is not int:
                    raise ParseError.expected("number", storage_gb, "storage_gb")

                ai_tokens = src_dict["ai_tokens"]
                if ai_tokens.__class__ is not int:
                    raise ParseError.expected("integer", ai_tokens, "ai_tokens")

                ai_cost_cents = src_dict["ai_cost_cents"]
                if (
                    ai_cost_cents.__class__ is not float or ai_cost_cents - ai_cost_cents
                ) and ai_cost_cents.__class__ is not int:
                    raise ParseError.expected("number", ai_cost_cents, "ai_cost_cents")

                deployment_compute_hours = src_dict["deployment_compute_hours"]
                if (
                    deployment_compute_hours.__class__ is not float
                    or deployment_compute_hours - deployment_compute_hours
                ) and deployment_compute_hours.__class__ is not int:
                    raise ParseError.expected(
                        "number", deployment_compute_hours, "deployment_compute_hours"
                    )

                total_cost_cents = src_dict["total_cost_cents"]
                if total_cost_cents.__class__ is not int:
                    raise ParseError.expected("integer", total_cost_cents, "total_cost_cents")

                line_items = src_dict["line_items"]
                line_items = parse_list(line_items, LineItem.from_dicts, "line_items")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            usage_summary = new(cls)
            usage_summary.owner_type = owner_type
            usage_summary.owner_id = owner_id
            usage_summary.year = year
            usage_summary.month = month
            usage_summary.period_start = period_start
            usage_summary.period_end = period_end
            usage_summary.currency = currency
            usage_summary.sandbox_compute_hours = sandbox_compute_hours
            usage_summary.database_compute_hours = database_compute_hours
            usage_summary.database_storage_gb = database_storage_gb
            usage_summary.storage_gb = storage_gb
            usage_summary.ai_tokens = ai_tokens
            usage_summary.ai_cost_cents = ai_cost_cents
            usage_summary.deployment_compute_hours = deployment_compute_hours
            usage_summary.total_cost_cents = total_cost_cents
            usage_summary.line_items = line_items
            usage_summary.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 16 else {}
            )
            append(usage_summary)
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
