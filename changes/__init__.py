"""What a change to openapi.yaml or the facade does to the people who use the SDK.

`nox -s changes` compares the working tree with the last release (changes/released/, kept
in the repository because a clone may carry no tags; `-- --base REF` compares with any git
reference) at both levels users meet: the wire contract, openapi.yaml (`wire.py`, with the
classification of each schema change in `schemas.py`), and the Python API they import
(`surface.py` reads it from the code, `python_api.py` and `signatures.py` compare it). It prints
one line per change, in the words of a user (`r.billing.get_status(): result field
has_payment_method removed`), grouped as breaking, breaking for some users and non-breaking,
and fails while a change that breaks is not acknowledged by the version and CHANGELOG.md
(`gate.py`, `changelog.py`). Not part of the SDK's wheel.
"""
