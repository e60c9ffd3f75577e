"""What a request body must be before anything reads it: small enough, and JSON.

`RequestGuard` buffers the body of every POST, PATCH and PUT once, and hands it on:
- more than `max_body` bytes (by `Content-Length`, or counted as a chunked body arrives) is
  answered 413 at once, so one huge upload cannot occupy the server (`--max-body`, default 1 MiB);
- a non-empty body whose Content-Type is not `application/json` (compared case-insensitively,
  as RFC 9110 says media types are; the only one the specs declare) is answered 415; without this,
  connexion skips body validation for a media type it does not know and the handler gets bytes;
- a JSON media type in any letter case is passed on in lower case, so connexion validates it.

The buffered body is kept in the ASGI scope under `BODY` for the layers below it.
"""

from __future__ import annotations

from .middleware import ASGIApp, Message, Receive, Send, header, send_problem
from .problems import Problem

DEFAULT_MAX_BODY = 1024 * 1024
BODY = "rplatform.body"
WITH_BODY = frozenset({"POST", "PATCH", "PUT"})


class BodyTooLarge(Exception):
    pass


def is_json(media_type: str) -> bool:
    return media_type.split(";", 1)[0].strip().lower() == "application/json"


def lowercase_media_type(scope: Message) -> None:
    """Rewrite `Content-Type: APPLICATION/JSON; charset=UTF-8` as connexion expects it."""
    headers = []
    for key, value in scope["headers"]:
        if key.lower() == b"content-type":
            essence, sep, params = value.decode("latin-1").partition(";")
            value = (essence.strip().lower() + sep + params).encode("latin-1")
        headers.append((key, value))
    scope["headers"] = headers


async def read_limited(receive: Receive, limit: int) -> bytes:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks)


class RequestGuard:
    def __init__(self, app: ASGIApp, max_body: int = DEFAULT_MAX_BODY) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in WITH_BODY:
            await self.app(scope, receive, send)
            return
        too_large = Problem(
            "body-too-large", f"The request body is larger than {self.max_body} bytes."
        )
        declared = header(scope, "content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > self.max_body:
            await send_problem(send, too_large, close=True)
            return
        try:
            body = await read_limited(receive, self.max_body)
        except BodyTooLarge:
            await send_problem(send, too_large, close=True)
            return
        media_type = header(scope, "content-type")
        if body and not (media_type and is_json(media_type)):
            detail = (
                f"Content-Type {media_type!r} is not JSON; send the body as application/json."
                if media_type
                else "The body has no Content-Type; send it as application/json."
            )
            await send_problem(send, Problem("unsupported-media-type", detail))
            return
        if media_type:
            lowercase_media_type(scope)
        scope[BODY] = body
        await self.app(scope, replaying(body, receive), send)


def replaying(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands the buffered body on once, then waits on the connection."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
