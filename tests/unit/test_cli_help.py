"""The commands are the facade's methods, and their `--help` is what help() says of them.

The methods are enumerated here from the resource classes' `@endpoint`s (`_support`), not from
the command line's own enumeration (`resources/_catalog.py`) nor from a list: every one must be
a command, its help showing the method's summary, each argument described in help()'s words,
the fields of its result, the exit status of each documented error and its example.
"""

from __future__ import annotations

import ast
import functools
import inspect
import io

import pytest
import rplatform
from _support import facade_methods
from cli_driver import cli, environment  # noqa: F401 (environment: an autouse fixture)
from rplatform._cli import _arguments, _parser
from rplatform._cli._arguments import flag
from rplatform._cli._commands import catalog
from rplatform._cli._examples import example, words
from rplatform.resources._docs import argument_fields, described, operation_of

METHODS = sorted(facade_methods())
COMMANDS = catalog()


def shown(*words: str) -> str:
    ran = cli(*words)
    assert (ran.status, ran.err, ran.requests) == (0, "", [])
    return ran.out


def unwrapped(text: str) -> str:
    return " ".join(text.split())


def test_the_commands_are_the_facades_methods() -> None:
    found = {(r.name, c.method) for r in COMMANDS.values() for c in r.commands.values()}
    assert found == set(METHODS)
    assert {name for name, _ in METHODS} == {"billing", "notifications", "settings"}


def test_a_callable_a_resource_class_gains_is_no_command() -> None:
    from rplatform.resources._base import Parsed
    from rplatform.resources._catalog import method_names
    from rplatform.resources.billing import Billing

    class Mine(Billing[Parsed]):
        def overdue(self) -> bool:
            return False

    client = rplatform.Client(api_key="sk_test_catalog", base_url="http://127.0.0.1:9")
    names = method_names(Mine(client, Parsed))
    assert "overdue" not in names
    assert names == method_names(client.billing)


def test_the_resources_are_the_clients_public_attributes_that_are_resources() -> None:
    from rplatform.resources._catalog import resources

    class Mine(rplatform.Client):
        @functools.cached_property
        def _billing_kept(self) -> object:  # its own, not a command group
            return self.billing

    client = Mine(api_key="sk_test_catalog", base_url="http://127.0.0.1:9")
    assert client._billing_kept is client.billing
    found = resources(client)
    assert list(found) == ["billing", "notifications", "settings"]
    assert found["billing"] is client.billing


@pytest.mark.parametrize("key", METHODS, ids=lambda key: f"{key[0]}.{key[1]}")
def test_every_methods_help_is_what_help_says(key: tuple[str, str]) -> None:
    resource, name = key
    method = getattr(getattr(rplatform.Client("sk_test_unused"), resource), name)
    command = name.replace("_", "-")
    text = shown(resource, command, "--help")
    assert text.startswith(f"usage: rplatform {resource} {command} ")
    words = unwrapped(text)
    doc = inspect.getdoc(method) or ""
    assert unwrapped(doc.split("\n\n", 1)[0]) in words  # the summary
    prose = doc.split("\nArgs:\n", 1)[0]
    assert unwrapped(prose) in words  # the whole description, tables included
    fields = argument_fields(operation_of(method))
    for parameter in inspect.signature(method).parameters.values():
        if parameter.kind is parameter.VAR_KEYWORD:
            continue
        option = flag(parameter.name) if parameter.kind is parameter.KEYWORD_ONLY else ""
        assert option in text
        assert unwrapped(described(fields[parameter.name])) in words
    assert "--timeout SECONDS" in text and "--max-retries N" in text
    assert "--retry" not in text and "--extra-headers" not in text  # no value a shell can hold
    post = operation_of(method).method == "POST"
    assert ("--idempotency-key KEY" in text) is post
    assert f"\nexample:\n  rplatform {resource} {command}" in text
    for status in operation_of(method).errors:
        assert f"{status.code} (" in text


