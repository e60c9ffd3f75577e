"""The facade uses the generated package only through its public names.

wrapper/ may import `rplatform_api` modules and their public names, and use public attributes
of them; a `_private` module, name or attribute of the generated layer (such as the stock
generator's `_get_kwargs`) is refused, so that the generated code can change behind its public
surface without the facade noticing too late.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

import pytest
from _support import ROOT

WRAPPER = ROOT / "wrapper"
GENERATED = "rplatform_api"


def private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def violations(source: str, where: str) -> Iterator[str]:
    """Every use of a private name of the generated package in one module's source."""
    tree = ast.parse(source)
    bound: set[str] = set()  # local names bound to generated modules or names
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == GENERATED:
                    if any(private(part) for part in alias.name.split(".")):
                        yield f"{where}:{node.lineno}: import {alias.name}"
                    bound.add((alias.asname or alias.name).split(".")[0])
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == GENERATED:
            module = node.module or ""
            if any(private(part) for part in module.split(".")):
                yield f"{where}:{node.lineno}: from {module} import ..."
            for alias in node.names:
                if private(alias.name):
                    yield f"{where}:{node.lineno}: from {module} import {alias.name}"
                bound.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and private(node.attr):
            root = node.value
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name) and root.id in bound:
                yield f"{where}:{node.lineno}: {ast.unparse(node)}"


def test_wrapper_uses_no_private_name_of_the_generated_package() -> None:
    files = sorted(WRAPPER.rglob("*.py"))
    assert files
    found = [
        problem
        for path in files
        for problem in violations(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert not found, "private names of rplatform_api used in wrapper/:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        "from rplatform_api.api.billing import get_status\nget_status._get_kwargs()",
        "from rplatform_api.api import billing as api\napi.get_status._get_kwargs()",
        "import rplatform_api.api.billing.get_status\nrplatform_api.api.billing.get_status._x()",
        "from rplatform_api.models._private import Thing",
        "from rplatform_api.api.billing.get_status import _get_kwargs",
        "import rplatform_api._internal",
    ],
)
def test_the_scan_finds_private_uses(source: str) -> None:
    assert list(violations(source, "example.py"))


def test_the_scan_allows_public_uses_and_private_names_of_the_facade() -> None:
    source = (
        "from rplatform_api.api import billing as api\n"
        "from rplatform_api.types import UNSET\n"
        "api.get_status.request().__class__\n"
        "self._client._request(call)\n"
    )
    assert list(violations(source, "example.py")) == []
