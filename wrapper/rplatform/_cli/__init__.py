"""`rplatform` on the command line: every method of the SDK from a shell.

    rplatform billing get-usage --organization-id org_123 --year 2025 --month 6
    rplatform settings get-login-history --format csv > history.csv

A command per method of each of the client's resources, found in the running facade (never
listed); its arguments from the method's signature, typed and described as help() describes
them, checked by the SDK's own checks; the result printed as a table, JSON, JSON lines or CSV,
a list streamed a page at a time; a failure as one line on standard error and an exit status
per class of failure. `import rplatform` does not import this package.

- `_commands`: the resources and their methods, as commands; `_arguments`: a method's
  arguments; `_parser`: the command line, read level by level; `_help`: the `--help` texts;
  `_examples`: a method's documented example as a command line;
- `_output`: what a result prints; `_values`: a value in JSON or text; `_items`: the items of a
  list result, and the cursor that continues it;
- `_failure`: exit statuses and messages; `_main`: `run` and the console script `main`.
"""

from ._main import main, run

__all__ = ["main", "run"]
