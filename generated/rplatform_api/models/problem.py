from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Model,
    ParseError,
    extra_fields,
    malformed,
    new_list,
)

_FIELDS = frozenset(
    (
        "type",
        "title",
        "status",
        "detail",
    )
)


@_attrs_define(repr=False, eq=False)
class Problem(Model):
    """RFC 9457 problem details. Extra members (for example `errors`) may follow.

    Attributes:
        type_ (str): A URI reference that identifies the problem type.
        title (str): A short summary of the problem type.
        status (int): The HTTP status code.
        detail (str): What went wrong in this occurrence, in plain words.
    """

    type_: str
    title: str
    status: int
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The `Problem` that `src_dict` (a JSON object) describes, each value checked.

        Raises `ParseError`, naming the path of the value, for a value of the wrong type, a
        malformed date or a missing required field. Unknown fields are kept in
        `additional_properties`, unknown values of open enums as plain strings.
        """
        try:
            type_ = src_dict["type"]
            if type_.__class__ is not str:
                raise ParseError.expected("string", type_, "type")

            title = src_dict["title"]
            if title.__class__ is not str:
                raise ParseError.expected("string", title, "title")

            status = src_dict["status"]
            if status.__class__ is not int:
                raise ParseError.expected("integer", status, "status")

            detail = src_dict["detail"]
            if detail.__class__ is not str:
                raise ParseError.expected("string", detail, "detail")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        problem = object.__new__(cls)
        problem.type_ = type_
        problem.title = title
        problem.status = status
        problem.detail = detail
        problem.additional_properties = extra_fields(src_dict, _FIELDS) if len(src_dict) > 4 else {}
        return problem

    @classmethod
    def from_dicts(cls, items: Iterable[Mapping[str, Any]]) -> list[Self]:
        """`from_dict` of each of `items`, in one list; a `ParseError` path starts at the index.

        One loop instead of one call per item: what a list of thousands of rows costs most.
        """
        parsed: list[Self] = new_list(cls)
        append = parsed.append
        new = object.__new__
        for src_dict in items:
            try:
                type_ = src_dict["type"]
                if type_.__class__ is not str:
                    raise ParseError.expected("string", type_, "type")

                title = src_dict["title"]
                if title.__class__ is not str:
                    raise ParseError.expected("string", title, "title")

                status = src_dict["status"]
                if status.__class__ is not int:
                    raise ParseError.expected("integer", status, "status")

                detail = src_dict["detail"]
                if detail.__class__ is not str:
                    raise ParseError.expected("string", detail, "detail")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            problem = new(cls)
            problem.type_ = type_
            problem.title = title
            problem.status = status
            problem.detail = detail
            problem.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 4 else {}
            )
            append(problem)
        return parsed

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
