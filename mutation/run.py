"""`mutmut` as `nox -s mutate` runs it: with the equivalence rules of rules.py installed."""

from __future__ import annotations

import sys

from mutmut.__main__ import cli
from rules import install

if __name__ == "__main__":
    install()
    sys.exit(cli())
