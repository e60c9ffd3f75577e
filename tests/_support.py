"""What the test folders share: openapi.yaml parsed once per run and walked (operations,
schemas, $ref resolution), operationId to facade method, each operation's documented call
built from the spec's examples, and JSON compared with instants as instants.

`tests/conftest.py` puts this folder on sys.path, so every test module imports it as `_support`.
Never change the dict `load_spec()` returns: it is shared by every caller (copy it first).
"""

from __future__ import annotations

import ast
import datetime
import functools
import importlib
import keyword
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import yaml

if TYPE_CHECKING:
    from rplatform_api.api import Operation
    from rplatform_api.types import Field

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ISO_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


@functools.cache
def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as f:
        spec: dict[str, Any] = yaml.safe_load(f)
    return spec


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (method, path, operation) for every operation of the spec."""
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local `$ref` (once) and return the node it points to."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def inline_refs(spec: dict[str, Any], node: Any) -> Any:
    """Return `node` with every local `$ref` replaced by its target (the spec has no cycles)."""
    node = resolve(spec, node)
    if isinstance(node, dict):
        return {key: inline_refs(spec, value) for key, value in node.items()}
    if isinstance(node, list):
        return [inline_refs(spec, value) for value in node]
    return node


def response_schema_names(spec: dict[str, Any]) -> set[str]:
    """Names of every component schema reachable from a response body."""
    names: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in names:
                    names.add(name)
                    visit(spec["components"]["schemas"][name])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for _, _, operation in operations(spec):
        for response in operation["responses"].values():
            visit(resolve(spec, response))
    return names


def snake(operation_id: str) -> str:
    """The facade's method name of an operationId: getUsageByProject -> get_usage_by_project."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", operation_id).lower()


def normal_json(value: Any) -> Any:
    """JSON with instants as datetimes: `...Z` and `...+00:00` are the same time."""
    if isinstance(value, dict):
        return {key: normal_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normal_json(item) for item in value]
    if isinstance(value, str) and ISO_INSTANT.match(value):
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def generate(root: Path, output: Path) -> None:
    """Run `nox -s generate`'s command (read from noxfile.py) in `root`, writing to `output`.

    The generator and ruff (its post-hooks) are the ones of this virtualenv, as in nox.
    """
    tree = ast.parse((root / "noxfile.py").read_text(encoding="utf-8"))
    args: list[str] = next(
        list(ast.literal_eval(node.value))
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "GENERATE_ARGS" for t in node.targets)
    )
    args[args.index("--output-path") + 1] = str(output)
    bin_dir = Path(sys.executable).parent
    generator = shutil.which(args[0], path=str(bin_dir))
    if generator is None:
        raise RuntimeError("openapi-python-client is not installed: pip install -e '.[dev]'")
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(
        [generator, *args[1:]], cwd=root, env=env, check=True, capture_output=True, text=True
    )


def operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """The operation of openapi.yaml with this operationId."""
    return next(op for _, _, op in operations(spec) if op["operationId"] == operation_id)


