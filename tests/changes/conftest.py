"""The tests of the `changes` tool (the repository's changes/ folder, which is not a package of
the wheel): its folder's parent goes on sys.path, so that they import it as `changes`."""

from __future__ import annotations

import sys

from _support import ROOT

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
