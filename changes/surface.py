"""The Python API users import, read from a source tree at run time, printed as JSON.

    python -P changes/surface.py TREE   # TREE/wrapper and TREE/generated come first on sys.path

What is read is what a user reaches: every name of `rplatform.__all__` and of
`rplatform.models.__all__`, each resource of a `Client` with its methods' signatures as
`help()` shows them (without `self`), and which exception each error status raises. A class is
its public bases, the public members its own package defines (with signatures), its annotated
attributes; an attrs model its fields; an enum its values; a TypedDict its keys. The resource
classes are not exported names, which is why the signatures come from a client's attributes,
not from the package's `__all__`.

It imports only the standard library, attrs and the tree's packages, and loads no operation (an
operation removed from openapi.yaml may still have its method): it runs in a subprocess,
once per side compared, and its JSON is the API part of the release snapshot
(changes/released/api.json).
"""

from __future__ import annotations

import enum
import functools
import importlib
import inspect
import json
import re
import sys
from pathlib import Path
from typing import Any, is_typeddict

KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: "positional-only",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional",
    inspect.Parameter.VAR_POSITIONAL: "*args",
    inspect.Parameter.KEYWORD_ONLY: "keyword-only",
    inspect.Parameter.VAR_KEYWORD: "**kwargs",
}
OWN_PACKAGES = ("rplatform", "rplatform_api")


def surface() -> dict[str, Any]:
    rplatform = importlib.import_module("rplatform")
    models = importlib.import_module("rplatform.models")
    with rplatform.Client("sk_test_surface", base_url="http://127.0.0.1:9") as client:
        resources = {
            name: _resource(value)
            for name in dir(client)
            if not name.startswith("_") and _is_resource(value := getattr(client, name))
        }
    return {
        "version": rplatform.__version__,
        "names": {name: _describe(getattr(rplatform, name)) for name in sorted(rplatform.__all__)},
        "models": {name: _describe(getattr(models, name)) for name in sorted(models.__all__)},
        "resources": resources,
        "status_errors": _status_errors(),
    }


def _is_resource(value: object) -> bool:
    base = importlib.import_module("rplatform.resources._base")
    return isinstance(value, base.Resource)


def _resource(resource: object) -> dict[str, Any]:
    """Its methods' signatures, read from the class: binding one would load its operation."""
    cls = type(resource)
    return {
        name: signature(inspect.getattr_static(cls, name))
        for name in dir(cls)
        if not name.startswith("_") and name != "with_raw_response"
        and callable(inspect.getattr_static(cls, name))
    }  # fmt: skip


def _describe(value: Any) -> dict[str, Any]:
    if isinstance(value, type):
        if is_typeddict(value):
            required: frozenset[str] = getattr(value, "__required_keys__", frozenset())
            return {"kind": "options", "keys": {
                key: {"type": _annotation(hint), "required": key in required}
                for key, hint in value.__annotations__.items()}}  # fmt: skip
        if issubclass(value, enum.Enum):
            return {"kind": "enum", "values": {m.name: str(m.value) for m in value}}
        return _class(value)
    if callable(value):
        return {"kind": "function", "signature": signature(value)}
    if inspect.ismodule(value):
        return {"kind": "module"}
    return {"kind": "value", "type": type(value).__name__}


def _class(cls: type) -> dict[str, Any]:
    own = [c for c in cls.__mro__ if c.__module__.split(".")[0] in OWN_PACKAGES]
    described: dict[str, Any] = {
        "kind": "class",
        "bases": [_qualified(c) for c in cls.__mro__[1:] if c is not object],
        "members": {},
    }
    fields = {f.name: f for f in getattr(cls, "__attrs_attrs__", ())}
    if fields:  # an attrs class: its fields are its attributes and its constructor
        described["fields"] = {
            name: {"type": _annotation(f.type), "required": _no_default(f.default)}
            for name, f in fields.items()
            if f.init and not name.startswith("_")
        }
    elif any("__init__" in vars(c) for c in own):
        described["signature"] = signature(cls)
    for name in sorted({n for c in own for n in vars(c) if not n.startswith("_")} - set(fields)):
        described["members"][name] = _member(cls, name)
    described["attributes"] = {
        name: _annotation(hint)
        for c in reversed(own)
        for name, hint in vars(c).get("__annotations__", {}).items()
        if not name.startswith("_") and name not in fields
    }
    return described


