"""`BillingInfo`: the generated model plus the documented name of its `credits` field.

A module of its own so that `rplatform.models` can load it on first use, like every other model.
"""

from __future__ import annotations

from rplatform_api.models.billing_info import BillingInfo as _GeneratedBillingInfo
from rplatform_api.models.credits_ import Credits


class BillingInfo(_GeneratedBillingInfo):
    """Comprehensive billing info: the generated model plus the documented name `credits`.

    The generator names that field `credits_` because `credits` is a Python builtin; this
    subclass adds the documented name back as a read-only alias (`to_dict()` says "credits").
    """

    __slots__ = ()

    @property
    def credits(self) -> Credits:
        return self.credits_
