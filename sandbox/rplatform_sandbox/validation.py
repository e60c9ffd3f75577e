"""Request validation on top of connexion's: every broken rule as a `validation-failed` problem.

Each violation becomes a `FieldError`: `field` is the JSON path of the body field
(`events[0].quantity`; for `required` the missing member itself; for `not: {required: [a, b]}`
the second of the two) or the parameter's name, `code` the JSON Schema keyword that failed
(`required`, `type`, `maxLength`, `pattern`, `format`, `minimum`, `enum`, `not`, ...), and
`message` what is wrong. All violations are listed; `detail` names the most relevant one.

One rule, one status, wherever it is checked (`status_of`): a value of the right type that
breaks a rule (`VALUE_RULES`: a length, a bound, a pattern, a format, an enum, or a handler's
`unchanged`) is 422; the shape of the request (a missing member or parameter, a wrong type,
members that exclude each other) is 400, and so is a mix of both. The same for body fields,
parameters and the rules a handler checks (`problems.invalid` asks `status_of` too). Bodies that
are not acceptable JSON at all (`jsonbody.parse`: syntax, encoding, nesting, numbers) are a 400
`malformed-body`. Formats are `formats.py`'s, on requests and responses alike.

Secret values (a field marked `x-secret: true` or `format: password`) are never quoted back:
their messages state the rule alone.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any

from connexion.datastructures import MediaTypeDict
from connexion.json_schema import Draft4RequestValidator, Draft4ResponseValidator
from connexion.utils import is_null, is_nullable
from connexion.validators import (
    JSONRequestBodyValidator,
    JSONResponseBodyValidator,
    ParameterValidator,
)
from jsonschema import Draft4Validator
from jsonschema.exceptions import ValidationError, best_match

from . import jsonbody
from .formats import FORMAT_CHECKER, WORDS
from .problem_types import status_of
from .problems import FieldError, Problem

MAX_DETAIL = 300
MAX_ERRORS = 20


def shorten(detail: str) -> str:
    """jsonschema quotes the offending value whole: a 1 MB string would come back in the answer."""
    return detail if len(detail) <= MAX_DETAIL else detail[: MAX_DETAIL - 1] + "…"


def json_path(parts: Iterable[Any]) -> str:
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _field(error: ValidationError, base: Sequence[Any]) -> str:
    parts = [*base, *error.absolute_path]
    if error.validator == "required" and isinstance(error.instance, dict):
        # One error per missing member; its message is "'name' is a required property".
        missing = [n for n in error.validator_value if n not in error.instance]
        named = [n for n in missing if error.message == f"{n!r} is a required property"]
        parts.append((named or missing or ["body"])[0])
    elif error.validator == "not" and isinstance(error.validator_value, dict):
        exclusive = error.validator_value.get("required") or []
        if exclusive:
            parts.append(exclusive[-1])
    return json_path(parts) or "body"


def is_secret(schema: Any) -> bool:
    return isinstance(schema, dict) and (
        schema.get("x-secret") is True or schema.get("format") == "password"
    )


def _secret_message(error: ValidationError) -> str:
    """The rule a secret value broke, in words, without the value."""
    limit, schema = error.validator_value, error.schema
    if error.validator == "pattern" and schema.get("format") == "password":
        return (
            f"must be {schema.get('minLength')} to {schema.get('maxLength')} characters long,"
            " with at least one letter and one digit."
        )
    if error.validator in ("pattern", "format") and schema.get("format") in WORDS:
        return f"is not {WORDS[schema['format']]}."
    return {
        "minLength": f"is shorter than {limit} characters",
        "maxLength": f"is longer than {limit} characters",
        "type": f"must be of type {limit}",
    }.get(str(error.validator), f"breaks the rule {error.validator}")


def _message(error: ValidationError) -> str:
    if is_secret(error.schema):
        return _secret_message(error)
    if error.validator == "format" and error.validator_value in WORDS:
        return f"{error.instance!r} is not {WORDS[error.validator_value]}."
    if error.validator == "not" and isinstance(error.validator_value, dict):
        names = error.validator_value.get("required") or []
        return f"{' and '.join(names)} must not be sent together"
    return str(error.message)


def field_errors(errors: Iterable[ValidationError], base: Sequence[Any] = ()) -> list[FieldError]:
    found = []
    for error in errors:
        # anyOf/oneOf: the most relevant branch says best what is wrong.
        error = best_match([error]) or error
        found.append(
            FieldError(_field(error, base), str(error.validator), shorten(_message(error)))
        )
    return found[:MAX_ERRORS]


def failure(errors: list[FieldError], detail: str | None = None) -> Problem:
    first = errors[0]
    detail = shorten(detail or f"{first.field}: {first.message}")
    status = status_of(error.code for error in errors)
    return Problem("validation-failed", detail, status=status, errors=errors)


class BodyValidator(JSONRequestBodyValidator):
    """JSON body validation: every violation listed, formats as `formats.py` checks them."""

    @property
    def _validator(self) -> Any:
        return Draft4RequestValidator(self._schema, format_checker=FORMAT_CHECKER)

    async def _parse(self, stream: AsyncIterator[bytes], scope: Any) -> Any:
        body = b"".join([chunk async for chunk in stream])
        if not body:
            return None
        try:
            return jsonbody.parse(body, self._encoding)
        except jsonbody.BodyError as exc:
            raise Problem("malformed-body", str(exc)) from None

    def _validate(self, body: Any) -> dict[str, Any] | None:
        if not self._nullable and body is None:
            message = "The request body must not be empty; send a JSON object."
            raise Problem(
                "validation-failed",
                message,
                status=400,
                errors=[FieldError("body", "required", message)],
            )
        raw = list(self._validator.iter_errors(body))
        if not raw:
            return None
        best = best_match(raw)
        raw.sort(key=lambda e: e is not best)  # the most relevant first: it makes the detail
        raise failure(field_errors(raw))


class ResponseValidator(JSONResponseBodyValidator):
    """Response bodies checked with the same formats as requests."""

    @property
    def validator(self) -> Any:
        return Draft4ResponseValidator(self._schema, format_checker=FORMAT_CHECKER)


class NamedParameterValidator(ParameterValidator):
    """Parameter validation that lists every broken parameter, named."""

    def validate_request(self, request: Any) -> None:
        errors: list[FieldError] = []
        detail = None
        sources = {
            "query": request.query_params,
            "path": request.path_params,
            "header": request.headers,
        }
        for where, values in sources.items():
            for param in self.parameters.get(where, []):
                name = param["name"]
                key = name.replace("-", "_") if where == "path" else name
                found = _parameter_errors(name, values.get(key), param)
                if found and detail is None:
                    detail = f"{name} ({where} parameter): {found[0].message}"
                errors += found
        if errors:
            raise failure(errors, detail)


def _parameter_errors(name: str, value: Any, param: dict[str, Any]) -> list[FieldError]:
    if value is None or (is_nullable(param) and is_null(value)):
        if value is None and param.get("required"):
            return [FieldError(name, "required", "is required.")]
        return []
    schema = param.get("schema", param)
    validator = Draft4Validator(schema, format_checker=FORMAT_CHECKER)
    return [
        FieldError(name, str(e.validator), shorten(_message(e)))
        for e in validator.iter_errors(value)
    ]


VALIDATOR_MAP = {
    "body": MediaTypeDict({"*/*json": BodyValidator}),
    "parameter": NamedParameterValidator,
    "response": MediaTypeDict({"*/*json": ResponseValidator}),
}
