"""`rplatform ...`: read the command line, call the method, print its result or the failure.

`run` does it all on the given streams and returns the exit status (`_failure.MEANINGS`);
`main` is the console script, on the process's own streams. The commands are read from a
client that cannot send (`_commands.catalog`): the command line is understood, and `--help`
shown, before the API key is known. The call is made by a client configured as the SDK is
(`--api-key` or `RPLATFORM_API_KEY`, `--base-url` or `RPLATFORM_BASE_URL`), on the
`httpx.Client` given to `run`, if any.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
import warnings
from collections.abc import Sequence
from typing import Any, TextIO

import httpx

from .. import _validation as check
from .._client import Client
from .._constants import API_KEY_ENV
from . import _failure as failure
from ._commands import PROGRAM, catalog
from ._items import following
from ._output import Plan, plan, write
from ._parser import Invocation, Shown, UsageError, parse


def main(argv: Sequence[str] | None = None) -> int:
    """The console script `rplatform` (and `python -m rplatform`): its exit status."""
    words = sys.argv[1:] if argv is None else argv
    return run(words, stdin=sys.stdin, stdout=sys.stdout, stderr=sys.stderr)


def run(
    argv: Sequence[str],
    *,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
    http_client: httpx.Client | None = None,
) -> int:
    """Run the command line `argv` (the words after `rplatform`); its exit status."""
    try:
        return _run(argv, stdin, stdout, stderr, http_client)
    except KeyboardInterrupt:
        return failure.INTERRUPTED
    except BrokenPipeError:  # `| head` has read what it wanted: stop, quietly
        return failure.PIPE_CLOSED


def _run(
    argv: Sequence[str], stdin: TextIO, stdout: TextIO, stderr: TextIO, http: httpx.Client | None
) -> int:
    try:
        invocation = parse(argv, catalog(), stdin)
        output = plan(invocation.command, invocation.settings, stdout.isatty())
    except Shown as shown:
        stdout.write(str(shown))  # a line, or argparse's help: each ends with one line break
        stdout.flush()
        return failure.OK
    except UsageError as error:
        stderr.write(f"{error.prog}: error: {error}\n")
        return failure.USAGE
    return _call(invocation, output, stdout, stderr, http)


def _call(
    invocation: Invocation, output: Plan, stdout: TextIO, stderr: TextIO, http: httpx.Client | None
) -> int:
    """Call the method the command line names, print its result; the exit status."""
    command, settings = invocation.command, invocation.settings
    debug = settings.get("debug")
    handler = _debug_log(stderr) if debug else None
    client = None
    try:
        client = _client(settings, http)
        method = getattr(getattr(client, command.resource), command.method)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", DeprecationWarning)
            result = method(*invocation.positional, **invocation.keywords, **invocation.options)
        for warning in caught:
            stderr.write(f"{PROGRAM}: warning: {warning.message}\n")
        write(output, command, result, stdout)
        stdout.flush()  # here, so that a closed pipe is noticed while it can be handled
        cursor = following(result)
        if cursor is not None:  # --limit cut the list: where to go on, beside the output
            stderr.write(f"{PROGRAM}: more follow: add --cursor {cursor} to continue\n")
    except BrokenPipeError:
        raise
    except Exception as error:
        if debug:
            traceback.print_exception(error, file=stderr)
        stderr.write(f"{command.prog}: error: {failure.message(error)}\n")
        return failure.status_of(type(error))
    finally:
        if client is not None:
            client.close()  # its own connection pool; not one it was given
        if handler is not None:
            logging.getLogger(PROGRAM).removeHandler(handler)
    return failure.OK


def _client(settings: dict[str, Any], http: httpx.Client | None) -> Client:
    """The client of the call, configured as the SDK is: the options, else the environment."""
    key, url = settings.get("api_key"), settings.get("base_url")
    if key is not None:
        check.api_key("--api-key", key)
    elif API_KEY_ENV not in os.environ:
        raise ValueError(f"no API key: pass --api-key or set {API_KEY_ENV}")
    if url is not None:
        url = check.base_url("--base-url", url)
    return Client(key, base_url=url, http_client=http)


def _debug_log(stderr: TextIO) -> logging.Handler:
    """The SDK's log (requests, responses, retries; secrets redacted) on standard error."""
    handler = logging.StreamHandler(stderr)
    handler.setFormatter(logging.Formatter("[%(name)s %(levelname)s] %(message)s"))
    logger = logging.getLogger(PROGRAM)
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    return handler
