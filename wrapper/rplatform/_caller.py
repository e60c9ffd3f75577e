"""Where a warning about a call of the SDK points: the user's line, the first frame outside
rplatform, however deep inside the SDK the warning is raised and however the method was reached.
"""

from __future__ import annotations

import sys
import warnings
from types import FrameType

# Module-name prefixes of the frames that are not the user's: rplatform's own. A tuple, so that
# a tool calling our functions through frames of its own can count them in (the mutation
# tests: tests/conftest.py).
INSIDE: tuple[str, ...] = (__name__.split(".")[0] + ".",)


def warn(message: str, category: type[Warning] = DeprecationWarning) -> None:
    """A warning (a `DeprecationWarning` unless said) attributed to the user's line, so that
    Python's default filters show it when that line is in the script being run."""
    level, frame = 1, sys._getframe()  # level 1: this function's own frame
    while frame.f_back is not None and _inside(frame):
        level, frame = level + 1, frame.f_back
    warnings.warn(message, category, stacklevel=level)


def _inside(frame: FrameType) -> bool:
    return str(frame.f_globals.get("__name__")).startswith(INSIDE)
