from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lists import ModelList
from ..models.problem_field_error import ProblemFieldError
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

_FIELDS = frozenset(
    (
        "type",
        "title",
        "status",
        "detail",
        "instance",
        "errors",
    )
)


@_attrs_define(repr=False, eq=False)
class Problem(Model):
    """RFC 9457 problem details, the body of every error. Branch on `type` (or its last
    segment), never on `detail`. Extra members may follow in later versions.

        Attributes:
            type_ (str): The kind of problem: a stable URI `https://docs.rplatform.dev/problems/<kind>`.
                Clients must accept any other URI as well (new kinds may be added). The kinds:

                | kind | status | title | meaning |
                |---|---|---|---|
                | `validation-failed` | 400, 422 | Validation failed | A parameter or body field breaks a rule of the schema or
                of the operation, checked by either: 422 when a value of the right type breaks a rule (length, bound, pattern,
                format, enum, `unchanged`), 400 for the shape (a missing or mistyped member, members sent together); `errors`
                names each field and rule. |
                | `malformed-body` | 400 | Malformed body | The body is not acceptable JSON: syntax, encoding, nesting or number
                size. |
                | `unsupported-media-type` | 415 | Unsupported media type | The body is not sent as application/json. |
                | `body-too-large` | 413 | Body too large | The body is larger than the server accepts. |
                | `unauthenticated` | 401 | Unauthenticated | The API key (bearer token) is missing, unknown, revoked or
                expired. |
                | `wrong-password` | 403 | Wrong password | The password given to confirm the operation is not the account's. |
                | `not-a-member` | 403 | Not a member | The caller is not a member of the organization named by
                `organization_id`. |
                | `forbidden` | 403 | Forbidden | The caller may not act for this owner (a `user_id` that is not the caller). |
                | `not-found` | 404 | Not found | The resource or route does not exist, or is not the caller's. |
                | `method-not-allowed` | 405 | Method not allowed | The path does not accept this method; `Allow` lists the ones
                it does. |
                | `deletion-pending` | 409 | Deletion already pending | An account deletion is already scheduled; cancel it
                first. |
                | `nothing-to-cancel` | 409 | Nothing to cancel | No account deletion is pending. |
                | `current-session` | 409 | Current session | The session to revoke is the one making the call, which would lock
                the caller out; revokeAllSessions revokes every other one. |
                | `email-in-use` | 409 | Email address in use | The new email address belongs to another account. |
                | `gone` | 410 | Gone | The email verification token was already used or has expired; request a new one. |
                | `idempotency-key-reused` | 422 | Idempotency-Key reused | The Idempotency-Key was used in the last 24 hours
                with another request (another body or endpoint); send a new key for a new request. |
                | `rate-limited` | 429 | Rate limited | Too many requests; retry after `Retry-After` seconds. |
                | `internal` | 500 | Internal error | The server failed; retrying with the same Idempotency-Key is safe. |
                | `not-implemented` | 501 | Not implemented | The sandbox has no handler for this operation yet (one just added
                to the spec). |
                | `unavailable` | 503 | Unavailable | Temporarily unavailable; retry after `Retry-After` seconds. |
                 Example: https://docs.rplatform.dev/problems/validation-failed.
            title (str): The kind's summary; the same for every occurrence.
            status (int): The HTTP status code.
            detail (str): What went wrong in this occurrence, in plain words.
            instance (str): This occurrence, `urn:rplatform:request:` and the request's `X-Request-Id`. Example:
                urn:rplatform:request:req_4283fefc63f0cd0e873a.
            errors (ModelList[ProblemFieldError]): On `validation-failed`, every field that broke a rule; empty for other
                kinds.
    """

    __module__ = "rplatform.models"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field(
            "type_",
            "type",
            required=True,
            description="The kind of problem: a stable URI `https://docs.rplatform.dev/problems/<kind>`. Clients must accept any other URI as well (new kinds may be added). The kinds: | kind | status | title | meaning | |---|---|---|---| | `validation-failed` | 400, 422 | Validation failed | A parameter or body field breaks a rule of the schema or of the operation, checked by either: 422 when a value of the right type breaks a rule (length, bound, pattern, format, enum, `unchanged`), 400 for the shape (a missing or mistyped member, members sent together); `errors` names each field and rule. | | `malformed-body` | 400 | Malformed body | The body is not acceptable JSON: syntax, encoding, nesting or number size. | | `unsupported-media-type` | 415 | Unsupported media type | The body is not sent as application/json. | | `body-too-large` | 413 | Body too large | The body is larger than the server accepts. | | `unauthenticated` | 401 | Unauthenticated | The API key (bearer token) is missing, unknown, revoked or expired. | | `wrong-password` | 403 | Wrong password | The password given to confirm the operation is not the account's. | | `not-a-member` | 403 | Not a member | The caller is not a member of the organization named by `organization_id`. | | `forbidden` | 403 | Forbidden | The caller may not act for this owner (a `user_id` that is not the caller). | | `not-found` | 404 | Not found | The resource or route does not exist, or is not the caller's. | | `method-not-allowed` | 405 | Method not allowed | The path does not accept this method; `Allow` lists the ones it does. | | `deletion-pending` | 409 | Deletion already pending | An account deletion is already scheduled; cancel it first. | | `nothing-to-cancel` | 409 | Nothing to cancel | No account deletion is pending. | | `current-session` | 409 | Current session | The session to revoke is the one making the call, which would lock the caller out; revokeAllSessions revokes every other one. | | `email-in-use` | 409 | Email address in use | The new email address belongs to another account. | | `gone` | 410 | Gone | The email verification token was already used or has expired; request a new one. | | `idempotency-key-reused` | 422 | Idempotency-Key reused | The Idempotency-Key was used in the last 24 hours with another request (another body or endpoint); send a new key for a new request. | | `rate-limited` | 429 | Rate limited | Too many requests; retry after `Retry-After` seconds. | | `internal` | 500 | Internal error | The server failed; retrying with the same Idempotency-Key is safe. | | `not-implemented` | 501 | Not implemented | The sandbox has no handler for this operation yet (one just added to the spec). | | `unavailable` | 503 | Unavailable | Temporarily unavailable; retry after `Retry-After` seconds. |",
            type="string",
            format="uri",
        ),
        Field(
            "title",
            "title",
            required=True,
            description="The kind's summary; the same for every occurrence.",
            type="string",
        ),
        Field(
            "status", "status", required=True, description="The HTTP status code.", type="integer"
        ),
        Field(
            "detail",
            "detail",
            required=True,
            description="What went wrong in this occurrence, in plain words.",
            type="string",
        ),
        Field(
            "instance",
            "instance",
            required=True,
            description="This occurrence, `urn:rplatform:request:` and the request's `X-Request-Id`.",
            type="string",
        ),
        Field(
            "errors",
            "errors",
            required=True,
            description="On `validation-failed`, every field that broke a rule; empty for other kinds.",
            type="array",
            model=ProblemFieldError,
        ),
    )

    type_: str
    title: str
    status: int
    detail: str
    instance: str
    errors: ModelList[ProblemFieldError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
                "detail": detail,
                "instance": instance,
                "errors": errors,
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

            instance = src_dict["instance"]
            if instance.__class__ is not str:
                raise ParseError.expected("string", instance, "instance")

            errors = src_dict["errors"]
            errors = parse_list(errors, ProblemFieldError.from_dicts, "errors")
        except (KeyError, TypeError, AttributeError) as error:
            raise malformed(src_dict, error) from None
        problem = object.__new__(cls)
        problem.type_ = type_
        problem.title = title
        problem.status = status
        problem.detail = detail
        problem.instance = instance
        problem.errors = errors
        problem.additional_properties = extra_fields(src_dict, _FIELDS) if len(src_dict) > 6 else {}
        return problem

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

                instance = src_dict["instance"]
                if instance.__class__ is not str:
                    raise ParseError.expected("string", instance, "instance")

                errors = src_dict["errors"]
                errors = parse_list(errors, ProblemFieldError.from_dicts, "errors")
            except (KeyError, TypeError, AttributeError) as error:
                raise malformed(src_dict, error, len(parsed)) from None
            except ParseError as error:
                raise error.within(len(parsed)) from None
            problem = new(cls)
            problem.type_ = type_
            problem.title = title
            problem.status = status
            problem.detail = detail
            problem.instance = instance
            problem.errors = errors
            problem.additional_properties = (
                extra_fields(src_dict, _FIELDS) if len(src_dict) > 6 else {}
            )
            append(problem)
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
