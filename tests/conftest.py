"""The root of the test folders: its being here puts tests/ on sys.path (pytest's default
`prepend` import mode), so that every folder imports the shared helpers as `_support`."""

import os

if os.environ.get("MUTANT_UNDER_TEST") is not None:
    # Under mutmut (`nox -s mutate`) each mutated function is called through a trampoline, a
    # frame of mutmut's between the caller and rplatform: counted as rplatform's, a warning
    # still points at the test's line, and the tests of where warnings point can run.
    import rplatform._caller

    rplatform._caller.INSIDE += ("mutmut.",)
