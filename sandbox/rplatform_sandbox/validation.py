"""Request validation on top of connexion's: every broken rule as a `validation-failed` problem.

Each violation becomes a `FieldError`: `field` is the JSON path of the body field
(`events[0].quantity`; for `required` the missing member itself; for `not: {required: [a, b]}`
the second of the two) or the parameter's name, `code` the JSON Schema keyword that failed
(`required`, `type`, `maxLength`, `pattern`, `format`, `minimum`, `enum`, `not`, ...), and
`message` what is wrong. All violations are listed; `detail` names the most relevant one.

The package's 400-versus-422 rule: in JSON bodies, when every violation is of an `enum`,
`format` or `pattern` (the value has the right type but is not acceptable) the status is 422,
otherwise 400; parameters are always 400. Bodies that are not acceptable JSON at all
(`jsonbody.parse`: syntax, encoding, nesting, numbers) are a 400 `malformed-body`.
Values of `format: password` fields are never quoted back.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any

from connexion.datastructures import MediaTypeDict
from connexion.utils import is_null, is_nullable
from connexion.validators import JSONRequestBodyValidator, ParameterValidator
from jsonschema import Draft4Validator
from jsonschema.exceptions import ValidationError, best_match

from . import jsonbody
from .problems import FieldError, Problem

SEMANTIC_VALIDATORS = frozenset({"enum", "format", "pattern"})
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


def _message(error: ValidationError) -> str:
    if isinstance(error.schema, dict) and error.schema.get("format") == "password":
        # The password itself is never echoed; its pattern is said in words.
        limit, schema = error.validator_value, error.schema
        policy = (
            f"must be {schema.get('minLength')} to {schema.get('maxLength')} characters long,"
            " with at least one letter and one digit."
        )
        return {
            "minLength": f"is shorter than {limit} characters",
            "maxLength": f"is longer than {limit} characters",
            "pattern": policy,
        }.get(str(error.validator), f"fails {error.validator}")
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


def failure(errors: list[FieldError], status: int, detail: str | None = None) -> Problem:
    first = errors[0]
    detail = shorten(detail or f"{first.field}: {first.message}")
    return Problem("validation-failed", detail, status=status, errors=errors)


class BodyValidator(JSONRequestBodyValidator):
    """JSON body validation: every violation listed; enum, format and pattern alone are 422."""

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
        semantic = all(e.validator in SEMANTIC_VALIDATORS for e in raw)
        raise failure(field_errors(raw), 422 if semantic else 400)


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
            raise failure(errors, 400, detail)


def _parameter_errors(name: str, value: Any, param: dict[str, Any]) -> list[FieldError]:
    if value is None or (is_nullable(param) and is_null(value)):
        if value is None and param.get("required"):
            return [FieldError(name, "required", "is required.")]
        return []
    schema = param.get("schema", param)
    validator = Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
    return [
        FieldError(name, str(e.validator), shorten(str(e.message)))
        for e in validator.iter_errors(value)
    ]


VALIDATOR_MAP = {
    "body": MediaTypeDict({"*/*json": BodyValidator}),
    "parameter": NamedParameterValidator,
}
