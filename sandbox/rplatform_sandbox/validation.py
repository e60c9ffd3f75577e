"""Request validation on top of connexion's, applying the package's 400-versus-422 rule.

Connexion answers every schema violation with 400. Here, in JSON bodies, a violated `enum`,
`format` or `pattern` is a 422 instead (the value is of the right type but not acceptable);
malformed or non-UTF-8 bodies stay 400, and so does everything `jsonbody.parse` refuses (deep
nesting, huge numbers, lone surrogates); parameter errors name the parameter. Details name the
field and the rule: `platform: 'web' is not one of ['expo', 'fcm', 'apns']`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from connexion.datastructures import MediaTypeDict
from connexion.exceptions import BadRequestProblem
from connexion.validators import JSONRequestBodyValidator, ParameterValidator
from jsonschema.exceptions import best_match
from starlette.types import Scope

from . import jsonbody
from .problems import Problem

SEMANTIC_VALIDATORS = frozenset({"enum", "format", "pattern"})
MAX_DETAIL = 300


def shorten(detail: str) -> str:
    """jsonschema quotes the offending value whole: a 1 MB string would come back in the answer."""
    return detail if len(detail) <= MAX_DETAIL else detail[: MAX_DETAIL - 1] + "…"


class BodyValidator(JSONRequestBodyValidator):
    """JSON body validation: enum and format violations are 422, other violations 400."""

    async def _parse(self, stream: AsyncIterator[bytes], scope: Scope) -> Any:
        body = b"".join([chunk async for chunk in stream])
        if not body:
            return None
        try:
            return jsonbody.parse(body, self._encoding)
        except jsonbody.BodyError as exc:
            raise BadRequestProblem(detail=str(exc)) from None

    def _validate(self, body: Any) -> dict[str, Any] | None:
        if not self._nullable and body is None:
            raise BadRequestProblem("The request body must not be empty; send a JSON object.")
        error = best_match(self._validator.iter_errors(body))
        if error is None:
            return None
        field = ".".join(str(part) for part in error.absolute_path) or "body"
        detail = shorten(f"{field}: {error.message}")
        if error.validator in SEMANTIC_VALIDATORS:
            raise Problem(422, detail)
        raise BadRequestProblem(detail=detail)


class NamedParameterValidator(ParameterValidator):
    """Parameter validation whose messages name the parameter."""

    @staticmethod
    def validate_parameter(
        parameter_type: str, value: Any, param: dict[str, Any], param_name: str | None = None
    ) -> str | None:
        error = ParameterValidator.validate_parameter(parameter_type, value, param, param_name)
        if error is None:
            return None
        rule = error.split("\n\nFailed validating", 1)[0]
        return shorten(f"{param['name']} ({parameter_type} parameter): {rule}")


VALIDATOR_MAP = {
    "body": MediaTypeDict({"*/*json": BodyValidator}),
    "parameter": NamedParameterValidator,
}
