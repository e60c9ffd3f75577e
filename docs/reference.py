"""The reference pages of the site, written at build time from the running facade and openapi.yaml.

Nothing here names a method, a model or an exception: the resources are the client's attributes
that are resources, their methods are the public callables on them, and what a method page says
is `inspect.getdoc` of the bound method, the text help() shows (composed by the facade from
openapi.yaml: summary, description, Args, Returns, Raises, Example). The models are
`rplatform.models.__all__`, each with its schema's description in openapi.yaml and the fields
its generated docstring lists; the exceptions are the exception classes `rplatform` exports.
So a method, model or error added to the spec is on the site after `nox -s generate`.

`pages()` maps each page's path (under docs/) to its Markdown; `hooks.py` hands them to mkdocs,
and tests/docs reads them too.
"""

from __future__ import annotations

import enum
import inspect
import re
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import rplatform
import yaml
from rplatform import models
from rplatform.resources._base import Resource
from rplatform.resources._catalog import methods, resources

SPEC = Path(__file__).resolve().parents[1] / "openapi.yaml"
# A section of a Google-style docstring, as the facade composes help(): `Name:` alone on a line.
SECTION = re.compile(r"^\s*(Args|Arguments|Attributes|Returns|Raises|Example|Examples):$")
# `name (type): text` in Args and Attributes; `**options: text` for the per-call options.
ENTRY = re.compile(r"^(?P<name>\*{0,2}\w+)(?: \((?P<type>.+?)\))?: ?(?P<text>.*)$")
PROMPT = re.compile(r"^(>>>|\.\.\.)( |$)")
CLIENT_NAME = "r"  # as in the documentation: r = rplatform.Client(...)


@dataclass
class Entry:
    name: str
    type: str = ""
    text: str = ""


@dataclass
class Doc:
    """A docstring cut into its prose and its sections."""

    prose: str
    sections: dict[str, list[Entry]] = field(default_factory=dict)
    example: list[str] = field(default_factory=list)


def parse(doc: str) -> Doc:
    prose: list[str] = []
    sections: dict[str, list[str]] = {}
    current: list[str] = prose
    for line in doc.splitlines():
        if match := SECTION.match(line):
            current = sections.setdefault(match[1], [])
        else:
            current.append(line)
    parsed = Doc("\n".join(prose).strip())
    for name, lines in sections.items():
        body = textwrap.dedent("\n".join(lines)).strip("\n").splitlines()
        if name.startswith("Example"):
            parsed.example = body
        else:
            parsed.sections[name] = list(_entries(body, typed=name in ("Args", "Attributes")))
    return parsed


def _entries(lines: list[str], *, typed: bool) -> Iterator[Entry]:
    """Entries start at the left margin; deeper lines continue the entry above them."""
    entry: Entry | None = None
    for line in lines:
        if line and not line[0].isspace():
            if entry is not None:
                yield entry
            if typed and (match := ENTRY.match(line)):
                entry = Entry(match["name"], match["type"] or "", match["text"])
            else:
                head, _, text = line.partition(": ")
                entry = Entry(head.rstrip(":"), "", text)
        elif entry is not None and line.strip():
            entry.text = _continue(entry.text, line.strip())
    if entry is not None:
        yield entry


def _continue(text: str, line: str) -> str:
    """A description's next line: a table's rows stay rows (a row the docstring wrapped is joined
    again), text after a table starts a line of its own, and other lines join the sentence."""
    last = text.rsplit("\n", 1)[-1]
    in_table, row_done = last.startswith("|"), last.endswith("|")
    new_row = line.startswith("|") and (not in_table or row_done)
    joint = "\n" if new_row or (in_table and row_done) else " "
    return f"{text}{joint}{line}".strip()


# -- Markdown pieces -------------------------------------------------------------------------


def code(lines: list[str] | str, language: str = "python") -> str:
    text = lines if isinstance(lines, str) else "\n".join(lines)
    return f"```{language}\n{text.rstrip()}\n```"


