"""The reference pages (docs/reference.py, as the site build writes them) against the facade.

The methods, models and exceptions are enumerated here from the SDK itself (the resources'
`@endpoint` methods, `rplatform.models.__all__`, the exception classes `rplatform` exports),
never from a list, and each must have its entry, saying what help() says. Every method's
example, as the page shows it, runs against a sandbox.
"""

from __future__ import annotations

import contextlib
import importlib.util
import inspect
import io
import re
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
import rplatform
import rplatform_sandbox
from _support import READER_FILLS, ROOT, example_state, facade_methods, load_spec, operations
from rplatform import models

METHODS = sorted(facade_methods())
NOW = "2025-07-15T12:00:00Z"


def load_reference() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reference", ROOT / "docs" / "reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()
PAGES: dict[str, str] = REFERENCE.pages()


def bound(resource: str, name: str) -> Any:
    return getattr(getattr(rplatform.Client("sk_test_unused"), resource), name)


def method_section(resource: str, name: str) -> str:
    page = PAGES[f"reference/{resource}.md"]
    start = page.index(f"\n## {name} {{#{name}}}\n")
    end = page.find("\n## ", start + 1)
    return page[start : end if end != -1 else len(page)]


def example_of(section: str) -> str:
    match = re.search(r"\*\*Example\*\*\n\n```python\n(.*?)\n```", section, re.S)
    assert match, section
    return match[1]


def test_the_pages_are_the_resources_models_exceptions_and_client() -> None:
    resources = {resource for resource, _ in METHODS}
    # One resource per tag of openapi.yaml (its convention: one tag per operation).
    assert resources == {op["tags"][0] for _, _, op in operations(load_spec())}
    expected = {f"reference/{resource}.md" for resource in resources}
    expected |= {f"reference/models/{name}.md" for name in models.__all__}
    expected |= {"reference/models/index.md", "reference/exceptions.md", "reference/client.md"}
    assert set(PAGES) == expected


@pytest.mark.parametrize("key", METHODS, ids=lambda key: f"{key[0]}.{key[1]}")
def test_every_method_has_its_entry_saying_what_help_says(key: tuple[str, str]) -> None:
    resource, name = key
    method = bound(resource, name)
    section = method_section(resource, name)
    assert f"```python\nr.{resource}.{name}(" in section
    help_text = inspect.getdoc(method) or ""
    words = " ".join(section.split())
    summary = help_text.split("\n\n", 1)[0]
    assert " ".join(summary.split()) in words
    for parameter in inspect.signature(method).parameters.values():
        shown = f"**{parameter.name}" if parameter.kind is parameter.VAR_KEYWORD else parameter.name
        assert f"- `{shown}`" in section, f"{shown} has no entry"
    returned = inspect.signature(method).return_annotation
    assert re.search(rf"\*\*Returns\*\* .*`?{re.escape(str(returned).split('[')[0])}", section)
    raises = help_text.split("Raises:\n", 1)[1].split("\n\n", 1)[0]
    for line in raises.splitlines():
        names, _, text = line.strip().partition(": ")
        for exception in names.split(", "):
            assert f"`{exception}`" in section
        assert " ".join(text.split()) in words
    assert f"[`{name}`](#{name})" in PAGES[f"reference/{resource}.md"]  # in the page's index


@pytest.mark.parametrize("name", models.__all__)
def test_every_model_has_its_page_with_every_field(name: str) -> None:
    page = PAGES[f"reference/models/{name}.md"]
    assert page.startswith(f"# {name}\n")
    cls = getattr(models, name)
    if attrs.has(cls):
        public = [f.name for f in attrs.fields(cls) if not f.name.startswith("_")]
        public = [f for f in public if f != "additional_properties"]
        assert public, name
        for field_name in public:
            assert f"- `{field_name}` (" in page, f"{name}.{field_name}"
    else:
        for member in cls:
            assert f"- `{member.value}`" in page
    assert f"[`{name}`]({name}.md)" in PAGES["reference/models/index.md"]


def test_every_exported_exception_has_its_entry() -> None:
    exported = [
        name
        for name in rplatform.__all__
        if isinstance(value := getattr(rplatform, name), type) and issubclass(value, Exception)
    ]
    assert "NotFoundError" in exported and len(exported) >= 12
    page = PAGES["reference/exceptions.md"]
    for name in exported:
        assert f"## {name} {{#{name.lower()}}}" in page
    # parents before children: the tree a reader walks down
    assert page.index("## APIError ") < page.index("## APIStatusError ")
    assert page.index("## APIStatusError ") < page.index("## NotFoundError ")


def test_a_models_page_says_which_methods_return_it() -> None:
    page = PAGES["reference/models/UsageSummary.md"]
    assert "**Returned by** [`r.billing.get_usage`](../billing.md#get_usage)" in page
    billing = PAGES["reference/billing.md"]
    assert "**Returns** [`UsageSummary`](models/UsageSummary.md): " in billing


# -- the examples, run ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sandbox_url() -> Iterator[str]:
    with rplatform_sandbox.serve(now=NOW, seed=3) as url:
        yield url


@pytest.mark.parametrize("key", METHODS, ids=lambda key: f"{key[0]}.{key[1]}")
def test_every_methods_example_runs_against_the_sandbox(
    key: tuple[str, str], sandbox_url: str
) -> None:
    resource, name = key
    code = example_of(method_section(resource, name))
    httpx.post(f"{sandbox_url}/sandbox/reset").raise_for_status()
    with rplatform.Client("sk_test_sandbox", base_url=sandbox_url) as r:
        for placeholder, value in example_state(name, r, sandbox_url).items():
            code = code.replace(f'"{placeholder}"', repr(value))
        names = {"r": r, "rplatform": rplatform}
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(code, f"<example of r.{resource}.{name}>", "exec"), names)


def test_every_reader_fill_is_still_needed() -> None:
    examples = "\n".join(example_of(method_section(*key)) for key in METHODS)
    for placeholder in READER_FILLS:
        assert placeholder in examples, f"{placeholder} is in no example any more"