GLOBALS = """\
output and connection (at any level):
  -h, --help            show this help and exit
  --format {table,json,jsonl,csv}
                        table (the default on a terminal), json (the default otherwise), jsonl or
                        csv
  --field NAME[,NAME...]
                        print only these fields of the result (parent.child for a nested one):
                        their values, tab-separated, a line per item; or, with --format csv or
                        jsonl, those columns
  --api-key KEY         the API key (default: $RPLATFORM_API_KEY, which other users of the machine
                        cannot read from the process list)
  --base-url URL        the API's URL (default: $RPLATFORM_BASE_URL, else the local sandbox)
  --debug               log each request and response (secrets redacted) and show the traceback of
                        a failure
"""

TOP = f"""\
usage: rplatform [options] RESOURCE METHOD [arguments]

Every method of the rplatform Python SDK as a command: `rplatform RESOURCE METHOD` calls
r.RESOURCE.METHOD(...), its keyword arguments as options in kebab case (--organization-id).
`rplatform RESOURCE --help` lists the methods of a resource, `rplatform RESOURCE METHOD --help`
describes one.

resources:
  billing        Usage, billing periods, Stripe checkout and portal, metered AI usage.
  notifications  Push notification tokens.
  settings       Preferences, sessions, password, email change, account deletion, login history.

options:
  --version             print the version of rplatform and exit

{GLOBALS}
formats:
  table  the default on a terminal: as print() in Python (of a long list: its first and last rows)
  json   the default otherwise: the API's JSON as one document (a list as one array)
  jsonl  a JSON object per line, a row per item: the columns of to_pandas()
  csv    a header, then a row per item: the columns of to_pandas() (nested ones as a.b)

exit statuses:
  0    success (a method that answers nothing prints nothing)
  1    any other failure: a success whose body is not what the API documents, another error status
  2    invalid arguments (the command line, or the SDK's checks): nothing was sent
  3    authentication: 401, the API key is missing, wrong or revoked
  4    not found or forbidden: 403, 404
  5    conflict or validation: 400, 409, 422
  6    rate limited or server error: 429, 5xx, after the retries
  7    no answer: connection refused or dropped, or a timeout, after the retries
  130  interrupted (Ctrl-C)
  141  standard output was closed early (`| head`), as for other programs

environment:
  RPLATFORM_API_KEY   the API key (or --api-key)
  RPLATFORM_BASE_URL  the API's URL (or --base-url), by default http://127.0.0.1:8787: the sandbox
  RPLATFORM_LOG       debug or info: log each request on standard error
"""


def test_the_programs_help_in_full() -> None:
    assert shown("--help") == TOP
    assert shown("-h") == TOP


def test_a_resources_help_lists_its_methods_and_the_version_is_shown() -> None:
    assert shown("notifications", "-h").startswith(
        "usage: rplatform notifications [options] METHOD [arguments]\n\n"
        "Push notification tokens.\n\n"
        "methods:\n"
        "  register-token    Register a push notification token.\n"
        "  unregister-token  Unregister a push notification token.\n"
    )
    assert shown("--version") == f"rplatform {rplatform.__version__}\n"


# What the help of a partial update of the preferences says after its arguments.
UPDATED_PREFERENCES = f"""\
call options:
  --timeout SECONDS     seconds each phase of this call (connect, read, write) may take.
  --max-retries N       retries after a failure a retry can fix (default 2).

{GLOBALS}
result:
  Preferences: The updated preferences.
  fields (--field): notifications.in_app, notifications.push, notifications.email,
    privacy.profile_visibility, privacy.show_email, privacy.show_location, appearance.theme,
    appearance.timezone, appearance.locale, updated_at

exit statuses:
  1    413 (body-too-large), 415 (unsupported-media-type)
  2    an argument is invalid: nothing was sent
  3    401 (unauthenticated)
  5    400 (validation-failed, malformed-body), 422 (validation-failed, idempotency-key-reused)
  6    429 (rate-limited), 500 (internal), 503 (unavailable)
  7    no answer: connection refused or dropped, or a timeout
"""


def test_the_help_of_a_command_in_full() -> None:
    assert shown("settings", "update-notifications", "--help") == (
        f"""\
usage: rplatform settings update-notifications [--in-app | --no-in-app] [--push | --no-push] \
[--email | --no-email] [options]

Update notification channels.

Partial update; fields left out keep their value.

arguments:
  --in-app, --no-in-app
                        Notifications inside the app; left out: unchanged.
  --push, --no-push     Push notifications; left out: unchanged.
  --email, --no-email   Notifications by email; left out: unchanged.

{UPDATED_PREFERENCES}
example:
  rplatform settings update-notifications --push --no-email
"""
    )