def item(head: str, text: str) -> str:
    """A list item `- head: text`; rows of a table in the text stay a table, inside the item."""
    first, *rest = text.split("\n")
    if not rest:
        return f"- {head}: {first}"
    lines = []
    for before, row in zip([first, *rest], rest, strict=False):
        if before.startswith("|") != row.startswith("|"):
            lines.append("")  # a table starts or ends: a blank line around it
        lines.append(f"    {row}")
    return f"- {head}: {first}\n\n" + "\n".join(lines).lstrip("\n") + "\n"


def example_code(lines: list[str]) -> list[str]:
    """An example's `>>>` and `...` lines as plain code; other lines (outputs) as comments."""
    out = []
    for line in lines:
        if PROMPT.match(line):
            out.append(PROMPT.sub("", line))
        elif line.strip():
            out.append(f"# {line}")
    return out


def prose(text: str) -> str:
    """Free docstring text as Markdown: runs of `>>>` lines become code blocks."""
    out: list[str] = []
    block: list[str] = []
    for line in text.splitlines():
        if PROMPT.match(line):
            block.append(PROMPT.sub("", line))
            continue
        if block:
            out += ["", code(block), ""]
            block = []
        out.append(line)
    if block:
        out += ["", code(block)]
    return "\n".join(out).strip()


class Linker:
    """Links a type's model names to the model pages, and exception names to theirs."""

    def __init__(self, model_names: list[str], exception_names: list[str], depth: int) -> None:
        up = "../" * depth
        self.targets = {name: f"{up}models/{name}.md" for name in model_names}
        self.targets |= {name: f"{up}exceptions.md#{name.lower()}" for name in exception_names}
        self.names = re.compile(
            r"\b(" + "|".join(sorted(map(re.escape, self.targets), key=len, reverse=True)) + r")\b"
        )

    def type(self, text: str) -> str:
        """`ListResult[Session] | None` as code, its known names linked."""
        parts = []
        position = 0
        for match in self.names.finditer(text):
            if match.start() > position:
                parts.append(f"`{text[position : match.start()]}`")
            parts.append(f"[`{match[1]}`]({self.targets[match[1]]})")
            position = match.end()
        if position < len(text):
            parts.append(f"`{text[position:]}`")
        return "".join(parts)

    def names_in(self, text: str) -> str:
        """`NotFoundError, ConflictError` with each known name linked."""
        return ", ".join(self.type(name.strip()) for name in text.split(","))


# -- What is documented ----------------------------------------------------------------------


def exceptions() -> list[type[BaseException]]:
    """The exception classes rplatform exports, each parent before its children (the tree)."""
    found = [
        value
        for name in rplatform.__all__
        if isinstance(value := getattr(rplatform, name), type) and issubclass(value, Exception)
    ]

    def below(parent: type[BaseException] | None) -> Iterator[type[BaseException]]:
        for child in sorted((e for e in found if parent_of(e) is parent), key=_name):
            yield child
            yield from below(child)

    return list(below(None))


def parent_of(cls: type[BaseException]) -> type[BaseException] | None:
    """The nearest public rplatform ancestor (private bases such as `_ResponseError` skipped)."""
    for base in cls.__mro__[1:]:
        if base.__module__.startswith("rplatform") and getattr(rplatform, base.__name__, None):
            return base
    return None


def _name(cls: type) -> str:
    return cls.__name__


def model_classes() -> dict[str, type]:
    return {name: getattr(models, name) for name in models.__all__}


def signature(owner: str, name: str, method: Callable[..., Any]) -> str:
    """`r.billing.get_usage(*, year: int | None = None, ...) -> UsageSummary`, one argument a
    line, with the annotations as written in the source."""
    sig = inspect.signature(method)
    lines = []
    keyword_only = False
    for parameter in sig.parameters.values():
        if parameter.name == "self":  # a method read from its class: `ListResult.to_list()`
            continue
        text = parameter.name
        if parameter.kind is parameter.VAR_KEYWORD:
            text = f"**{text}"
        elif parameter.kind is parameter.KEYWORD_ONLY and not keyword_only:
            lines.append("*,")
            keyword_only = True
        if parameter.annotation is not parameter.empty:
            text += f": {annotation(parameter.annotation)}"
        if parameter.default is not parameter.empty:
            text += f" = {parameter.default!r}"
        lines.append(f"{text},")
    returned = sig.return_annotation
    result = "" if returned is sig.empty else f" -> {annotation(returned)}"
    if not lines:
        return f"{owner}.{name}(){result}"
    body = textwrap.indent("\n".join(lines), "    ")
    return f"{owner}.{name}(\n{body}\n){result}"


