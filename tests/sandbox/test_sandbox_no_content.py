"""A 204 has no content, so it carries no Content-Type (RFC 9110), whichever route answers it.

Every operation of openapi.yaml that documents a 204 is called as documented (its examples;
`changePassword`'s placeholder current password replaced by the demo's real one, which is the
only way the example can succeed), and every path answers OPTIONS with a 204 too.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _support import load_spec, operations, resolve
from rplatform_sandbox.seed import DEMO_PASSWORD

SPEC = load_spec()


def _documented_request(path: str, op: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The operation's URL and keyword arguments for httpx, from the spec's examples."""
    url, params = path, {}
    for parameter in (resolve(SPEC, p) for p in op.get("parameters", [])):
        if parameter["in"] == "path":
            url = url.replace("{" + parameter["name"] + "}", str(parameter["example"]))
        elif parameter["in"] == "query" and "example" in parameter:
            params[parameter["name"]] = parameter["example"]
    arguments: dict[str, Any] = {"params": params}
    if "requestBody" in op:
        body = dict(resolve(SPEC, op["requestBody"])["content"]["application/json"]["example"])
        if "current_password" in body:
            body["current_password"] = DEMO_PASSWORD
        arguments["json"] = body
    return url, arguments


NO_CONTENT = [
    pytest.param(method, path, op, id=op["operationId"])
    for method, path, op in operations(SPEC)
    if "204" in op["responses"]
]


def test_the_spec_documents_204_answers() -> None:
    assert {p.id for p in NO_CONTENT} >= {"revokeSession", "changePassword", "unregisterToken"}


@pytest.mark.parametrize(("method", "path", "op"), NO_CONTENT)
def test_every_documented_204_has_no_content_type(
    api: httpx.Client, method: str, path: str, op: dict[str, Any]
) -> None:
    url, arguments = _documented_request(path, op)
    response = api.request(method.upper(), url, **arguments)
    assert response.status_code == 204, response.text
    assert "content-type" not in response.headers
    assert response.content == b""
    assert response.headers["x-request-id"].startswith("req_")


@pytest.mark.parametrize("path", sorted(SPEC["paths"]))
def test_options_answers_204_without_content_type(api: httpx.Client, path: str) -> None:
    response = api.options(path.replace("{", "").replace("}", ""))
    assert response.status_code == 204
    assert "content-type" not in response.headers
