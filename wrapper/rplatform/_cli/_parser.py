"""The command line, read in three steps: `rplatform [options] RESOURCE METHOD [arguments]`.

Each step is an argparse parser of its own, so that each level has its own `--help` and a
word that is not a resource or a method gets a did-you-mean (difflib, as the facade's
keyword arguments do): `rplatform` takes the resource, `rplatform billing` the method, and
`rplatform billing get-usage` the method's arguments and options. The output and connection
options (`--format`, `--field`, `--api-key`, `--base-url`, `--debug`) are taken at every level,
the deepest winning. Nothing here exits or prints: a mistake raises `UsageError`, a request for
help or the version `Shown` with the text to print.
"""

from __future__ import annotations

import argparse
import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NoReturn, TextIO

from ._arguments import STDIN, Argument
from ._commands import PROGRAM, Command, Resource
from ._help import command_help, program_help, resource_help

FORMATS = ("table", "json", "jsonl", "csv")
GLOBAL = "global:"  # the destinations of the options every level takes
ARGUMENT = "argument:"  # ... of the method's arguments
OPTION = "option:"  # ... of its per-call options
_MISSING = object()  # a positional argument not given


class UsageError(Exception):
    """A command line that cannot be run; `prog` is the part of it that was understood."""

    def __init__(self, prog: str, message: str) -> None:
        super().__init__(message)
        self.prog = prog


class Shown(Exception):
    """`--help` or `--version`: the text to print (its message), and nothing to run."""


@dataclass
class Invocation:
    """A command line, understood: the command, its arguments, options and settings."""

    command: Command
    positional: list[object] = field(default_factory=list)
    keywords: dict[str, object] = field(default_factory=dict)
    options: dict[str, object] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)  # format, field, api_key, ...


class _Parser(argparse.ArgumentParser):
    def __init__(self, prog: str, usage: str | None, texts: tuple[str, str]) -> None:
        super().__init__(
            prog=prog,
            usage=usage,
            description=texts[0],
            epilog=texts[1],
            formatter_class=argparse.RawDescriptionHelpFormatter,
            add_help=False,
            allow_abbrev=False,  # `--org` is no option: a script must not depend on a prefix
        )

    def error(self, message: str) -> NoReturn:
        raise UsageError(self.prog, message)