def annotation(value: Any) -> str:
    return value if isinstance(value, str) else inspect.formatannotation(value)


# -- Pages -----------------------------------------------------------------------------------


def method_section(owner: str, name: str, method: Callable[..., Any], link: Linker) -> str:
    doc = parse(inspect.getdoc(method) or "")
    parts = [f"## {name} {{#{name}}}", code(signature(owner, name, method)), doc.prose]
    if arguments := doc.sections.get("Args"):
        lines = ["**Arguments**", ""]
        for entry in arguments:
            kind = f" ({link.type(entry.type)})" if entry.type else ""
            lines.append(item(f"`{entry.name}`{kind}", entry.text))
        parts.append("\n".join(lines))
    for returned in doc.sections.get("Returns", []):
        text = f": {returned.text}" if returned.text else ""
        parts.append(f"**Returns** {link.type(returned.name)}{text}")
    if raised := doc.sections.get("Raises"):
        lines = ["**Raises**", ""]
        lines += [f"- {link.names_in(entry.name)}: {entry.text}" for entry in raised]
        parts.append("\n".join(lines))
    if doc.example:
        parts.append("**Example**\n\n" + code(example_code(doc.example)))
    return "\n\n".join(part for part in parts if part)


def resource_page(name: str, resource: Resource[Any], link: Linker) -> str:
    owner = f"{CLIENT_NAME}.{name}"
    found = methods(resource)
    summary = inspect.getdoc(type(resource)) or ""
    index = "\n".join(
        f"| [`{method}`](#{method}) | {first_line(inspect.getdoc(found[method]))} |"
        for method in sorted(found)
    )
    parts = [
        f"# {owner}",
        prose(summary),
        f"Every method is also in raw mode, with the same arguments: "
        f"`{CLIENT_NAME}.with_raw_response.{name}.<method>(...)` returns a `RawResponse` "
        f"(status, headers, request id) whose `.parse()` is the method's result.",
        "| method | what it does |\n|---|---|\n" + index,
    ]
    parts += [method_section(owner, method, found[method], link) for method in sorted(found)]
    return "\n\n".join(part for part in parts if part) + "\n"


def first_line(doc: str | None) -> str:
    return (doc or "").strip().split("\n\n", 1)[0].replace("\n", " ").replace("|", "\\|")


def model_page(name: str, cls: type, schema: dict[str, Any], users: list[str], link: Linker) -> str:
    parts = [f"# {name}"]
    if description := schema.get("description"):
        parts.append(description.strip())
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        values = "\n".join(f"- `{member.value}`" for member in cls)
        parts.append(
            "An enumeration (a `str` subclass). Values documented today:\n\n" + values + "\n\n"
            "A field of this type may hold a plain `str` when the server sends a newer value."
        )
    else:
        doc = parse(inspect.cleandoc(cls.__dict__.get("__doc__") or ""))
        if doc.prose and not description:  # the generator copies the schema's description
            parts.append(prose(doc.prose))
        lines = ["**Fields**", ""]
        for entry in doc.sections.get("Attributes", []):
            kind = f" ({link.type(entry.type)})" if entry.type else ""
            lines.append(item(f"`{entry.name}`{kind}", entry.text))
        parts.append("\n".join(lines))
        parts.append(
            "Every model has `to_dict()` and `to_json()`; fields the server sends that this "
            "SDK does not know yet are kept in `additional_properties`."
        )
    if users:
        parts.append("**Returned by** " + ", ".join(users))
    return "\n\n".join(parts) + "\n"