def documented_call(spec: dict[str, Any], op: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """(resource, method, keyword arguments) of an operation's documented call.

    The facade method is the snake_case operationId on the resource of the operation's tag; its
    arguments are the `example` of each path and query parameter that has one, and the members
    of the request body's `example`, named as the facade names them (`from` is `from_`).
    """
    arguments: dict[str, Any] = {}
    for parameter in (resolve(spec, p) for p in op.get("parameters", [])):
        if parameter["in"] in ("path", "query") and "example" in parameter:
            name = parameter["name"]
            arguments[f"{name}_" if keyword.iskeyword(name) else name] = parameter["example"]
    if "requestBody" in op:
        arguments.update(resolve(spec, op["requestBody"])["content"]["application/json"]["example"])
    return op["tags"][0], snake(op["operationId"]), arguments


def documented_answer(spec: dict[str, Any], op: dict[str, Any]) -> tuple[int, Any]:
    """(status, body) of an operation's first documented success: its response's `example`
    (None for one without content)."""
    status, response = next(
        (int(code), resolve(spec, answer))
        for code, answer in op["responses"].items()
        if str(code).startswith("2")
    )
    content = response.get("content", {}).get("application/json")
    return status, None if content is None else content["example"]


class SecretField(NamedTuple):
    """A field openapi.yaml marks secret, of an operation the client calls as
    `client.<resource>.<method>(**arguments)` (its documented call)."""

    resource: str
    method: str
    arguments: dict[str, Any]
    field: Field
    operation: Operation


def secret_fields() -> list[SecretField]:
    """Every secret parameter and body field of every operation, read from the generated
    metadata (`OPERATION`), never listed by hand."""
    from rplatform_api.api import OPERATIONS

    spec = load_spec()
    found = []
    for module in OPERATIONS.values():
        described = importlib.import_module(f"rplatform_api.api.{module}").OPERATION
        documented = documented_call(spec, operation(spec, described.operation_id))
        for field in (*described.parameters, *described.body):
            if field.secret:
                found.append(SecretField(*documented, field, described))
    return found


def facade_methods() -> dict[tuple[str, str], Any]:
    """(resource, method) -> its `Endpoint`, for every method of every resource of the client.

    Read from the facade itself: the resources are the client's attributes that are resources,
    the methods each resource class's `@endpoint` methods.
    """
    import rplatform
    from rplatform.resources._base import Resource
    from rplatform.resources._endpoint import Endpoint

    with rplatform.Client("sk_test_unused") as client:
        resources = {
            name: type(value)
            for name in dir(client)
            if not name.startswith("_") and isinstance(value := getattr(client, name), Resource)
        }
    return {
        (resource, name): method
        for resource, cls in resources.items()
        for name, method in vars(cls).items()
        if isinstance(method, Endpoint)
    }


# The documentation's example of recordAiUsage: the arguments of client.billing.record_ai_usage
# and, as it is, the JSON body the sandbox is sent (openapi.yaml's example of its request body).
AI_USAGE: dict[str, Any] = documented_call(load_spec(), operation(load_spec(), "recordAiUsage"))[2]


# What a documented example leaves to its reader, as the sandbox's demo user has it: its own
# password, and the token of the verification email (in the sandbox's outbox).
READER_FILLS = ("oldPassword123", "verification_token_from_email")


def example_state(name: str, client: Any, base_url: str) -> dict[str, str]:
    """Put a sandbox (reset to its seed data) in the state the example of method `name`
    assumes (a deletion to cancel, an email change to verify); the value of each placeholder of
    `READER_FILLS` there."""
    import httpx

    fills = {"oldPassword123": "currentPassword123"}
    if name == "cancel_deletion":
        client.settings.request_deletion(
            password="currentPassword123", confirm_text="DELETE MY ACCOUNT"
        )
    if name == "verify_email_change":
        address = "new@example.com"
        client.settings.request_email_change(new_email=address, password="currentPassword123")
        outbox = httpx.get(f"{base_url}/sandbox/outbox", params={"to": address})
        fills["verification_token_from_email"] = outbox.json()["emails"][0]["token"]
    return fills


DOCUMENTED_URL = "http://127.0.0.1:8787"  # the sandbox's URL, as the documentation writes it


def run_shell(snippets: list[str], base_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Documented shell snippets (`sh` code blocks), in order, as one bash script with `set -euo
    pipefail`, against the sandbox at `base_url` (the documented URL replaced by it): the demo
    key in the environment, and this interpreter's scripts (`rplatform`) first on the PATH."""
    script = cwd / "snippets.sh"
    code = "\n".join(snippets).replace(DOCUMENTED_URL, base_url)
    script.write_text(f"set -euo pipefail\n{code}", encoding="utf-8")
    env = {**os.environ, "RPLATFORM_API_KEY": "sk_test_sandbox", "RPLATFORM_BASE_URL": base_url}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("RPLATFORM_LOG", None)
    return subprocess.run(["bash", str(script)], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300, check=False)  # fmt: skip
