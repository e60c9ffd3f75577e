"""The one scrubber: what is secret in an exchange, and how every message, repr, log line and
cassette hides it.

A secret is known by structure, never by looking like a word:

1. the value of every field and parameter openapi.yaml marks `x-secret` (`_secrets.py`), in
   the request and in its success answer, at any depth;
2. the credential headers, by name (Authorization, Proxy-Authorization, Cookie, Set-Cookie),
   and any header that carries the API key (the Authorization header's credentials);
3. three shapes, wherever they are: `Bearer <token>` (a token with a digit or a symbol in it),
   an API key (`sk_test_...`, `sk_live_...`) and an email address;
4. an echo of a secret of 1 or 2, only where an echo can be told from prose: a JSON string
   equal to it; an occurrence in quotes ('...' or "...", as validators quote values), also as
   JSON or a Python repr escapes it; and a bare occurrence of a *distinctive* secret (16
   characters or more, letters mixed with digits or symbols, no space) that stands alone:
   after the start, a space, a quote, an opening bracket or one of `,;:=`, and before the end,
   a space, a quote, a closing bracket or one of `,;:.!?&`. Never a fragment of a word, a URL
   path or a problem type URI, and never a word-like secret in prose:
   `password: the password is not correct.` stays whole, whatever the password is.

`secrets_of(request, response)` gathers what one exchange carried into a `Redactor`, whose
`text`, `value`, `headers`, `url` and `body` hide it. Exception messages, reprs, log lines and
the cassettes' filters (`tests/recorded/_cassettes.py`, with `Markers` that fit the schema) all
use it. Nothing here runs on a call that succeeds while logging is off.

Linear time, by construction, whatever a server sends: an echo is looked for only once
`str.find` found the secret, and then by a pattern that starts with the secret as a literal and
checks one character on each side of it; a shape's pattern checks a fixed number of characters
before where it starts, then takes runs of characters possessively (`++`: never given back)
from the first character of a run; no pattern nests a quantifier or sets two that can take the
same characters side by side. So each character is read a bounded number of times per pattern,
and an exchange brings at most MAX_SECRETS secrets.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import quote, unquote, unquote_plus, urlsplit

import httpx

from . import _secrets
from ._secrets import EMPTY, Shape, Tree

if TYPE_CHECKING:
    from rplatform_api.types import Field

REDACTED = "[REDACTED]"

# Header names in lower case. The credentials after an authorization scheme are the API key.
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_AUTHORIZATION = frozenset({"authorization", "proxy-authorization"})
# More secrets in one exchange would make every text slower to search: the first ones (the
# request's fields, then its credentials) are kept; the rest are hidden where structure says.
MAX_SECRETS = 32
# A secret this long, of letters mixed with digits or symbols and no space, cannot be prose.
DISTINCTIVE_LENGTH = 16
# A marker's brackets stay as they are in a URL it stands in (`[REDACTED]`, not `%5B...%5D`).
_KEPT_IN_URLS = "[]"
# Around a bare occurrence of a distinctive secret: what may come before it and after it (a
# backslash after it: the quote that ends it, escaped in a repr or JSON, `\'` or `\"`).
_BEFORE = r"""[^\s"'(\[{<,;:=]"""
_AFTER = r"""[^\s"')\]}>,;:.!?&\\]"""


def _marked(field: Field | None, value: object) -> str:
    return REDACTED


class Markers(NamedTuple):
    """What stands in for what is hidden: `[REDACTED]` everywhere in the SDK. The cassettes'
    filters put values that still fit the schema instead.

    `secret` is given the `Field` of a secret member or parameter, or of the secret an echo
    repeats (None for a header's), and the value it hides; `header` replaces a credential
    header's whole value; `token` the token after `Bearer `.
    """

    secret: Callable[[Field | None, Any], str] = _marked
    header: str = REDACTED
    email: str | Callable[[re.Match[str]], str] = REDACTED
    key: str = REDACTED
    token: str = REDACTED


MARKERS = Markers()


class Redactor:
    """Hides the secrets of one exchange in text, decoded JSON, headers, URLs and bodies.

    `secrets` are (value, its field or None) pairs; `keys` the credentials a header may carry;
    `shape` where the operation's spec puts secrets; `success` whether the answer is a 2xx
    (whose body follows `shape.response`).
    """

    def __init__(
        self,
        secrets: Iterable[tuple[str, Field | None]] = (),
        *,
        keys: Iterable[str] = (),
        shape: Shape | None = None,
        success: bool = False,
        markers: Markers = MARKERS,
    ) -> None:
        self.shape = shape
        self.markers = markers
        self.request_tree: Tree = shape.request if shape is not None else EMPTY
        self.response_tree: Tree = shape.response if shape is not None and success else EMPTY
        self._equal: dict[str, str] = {}
        forms: dict[str, tuple[str, bool]] = {}
        for secret, field in secrets:
            if not secret or secret in self._equal:
                continue
            if len(self._equal) == MAX_SECRETS:
                break
            marker = self._equal[secret] = markers.secret(field, secret)
            alone = distinctive(secret)
            for form in _forms(secret):
                forms.setdefault(form, (marker, alone))
        # Longest first: a secret that holds another is hidden whole.
        self._forms = sorted(forms.items(), key=lambda item: -len(item[0]))
        self._keys = frozenset(key for key in keys if key)

    @property
    def secrets(self) -> tuple[str, ...]:
        """The secrets this exchange carried, as sent, in the order found."""
        return tuple(self._equal)

    @classmethod
    def of(cls, *secrets: str) -> Redactor:
        """A redactor of these secrets alone (and of the shapes)."""
        return cls((secret, None) for secret in secrets)

    def text(self, text: str) -> str:
        """`text` with the echoes of this exchange's secrets and every shape hidden."""
        for form, (marker, alone) in self._forms:
            if form in text:
                text = _in_quotes(form).sub(_template(marker), text)
                if alone:
                    text = _alone(form).sub(_template(marker), text)
        return _shapes(text, self.markers)

    def value(self, value: Any, tree: Tree = EMPTY) -> Any:
        """A copy of decoded JSON: the members `tree` marks secret replaced whole, a string
        equal to a secret replaced, every other string (and member name) through `text`.

        Iterative: JSON nested deeper than Python's recursion limit is hidden all the same.
        """
        root: list[Any] = [None]
        stack: list[tuple[Any, Tree, Any, Any]] = [(value, tree, root, 0)]
        while stack:
            item, branch, into, slot = stack.pop()
            if isinstance(item, dict):
                copy: dict[Any, Any] = {}
                into[slot] = copy
                for key, member in item.items():
                    field, inner = _split(branch.get(key))
                    name = self.text(key)  # JSON: every member name is a string
                    if field is not None:
                        copy[name] = self.markers.secret(field, member)
                    else:
                        copy[name] = None  # pragma: no mutate (keeps its place; filled below)
                        stack.append((member, inner, copy, name))
            elif isinstance(item, list):
                into[slot] = items = [None] * len(item)
                stack.extend((member, branch, items, n) for n, member in enumerate(item))
            elif isinstance(item, str):
                into[slot] = self._equal.get(item) or self.text(item)
            else:
                into[slot] = item
        return root[0]

    def response_value(self, value: Any, parts: Iterable[str | int]) -> Any:
        """`value`, found at `parts` (keys and indexes) of a success answer, as it may be
        shown: whole if a secret member holds it, else through `value`."""
        field, branch = None, self.response_tree
        for part in parts:
            if field is not None:
                break
            if isinstance(part, str):
                field, branch = _split(branch.get(part))
        if field is not None:
            return self.markers.secret(field, value)
        return self.value(value, branch)

    def headers(self, headers: Iterable[tuple[str, str]]) -> dict[str, str]:
        """Headers as they may be shown: a credential header's value, a secret header
        parameter's and any value that carries the API key replaced, the rest through `text`."""
        secret = self.shape.headers if self.shape is not None else {}
        shown = {}
        for name, value in headers:
            lower = name.lower()
            if lower in CREDENTIAL_HEADERS or lower in secret or self._carries_key(value):
                shown[name] = self.markers.header
            else:
                shown[name] = self.text(value)
        return shown

    def url(self, url: str) -> str:
        """A URL as it may be shown: the secret path and query parameters of its operation
        replaced, the rest through `text`."""
        if self.shape is not None:
            url = _hide_parameters(url, self.shape, self.markers)
        return self.text(url)

    def body(self, content: bytes, content_type: str | None, tree: Tree) -> Any:
        """A body as a log line may show it: JSON through `value` with `tree`, else its size.

        A body that is not JSON (an HTML error page, text) is never shown: a server may echo
        anything in it, in a form no rule can recognise.
        """
        if not content:
            return None
        try:
            decoded = json.loads(content)
        except (ValueError, RecursionError):  # not JSON, or nested too deep to decode
            kind = f", {content_type}" if content_type else ""
            return f"<{len(content)} bytes{kind}>"
        return self.value(decoded, tree)

    def _carries_key(self, value: str) -> bool:
        return bool(self._keys) and not self._keys.isdisjoint(_TOKENS.split(value.strip()))


_TOKENS = re.compile(r"[\s,;=]+")


def _split(branch: Tree | Field | None) -> tuple[Field | None, Tree]:
    """A branch of a `Tree` as (the `Field` of a secret member, None) or (None, its `Tree`)."""
    if isinstance(branch, tuple):  # a `Field` (a NamedTuple); a `Tree` is a dict
        return branch, EMPTY
    return None, branch or EMPTY


def distinctive(secret: str) -> bool:
    """Whether a bare occurrence of `secret` cannot be prose: long, not only letters, has
    letters, and no space."""
    return (
        len(secret) >= DISTINCTIVE_LENGTH
        and not secret.isalpha()
        and any(c.isalpha() for c in secret)
        and not any(c.isspace() for c in secret)
    )


def _forms(secret: str) -> set[str]:
    """A secret as sent, and as JSON (ours, and ASCII-only) or a Python repr would quote it."""
    return {
        secret,
        json.dumps(secret, ensure_ascii=False)[1:-1],
        json.dumps(secret)[1:-1],
        repr(secret)[1:-1],
    }


def _template(marker: str) -> str:
    """`marker` as `re.sub` writes it literally."""
    return marker.replace("\\", "\\\\")


# Each pattern of a secret starts with the secret itself; its look-behinds then check the one
# character before it, `len(form)` characters back (`(?s:.){n}` is skipped over, not read).
@functools.lru_cache(maxsize=256)
def _in_quotes(form: str) -> re.Pattern[str]:
    """Each occurrence of `form` between two quotes of a kind: echoes that share a quote
    (`'s's'`) and a secret with quotes of its own (`'it's'`) included."""
    literal, width = re.escape(form), len(form)
    return re.compile(f"{literal}(?:(?=')(?<='(?s:.){{{width}}})|(?=\")(?<=\"(?s:.){{{width}}}))")


@functools.lru_cache(maxsize=256)
def _alone(form: str) -> re.Pattern[str]:
    literal, width = re.escape(form), len(form)
    return re.compile(f"{literal}(?!{_AFTER})(?<!{_BEFORE}(?s:.){{{width}}})")


class _Shapes(NamedTuple):
    bearer: re.Pattern[str]
    key: re.Pattern[str]
    email: re.Pattern[str]


@functools.cache
def _patterns() -> _Shapes:
    """Compiled on first use (a log line or an error), not when rplatform is imported."""
    token = re.escape("-._~+/")
    return _Shapes(
        # The token after `Bearer` (a word) and a space (RFC 6750's b64token: `=` only at its
        # end), not a plain word, and not an auth-param (`realm="x"`, `error=...`).
        bearer=re.compile(
            rf"(?<=[Bb]earer[ \t])(?<!\w[Bb]earer[ \t])[ \t]*+[A-Za-z]*+"
            rf"(?:[0-9{token}][A-Za-z0-9{token}]*+=*+|=++)(?![A-Za-z0-9{token}=\"])"
        ),
        key=re.compile(r"sk_(?<![A-Za-z0-9]sk_)(?:test|live)_[A-Za-z0-9_]++"),
        # From the first character of a local part only; a domain of dotted labels, which
        # ends on a letter or digit (the full stop of a sentence stays out).
        email=re.compile(r"(?<![\w.%+-])[\w.%+-]++@[\w-]++\.[\w.-]*(?<=[^\W_])"),
    )


def _shapes(text: str, markers: Markers) -> str:
    patterns = _patterns()
    if "earer" in text:
        text = patterns.bearer.sub(_template(markers.token), text)
    if "sk_" in text:
        text = patterns.key.sub(_template(markers.key), text)
    if "@" in text:
        email = markers.email
        text = patterns.email.sub(email if callable(email) else _template(email), text)
    return text


def _hide_parameters(url: str, shape: Shape, markers: Markers) -> str:
    head, mark, query = url.partition("?")
    if shape.path:
        found = shape.route.search(head)
        if found is not None:
            for group in sorted(shape.path, reverse=True):  # from the end: spans stay valid
                start, end = found.span(group)
                marker = markers.secret(shape.path[group], unquote(found[group]))
                head = head[:start] + quote(marker, _KEPT_IN_URLS) + head[end:]
    pairs = query.split("&")
    for n, pair in enumerate(pairs):
        name, equals, value = pair.partition("=")
        field = shape.query.get(unquote_plus(name))
        if field is not None and equals:
            marker = markers.secret(field, unquote_plus(value))
            pairs[n] = f"{name}={quote(marker, _KEPT_IN_URLS)}"
    return head + mark + "&".join(pairs)


# -- what one exchange carried ----------------------------------------------------------------


def exchange(
    method: str,
    url: str,
    request_headers: Iterable[tuple[str, str]],
    request_body: bytes | str | None,
    response_headers: Iterable[tuple[str, str]] = (),
    response_body: bytes | str | None = None,
    *,
    success: bool,
    locate: Callable[[str, str], Shape | None] = _secrets.locate,
    markers: Markers = MARKERS,
) -> Redactor:
    """The `Redactor` of one exchange: the secrets its request carried (and its answer's, in
    the members and headers the rules name), where `locate` says its operation puts them."""
    shape = locate(method.upper(), urlsplit(url).path)
    found: list[tuple[str, Field | None]] = []
    keys: list[str] = []
    if shape is not None:
        found.extend(_parameters(url, shape))
        if shape.request:
            found.extend(_members(_json(request_body), shape.request))
    for name, value in request_headers:
        found.extend(_header_secrets(name.lower(), value.strip(), keys, shape))
    found.extend(_cookies_set(response_headers))
    if success and shape is not None and shape.response:
        found.extend(_members(_json(response_body), shape.response))
    return Redactor(found, keys=keys, shape=shape, success=success, markers=markers)


def secrets_of(request: httpx.Request | None, response: httpx.Response | None = None) -> Redactor:
    """The `Redactor` of an httpx exchange (`response` None: before any answer came)."""
    answer_headers = response.headers.multi_items() if response is not None else []
    if request is None:  # a response built by hand, e.g. in a test: its cookies alone
        return Redactor(_cookies_set(answer_headers))
    success = response is not None and response.is_success
    return exchange(
        request.method,
        str(request.url),
        request.headers.multi_items(),
        _request_content(request),
        answer_headers,
        _response_content(response) if success and response is not None else None,
        success=success,
    )


def answer_secrets(response: httpx.Response) -> Redactor:
    """The `Redactor` of the exchange `response` ends, with its request if it has one."""
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a response built by hand, e.g. in a test
        request = None
    return secrets_of(request, response)


def _header_secrets(
    name: str, value: str, keys: list[str], shape: Shape | None
) -> Iterator[tuple[str, Field | None]]:
    if name in _AUTHORIZATION:  # "Bearer <key>": the key alone too
        credentials = value.partition(" ")[2].strip() or value
        keys.append(credentials)
        yield from ((value, None), (credentials, None))
    elif name == "cookie":  # "a=1; b=2": every cookie sent
        yield (value, None)
        yield from ((pair.partition("=")[2].strip(), None) for pair in value.split(";"))
    elif shape is not None and name in shape.headers:
        yield (value, shape.headers[name])


def _cookies_set(headers: Iterable[tuple[str, str]]) -> Iterator[tuple[str, Field | None]]:
    """What Set-Cookie headers set, whole and the cookie alone ("sid=...; Path=/": the value
    of the first pair)."""
    for name, value in headers:
        if name.lower() == "set-cookie":
            yield (value.strip(), None)
            yield (value.split(";")[0].partition("=")[2].strip(), None)


def _parameters(url: str, shape: Shape) -> Iterator[tuple[str, Field]]:
    head, _, query = url.partition("?")
    if shape.path:
        found = shape.route.search(head)
        if found is not None:
            yield from ((unquote(found[group]), field) for group, field in shape.path.items())
    for pair in query.split("&"):
        name, _, value = pair.partition("=")
        field = shape.query.get(unquote_plus(name))
        if field is not None:
            yield (unquote_plus(value), field)


def _members(value: Any, tree: Tree) -> Iterator[tuple[str, Field]]:
    """The scalars under the secret members `tree` marks, at any depth (a secret member's
    whole value is secret: the strings and numbers of a list or object in it too)."""
    stack: list[tuple[Any, Tree | Field]] = [(value, tree)]
    while stack:
        item, node = stack.pop()
        field, branch = _split(node)
        if field is not None:
            if isinstance(item, dict | list):
                stack.extend((inner, field) for inner in _children(item))
            elif isinstance(item, str | int | float) and not isinstance(item, bool):
                yield (str(item), field)
        elif isinstance(item, list):
            stack.extend((inner, branch) for inner in item)
        elif isinstance(item, dict):
            stack.extend((item[key], inner) for key, inner in branch.items() if key in item)


def _children(item: dict[Any, Any] | list[Any]) -> Iterable[Any]:
    return item.values() if isinstance(item, dict) else item


def _json(body: bytes | str | None) -> Any:
    """A body decoded, if it is JSON, else None (a scalar holds no member: `_members` finds
    nothing in it)."""
    if not body:
        return None
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None


def _request_content(request: httpx.Request) -> bytes:
    try:
        return request.content
    except httpx.RequestNotRead:  # a streamed upload; we never send one
        return b""  # pragma: no mutate (any bytes but JSON: no secret fields either)


def _response_content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:  # streamed and never read: nothing was shown either
        return b""  # pragma: no mutate (any bytes but JSON: no secret fields either)