def models_index(classes: dict[str, type], spec_schemas: dict[str, Any]) -> str:
    rows = []
    for name in sorted(classes):
        description = first_line(spec_schemas.get(name, {}).get("description", ""))
        rows.append(f"| [`{name}`]({name}.md) | {description} |")
    return (
        "# Models\n\nEvery result type of the API, importable from `rplatform.models` "
        "(`from rplatform.models import UsageSummary`).\n\n"
        "| model | what it is |\n|---|---|\n" + "\n".join(rows) + "\n"
    )


def exceptions_page(classes: list[type[BaseException]]) -> str:
    parts = [
        "# Exceptions",
        "Every failure of a call raises a subclass of `rplatform.APIError`; invalid arguments "
        "raise `ValueError` or `TypeError` before anything is sent. Each class below is "
        "exported by `rplatform` (`except rplatform.NotFoundError:`).",
    ]
    for cls in classes:
        parent = parent_of(cls)
        base = f"[`{parent.__name__}`](#{parent.__name__.lower()})" if parent else "`Exception`"
        doc = cls.__dict__.get("__doc__") or ""
        section = f"## {cls.__name__} {{#{cls.__name__.lower()}}}\n\nA subclass of {base}."
        if doc:
            section += "\n\n" + prose(inspect.cleandoc(doc))
        parts.append(section)
    return "\n\n".join(parts) + "\n"


def client_page(link: Linker) -> str:
    """The client and the other public classes of `rplatform` that are not exceptions."""
    parts = [
        "# Client and helpers",
        "What `import rplatform` gives besides the resources, the models and the exceptions.",
    ]
    for name in rplatform.__all__:
        value = getattr(rplatform, name)
        if not isinstance(value, type) or issubclass(value, BaseException):
            continue
        doc = value.__dict__.get("__doc__") or ""
        section = [f"## rplatform.{name} {{#{name.lower()}}}"]
        if hasattr(value, "__annotations__") and getattr(value, "__total__", None) is not None:
            keys = "\n".join(f"- `{key}`" for key in value.__annotations__)
            section.append(f"A `TypedDict` of keyword arguments:\n\n{keys}")
        elif name == "Client":
            section.append(code(signature("rplatform", name, value)))
        section.append(prose(inspect.cleandoc(doc)))
        public = [
            (member, attribute)
            for member, attribute in vars(value).items()
            if not member.startswith("_") and inspect.isfunction(attribute)
        ]
        for member, function in public:
            heading = f"### {name}.{member}"
            summary = first_line(inspect.getdoc(function)).replace("\\|", "|")
            section.append(f"{heading}\n\n{code(signature(name, member, function))}\n\n{summary}")
        parts.append("\n\n".join(part for part in section if part))
    return "\n\n".join(parts) + "\n"


def pages() -> dict[str, str]:
    """Every reference page: path under docs/ -> Markdown."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    classes = model_classes()
    errors = exceptions()
    error_names = [cls.__name__ for cls in errors]
    out = {}
    returned_by: dict[str, list[str]] = {name: [] for name in classes}
    with rplatform.Client("sk_test_docs") as client:
        link = Linker(list(classes), error_names, depth=0)
        for name, resource in resources(client).items():
            out[f"reference/{name}.md"] = resource_page(name, resource, link)
            for method_name, method in methods(resource).items():
                returned = annotation(inspect.signature(method).return_annotation)
                for model in re.findall(r"\w+", returned):
                    if model in returned_by:
                        returned_by[model].append(
                            f"[`{CLIENT_NAME}.{name}.{method_name}`](../{name}.md#{method_name})"
                        )
    out["reference/exceptions.md"] = exceptions_page(errors)
    out["reference/client.md"] = client_page(Linker(list(classes), error_names, depth=0))
    out["reference/models/index.md"] = models_index(classes, schemas)
    model_link = Linker(list(classes), error_names, depth=1)
    for name, cls in classes.items():
        # A model page links its sibling models as ../models/X.md: one level up, then in.
        page = model_page(name, cls, schemas.get(name, {}), returned_by[name], model_link)
        out[f"reference/models/{name}.md"] = page
    return out
