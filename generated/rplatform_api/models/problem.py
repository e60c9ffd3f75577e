from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """RFC 9457 problem details, the body of every error. Branch on `type` (or its last
    segment), never on `detail`. Extra members may follow in later versions.

        Attributes:
            type_ (str): The kind of problem: a stable URI `https://docs.rplatform.dev/problems/<kind>`.
                Clients must accept any other URI as well (new kinds may be added). The kinds:

                | kind | status | title | meaning |
                |---|---|---|---|
                | `validation-failed` | 400, 422 | Validation failed | A parameter or body field breaks the schema or a
                documented rule (400 for the shape, 422 for a value: enum, format, pattern, policy); `errors` names each field.
                |
                | `malformed-body` | 400 | Malformed body | The body is not acceptable JSON: syntax, encoding, nesting or number
                size. |
                | `unsupported-media-type` | 415 | Unsupported media type | The body is not sent as application/json. |
                | `body-too-large` | 413 | Body too large | The body is larger than the server accepts. |
                | `unauthenticated` | 401 | Unauthenticated | The bearer token is missing, unknown, revoked or expired. |
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
                | `email-in-use` | 409 | Email address in use | The new email address belongs to another account. |
                | `gone` | 410 | Gone | The email verification token was already used or has expired; request a new one. |
                | `idempotency-key-reused` | 422 | Idempotency-Key reused | The Idempotency-Key was used in the last 24 hours
                with another request (another body or endpoint); send a new key for a new request. |
                | `rate-limited` | 429 | Rate limited | Too many requests; retry after `Retry-After` seconds. |
                | `internal` | 500 | Internal error | The server failed; retrying with the same Idempotency-Key is safe. |
                | `unavailable` | 503 | Unavailable | Temporarily unavailable; retry after `Retry-After` seconds. |
                 Example: https://docs.rplatform.dev/problems/validation-failed.
            title (str): The kind's summary; the same for every occurrence.
            status (int): The HTTP status code.
            detail (str): What went wrong in this occurrence, in plain words.
            instance (str): This occurrence, `urn:rplatform:request:` and the request's `X-Request-Id`. Example:
                urn:rplatform:request:req_4283fefc63f0cd0e873a.
            errors (list[FieldError]): On `validation-failed`, every field that broke a rule; empty for other kinds.
    """

    type_: str
    title: str
    status: int
    detail: str
    instance: str
    errors: list[FieldError]
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail")

        instance = d.pop("instance")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = FieldError.from_dict(errors_item_data)

            errors.append(errors_item)

        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            instance=instance,
            errors=errors,
        )

        problem.additional_properties = d
        return problem

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
