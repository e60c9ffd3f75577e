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
        "project_id",
        "project_name",
        "year",
        "month",
        "sandbox_compute_hours",
        "database_compute_hours",
        "database_storage_gb",
        "storage_gb",
        "ai_tokens",
        "ai_cost_cents",
        "deployment_compute_hours",
        "total_cost_cents",
    )
)


@_attrs_define(repr=False, eq=False)
class ProjectUsageSummary(Model):
    """
    Attributes:
        project_id (str): The project's id (`proj_...`).
        project_name (str): The project's name.
        year (int): Calendar year (UTC).
        month (int): Calendar month, 1-12 (UTC).
        sandbox_compute_hours (float): Sandbox compute, in hours.
        database_compute_hours (float): Database compute, in hours.
        database_storage_gb (float): Database storage, in GB-months.
        storage_gb (float): Object storage, in GB-months.
        ai_tokens (int): AI tokens used (input, output and reasoning).
        ai_cost_cents (float): Recorded AI cost, in cents; may hold fractions of a cent.
        deployment_compute_hours (float): Deployment compute, in hours.
        total_cost_cents (int): The project's total, in integer cents.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "project_id",
            "project_id",
            required=True,
            description="The project's id (`proj_...`).",
            type="string",
        ),
        Field(
            "project_name",
            "project_name",
            required=True,
            description="The project's name.",
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
            description="The project's total, in integer cents.",
            type="integer",
        ),
    )

    project_id: str
    project_name: str
    year: int
    month: int
    sandbox_compute_hours: float
    database_compute_hours: float
    database_storage_gb: float
    storage_gb: float
    ai_tokens: int
    ai_cost_cents: float
    deployment_compute_hours: float
    total_cost_cents: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        project_name = self.project_name

        year = self.year

        month = self.month

        sandbox_compute_hours = self.sandbox_compute_hours

        database_compute_hours = self.database_compute_hours

        database_storage_gb = self.database_storage_gb

        storage_gb = self.storage_gb

        ai_tokens = self.ai_tokens

        ai_cost_cents = self.ai_cost_cents

        deployment_compute_hours = self.deployment_compute_hours

        total_cost_cents = self.total_cost_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "project_name": project_name,
                "year": year,
                "month": month,
                "sandbox_compute_hours": sandbox_compute_hours,
                "database_compute_hours": database_compute_hours,
                "database_storage_gb": database_storage_gb,
                "storage_gb": storage_gb,
                "ai_tokens": ai_tokens,
                "ai_cost_cents": ai_cost_cents,
                "deployment_compute_hours": deployment_compute_hours,
                "total_cost_cents": total_cost_cents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `ProjectUsageSummary` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            project_id = src_dict["project_id"]
            if project_id.__class__ is not str:
                raise ParseError.expected("string", project_id, "project_id")

            project_name = src_dict["project_name"]
            if project_name.__class__ is not str:
                raise ParseError.expected("string", project_name, "project_name")

            year = src_dict["year"]
            if year.__class__ is not int:
                raise ParseError.expected("integer", year, "year")

            month = src_dict["month"]
            if month.__class__ is not int:
                raise ParseError.expected("integer", month, "month")
            if month < 1 or month > 12:
                raise ParseError.expected("integer >= 1 and <= 12", month, "month")

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
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        project_usage_summary = object.__new__(cls)
        project_usage_summary.project_id = project_id
        project_usage_summary.project_name = project_name
        project_usage_summary.year = year
        project_usage_summary.month = month
        project_usage_summary.sandbox_compute_hours = sandbox_compute_hours
        project_usage_summary.database_compute_hours = database_compute_hours
        project_usage_summary.database_storage_gb = database_storage_gb
        project_usage_summary.storage_gb = storage_gb
        project_usage_summary.ai_tokens = ai_tokens
        project_usage_summary.ai_cost_cents = ai_cost_cents
        project_usage_summary.deployment_compute_hours = deployment_compute_hours
        project_usage_summary.total_cost_cents = total_cost_cents
        project_usage_summary.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 12 else {}
        )
        return project_usage_summary

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
                project_id = src_dict["project_id"]
                if project_id.__class__ is not str:
                    raise ParseError.expected("string", project_id, "project_id")

                project_name = src_dict["project_name"]
                if project_name.__class__ is not str:
                    raise ParseError.expected("string", project_name, "project_name")

                year = src_dict["year"]
                if year.__class__ is not int:
                    raise ParseError.expected("integer", year, "year")

                month = src_dict["month"]
                if month.__class__ is not int:
                    raise ParseError.expected("integer", month, "month")
                if month < 1 or month > 12:
                    raise ParseError.expected("integer >= 1 and <= 12", month, "month")

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
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            project_usage_summary = new(cls)
            project_usage_summary.project_id = project_id
            project_usage_summary.project_name = project_name
            project_usage_summary.year = year
            project_usage_summary.month = month
            project_usage_summary.sandbox_compute_hours = sandbox_compute_hours
            project_usage_summary.database_compute_hours = database_compute_hours
            project_usage_summary.database_storage_gb = database_storage_gb
            project_usage_summary.storage_gb = storage_gb
            project_usage_summary.ai_tokens = ai_tokens
            project_usage_summary.ai_cost_cents = ai_cost_cents
            project_usage_summary.deployment_compute_hours = deployment_compute_hours
            project_usage_summary.total_cost_cents = total_cost_cents
            project_usage_summary.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 12 else {}
            )
            append(project_usage_summary)
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