def test_help_needs_no_api_key_and_wins_over_a_missing_argument(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("RPLATFORM_API_KEY")
    assert shown("settings", "revoke-session", "--help").startswith(
        "usage: rplatform settings revoke-session SESSION_ID [options]\n"
    )
    assert "--cost-cents COST_CENTS" in shown("billing", "record-ai-usage", "-h")


@pytest.mark.parametrize("key", METHODS, ids=lambda key: f"{key[0]}.{key[1]}")
def test_every_commands_example_is_the_documented_call(key: tuple[str, str]) -> None:
    resource, name = key
    command = COMMANDS[resource].commands[name.replace("_", "-")]
    words = example(command)
    invocation = _parser.parse(words, COMMANDS, io.StringIO())
    source = (inspect.getdoc(inspect.unwrap(command.function)) or "").split(">>> ", 1)[1]
    call = next(
        node
        for node in ast.walk(ast.parse(source.replace("\n... ", "\n").replace("\n>>> ", "\n")))
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == name
    )
    assert invocation.positional == [ast.literal_eval(value) for value in call.args]
    assert invocation.keywords == {k.arg: ast.literal_eval(k.value) for k in call.keywords}


def test_no_argument_of_a_method_takes_an_option_every_level_takes() -> None:
    taken = {"-h", "--help", "--format", "--field", "--api-key", "--base-url", "--debug"}
    for resource in COMMANDS.values():
        for command in resource.commands.values():
            flags = {a.flag for a in (*command.arguments, *command.options)}
            flags |= {"--no-" + a.flag[2:] for a in command.arguments if a.boolean or a.clearable}
            assert not flags & taken, command.prog


def test_the_help_shows_what_each_value_is() -> None:
    text = shown("billing", "get-project-usage", "--help")
    assert text.startswith(
        "usage: rplatform billing get-project-usage PROJECT_ID [--from YYYY-MM-DD] "
        "[--to YYYY-MM-DD] [options]\n"
    )
    assert "result:\n  a list of ProjectUsageItem, an item a row: " in text
    text = shown("billing", "record-ai-usage", "--help")
    assert text.startswith(
        "usage: rplatform billing record-ai-usage --project-id PROJECT_ID --input-tokens "
        "INPUT_TOKENS --output-tokens OUTPUT_TOKENS --cost-cents COST_CENTS --provider-model "
        "PROVIDER_MODEL [--reasoning-tokens REASONING_TOKENS] [options]\n"
    )
    text = shown("notifications", "register-token", "--help")
    assert (
        "  --token TOKEN         The device's push token (Expo, FCM or APNs). At most 4096 "
        "characters. '-'\n                        reads it from standard input.\n"
        "  --platform {expo,fcm,apns}\n"
    ) in text
    assert (
        "  --idempotency-key KEY\n                        the Idempotency-Key of this POST; by "
        "default one is made per call and\n                        reused by its retries.\n"
    ) in text
    assert text.endswith(
        "example:\n  rplatform notifications register-token --token "
        "'ExponentPushToken[abc123...]' --platform expo --device-id unique-device-id\n"
    )
    text = shown("settings", "revoke-session", "--help")
    assert "result:\n  nothing: The session was revoked.\n" in text
    assert (
        "  5    400 (validation-failed, malformed-body), 409 (deletion-pending, "
        "nothing-to-cancel,\n       email-in-use, current-session), 422 (validation-failed, "
        "idempotency-key-reused)\n"
    ) in text


def test_an_example_turns_none_and_false_into_no_flags() -> None:
    command = COMMANDS["settings"].commands["update-appearance"]
    assert words(command, [], {"timezone": None, "locale": "en-US", "theme": "dark"}) == [
        "--theme", "dark", "--no-timezone", "--locale", "en-US"
    ]  # fmt: skip
    command = COMMANDS["settings"].commands["update-notifications"]
    assert words(command, [], {"email": False, "push": True}) == ["--push", "--no-email"]


def test_a_percent_sign_in_a_help_text_is_shown_as_it_is() -> None:
    assert _parser._escaped("at most 5% of 100%%") == "at most 5%% of 100%%%%"  # argparse's %


def test_the_client_the_commands_are_read_from_cannot_send() -> None:
    get_status = catalog()["billing"].commands["get-status"].function
    with pytest.raises(rplatform.APIConnectionError) as caught:
        get_status(max_retries=0)
    assert "RuntimeError: the client the commands are read from sends nothing" in str(caught.value)


def test_a_resource_names_its_commands_without_binding_them() -> None:
    billing = catalog()["billing"]
    assert billing.names == list(billing.commands)
    settings = catalog()["settings"]
    assert "get-login-history" in settings.names and "commands" not in settings.__dict__


def test_a_resources_help_in_full() -> None:
    assert shown("notifications", "--help") == (
        f"""\
usage: rplatform notifications [options] METHOD [arguments]

Push notification tokens.

methods:
  register-token    Register a push notification token.
  unregister-token  Unregister a push notification token.

{GLOBALS}"""
    )


def test_only_a_setting_that_none_clears_has_a_no_option_which_sends_null() -> None:
    assert shown("settings", "update-appearance", "--help") == (
        f"""\
usage: rplatform settings update-appearance [--theme {{system,light,dark}}] [--timezone TIMEZONE] \
[--locale LOCALE] [options]

Update appearance settings.

Partial update; fields left out keep their value. `timezone` is an IANA name
(`America/New_York`) and `locale` a BCP 47 tag (`en-US`); `null` clears either.

arguments:
  --theme {{system,light,dark}}
                        The interface theme; `system` follows the device. One of 'system',
                        'light', 'dark'.
  --timezone TIMEZONE   An IANA time zone name, as in the tz database (`America/New_York`, `UTC`);
                        null clears it. The format `iana-time-zone` is exactly the names of the
                        IANA database. At most 64 characters.
  --no-timezone         send null: clear it
  --locale LOCALE       A BCP 47 language tag; null clears it. At most 35 characters.
  --no-locale           send null: clear it

{UPDATED_PREFERENCES}
example:
  rplatform settings update-appearance --theme dark --timezone America/New_York
"""
    )


def test_a_positional_argument_is_described_under_its_name() -> None:
    assert shown("settings", "revoke-session", "--help") == (
        f"""\
usage: rplatform settings revoke-session SESSION_ID [options]

Revoke a session.

Its token is refused from then on. Another user's session is not found. The calling
session cannot revoke itself (409 `current-session`: the key making the call would stop
working); `revokeAllSessions` revokes every session but the calling one.

arguments:
  SESSION_ID            The id of the session to revoke; not the calling one (a 409). At most 64
                        characters.

call options:
  --timeout SECONDS     seconds each phase of this call (connect, read, write) may take.
  --max-retries N       retries after a failure a retry can fix (default 2).

{GLOBALS}
result:
  nothing: The session was revoked.

exit statuses:
  2    an argument is invalid: nothing was sent
  3    401 (unauthenticated)
  4    404 (not-found)
  5    400 (validation-failed, malformed-body), 409 (deletion-pending, nothing-to-cancel,
       email-in-use, current-session), 422 (validation-failed, idempotency-key-reused)
  6    429 (rate-limited), 500 (internal), 503 (unavailable)
  7    no answer: connection refused or dropped, or a timeout

example:
  rplatform settings revoke-session session_123
"""
    )


def test_the_result_is_all_that_help_says_it_returns() -> None:
    # help(): "Returns: StripeCustomer: 200: The customer already existed. 201: ...".
    assert (
        "\nresult:\n  StripeCustomer: 200: The customer already existed. 201: The customer was "
        "created by this call.\n  fields (--field): stripe_customer_id, is_new, created_at\n\n"
    ) in shown("billing", "ensure-customer", "--help")


def test_a_name_kept_off_a_python_keyword_is_shown_without_its_underscore() -> None:
    assert flag("from_") == "--from"
    assert flag("organization_id") == "--organization-id"
    assert _arguments._metavar("type_", (), "") == "TYPE"  # a field `type` is `type_` in Python
    assert _arguments._metavar("from_", (), "date") == "YYYY-MM-DD"
