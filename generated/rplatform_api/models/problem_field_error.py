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
        "field",
        "code",
        "message",
    )
)


@_attrs_define(repr=False, eq=False)
class ProblemFieldError(Model):
    """One field of the request that broke a rule.

    Attributes:
        field (str): The body field as a JSON path (`return_url`, `events[0].quantity`; `body` for the
            whole body) or the parameter's name (`month`, `Idempotency-Key`). For two fields
            that must not be sent together, the second of them.
             Example: return_url.
        code (str): The rule broken: a JSON Schema keyword of this document (`required`, `type`,
            `minLength`, `maxLength`, `minimum`, `maximum`, `pattern`, `format`, `enum`, `not`,
            ...), or `unchanged` for a new value equal to the current one.
             Example: format.
        message (str): What is wrong with the field, in plain words.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "field",
            "field",
            required=True,
            description="The body field as a JSON path (`return_url`, `events[0].quantity`; `body` for the whole body) or the parameter's name (`month`, `Idempotency-Key`). For two fields that must not be sent together, the second of them.",
            type="string",
        ),
        Field(
            "code",
            "code",
            required=True,
            description="The rule broken: a JSON Schema keyword of this document (`required`, `type`, `minLength`, `maxLength`, `minimum`, `maximum`, `pattern`, `format`, `enum`, `not`, ...), or `unchanged` for a new value equal to the current one.",
            type="string",
        ),
        Field(
            "message",
            "message",
            required=True,
            description="What is wrong with the field, in plain words.",
            type="string",
        ),
    )

    field: str
    code: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `ProblemFieldError` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            field = src_dict["field"]
            if field.__class__ is not str:
                raise ParseError.expected("string", field, "field")

            code = src_dict["code"]
            if code.__class__ is not str:
                raise ParseError.expected("string", code, "code")

            message = src_dict["message"]
            if message.__class__ is not str:
                raise ParseError.expected("string", message, "message")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        problem_field_error = object.__new__(cls)
        problem_field_error.field = field
        problem_field_error.code = code
        problem_field_error.message = message
        problem_field_error.additional_properties = (
            extra_fields(src_dict, _FIELDS) if len(src_dict) > 3 else {}
        )
        return problem_field_error

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
                field = src_dict["field"]
                if field.__class__ is not str:
                    raise ParseError.expected("string", field, "field")

                code = src_dict["code"]
                if code.__class__ is not str:
                    raise ParseError.expected("string", code, "code")

                message = src_dict["message"]
                if message.__class__ is not str:
                    raise ParseError.expected("string", message, "message")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            problem_field_error = new(cls)
            problem_field_error.field = field
            problem_field_error.code = code
            problem_field_error.message = message
            problem_field_error.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 3 else {}
            )
            append(problem_field_error)
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