class _Show(argparse.Action):
    """An option that shows a text and stops: `--help` (the parser's help) or `--version`."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        self.text = kwargs.pop("text", None)
        super().__init__(option_strings, argparse.SUPPRESS, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        raise Shown(self.text if self.text is not None else parser.format_help())


def parse(argv: Sequence[str], resources: dict[str, Resource], stdin: TextIO) -> Invocation:
    """The invocation `argv` (the words after `rplatform`) asks for."""
    from .._version import __version__

    top = _Parser(PROGRAM, f"{PROGRAM} [options] RESOURCE METHOD [arguments]",
                  program_help(resources))  # fmt: skip
    _global_options(top)
    top.add_argument("--version", action=_Show, text=f"{PROGRAM} {__version__}\n",
                     help="print the version of rplatform and exit")  # fmt: skip
    settings, word, rest = _step(top, argv)
    resource = _choose(top.prog, word, resources, "resource", resources)
    prog = f"{PROGRAM} {resource.name}"
    middle = _Parser(prog, f"{prog} [options] METHOD [arguments]", (resource_help(resource), ""))
    _global_options(middle)
    more, word, rest = _step(middle, rest)
    command = _choose(middle.prog, word, resource.commands, "method", resources)
    invocation = _arguments(command, rest, stdin)
    invocation.settings = {**settings, **more, **invocation.settings}
    return invocation


def _step(parser: _Parser, argv: Sequence[str]) -> tuple[dict[str, Any], str, list[str]]:
    """Parse one level: its options, the next word (a resource, a method) and the rest."""
    parser.add_argument("word", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    namespace, extras = parser.parse_known_args(argv)
    if extras:
        raise UsageError(parser.prog, _unrecognized(extras, parser))
    values = vars(namespace)
    return _settings(values), values["word"], values["rest"]


def _choose(
    prog: str, word: str | None, choices: dict[str, Any], kind: str, resources: dict[str, Resource]
) -> Any:
    """The resource or command `word` names, or a UsageError with a suggestion."""
    if word is None:
        raise UsageError(prog, f"name a {kind}: {', '.join(choices)} (see {prog} --help)")
    if word in choices:
        return choices[word]
    close = difflib.get_close_matches(word, list(choices))
    if close:
        hint = f"did you mean {close[0]!r}?"
    else:
        elsewhere = [r.name for r in resources.values() if word in r.names]
        hint = f"choose from {', '.join(choices)}"
        if elsewhere:
            hint = f"it is a method of {elsewhere[0]}: {PROGRAM} {elsewhere[0]} {word}"
    raise UsageError(prog, f"unknown {kind} {word!r}; {hint}")


def _arguments(command: Command, argv: Sequence[str], stdin: TextIO) -> Invocation:
    parser = _Parser(command.prog, _usage(command), command_help(command))
    own = parser.add_argument_group("arguments")
    for argument in command.arguments:
        _add(own, argument, stdin)
    calls = parser.add_argument_group("call options")
    for option in command.options:
        calls.add_argument(option.flag, dest=OPTION + option.name, metavar=option.metavar,
                           type=option.convert, default=argparse.SUPPRESS,
                           help=_escaped(option.help))  # fmt: skip
    _global_options(parser)
    namespace, extras = parser.parse_known_args(argv)
    if extras:
        raise UsageError(parser.prog, _unrecognized(extras, parser))
    given = {key: value for key, value in vars(namespace).items() if value is not _MISSING}
    missing = [a.flag or a.metavar for a in command.arguments if a.required and ARGUMENT + a.name
               not in given]  # fmt: skip
    if missing:
        raise UsageError(parser.prog, f"the following arguments are required: {', '.join(missing)}")
    invocation = Invocation(command, settings=_settings(given))
    for argument in command.arguments:
        key = ARGUMENT + argument.name
        if key not in given:
            continue
        if argument.flag:
            invocation.keywords[argument.name] = given[key]
        else:
            invocation.positional.append(given[key])
    for option in command.options:
        if OPTION + option.name in given:
            invocation.options[option.name] = given[OPTION + option.name]
    return invocation


def _usage(command: Command) -> str:
    """`rplatform settings revoke-session SESSION_ID [options]`: the arguments, then options."""
    words = [command.prog]
    for argument in command.arguments:
        if not argument.flag:
            words.append(argument.metavar)
        elif argument.boolean:
            words.append(f"[{argument.flag} | --no-{argument.flag[2:]}]")
        else:
            word = f"{argument.flag} {argument.metavar}"
            words.append(word if argument.required else f"[{word}]")
    return " ".join([*words, "[options]"])


def _add(group: argparse._ArgumentGroup, argument: Argument, stdin: TextIO) -> None:
    """One argument of the method, as argparse takes it."""
    dest = ARGUMENT + argument.name
    text = _escaped(argument.help)
    convert = _from_stdin(argument, stdin) if argument.secret else argument.convert
    if not argument.flag:  # optional to argparse: a missing one is named after unknown options
        group.add_argument(dest, metavar=argument.metavar, type=convert, nargs="?",
                           default=_MISSING, help=text)  # fmt: skip
        return
    if argument.boolean:
        group.add_argument(argument.flag, dest=dest, action=argparse.BooleanOptionalAction,
                           default=argparse.SUPPRESS, help=text)  # fmt: skip
        return
    group.add_argument(argument.flag, dest=dest, metavar=argument.metavar, type=convert,
                       default=argparse.SUPPRESS, help=text)  # fmt: skip
    if argument.clearable:
        cleared = "--no-" + argument.flag.removeprefix("--")
        group.add_argument(cleared, dest=dest, action="store_const",  # its const: None
                           default=argparse.SUPPRESS, help="send null: clear it")  # fmt: skip


def _from_stdin(argument: Argument, stdin: TextIO) -> Any:
    """The converter of a secret: `-` reads the next line of standard input."""

    def convert(text: str) -> object:
        if text != STDIN:
            return argument.convert(text)
        line = stdin.readline()
        if not line:
            raise argparse.ArgumentTypeError("standard input ended before its value")
        return argument.convert(line.removesuffix("\n").removesuffix("\r"))

    return convert


# The options every level takes with a value: option, metavar, help.
_VALUED = (
    ("--field", "NAME[,NAME...]", "print only these fields of the result (parent.child for a "
     "nested one): their values, tab-separated, a line per item; or, with --format csv or "
     "jsonl, those columns"),
    ("--api-key", "KEY", "the API key (default: $RPLATFORM_API_KEY, which other users of the "
     "machine cannot read from the process list)"),
    ("--base-url", "URL", "the API's URL (default: $RPLATFORM_BASE_URL, else the local sandbox)"),
)  # fmt: skip


def _global_options(parser: _Parser) -> None:
    group = parser.add_argument_group("output and connection (at any level)")
    group.add_argument("-h", "--help", action=_Show, help="show this help and exit")
    group.add_argument("--format", dest=GLOBAL + "format", choices=FORMATS,
                       default=argparse.SUPPRESS,
                       help="table (the default on a terminal), json (the default otherwise), "
                            "jsonl or csv")  # fmt: skip
    for option, metavar, text in _VALUED:
        group.add_argument(option, dest=GLOBAL + option[2:].replace("-", "_"), metavar=metavar,
                           default=argparse.SUPPRESS, help=text)  # fmt: skip
    group.add_argument("--debug", dest=GLOBAL + "debug", action="store_true",
                       default=argparse.SUPPRESS,
                       help="log each request and response (secrets redacted) and show the "
                            "traceback of a failure")  # fmt: skip


def _settings(values: dict[str, Any]) -> dict[str, Any]:
    """The options every level takes, by name (`format`, `api_key`, ...)."""
    return {key[len(GLOBAL) :]: value for key, value in values.items() if key.startswith(GLOBAL)}


def _unrecognized(extras: list[str], parser: _Parser) -> str:
    """What is wrong with the words no argument took. An option is named (with the closest one
    this command takes); a value is not shown, as it may be a secret typed in the wrong place."""
    options = [word.partition("=")[0] for word in extras if word.startswith("-") and word != STDIN]
    if not options:
        return f"{len(extras)} argument(s) more than it takes (not shown: one may be a secret)"
    known = [flag for action in parser._actions for flag in action.option_strings]
    close = difflib.get_close_matches(options[0], known)
    hint = f"; did you mean {close[0]}?" if close else f" (see {parser.prog} --help)"
    return f"unrecognized option {options[0]}{hint}"


def _escaped(text: str) -> str:
    """A help text as argparse takes it: `%` is its formatting character."""
    return text.replace("%", "%%")
