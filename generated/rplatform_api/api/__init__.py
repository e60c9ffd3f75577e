"""The API's operations, one module per operation under its tag, and the types they share.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit. Each operation module (`api/billing/get_status.py`) has three public names:

- `request(...)`: one call's HTTP request, as a frozen `RequestDescription`;
- `SUCCESS`: what a success answer parses into: `ObjectBody(Model, statuses)`,
  `ArrayBody(Model, statuses)` or `NoBody(statuses)`;
- `OPERATION`: what openapi.yaml says of the operation, as data (`Operation`): its summary and
  description, each parameter's and body field's `Field` (description, constraints, secret),
  its success and error statuses (with the kinds of problem each error may carry), whether it
  is paginated or deprecated.

`OPERATIONS` names the module of each operation by its method and path template, so that an
HTTP request sent (or recorded) tells which operation it is without importing them all.

Nothing here does I/O or parses a response: the client that sends the request owns that.
Header parameters (`Idempotency-Key`) are not arguments of `request(...)`: the client sets
its headers itself; `OPERATION.parameters` lists them.
"""

from collections.abc import Iterable, Mapping, Sequence
from typing import Final, Generic, NamedTuple, Protocol, Self, TypeVar

from ..lists import ModelList
from ..types import Field

QueryValue = str | int | float | bool | Sequence[str | int | float | bool]


class RequestDescription(NamedTuple):
    """One HTTP request of the API, relative to the API's base URL.

    `method` is upper case; `path` has its parameters filled in and percent-encoded; `query`
    holds only the parameters given; `json` is the JSON body, if the operation has one;
    `headers` are the operation's own (header parameters, Content-Type), not authentication.
    """

    method: str
    path: str
    query: Mapping[str, QueryValue]
    json: Mapping[str, object] | None
    headers: Mapping[str, str]


class FromDict(Protocol):
    """A generated model: built from a decoded JSON object."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, object], /) -> Self: ...

    @classmethod
    def from_dicts(cls, items: Iterable[Mapping[str, object]], /) -> ModelList[Self]: ...


M = TypeVar("M", bound=FromDict)


class ObjectBody(NamedTuple, Generic[M]):
    """A success answered with one JSON object, parsed into `model`."""

    model: type[M]
    statuses: tuple[int, ...]


class ArrayBody(NamedTuple, Generic[M]):
    """A success answered with a JSON array of objects, each parsed into `model`."""

    model: type[M]
    statuses: tuple[int, ...]


class NoBody(NamedTuple):
    """A success answered without a body (204 No Content)."""

    statuses: tuple[int, ...]


class Status(NamedTuple):
    """One documented response status: its description and, for an error, the kinds of
    problem it may carry (`validation-failed`: the last segment of the problem's `type`)."""

    code: int
    description: str
    problem_types: tuple[str, ...] = ()


class Operation(NamedTuple):
    """What openapi.yaml says of one operation (`api.billing.get_usage.OPERATION`).

    `parameters` are its path, query and header parameters, `body` the fields of its JSON
    body (none without one), each a `Field` named as `request(...)` names it; `success` and
    `errors` its documented statuses in order; `paginated` when it takes a `cursor` and
    announces the next page in a `Link` header; `deprecated` when openapi.yaml says so, and
    `replaced_by` the operation to use instead (`x-replaced-by`, an operationId), as its module
    under `api` (`billing.get_history`), or "" when the spec names none.
    """

    operation_id: str
    tag: str
    method: str
    path: str
    summary: str
    description: str
    parameters: tuple[Field, ...]
    body: tuple[Field, ...]
    success: tuple[Status, ...]
    errors: tuple[Status, ...]
    paginated: bool = False
    deprecated: bool = False
    replaced_by: str = ""

    def field(self, name: str) -> Field:
        """The parameter or body field that `request(...)` calls `name` (KeyError if none)."""
        for field in (*self.parameters, *self.body):
            if field.name == name:
                return field
        raise KeyError(f"{self.operation_id} has no parameter or body field {name!r}")


# (method, path template as in openapi.yaml) -> the operation's module under `api`.
OPERATIONS: Final[Mapping[tuple[str, str], str]] = {
    ("GET", "/v1/billing/api-key-eligibility"): "billing.can_create_api_key",
    ("POST", "/v1/billing/checkout-sessions"): "billing.create_checkout_session",
    ("POST", "/v1/billing/portal-sessions"): "billing.create_portal_session",
    ("POST", "/v1/billing/customer"): "billing.ensure_customer",
    ("GET", "/v1/billing"): "billing.get",
    ("GET", "/v1/billing/periods"): "billing.get_periods",
    ("GET", "/v1/billing/projects/{project_id}/usage"): "billing.get_project_usage",
    ("GET", "/v1/billing/status"): "billing.get_status",
    ("GET", "/v1/billing/usage"): "billing.get_usage",
    ("GET", "/v1/billing/usage/projects"): "billing.get_usage_by_project",
    ("GET", "/v1/billing/usage/meters"): "billing.get_usage_from_meters",
    ("POST", "/v1/billing/ai-usage"): "billing.record_ai_usage",
    ("POST", "/v1/notifications/push-tokens"): "notifications.register_token",
    ("POST", "/v1/notifications/push-tokens/unregister"): "notifications.unregister_token",
    ("DELETE", "/v1/settings/deletion"): "settings.cancel_deletion",
    ("POST", "/v1/settings/password"): "settings.change_password",
    ("GET", "/v1/settings/deletion"): "settings.get_deletion_status",
    ("GET", "/v1/settings/login-history"): "settings.get_login_history",
    ("GET", "/v1/settings/preferences"): "settings.get_preferences",
    ("GET", "/v1/settings/sessions"): "settings.list_sessions",
    ("POST", "/v1/settings/deletion"): "settings.request_deletion",
    ("POST", "/v1/settings/email-change"): "settings.request_email_change",
    ("POST", "/v1/settings/sessions/revoke-all"): "settings.revoke_all_sessions",
    ("DELETE", "/v1/settings/sessions/{session_id}"): "settings.revoke_session",
    ("PATCH", "/v1/settings/preferences/appearance"): "settings.update_appearance",
    ("PATCH", "/v1/settings/preferences/notifications"): "settings.update_notifications",
    ("PATCH", "/v1/settings/preferences/privacy"): "settings.update_privacy",
    ("POST", "/v1/settings/email-change/verify"): "settings.verify_email_change",
}

__all__ = [
    "ArrayBody",
    "Field",
    "FromDict",
    "NoBody",
    "OPERATIONS",
    "ObjectBody",
    "Operation",
    "QueryValue",
    "RequestDescription",
    "Status",
]
