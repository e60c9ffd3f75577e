"""`python -m rplatform`: the command line, as the console script `rplatform` runs it."""

from ._cli import main

raise SystemExit(main())
