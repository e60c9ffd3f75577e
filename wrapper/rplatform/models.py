"""Every result type of the API: the generated models, re-exported from one public module.

    from rplatform.models import BillingStatus, SubscriptionStatus

Each model is an attrs class with the documented field names, `to_dict()`, and unknown fields
kept in `additional_properties` (also reachable as `model["field"]`). Enum-valued fields hold
the enum member, or the plain string when the server sends a value newer than this SDK. Lists
of models, in results and inside them, are `rplatform.ModelList`s. `Model.FIELDS` says what
openapi.yaml says of each field (description, constraints, whether it is secret). The classes
present themselves here (`rplatform.models.UsageSummary`), where they are imported from.

Each name loads its model on first use (PEP 562 `__getattr__`), so importing this module costs
nothing and using one model loads that model only. The names are the generated package's own
(`rplatform_api.models.__all__`), so a model added to openapi.yaml is here after `nox -s
generate` with no edit; type checkers see every name through the star import they alone run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rplatform_api import models as _generated

if TYPE_CHECKING:
    from rplatform_api.models import *  # noqa: F403  (every model, for type checkers only)

# The generated package lists its models without loading them (its own lazy __getattr__).
__all__ = list(_generated.__all__)

if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is an error there

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_generated, name)
        globals()[name] = value  # the next lookup is a plain module attribute
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