def _member(cls: type, name: str) -> dict[str, Any]:
    raw = inspect.getattr_static(cls, name)
    getter = raw.fget if isinstance(raw, property) else getattr(raw, "func", None)
    if isinstance(raw, property | functools.cached_property) and getter is not None:
        return {
            "kind": "property",
            "type": _annotation(inspect.signature(getter).return_annotation),
        }
    if isinstance(raw, classmethod | staticmethod) or callable(raw):
        if isinstance(raw, type):
            return {"kind": "class"}
        try:
            return {"kind": "method", "signature": signature(getattr(cls, name))}
        except (TypeError, ValueError):  # a callable without a signature (a C type's)
            return {"kind": "method"}
    return {"kind": "attribute", "type": type(raw).__name__}


def signature(function: Any) -> dict[str, Any]:
    """A signature as data; without `self` (a method read from its class)."""
    sig = inspect.signature(function)
    parameters = list(sig.parameters.values())
    if parameters and parameters[0].name == "self":
        sig = sig.replace(parameters=parameters[1:])
    return {
        "parameters": [
            {
                "name": p.name,
                "kind": KINDS[p.kind],
                "required": p.default is p.empty
                and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD),
                "default": None if p.default is p.empty else _repr(p.default),
                "type": _annotation(p.annotation),
            }
            for p in sig.parameters.values()
        ],
        "returns": _annotation(sig.return_annotation),
    }


def _status_errors() -> dict[str, str]:
    """The exception of every status 400-599: its hundred's usual one (`4xx`), and the others."""
    httpx = importlib.import_module("httpx")
    errors = importlib.import_module("rplatform._exceptions")
    request = httpx.Request("GET", "http://127.0.0.1:9")
    names = {
        status: type(errors.status_error(httpx.Response(status, request=request))).__name__
        for status in range(400, 600)
    }
    found: dict[str, str] = {}
    for hundred in ("4", "5"):
        seen = [name for status, name in names.items() if str(status)[0] == hundred]
        usual = max(set(seen), key=seen.count)
        found[f"{hundred}xx"] = usual
        found.update({str(s): n for s, n in names.items() if str(s)[0] == hundred and n != usual})
    return found


def _annotation(hint: Any) -> str | None:
    if hint is inspect.Parameter.empty or hint is None:
        return None
    if isinstance(hint, str):
        return hint
    forward = getattr(hint, "__forward_arg__", None)
    if isinstance(forward, str):
        return forward
    return hint.__name__ if isinstance(hint, type) else _repr(hint).replace("typing.", "")


def _no_default(default: Any) -> bool:
    attrs = importlib.import_module("attrs")
    return bool(default is attrs.NOTHING)


def _repr(value: Any) -> str:
    """A repr that is the same in every process: sets sorted, no memory addresses."""
    if isinstance(value, set | frozenset):
        inner = ", ".join(sorted(_repr(item) for item in value))
        return f"{type(value).__name__}({{{inner}}})"
    return re.sub(r" at 0x[0-9a-fA-F]+", "", repr(value))


def _qualified(cls: type) -> str:
    module = cls.__module__
    if module == "builtins":
        return cls.__qualname__
    package = module.split(".")[0]
    public = "rplatform.models" if package == "rplatform_api" else package
    return f"{public}.{cls.__qualname__}"


if __name__ == "__main__":
    tree = Path(sys.argv[1]).resolve()
    sys.path[:0] = [str(tree / "wrapper"), str(tree / "generated")]
    json.dump(surface(), sys.stdout, indent=1, sort_keys=True)
